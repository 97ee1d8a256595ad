/**
 * Reading formulas for the modelling rules (FAST / ICAEW): which numbers they contain, which
 * functions they call, and their shape with relative references made relative (R1C1-like), so
 * that "one formula per row, the same across the row" can be checked.
 */
import { parseCellA1 } from "../../../src/workbook/plan";

/** Functions the model may use: native, and known to LibreOffice 7.4 and every Excel since 2010. */
export const ALLOWED_FUNCTIONS = new Set([
  "ABS",
  "AND",
  "COLUMN",
  "COLUMNS",
  "COUNT",
  "COUNTIF",
  "COUNTBLANK",
  "EXACT",
  "INT",
  "UPPER",
  "FIXED",
  "IF",
  "IFERROR",
  "INDEX",
  "ISNUMBER",
  "MATCH",
  "NA",
  "MAX",
  "MIN",
  "N",
  "OR",
  "RANK",
  "ROUND",
  "ROW",
  "ROWS",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TRIM",
]);

export const ALLOWED_CONSTANTS = new Set([0, 1, 7, 12, 52, 100, 1000]);

/** The formula without its string literals (replaced by ""), so that text is never read as code. */
export function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

const REF = /(^|[^A-Za-z0-9_.$'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** Numeric literals in a formula, outside strings, cell references and names. */
export function numericConstants(formula: string): number[] {
  const code = withoutStrings(formula)
    .replace(REF, "$1")
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, " ");
  return (code.match(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? []).map(Number);
}

export function functionsCalled(formula: string): string[] {
  return [...withoutStrings(formula).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase());
}

/** The formula with every relative row/column replaced by its offset from the cell it is in. */
export function relativeShape(formula: string, row: number, col: number): string {
  const code = withoutStrings(formula);
  return (
    code.replace(REF, (_all, pre: string, sheet: string | undefined, colAbs: string, colLetters: string, rowAbs: string, rowDigits: string) => {
      const { row: r, col: c } = parseCellA1(`${colLetters}${rowDigits}`);
      const cPart = colAbs ? `C${c}` : `C[${c - col}]`;
      const rPart = rowAbs ? `R${r}` : `R[${r - row}]`;
      return `${pre}${sheet ?? ""}${rPart}${cPart}`;
    }) + `|${[...formula.matchAll(/"(?:[^"]|"")*"/g)].map((m) => m[0]).join("|")}`
  );
}
