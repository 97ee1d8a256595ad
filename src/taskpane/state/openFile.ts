/**
 * A file the user chose to open, turned into what the pane does with it: a case to put in place
 * of the current one (after asking), or a notice saying why it cannot be opened.
 */
import type { Lang } from "../../model";
import type { Strings } from "../i18n";
import { readFileText } from "../util/download";
import { openCaseText } from "./caseFile";
import type { JsonObject } from "./editorState";
import type { PaneAction } from "./pane";
import { describeField } from "./problems";

export async function openChosenFile(file: File, s: Strings, lang: Lang): Promise<PaneAction> {
  let text: string;
  try {
    text = await readFileText(file);
  } catch (err) {
    return failed(s, s.unreadableFile(err instanceof Error ? err.message : String(err)));
  }
  const opened = openCaseText(text);
  if (opened.ok) return { type: "askToReplace", doc: opened.doc, notice: { intent: "success", text: s.loaded(file.name) } };
  if ("notJson" in opened) return failed(s, `${file.name}: ${s.notJson(opened.notJson)}`);
  // Every problem, each naming its field as people read it.
  const asRead = isRecord(opened.parsed) ? opened.parsed : {};
  const lines = opened.problems.map((p) => `${describeField(p.segments, asRead, s)}: ${p[lang]}`);
  return { type: "notice", notice: { intent: "error", title: s.loadFailedTitle, text: s.loadFailedIntro(file.name, opened.problems.length), lines } };
}

function failed(s: Strings, text: string): PaneAction {
  return { type: "notice", notice: { intent: "error", title: s.loadFailedTitle, text } };
}

function isRecord(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
