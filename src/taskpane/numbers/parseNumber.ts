/**
 * Numbers as Dutch and English users type them: `1.234,56`, `1234,56`, `1,234.56`, `€ 250`,
 * `56%`, `-3`. Pure: no DOM, no Intl.
 *
 * The rules, in order (the wizard shows back what was understood, so a surprise is visible):
 *
 * 1. Spaces (also non-breaking and thin spaces), a euro sign `€` or the word `EUR` anywhere
 *    around the number are ignored; spaces between digit groups are thousands separators.
 * 2. A leading `-`, `−` (minus sign) or `+` gives the sign; `-€ 5` and `€ -5` both work.
 * 3. A trailing `%` divides by 100, but only where the field accepts a share or rate
 *    (`allowPercent`); elsewhere it is an error rather than a silent factor of 100.
 * 4. When both `.` and `,` occur, the one that comes last is the decimal separator and the
 *    other separates thousands: `1.234,56` and `1,234.56` are both 1234.56 in either language.
 * 5. When only one kind occurs, more than once, it separates thousands (`1.234.567`).
 * 6. When only one kind occurs, once, the language decides:
 *    - Dutch: a comma is the decimal separator (`1234,56`). A dot is a thousands separator when
 *      exactly three digits follow it and the digits before it are 1 to 3 digits not starting
 *      with 0 (`1.234` = 1234, `12.500` = 12500); otherwise it is a decimal point (`1.5`,
 *      `163.59`, `0.250`, `1234.5`), because Dutch users also type the English decimal point.
 *    - English: a dot is the decimal point (`1.234` = 1.234). A comma is a thousands separator
 *      under the same three-digit rule (`1,234` = 1234); otherwise it is a decimal comma
 *      (`1234,56`, `1,5`), which an English user may type when working with Dutch figures.
 * 7. Thousands groups must be well formed: the first group 1-3 digits, every later one exactly
 *    three (`1.23.4` is an error, not a guess). No exponents, no letters.
 */

export type NumberLocale = "nl" | "en";

export interface ParseOptions {
  /** Accept a trailing `%` (value / 100): for shares and rates. */
  allowPercent?: boolean;
}

export type ParseResult = { kind: "empty" } | { kind: "number"; value: number; percent: boolean } | { kind: "invalid"; reason: InvalidReason };

/** Why a text is not a number; the wizard has a message in each language for each. */
export type InvalidReason = "notANumber" | "percentNotAllowed" | "badGrouping";

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

export function parseNumber(text: string, locale: NumberLocale, options: ParseOptions = {}): ParseResult {
  let s = text.replace(SPACES, " ").trim();
  if (s === "") return { kind: "empty" };

  // Currency marks anywhere around the number.
  s = s.replace(/€/g, " ").replace(/eur/gi, " ").trim();

  let percent = false;
  if (s.endsWith("%")) {
    if (!options.allowPercent) return { kind: "invalid", reason: "percentNotAllowed" };
    percent = true;
    s = s.slice(0, -1).trim();
  }

  let sign = 1;
  const signMatch = /^([-−+])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== "+") sign = -1;
    s = s.slice(signMatch[0].length);
  }
  // A currency sign may also stand between the sign and the digits: `-€ 5`.
  s = s.trim();

  // Spaces between digit groups are thousands separators: `1 234 567,89`.
  if (/ /.test(s)) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return { kind: "invalid", reason: /^[\d .,]+$/.test(s) ? "badGrouping" : "notANumber" };
    s = s.replace(/ /g, "");
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { kind: "invalid", reason: "notANumber" };

  const digits = toPlainDigits(s, locale);
  if (digits === null) return { kind: "invalid", reason: "badGrouping" };
  const value = Number(digits) * sign;
  if (!Number.isFinite(value)) return { kind: "invalid", reason: "notANumber" };
  // Dividing by 100 after the fact keeps `56%` exact enough; rounding to 12 significant digits
  // removes the binary noise of the division (0.0394 rather than 0.039400000000000004).
  return { kind: "number", value: percent ? roundSignificant(value / 100, 12) : value, percent };
}

/** `1.234,56` -> `1234.56` under the rules above; null when the grouping is malformed. */
function toPlainDigits(s: string, locale: NumberLocale): string | null {
  const dots = count(s, ".");
  const commas = count(s, ",");
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (count(s, decimal) > 1) return null;
    const [whole, fraction] = s.split(decimal);
    if (!isGrouped(whole, group) || fraction === "" || !/^\d+$/.test(fraction)) return null;
    return `${whole.split(group).join("")}.${fraction}`;
  }
  const sep = dots > 0 ? "." : commas > 0 ? "," : null;
  if (sep === null) return s;
  if (count(s, sep) > 1) return isGrouped(s, sep) ? s.split(sep).join("") : null;

  const [before, after] = s.split(sep);
  const looksGrouped = /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
  const groupingSeparator = locale === "nl" ? "." : ",";
  if (sep === groupingSeparator && looksGrouped) return `${before}${after}`;
  if (after === "" || before === "") {
    // `5,` or `,5`: accept a missing digit on one side of a decimal separator.
    if (before === "" && after === "") return null;
    return `${before || "0"}.${after || "0"}`;
  }
  return `${before}.${after}`;
}

function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function roundSignificant(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}
