/**
 * "Let op" next to the saving: when fewer (or more) youths are placed at the target than now, the
 * saving is not only the shift to family-based care but also the change in placements. That can
 * be the plan (prevention), but a council must read it beside the figure. A formula on the named
 * totals, so it follows the inputs; empty when the totals agree.
 */
import type { LayoutContext } from "../../layoutContext";
import type { Sentence } from "./proposal";
import { TEXTS } from "./texts";

export function placedTotalWarning(m: LayoutContext): Sentence {
  const t = m.texts(TEXTS);
  const R = m.results;
  const locale = m.ctx.lang === "nl" ? "nl-NL" : "en-GB";
  /** FIXED with no decimals for a whole number of youths, one otherwise (volumes are averages over the year). */
  const count = (name: string) => `FIXED(${name},IF(${name}=INT(${name}),0,1))`;
  const shown = (x: number) =>
    x.toLocaleString(locale, { minimumFractionDigits: Number.isInteger(x) ? 0 : 1, maximumFractionDigits: Number.isInteger(x) ? 0 : 1 });
  const q = (s: string) => s.replace(/"/g, '""');
  const change = "ABS(BC_TotalTarget-BC_TotalCurrent)";
  const fewer = `IF(BC_TotalTarget<BC_TotalCurrent,"${q(t.fewer)}","${q(t.more)}")`;
  const formula =
    `=IF(${change}<=BC_Tolerance,"","${q(t.placedWarningStart)}"&${count(change)}&"${q(t.placedWarningYouths)}"&${fewer}&"${q(t.placedWarningThan)}"` +
    `&${count("BC_TotalCurrent")}&"${q(t.placedWarningTo)}"&${count("BC_TotalTarget")}&"${q(t.placedWarningEffect)}"&${fewer}&"${q(t.placedWarningEnd)}")`;
  const now = R.forms.reduce((s, f) => s + f.current, 0);
  const target = R.forms.reduce((s, f) => s + f.target, 0);
  const diff = Math.abs(target - now);
  if (diff <= 0.01) return { formula, result: "" };
  const word = target < now ? t.fewer : t.more;
  const result = `${t.placedWarningStart}${shown(diff)}${t.placedWarningYouths}${word}${t.placedWarningThan}${shown(now)}${t.placedWarningTo}${shown(target)}${t.placedWarningEffect}${word}${t.placedWarningEnd}`;
  return { formula, result };
}
