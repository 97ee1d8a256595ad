/** Numbers and plain-text tables for the terminal, in the reader's locale. */
import type { Lang } from "../model";

const LOCALE: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

/** Intl puts (narrow) no-break spaces in "€ 1.234"; plain spaces copy and search better in a terminal. */
function plainSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, " ");
}

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** Euros, whole by default: `€ 888.538` (nl), `€888,538` (en). */
export function euros(x: number, lang: Lang, decimals = 0): string {
  const f = formatter(lang, { style: "currency", currency: "EUR", minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  // -0 after rounding would print as "€ -0".
  return plainSpaces(f.format(Object.is(Math.round(x * 10 ** decimals), -0) ? 0 : x));
}

/** A count that may be fractional (phased volumes): at most two decimals. */
export function count(x: number, lang: Lang): string {
  return plainSpaces(formatter(lang, { maximumFractionDigits: 2 }).format(x));
}

/** A share as a percentage: 0.0034 -> `0,34%`. */
export function percent(x: number, lang: Lang, decimals = 2): string {
  return plainSpaces(formatter(lang, { style: "percent", maximumFractionDigits: decimals }).format(x));
}

export type Align = "left" | "right";

/** Columns separated by two spaces; text left-aligned, numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (align[c] === "right" ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
