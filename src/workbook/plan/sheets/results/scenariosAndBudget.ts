/** Results sheet, sections "Scenarios side by side" and "Four-year budget". */
import { columnLetters } from "../../address";
import { colRange, type SheetBuilder } from "../../builder";
import { header, note, section, text, type LayoutContext } from "../../layoutContext";
import type { CellPlan } from "../../types";
import type { CalcLayout } from "../calc";
import type { InputsLayout } from "../inputs";
import { TEXTS } from "./texts";

export function scenariosSection(m: LayoutContext, b: SheetBuilder, row: number, inputs: InputsLayout, calc: CalcLayout): number {
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.scenariosSideBySide));
  b.setRow(r++, 0, [header(t.scenario), header(t.realisation), header(t.structuralSaving), header(t.npv), header(t.breakEvenYear)]);
  const first = r;
  const all = [m.base, ...m.scenarios];
  inputs.scenarioColumns.forEach((scol, s) => {
    const block = calc.scenarioBlocks[s];
    const S = all[s];
    b.set(r, 0, {
      formula: `=${ctx.ref("inputs", inputs.scenarioRows.name, scol)}`,
      result: s === 0 ? m.baseCaseName : c.scenarios![s - 1].name,
      style: "link",
    });
    b.set(r, 1, { formula: `=${ctx.ref("inputs", inputs.scenarioRows.realisation, scol)}`, result: S.realisation, style: "link", numberFormat: "percent" });
    b.set(r, 2, { formula: `=${ctx.ref("calc", block.ss, 2)}`, result: S.structuralSaving, style: "link", numberFormat: "eur" });
    b.set(r, 3, { formula: `=${ctx.ref("calc", block.npv, 2)}`, result: S.npv, style: "link", numberFormat: "eur" });
    b.set(r, 4, { formula: `=${ctx.ref("calc", block.breakEven, 2)}`, result: S.breakEvenYear ?? "", style: "link", numberFormat: "year" });
    r++;
  });
  const count = all.length;
  ctx.name("BC_ScenarioList", "results", colRange(first, 0, count), "Base case and scenarios, by name");
  ctx.name("BC_ScenarioStructuralSaving", "results", colRange(first, 2, count), "Structural saving per scenario (base case first)");
  ctx.name("BC_ScenarioNPV", "results", colRange(first, 3, count), "NPV per scenario (base case first)");
  ctx.name("BC_ScenarioBreakEvenYear", "results", colRange(first, 4, count), "Break-even year per scenario (base case first; empty: none)");
  b.set(r++, 0, note(t.scenariosNote));
  return r + 1;
}

/** The four-year budget (BBV): budget year and the three years after it, nominal. */
export function budgetSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { c, ctx, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(t.fourYearBudget));
  b.set(r, 0, header(t.budgetYear));
  const budgetHeader = r;
  const budgetYear = c.budgetYear ?? c.baseYear + 1;
  for (let k = 0; k < 4; k++) {
    const formula = k === 0 ? "=BC_BudgetYear" : `=${columnLetters(k)}${r + 1}+1`;
    b.set(r, 1 + k, { formula, result: budgetYear + k, style: "header", numberFormat: "year" });
  }
  r++;
  const inYears = (year: number) => year >= c.baseYear && year <= c.baseYear + H;
  const budgetLine = (label: string, name: string, values: number[], sign: 1 | -1, style: CellPlan["style"] = "calc") => {
    b.set(r, 0, text(label));
    for (let k = 0; k < 4; k++) {
      const L = columnLetters(1 + k);
      const year = budgetYear + k;
      const lookup = `INDEX(${name},MATCH(${L}$${budgetHeader + 1},BC_Years,0))`;
      b.set(r, 1 + k, {
        formula: `=IFERROR(${sign === -1 ? "-" : ""}${lookup},"")`,
        result: inYears(year) ? sign * values[year - c.baseYear] : "",
        style,
        numberFormat: "eur",
      });
    }
    return r++;
  };
  const structural = budgetLine(t.budgetStructural, "BC_SavingNominal", R.savingNominal, 1);
  const incidental = budgetLine(t.budgetOneOff, "BC_OneOffNominal", R.oneOffNominal, -1);
  b.set(r, 0, { value: t.budgetBalance, style: "output" });
  for (let k = 0; k < 4; k++) {
    const L = columnLetters(1 + k);
    const year = budgetYear + k;
    b.set(r, 1 + k, {
      formula: `=IF(AND(${L}${structural + 1}="",${L}${incidental + 1}=""),"",N(${L}${structural + 1})+N(${L}${incidental + 1}))`,
      result: inYears(year) ? R.netNominal[year - c.baseYear] : "",
      style: "keyFigure",
      numberFormat: "eur",
    });
  }
  ctx.name("BC_BudgetTable", "results", { row: budgetHeader, col: 0, rowCount: 4, colCount: 5 }, "Four-year budget: structural, one-off and balance (nominal)");
  r++;
  b.set(r++, 0, note(t.budgetNote));
  return r + 1;
}
