/**
 * Inputs sheet, section "Fixed data": the lists behind the drop-downs (the formulas compare with
 * their labels by name), the reference points, and the model's fixed numbers. Not assumptions: locked.
 */
import { CARE_FORM_KINDS, COST_PERIODS, DEFAULT_DAYS_PER_YEAR } from "../../../../model";
import { cell, rowRange } from "../../builder";
import { REFERENCE_POINTS, note, section, text } from "../../layoutContext";
import type { InputCells } from "./inputCells";
import { BUDGET_YEARS, CHECK_TOLERANCE } from "../../common";
import { COMMON_TEXTS } from "../../texts";
import { TEXTS } from "./texts";

export function fixedDataSection(s: InputCells, row: number): { next: number } {
  const { m, b } = s;
  const { ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.fixedDataSection));
  const listRow = (title: string, name: string, values: string[], itemNames: string[]) => {
    b.set(r, 0, text(title));
    ctx.name(name, "inputs", rowRange(r, 1, values.length), title);
    values.forEach((v, i) => {
      b.set(r, 1 + i, { value: v, style: "constant", numberFormat: "text" });
      if (itemNames[i]) ctx.name(itemNames[i], "inputs", cell(r, 1 + i), `${title}: ${v}`);
    });
    r++;
  };
  listRow(
    t.periods,
    "BC_List_Per",
    COST_PERIODS.map((p) => s.perChoices[p]),
    ["BC_Label_Day", "BC_Label_Week", "BC_Label_Month", "BC_Label_Year"],
  );
  listRow(
    t.kindsCareForm,
    "BC_List_Kind",
    CARE_FORM_KINDS.map((k) => s.kindChoices[k]),
    ["BC_Label_Residential", "BC_Label_FamilyHome", "BC_Label_Foster", "BC_Label_Other"],
  );
  listRow(t.phasingMethods, "BC_List_Method", [s.methodChoices.linear, s.methodChoices.shares], ["BC_Label_Linear", "BC_Label_Shares"]);
  listRow(
    t.signals,
    "BC_List_Signal",
    [t.signalLabels.green, t.signalLabels.orange, t.signalLabels.red],
    ["BC_Label_Green", "BC_Label_Orange", "BC_Label_Red"],
  );
  for (const ref of REFERENCE_POINTS) {
    b.set(r, 0, text(`${t.shareYouthsAway}: ${t.referencePointLabels[ref.key]}`));
    b.set(r, 1, { value: ref.value, style: "constant", numberFormat: "percent2" });
    ctx.name(`BC_Ref_${ref.key}`, "inputs", cell(r, 1), `Reference point: ${COMMON_TEXTS.en.referencePointLabels[ref.key]}`);
    b.set(r++, 4, note(t.referenceSources[ref.key]));
  }
  // The reference points count youths, the model counts placement-years: said where they are compared.
  b.set(r++, 0, note(t.referenceCountNote));
  const constant = (label: string, value: number, format: "integer" | "eur2", name: string, comment: string, explanation?: string) => {
    b.set(r, 0, text(label));
    b.set(r, 1, { value, style: "constant", numberFormat: format });
    ctx.name(name, "inputs", cell(r, 1), comment);
    if (explanation) b.set(r, 4, note(explanation));
    r++;
  };
  constant(t.defaultDaysPerYear, DEFAULT_DAYS_PER_YEAR, "integer", "BC_DaysPerYear", "Default days per year of a daily amount");
  constant(t.toleranceChecks, CHECK_TOLERANCE, "eur2", "BC_Tolerance", "Largest difference a tie-out check accepts (euros)", t.toleranceNote);
  constant(
    t.budgetYearsLabel,
    BUDGET_YEARS,
    "integer",
    "BC_BudgetYears",
    "Years the municipal multi-year budget shows from the budget year on",
    t.budgetYearsNote,
  );
  constant(t.textDecimals, 2, "integer", "BC_TextDecimals", "Decimals of percentages in the proposal text");
  return { next: r };
}
