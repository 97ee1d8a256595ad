/**
 * A file the user chose to open, turned into what the pane does with it:
 * - a workbook (.xlsx) this add-in built: the case is read back from its input cells, as
 *   `businesscase read` does, and replaces the current one (after asking);
 * - a case file (.json): it opens even when it breaks rules, with its problems listed and shown at
 *   their fields, so that it can be fixed here; JSON that does not parse is refused with the line
 *   and column in the user's language;
 * - anything else (another workbook, an old .xls, a PDF, a picture): a notice that says what it is.
 */
import { locateJsonError } from "../../cli/jsonError";
import type { Lang } from "../../model";
import type { Strings } from "../i18n";
import { readWorkbookFile } from "../services/workbookService";
import { readFileBytes, readFileText } from "../util/download";
import { openCaseText } from "./caseFile";
import type { JsonObject } from "./editorState";
import type { PaneAction } from "./pane";
import { describeField } from "./problems";

type FileKind = "zip" | "oldOffice" | "pdf" | "image" | "binary" | "text";

/** What the first bytes say the file is (names lie; .xlsx and .docx are both zip files). */
export function sniffFile(bytes: Uint8Array): FileKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "oldOffice";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "pdf";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return "image";
  // Text has no NUL bytes (UTF-16 files do, and are not what the pane saves).
  return bytes.subarray(0, 4096).includes(0) ? "binary" : "text";
}

export async function openChosenFile(file: File, s: Strings, lang: Lang): Promise<PaneAction> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (err) {
    return failed(s, s.unreadableFile(err instanceof Error ? err.message : String(err)));
  }
  const kind = sniffFile(bytes);
  if (kind === "zip") return openWorkbook(file.name, bytes, s, lang);
  if (kind !== "text") return failed(s, s.otherFile(file.name, s.fileKinds[kind]));
  return openCaseFile(file.name, await readFileText(file), s, lang);
}

async function openWorkbook(name: string, bytes: Uint8Array, s: Strings, lang: Lang): Promise<PaneAction> {
  const read = await readWorkbookFile(bytes);
  if (read.kind === "unreadable") return failed(s, s.notAWorkbook(name));
  if (read.kind === "noModel") return failed(s, s.workbookWithoutModel(name, read.message[lang]));
  const lines = read.problems.map((p) => `${p.cell ? `${p.cell}: ` : ""}${p[lang]}`);
  const notice =
    lines.length > 0
      ? { intent: "warning" as const, text: s.openedWithProblems(name, lines.length), lines }
      : { intent: "success" as const, text: s.workbookOpened(name) };
  return { type: "askToReplace", doc: read.caseFile, notice, revealAll: true };
}

function openCaseFile(name: string, text: string, s: Strings, lang: Lang): PaneAction {
  const opened = openCaseText(text);
  if (opened.ok) return { type: "askToReplace", doc: opened.doc, notice: { intent: "success", text: s.loaded(name) } };
  if ("notJson" in opened) {
    const at = locateJsonError(text.replace(/^\uFEFF/, ""), lang);
    return failed(s, at ? s.notJsonAt(name, at.line, at.column, at.what) : `${name}: ${s.notJson(opened.notJson)}`);
  }
  if (!isRecord(opened.parsed)) return failed(s, `${name}: ${opened.problems[0][lang]}`);
  // Opened with its problems: listed here, and shown at their fields in every step.
  const doc = opened.parsed;
  const lines = opened.problems.map((p) => `${describeField(p.segments, doc, s)}: ${p[lang]}`);
  return { type: "askToReplace", doc, notice: { intent: "warning", text: s.openedWithProblems(name, lines.length), lines }, revealAll: true };
}

function failed(s: Strings, text: string): PaneAction {
  return { type: "notice", notice: { intent: "error", title: s.loadFailedTitle, text } };
}

function isRecord(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
