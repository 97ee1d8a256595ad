/**
 * Numbers shown to people, in the user's language: euros as `€ 1.234,56` (nl-NL) or `€1,234.56`
 * (en-GB), shares as `56%`. The texts put back into an input field parse again to the same
 * number under parseNumber's rules (a round trip a test checks).
 */
import type { Lang } from "../../model";

export const LOCALE_OF: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

/** How a number field is edited, shown and understood. */
export type NumberKind = "amount" | "count" | "integer" | "share";

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_OF[lang], options);
    cache.set(id, f);
  }
  return f;
}

/** `€ 1.234,56`: cents always shown. */
export function formatEuro(value: number, lang: Lang): string {
  return formatter(lang, "euro", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** `€ 1.235`: whole euros, for large totals and charts. */
export function formatEuroRounded(value: number, lang: Lang): string {
  return formatter(lang, "euro0", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}

/** `€ 1,23 mln.`: three significant digits, for figures side by side in a narrow table. */
export function formatEuroCompact(value: number, lang: Lang): string {
  return formatter(lang, "euroCompact", { style: "currency", currency: "EUR", notation: "compact", maximumSignificantDigits: 3 }).format(value);
}

/** `1.234,5`: grouped, up to six decimals. */
export function formatCount(value: number, lang: Lang): string {
  return formatter(lang, "count", { maximumFractionDigits: 6 }).format(value);
}

/** `56%`, `3,94%`. */
export function formatShare(value: number, lang: Lang): string {
  return formatter(lang, "share", { style: "percent", maximumFractionDigits: 4 }).format(value);
}

/** `0,34%` with exactly two decimals: for shares of the youth population. */
export function formatSmallShare(value: number, lang: Lang): string {
  return formatter(lang, "share2", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** The text an input field shows for a number stored in the case (no currency sign, so it edits easily). */
export function formatForInput(value: number, kind: NumberKind, lang: Lang): string {
  switch (kind) {
    case "amount":
    case "count":
      return formatter(lang, "input", { maximumFractionDigits: 10 }).format(value);
    case "integer":
      return formatter(lang, "int", { useGrouping: false, maximumFractionDigits: 10 }).format(value);
    case "share":
      return formatter(lang, "inputShare", { style: "percent", maximumFractionDigits: 8 }).format(value);
  }
}

/** What the wizard understood, shown in the field's hint: `= € 1.234,56`, `= 56%`. */
export function formatUnderstood(value: number, kind: NumberKind, lang: Lang): string {
  switch (kind) {
    case "amount":
      return `= ${formatter(lang, "euroExact", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(value)}`;
    case "count":
      return `= ${formatCount(value, lang)}`;
    case "integer":
      return `= ${formatter(lang, "int", { useGrouping: false, maximumFractionDigits: 10 }).format(value)}`;
    case "share":
      return `= ${formatter(lang, "shareExact", { style: "percent", maximumFractionDigits: 8 }).format(value)}`;
  }
}

export function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { dateStyle: "long", timeStyle: "short" }).format(date);
}

/**
 * One scale for figures shown side by side (a table's column, a chart's axis): all in millions, or
 * all in thousands, or all in euros, chosen by the largest, so that a reader compares like with like
 * (never "€ 247K" beside "€ 1,36 mln."). Returns the formatter and the unit it uses.
 */
export function euroScale(values: readonly number[], lang: Lang): (value: number) => string {
  const largest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  const [divisor, suffix, digits] =
    largest >= 1e6 ? [1e6, lang === "nl" ? " mln." : "m", 2] : largest >= 1e4 ? [1e3, lang === "nl" ? "K" : "k", 0] : [1, "", 0];
  const f = formatter(lang, `scale${divisor}`, { style: "currency", currency: "EUR", minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (value: number) => `${f.format(value / divisor)}${suffix}`;
}

/** `12,2%`: at most one decimal, for percentages a reader takes in at a glance. */
export function formatPercentShort(value: number, lang: Lang): string {
  return formatter(lang, "percent1", { style: "percent", maximumFractionDigits: 1 }).format(value);
}
