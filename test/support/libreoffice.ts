/**
 * A real spreadsheet engine for the tests: LibreOffice headless opens .xlsx files, recalculates
 * every formula (the profile below forces it) and saves them again. Many files go through one
 * soffice call (each call costs seconds to start).
 */
import { execFileSync, execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";

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
function recalcProfile(version: string | null): string {
  const lastVersion = version
    ? `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${lastVersion}</oor:items>
`;
}

let knownVersion: string | null | undefined;
/** LibreOffice's major.minor version ("7.4"), from `soffice --version`, asked once. */
function libreOfficeVersion(soffice: string): string | null {
  if (knownVersion === undefined) {
    try {
      knownVersion = /LibreOffice (\d+\.\d+)/.exec(execFileSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 }))?.[1] ?? null;
    } catch {
      knownVersion = null;
    }
  }
  return knownVersion;
}

/**
 * Recalculates every file in one LibreOffice call and returns the paths of the recalculated
 * copies, in the same order. Input files must have distinct base names. `format` is what they are
 * saved as: xlsx, or fods (flat OpenDocument XML, where charts show the cell ranges they read).
 */
export async function recalculate(files: string[], outDir?: string, format: "xlsx" | "fods" | "pdf" = "xlsx"): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(INSTALL_HINT);
  const names = files.map((f) => path.basename(f));
  if (new Set(names).size !== names.length) throw new Error("recalculate: input files need distinct names");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-lo-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), recalcProfile(libreOfficeVersion(soffice)));
  const out = outDir ?? path.join(work, "out");
  fs.mkdirSync(out, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
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
  const results = names.map((n) => path.join(out, `${path.basename(n, path.extname(n))}.${format}`));
  const missing = results.filter((r) => !fs.existsSync(r));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return results;
}

export type NameValue = unknown | unknown[];

/** The value of every workbook-level defined name: one cell gives its value, a range an array (row by row). */
export async function readDefinedNames(file: string): Promise<Map<string, NameValue>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, NameValue>();
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  for (const { name, ranges } of model) {
    if (ranges.length !== 1) continue;
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ranges[0]);
    if (!m) continue;
    const sheet = wb.getWorksheet(m[1].replace(/''/g, "'"));
    if (!sheet) continue;
    const c1 = colNumber(m[2]);
    const r1 = Number(m[3]);
    const c2 = m[4] ? colNumber(m[4]) : c1;
    const r2 = m[5] ? Number(m[5]) : r1;
    const values: unknown[] = [];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) values.push(cellValue(sheet.getCell(r, c)));
    out.set(name, values.length === 1 && !m[4] ? values[0] : values);
  }
  return out;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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
