/**
 * What goes into `range.formulas` for one cell. Excel reads a string there as if the user typed
 * it: "2026-11-22" becomes a date, "12%" a number, "+ toeslag" a formula (#NAME?), "WAAR" a
 * boolean in a Dutch Excel. A text that Excel could take for anything but text gets the
 * apostrophe prefix, which Excel keeps out of the value. The .xlsx writer stores strings as
 * strings, so both writers end with the same text.
 */
import type { CellPlan } from "../plan/types";

// Month names and abbreviations Excel recognises in dates (English and Dutch), and am/pm.
const DATE_WORDS =
  /\b(jan(uary|uari)?|feb(ruary|ruari)?|mar(ch)?|mrt|maart|apr(il)?|may|mei|jun(e|i)?|jul(y|i)?|aug(ust|ustus)?|sep(t|tember)?|oct(ober)?|okt(ober)?|nov(ember)?|dec(ember)?|am|pm|a|p)\b/gi;

/** True when Excel could read the text as something other than text. */
export function needsTextPrefix(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@']/.test(t)) return true;
  if (/^(true|false|waar|onwaar)$/i.test(t)) return true;
  if (/^\d{4}-\d{2}-\d{2}t[\d:.]+z?$/i.test(t)) return true;
  if (!/\d/.test(t)) return false;
  // Digits with separators, signs, currency, percent, an exponent or month names: a number or a date.
  return /^[\d\s.,%€$+\-/:()eE]*$/.test(t.replace(DATE_WORDS, ""));
}

/** The entry for a 2-D `formulas` array: a formula, a number or boolean, text kept as text, or null (leave the cell). */
export function formulaEntry(cell: CellPlan | null | undefined): string | number | boolean | null {
  if (!cell) return null;
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return null;
  if (typeof v === "string" && needsTextPrefix(v)) return `'${v}`;
  return v;
}
