/**
 * A real spreadsheet engine for the tests: LibreOffice headless opens .xlsx files, recalculates
 * every formula (the profile below forces it) and saves them again. Many files go through one
 * soffice call (each call costs seconds to start).
 */
import { execFileSync, execFile } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseCellA1, parseRangeA1 } from "../../src/workbook/plan/address";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { makeZip, unzip } from "./zipFiles";
import { xmlText } from "./zipParts";

export const INSTALL_HINT =
  "LibreOffice is needed for the workbook cross-check. Install it with: " +
  "sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui";

export function findSoffice(): string | null {
  for (const candidate of ["soffice", "libreoffice"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${candidate}`], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/**
 * Under CI a missing LibreOffice fails the run; on a developer's machine the caller skips with
 * the install hint printed once.
 */
export function libreOfficeOrExplain(): string | null {
  const soffice = findSoffice();
  if (soffice) return soffice;
  if (process.env.CI) throw new Error(`LibreOffice is missing under CI. ${INSTALL_HINT}`);
  console.warn(`Skipping the LibreOffice cross-check on this machine. ${INSTALL_HINT}`);
  return null;
}

/**
 * The profile LibreOffice starts with. Two settings make it recalculate every formula on load.
 * The third tells it that this version has run before: without it, every start of a fresh
 * profile runs LibreOffice's graphics self-tests (GraphicsRenderTests, on 4096 x 4096 bitmaps),
 * 5 s of CPU per soffice call here against 0.3 s with it. A wrong or unknown version only brings
 * the self-tests back.
 */
function recalcProfile(version: string | null, locale?: string): string {
  const lastVersion = version
    ? `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n`
    : "";
  const systemLocale = locale
    ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${lastVersion}${systemLocale}</oor:items>
`;
}

let knownVersion: string | null | undefined;
/**
 * LibreOffice's major.minor version ("7.4"), from `soffice --version`. Asking costs 0.3 s, and
 * every suite loads this module afresh: the answer is kept in the temp folder for the installed
 * soffice (its path, size and time), so a run asks once.
 */
function libreOfficeVersion(soffice: string): string | null {
  if (knownVersion !== undefined) return knownVersion;
  let memo: string | null = null;
  try {
    const real = fs.realpathSync(soffice);
    const { size, mtimeMs } = fs.statSync(real);
    memo = path.join(os.tmpdir(), `businesscase-soffice-version-${createHash("sha1").update(`${real}:${size}:${mtimeMs}`).digest("hex").slice(0, 12)}`);
    const kept = fs.readFileSync(memo, "utf8");
    if (/^\d+\.\d+$/.test(kept)) return (knownVersion = kept);
  } catch {
    // not asked yet on this machine
  }
  try {
    knownVersion = /LibreOffice (\d+\.\d+)/.exec(execFileSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 }))?.[1] ?? null;
  } catch {
    knownVersion = null;
  }
  if (knownVersion && memo) fs.writeFileSync(memo, knownVersion);
  return knownVersion;
}

/**
 * Recalculates every file in one LibreOffice call and returns the paths of the recalculated
 * copies, in the same order. Input files must have distinct base names. `format` is what they are
 * saved as: xlsx, or fods (flat OpenDocument XML, where charts show the cell ranges they read).
 */
export async function recalculate(files: string[], outDir?: string, format: "xlsx" | "fods" | "pdf" = "xlsx"): Promise<string[]> {
  const out = await convert(files, format, outDir);
  const results = files.map((f) => path.join(out, `${path.basename(f, path.extname(f))}.${format}`));
  const missing = results.filter((r) => !fs.existsSync(r));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return results;
}

/**
 * LibreOffice's CSV export of every sheet (token 12 = -1): comma, double quote, UTF-8, every text
 * cell quoted (token 7) so that a number is told from text, values not as shown (token 9). Writing
 * CSV costs LibreOffice about half of what saving an .xlsx costs, and reading it is instant.
 */
const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1";

/**
 * Recalculates every file in one LibreOffice call and returns, in the same order, what LibreOffice
 * computed: every cell of every sheet, and the values of the file's defined names. Input files must
 * have distinct base names.
 */
export async function recalculateToResults(files: string[], outDir?: string): Promise<EngineResults[]> {
  const copies = fs.mkdtempSync(path.join(os.tmpdir(), "bc-lo-values-"));
  try {
    const opened = await Promise.all(files.map((f) => copyWithoutPrintTitles(f, copies)));
    // The CSV's number syntax follows LibreOffice's locale; the profile fixes it to en-US.
    const out = await convert(
      opened.map((o) => o.copy),
      CSV_EVERY_SHEET,
      outDir,
      "en-US",
    );
    return files.map((f, k) => EngineResults.load(f, opened[k].workbookXml, out));
  } finally {
    fs.rmSync(copies, { recursive: true, force: true });
  }
}

