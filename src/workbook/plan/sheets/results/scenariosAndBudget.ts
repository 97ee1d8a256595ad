/** Results sheet, sections "Scenarios side by side" and "Four-year budget". */
import { columnLetters } from "../../address";
import { cell, colRange, type SheetBuilder } from "../../builder";
import { header, note, section, text, unit, type LayoutContext } from "../../layoutContext";
import { BUDGET_WINDOW_FILL } from "../../styles";
import { BUDGET_YEARS } from "../../common";
import type { CellPlan } from "../../types";
import { T0, type CalcLayout } from "../calc";
import type { InputsLayout } from "../inputs";
import { breakEvenShown, breakEvenWords } from "./keyFigures";
import { TEXTS } from "./texts";

/** Where the scenario table's rows are (base case first), for the chart that sets them side by side. */
export interface ScenarioRows {
  first: number;
  count: number;
}

export function scenariosSection(
  m: LayoutContext,
  b: SheetBuilder,
  row: number,
  inputs: InputsLayout,
  calc: CalcLayout,
): { next: number; scenarioRows: ScenarioRows } {
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
    b.set(r, 4, {
      formula: breakEvenWords(m, ctx.ref("calc", block.breakEven, 2)),
      result: breakEvenShown(m, S.breakEvenYear),
      style: "calc",
      numberFormat: "year",
    });
    r++;
  });
  const count = all.length;
  ctx.name("BC_ScenarioList", "results", colRange(first, 0, count), "Base case and scenarios, by name");
  ctx.name("BC_ScenarioStructuralSaving", "results", colRange(first, 2, count), "Structural saving per scenario (base case first)");
  ctx.name("BC_ScenarioNPV", "results", colRange(first, 3, count), "NPV per scenario (base case first)");
  ctx.name(
    "BC_ScenarioBreakEvenYear",
    "results",
    colRange(first, 4, count),
    "Break-even year per scenario (base case first; in words when none or immediately)",
  );
  b.set(r++, 0, note(t.scenariosNote));
  return { next: r + 1, scenarioRows: { first, count } };
}

/**
 * The multi-year budget (BBV): every year of the horizon, structural and incidental apart, with a
 * total per line, so the incidental line adds up to the one-off costs and the balance to the net
 * saving. The budget year and the years after it that a municipal budget shows are marked.
 */
export function budgetSection(m: LayoutContext, b: SheetBuilder, row: number, calc: CalcLayout): number {
  const { ctx, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(t.multiYearBudget));
  const headerRow = r;
  const first = columnLetters(T0);
  const last = columnLetters(T0 + H);
  b.setRow(r, 0, [header(""), header(t.unit), header(t.total)]);
  for (let i = 0; i <= H; i++)
    b.set(r, T0 + i, { formula: `=INDEX(BC_Years,COLUMN()-COLUMN($${first}$${r + 1})+1)`, result: R.years[i], style: "header", numberFormat: "year" });
  r++;
  const inWindow = (year: number) => year >= m.budgetYear && year < m.budgetYear + BUDGET_YEARS;
  const windowTest = (L: string) => `AND(${L}$${headerRow + 1}>=BC_BudgetYear,${L}$${headerRow + 1}<BC_BudgetYear+BC_BudgetYears)`;
  b.set(r, 0, text(t.budgetWindow));
  for (let i = 0; i <= H; i++) {
    const L = columnLetters(T0 + i);
    b.set(r, T0 + i, { formula: `=IF(${windowTest(L)},"${t.budgetWindowMark}","")`, result: inWindow(R.years[i]) ? t.budgetWindowMark : "", style: "calc" });
  }
  r++;
  const line = (label: string, values: readonly number[], formula: (L: string) => string, style: CellPlan["style"]) => {
    b.set(r, 0, text(label));
    b.set(r, 1, unit("€"));
    b.set(r, 2, { formula: `=SUM(${first}${r + 1}:${last}${r + 1})`, result: values.reduce((s, x) => s + x, 0), style, numberFormat: "eur" });
    for (let i = 0; i <= H; i++) b.set(r, T0 + i, { formula: formula(columnLetters(T0 + i)), result: values[i], style, numberFormat: "eur" });
    return r++;
  };
  const calcCell = (L: string, calcRow: number) => `${ctx.sheetPrefix("calc")}${L}${calcRow + 1}`;
  const structural = line(t.budgetStructural, R.savingNominal, (L) => `=${calcCell(L, calc.rows.savingNominal)}`, "link");
  const incidental = line(
    t.budgetOneOff,
    R.oneOffNominal.map((x) => -x),
    (L) => `=-${calcCell(L, calc.rows.oneOffNominal)}`,
    "link",
  );
  const balance = line(t.budgetBalance, R.netNominal, (L) => `=${L}${structural + 1}+${L}${incidental + 1}`, "keyFigure");
  const tableRange = { row: headerRow, col: 0, rowCount: balance - headerRow + 1, colCount: T0 + H + 1 };
  ctx.name("BC_BudgetTable", "results", tableRange, "Multi-year budget: structural, incidental and balance per year (nominal), with totals");
  ctx.name("BC_BudgetStructuralTotal", "results", cell(structural, 2), "Multi-year budget: structural total over the horizon (nominal)");
  ctx.name("BC_BudgetIncidentalTotal", "results", cell(incidental, 2), "Multi-year budget: incidental total over the horizon (nominal, negative)");
  ctx.name("BC_BudgetBalanceTotal", "results", cell(balance, 2), "Multi-year budget: balance over the horizon (nominal)");
  // The budget window stands out on screen as well as by its mark (below the header, whose white text needs its dark fill).
  b.conditionalFormats.push({
    range: { row: headerRow + 1, col: T0, rowCount: balance - headerRow, colCount: H + 1 },
    formula: windowTest(first),
    fill: BUDGET_WINDOW_FILL,
  });
  // The note right under the table, so that it prints on the same page.
  b.set(r, 0, note(t.budgetNote));
  return r + 2;
}
