/**
 * The data validations of an .xlsx file, read from the sheets' XML. The workbook library reads a
 * number check's bounds back as numbers, so a bound that is a formula ("BC_BaseYear") comes back
 * as NaN; the XML holds what Excel and LibreOffice read.
 */
import { part, xlsxParts, xmlText } from "./zipParts";

export interface FileValidation {
  sheet: string;
  /** One cell, `B13`. */
  cell: string;
  type: string;
  operator?: string;
  /** Numbers as numbers; formulas as written in the file (without "="). */
  formulae: (number | string)[];
  errorTitle?: string;
  error?: string;
}

/** Every cell's validation, per sheet name. */
export async function fileValidations(bytes: Uint8Array): Promise<FileValidation[]> {
  const parts = await xlsxParts(bytes);
  const out: FileValidation[] = [];
  for (const [name, path] of sheetParts(parts)) {
    const xml = part(parts, path);
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      const attrs = attributes(m[1]);
      const formulae = [...m[2].matchAll(/<(?:x\d*:)?formula([12])>([\s\S]*?)<\/(?:x\d*:)?formula\1>/g)].map((f) => bound(xmlText(f[2])));
      for (const cell of cellsOf(attrs.sqref ?? "")) {
        out.push({ sheet: name, cell, type: attrs.type ?? "any", operator: attrs.operator, formulae, errorTitle: attrs.errorTitle, error: attrs.error });
      }
    }
  }
  return out;
}

/** Sheet name -> its part, through the workbook's relationships. */
function sheetParts(parts: Map<string, string>): [string, string][] {
  const rels = new Map(
    [...part(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => {
      const a = attributes(m[1]);
      return [a.Id, `xl/${(a.Target ?? "").replace(/^\/?xl\//, "")}`] as const;
    }),
  );
  return [...part(parts, "xl/workbook.xml").matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => {
    const a = attributes(m[1]);
    return [xmlText(a.name ?? ""), rels.get(a["r:id"] ?? "") ?? ""];
  });
}

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], xmlText(m[2])]));
}

function bound(text: string): number | string {
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

/** `B4:C5 E7` -> B4, C4, B5, C5, E7. */
function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  for (const ref of sqref.split(/\s+/).filter(Boolean)) {
    const [a, b = a] = ref.replace(/\$/g, "").split(":");
    const [c1, r1] = split(a);
    const [c2, r2] = split(b);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${letters(c)}${r}`);
  }
  return out;
}

function split(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [col, Number(m[2])];
}

function letters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