/**
 * A copy of an .xlsx file, under the same name in `dir`, without its print titles (the rows each
 * printed page repeats, `_xlnm.Print_Titles`). LibreOffice 7.4 spends about 0.17 s of CPU per file
 * on them when it opens a file (6 sheets with titles; measured against the same file without
 * them, 0.37 s against 0.20 s), a quarter of all the LibreOffice time of `npm test`. They cannot
 * change a value: no formula refers to them. Only the copies whose values are read lose them;
 * the printed pages (paper.engine) and the saved .xlsx files keep them, and
 * xlsxLibreOffice.test.ts proves that every cell and name of a file with print titles reads the
 * same both ways. Also returns the file's own xl/workbook.xml, where its sheets and names are.
 */
async function copyWithoutPrintTitles(file: string, dir: string): Promise<{ copy: string; workbookXml: string }> {
  const copy = path.join(dir, path.basename(file));
  const parts = await unzip(new Uint8Array(fs.readFileSync(file)));
  const workbook = parts.find((p) => p.name === "xl/workbook.xml");
  if (!workbook) throw new Error(`${file} has no xl/workbook.xml (parts: ${parts.map((p) => p.name).join(", ")})`);
  const workbookXml = new TextDecoder().decode(workbook.data);
  const withoutTitles = workbookXml
    .replace(/<definedName\s[^>]*name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g, "")
    .replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/g, "");
  fs.writeFileSync(copy, makeZip(parts.map((p) => (p === workbook ? { ...p, data: new TextEncoder().encode(withoutTitles) } : p))));
  return { copy, workbookXml };
}

async function convert(files: string[], filter: string, outDir: string | undefined, locale?: string): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(INSTALL_HINT);
  const names = files.map((f) => path.basename(f));
  if (new Set(names).size !== names.length) throw new Error("recalculate: input files need distinct names");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), recalcProfile(libreOfficeVersion(soffice), locale));
  const out = outDir ?? path.join(work, "out");
  fs.mkdirSync(out, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    filter,
    "--outdir",
    out,
    ...files.map((f) => path.resolve(f)),
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(soffice, args, { timeout: 10 * 60 * 1000, maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
  return out;
}

/** A defined name of a file: the sheet and the cells (1-based, as in A1) it covers. */
interface NameDefinition {
  name: string;
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** A single cell gives its value; a range (even of one cell) an array. */
  isRange: boolean;
}

/** Workbook-level names over one range of one sheet, as `readDefinedNames` takes them. */
function parseRange(name: string, text: string): NameDefinition | null {
  const m = /^'?(.*?)'?!(\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?)$/.exec(text);
  if (!m) return null;
  const r = parseRangeA1(m[2].replace(/\$/g, ""));
  return { name, sheet: m[1].replace(/''/g, "'"), r1: r.row + 1, c1: r.col + 1, r2: r.row + r.rowCount, c2: r.col + r.colCount, isRange: m[3] !== undefined };
}

function valuesOfNames(definitions: NameDefinition[], valueAt: (sheet: string, row: number, col: number) => unknown | undefined): Map<string, NameValue> {
  const out = new Map<string, NameValue>();
  for (const d of definitions) {
    const values: unknown[] = [];
    for (let r = d.r1; r <= d.r2; r++) for (let c = d.c1; c <= d.c2; c++) values.push(valueAt(d.sheet, r, c));
    if (values.some((v) => v === undefined)) continue; // the sheet is not there
    out.set(d.name, d.isRange ? values : values[0]);
  }
  return out;
}

/** The sheets (in order) and the workbook-level names of an .xlsx file, from its xl/workbook.xml. */
function sheetsAndNames(xml: string): { sheets: string[]; names: NameDefinition[] } {
  const attribute = (tag: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? xmlText(m[1]) : undefined;
  };
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)].map((m) => attribute(m[0], "name")!);
  const names: NameDefinition[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\s([^>]*)>([^<]*)</g)) {
    const name = attribute(` ${m[1]}`, "name")!;
    if (attribute(` ${m[1]}`, "localSheetId") !== undefined || name.startsWith("_xlnm.")) continue;
    const range = parseRange(name, xmlText(m[2]));
    if (range) names.push(range);
  }
  return { sheets, names };
}

/** What LibreOffice computed for one recalculated file. */
export class EngineResults {
  private constructor(
    /** The file as written (LibreOffice opened a copy of it without print titles). */
    readonly file: string,
    private readonly sheets: Map<string, unknown[][]>,
    /** The value of every workbook-level defined name of the file: one cell gives its value, a range an array (row by row). */
    readonly names: Map<string, NameValue>,
  ) {}

