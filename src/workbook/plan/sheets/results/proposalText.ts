/** Results sheet, section "Text for the council proposal": one formula per sentence, and the paragraph that joins them. */
import { cell, type SheetBuilder } from "../../builder";
import { note, section, type LayoutContext } from "../../layoutContext";
import { proposalSentences } from "./proposal";
import { TEXTS } from "./texts";

export function proposalSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.proposalSection));
  b.set(r++, 0, note(t.proposalNote));
  const sentences = proposalSentences(m);
  const first = r;
  for (const s of sentences) b.prose(r++, 0, { formula: s.formula, result: s.result, style: "sentence" });
  const paragraph = sentences
    .map((s) => s.result)
    .filter((x) => x !== "")
    .join(" ");
  const parts = sentences.map((_, k) => `A${first + k + 1}`);
  b.prose(r, 0, { formula: `=TRIM(${parts.join('&" "&')})`, result: paragraph, style: "paragraph" });
  ctx.name("BC_ProposalText", "results", cell(r, 0), "The proposal paragraph");
  return r + 2;
}
