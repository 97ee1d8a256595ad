/**
 * The results sheet (Resultaat / Results): the key figures, every scenario side by side, the
 * four-year budget view as a municipality budgets (BBV), the yearly table, the per-1,000 figures
 * and the share away from home against the reference points, a proposal text built by formulas,
 * and the charts. Everything here is a link to the calculation sheet or a short formula on it.
 */
import type { SheetBuilder } from "../../builder";
import { sheetTop } from "../../common";
import type { LayoutContext } from "../../layoutContext";
import { TAB_COLORS } from "../../styles";
import { T0, type CalcLayout } from "../calc";
import type { InputsLayout } from "../inputs";
import { chartsSection } from "./charts";
import { keyFiguresSection, perCareFormSection } from "./keyFigures";
import { per1000Section, perYearSection } from "./perYear";
import { proposalSection } from "./proposalText";
import { budgetSection, scenariosSection } from "./scenariosAndBudget";
import { TEXTS } from "./texts";

export function buildResultsSheet(m: LayoutContext, inputs: InputsLayout, calc: CalcLayout): { sheet: SheetBuilder } {
  const { H } = m;
  const t = m.texts(TEXTS);
  const b = m.sheet("results");
  b.tabColor = TAB_COLORS.output;
  const widths: Record<number, number> = { 0: 50, 1: 16, 2: 16 };
  for (let i = 0; i <= H; i++) widths[T0 + i] = 14;
  widths[T0 + H + 1] = 14;
  b.widths(widths);
  sheetTop(m, b, t.results, t.purpose);
  const afterKeys = keyFiguresSection(m, b, b.row);
  const { formFirst, next: afterForms } = perCareFormSection(m, b, afterKeys);
  const { next: afterScenarios, scenarioRows } = scenariosSection(m, b, afterForms, inputs, calc);
  const afterBudget = budgetSection(m, b, afterScenarios, calc);
  const { next: afterYears, ...perYear } = perYearSection(m, b, afterBudget, calc);
  const { next: afterShares, rows: share } = per1000Section(m, b, afterYears, calc);
  const afterProposal = proposalSection(m, b, afterShares);
  b.row = chartsSection(m, b, afterProposal, { formFirst, perYear, share, scenarioRows });
  b.freeze = { rows: 4, columns: 1 };
  return { sheet: b };
}
