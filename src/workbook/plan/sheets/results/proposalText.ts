/** Results sheet, section "Text for the council proposal": one formula per sentence, and the paragraph that joins them. */
import { cell, type SheetBuilder } from "../../builder";
import { note, section, type LayoutContext } from "../../layoutContext";
import { proposalSentences } from "./proposal";

export function proposalSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { ctx, tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("Tekst voor het raadsvoorstel", "Text for the council proposal")));
  b.set(
    r++,
    0,
    note(
      tr(
        "Elke zin is een formule op de uitkomsten en volgt de invoer. Kopieer de alinea (de laatste regel) in het raadsvoorstel.",
        "Each sentence is a formula on the outcomes and follows the inputs. Copy the paragraph (the last line) into the council proposal.",
      ),
    ),
  );
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
