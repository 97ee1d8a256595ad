/**
 * Opening and saving a case file from the pane. Opening is all or nothing: a file that is not JSON
 * or breaks any rule of validateCase (the command line's rules) changes nothing, and every problem
 * is reported with its field.
 */
import { validateCase, type Problem } from "../../model";
import type { JsonObject } from "./editorState";

export type OpenedCase = { ok: true; doc: JsonObject } | { ok: false; notJson: string } | { ok: false; problems: Problem[]; parsed: unknown };

export function openCaseText(text: string): OpenedCase {
  let parsed: unknown;
  try {
    // A byte order mark from Windows editors is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, notJson: e instanceof Error ? e.message : String(e) };
  }
  const result = validateCase(parsed);
  if (!result.ok) return { ok: false, problems: result.problems, parsed };
  // The file as written (defaults left out stay left out), not the validated value with defaults filled in.
  return { ok: true, doc: parsed as JsonObject };
}

/** The case file to save: the case as edited, pretty-printed. */
export function caseFileText(doc: JsonObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
