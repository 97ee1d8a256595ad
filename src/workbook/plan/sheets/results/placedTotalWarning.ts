/**
 * "Let op" next to the saving: when fewer (or more) youths are placed at the target than now, the
 * saving is not only the shift to family-based care but also the change in placements. That can
 * be the plan (prevention), but a council must read it beside the figure. A formula on the named
 * totals, so it follows the inputs; empty when the totals agree.
 */
import type { LayoutContext } from "../../layoutContext";
import type { Sentence } from "./proposal";
import { TEXTS } from "./texts";
import { CHECK_TOLERANCE } from "../../common";

/** Rounded as Excel's ROUND rounds (half away from zero), on the decimal the number shows. */
function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

export function placedTotalWarning(m: LayoutContext): Sentence {
  const t = m.texts(TEXTS);
  const R = m.results;
  const locale = m.ctx.lang === "nl" ? "nl-NL" : "en-GB";
  /**
   * FIXED with no decimals for a whole number of youths, one otherwise (volumes are averages over
   * the year). Whole is judged after rounding to one decimal: 635.2 - 616.2 is 19.00000000000006 in
   * binary, which INT calls fractional where LibreOffice's approximate equality calls it whole.
   */
  const count = (name: string) => `FIXED(${name},IF(ROUND(${name},1)=ROUND(${name},0),0,1))`;
  const decimals = (x: number) => (roundTo(x, 1) === roundTo(x, 0) ? 0 : 1);
  const shown = (x: number) => x.toLocaleString(locale, { minimumFractionDigits: decimals(x), maximumFractionDigits: decimals(x) });
  const q = (s: string) => s.replace(/"/g, '""');
  const change = "ABS(BC_TotalTarget-BC_TotalCurrent)";
  const fewer = `IF(BC_TotalTarget<BC_TotalCurrent,"${q(t.fewer)}","${q(t.more)}")`;
  const formula =
    `=IF(${change}<=BC_Tolerance,"","${q(t.placedWarningStart)}"&${count(change)}&"${q(t.placedWarningYouths)}"&${fewer}&"${q(t.placedWarningThan)}"` +
    `&${count("BC_TotalCurrent")}&"${q(t.placedWarningTo)}"&${count("BC_TotalTarget")}&"${q(t.placedWarningEffect)}"&${fewer}&"${q(t.placedWarningEnd)}")`;
  const now = R.forms.reduce((s, f) => s + f.current, 0);
  const target = R.forms.reduce((s, f) => s + f.target, 0);
  const diff = Math.abs(target - now);
  if (diff <= CHECK_TOLERANCE) return { formula, result: "" };
  const word = target < now ? t.fewer : t.more;
  const result = `${t.placedWarningStart}${shown(diff)}${t.placedWarningYouths}${word}${t.placedWarningThan}${shown(now)}${t.placedWarningTo}${shown(target)}${t.placedWarningEffect}${word}${t.placedWarningEnd}`;
  return { formula, result };
}
