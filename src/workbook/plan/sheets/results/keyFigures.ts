/** Results sheet, sections "Key figures" and "Per care form". */
import { header, section, text, unit } from "../../layoutContext";
import type { SheetBuilder } from "../../builder";
import type { LayoutContext } from "../../layoutContext";
import type { CellPlan, NumberFormatName } from "../../types";
import { placedTotalWarning } from "./placedTotalWarning";
import { TEXTS } from "./texts";

export function keyFiguresSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  let r = row;
  const key = (label: string, formula: string, result: number | string, format: NumberFormatName, unitText = "", style: CellPlan["style"] = "keyFigure") => {
    b.set(r, 0, text(label));
    b.set(r, 1, { formula, result, style, numberFormat: format });
    if (unitText) b.set(r, 2, unit(unitText));
    r++;
  };
  const baseYearPrices = t.baseYearPrices;
  b.set(r++, 0, section(t.keyFigures));
  key(t.activeScenario, "=BC_Scenario", m.activeScenarioName, "text", "", "link");
  key(t.structuralSavingPerYear, "=BC_StructuralSaving", R.structuralSaving, "eur", baseYearPrices);
  // Beside the saving: whether it includes placing fewer (or more) youths (empty when not).
  const warning = placedTotalWarning(m);
  b.prose(r++, 0, { formula: warning.formula, result: warning.result, style: "warning" });
  key(t.npvOverHorizon, "=BC_NPV", R.npv, "eur", t.realDiscountRate);
  key(t.breakEvenYear, breakEvenWords(m, "BC_BreakEvenYear"), breakEvenShown(m, R.breakEvenYear), "year");
  key(
    t.oneOffCostsTotal,
    "=SUM(BC_OneOffReal)",
    R.oneOffReal.reduce((s, x) => s + x, 0),
    "eur",
    baseYearPrices,
  );
  const noSwitch = t.notApplicable;
  key(
    t.switchingValueRealisation,
    `=IF(BC_SwitchingRealisation="","${noSwitch}",BC_SwitchingRealisation)`,
    m.key.switching ?? noSwitch,
    "percent",
    t.ofThePlannedShift,
  );
  if (m.population !== null) {
    const share = R.awayFromHomeShare!;
    key(t.shareBaseYear, "=INDEX(BC_AwayFromHomeShare,1)", share[0], "percent2");
    key(t.shareLastYear, "=INDEX(BC_AwayFromHomeShare,COLUMNS(BC_AwayFromHomeShare))", share[H], "percent2");
  }
  return r + 1;
}

/**
 * A break-even year as a council reads it: the year, "not within the horizon" when there is none,
 * and "immediately" when it is the base year (the cumulative balance is never below zero: there
 * is no payback period). The named cell keeps the year; only the words shown differ.
 */
export function breakEvenWords(m: LayoutContext, year: string): string {
  const t = m.texts(TEXTS);
  return `=IF(${year}="","${t.notWithinHorizon}",IF(${year}=BC_BaseYear,"${t.immediately}",${year}))`;
}

/** What breakEvenWords shows for a year of the model. */
export function breakEvenShown(m: LayoutContext, year: number | null): number | string {
  const t = m.texts(TEXTS);
  return year === null ? t.notWithinHorizon : year === m.c.baseYear ? t.immediately : year;
}

/** Cost per placement-year and volumes per care form (the first chart reads this table). Returns its first row and the next free row. */
export function perCareFormSection(m: LayoutContext, b: SheetBuilder, row: number): { formFirst: number; next: number } {
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(t.perCareForm));
  b.setRow(r++, 0, [header(t.careForm), header(t.costPerPlacement), header(t.numberNow), header(t.numberTarget), header(t.difference)]);
  const formFirst = r;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    b.set(r, 0, { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" });
    b.set(r, 1, { formula: `=BC_CostPerPlacement_${f.id}`, result: fr.costPerPlacement, style: "link", numberFormat: "eur" });
    b.set(r, 2, { formula: `=BC_Current_${f.id}`, result: fr.current, style: "link", numberFormat: "count" });
    b.set(r, 3, { formula: `=BC_Target_${f.id}`, result: fr.target, style: "link", numberFormat: "count" });
    b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: fr.target - fr.current, style: "calc", numberFormat: "count" });
    r++;
  });
  const totalCurrent = R.forms.reduce((s, f) => s + f.current, 0);
  const totalTarget = R.forms.reduce((s, f) => s + f.target, 0);
  b.set(r, 0, { value: t.total, style: "output" });
  b.set(r, 2, { formula: `=SUM(C${formFirst + 1}:C${r})`, result: totalCurrent, style: "output", numberFormat: "count" });
  b.set(r, 3, { formula: `=SUM(D${formFirst + 1}:D${r})`, result: totalTarget, style: "output", numberFormat: "count" });
  b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: totalTarget - totalCurrent, style: "output", numberFormat: "count" });
  r++;
  return { formFirst, next: r + 1 };
}