  /** `workbookXml` is the file's xl/workbook.xml; LibreOffice wrote one CSV per sheet into `csvDir`. */
  static load(file: string, workbookXml: string, csvDir: string): EngineResults {
    const { sheets, names } = sheetsAndNames(workbookXml);
    const grids = new Map<string, unknown[][]>();
    const base = path.basename(file, path.extname(file));
    for (const sheet of sheets) {
      const csv = path.join(csvDir, `${base}-${sheet}.csv`);
      if (!fs.existsSync(csv)) throw new Error(`LibreOffice did not write ${csv}`);
      grids.set(sheet, parseCsv(fs.readFileSync(csv, "utf8")));
    }
    const valueAt = (sheet: string, row: number, col: number) => (grids.has(sheet) ? (grids.get(sheet)![row - 1]?.[col - 1] ?? null) : undefined);
    return new EngineResults(file, grids, valuesOfNames(names, valueAt));
  }

  hasSheet(sheet: string): boolean {
    return this.sheets.has(sheet);
  }

  /**
   * A cell's value as LibreOffice computed it, by 1-based row and column (as exceljs's getCell):
   * a number, text, a boolean, `{ error }`, or null for an empty cell. A formula whose result is
   * empty text gives "".
   */
  value(sheet: string, row: number, col: number): unknown {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`${this.file} has no sheet ${sheet}`);
    return grid[row - 1]?.[col - 1] ?? null;
  }

  /** A cell's value by its A1 address ("B4"). */
  cell(sheet: string, a1: string): unknown {
    const { row, col } = parseCellA1(a1);
    return this.value(sheet, row + 1, col + 1);
  }
}

const ERROR_TEXT = /^(#DIV\/0!|#N\/A|#VALUE!|#REF!|#NAME\?|#NUM!|#NULL!|Err:\d{3})$/;
/** A date as LibreOffice writes it: in an ISO format as the cell's format has it, else in en-US (month first). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/**
 * One field of LibreOffice's CSV as the cell's value. Text is quoted, so an unquoted field is a
 * number, a boolean or a date; LibreOffice writes errors quoted, as their text. Percentages and
 * dates keep their format even with "as shown" off: a percentage is turned back into its number,
 * a date into a Date (UTC), as exceljs reads a date-formatted cell.
 */
function csvValue(text: string, quoted: boolean): unknown {
  if (quoted) return ERROR_TEXT.test(text) ? { error: text } : text;
  if (text === "") return null;
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (text.endsWith("%")) return Number(text.slice(0, -1)) / 100;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, h = "0", min = "0", sec = "0"] = iso;
    return new Date(Date.UTC(+year, +month - 1, +day, +h, +min, +sec));
  }
  const us = US_DATE.exec(text);
  if (us) {
    const [, month, day, year, h = "0", min = "0", sec = "0"] = us;
    return new Date(Date.UTC(+year, +month - 1, +day, +h, +min, +sec));
  }
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`unexpected unquoted CSV field ${JSON.stringify(text)}`);
  return n;
}

/** RFC 4180 fields, with a quoted field's doubled quotes and line breaks. */
function parseCsv(text: string): unknown[][] {
  const rows: unknown[][] = [];
  let row: unknown[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const end = text.indexOf('"', i);
        if (end < 0) throw new Error("unterminated quoted CSV field");
        field += text.slice(i, end);
        i = end + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\n\r]|$/.exec(text.slice(i))!;
      field = text.slice(i, i + m.index);
      i += m.index;
    }
    row.push(csvValue(field, quoted));
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
  }
}

export type NameValue = unknown | unknown[];

/** The value of every workbook-level defined name: one cell gives its value, a range an array (row by row). */
export async function readDefinedNames(file: string): Promise<Map<string, NameValue>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const definitions = model
    .flatMap(({ name, ranges }) => (ranges.length === 1 ? [parseRange(name, ranges[0])] : []))
    .filter((d): d is NameDefinition => d !== null);
  return valuesOfNames(definitions, (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    return ws ? cellValue(ws.getCell(row, col)) : undefined;
  });
}

/**
 * A cell's value as a spreadsheet shows it: formulas give their cached result. exceljs's
 * `cell.value` drops a formula's falsy result (0, "", false), so the result is read from
 * `cell.result`; an empty string result reads as null.
 */
export function cellValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as unknown;
    if (r && typeof r === "object" && "error" in (r as object)) return { error: (r as { error: string }).error };
    return r === undefined ? null : r;
  }
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("error" in v) return { error: (v as ExcelJS.CellErrorValue).error };
  }
  return v;
}

/** Relative agreement as the issues ask: |a - b| <= tol x max(1, |a|, |b|). */
export function closeTo(a: number, b: number, tol = 1e-6): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
