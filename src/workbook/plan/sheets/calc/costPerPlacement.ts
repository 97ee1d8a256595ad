/** Calculation sheet, section "Cost per placement-year": per care form its components per year, ambulant care, and the scenario's cost factor. */
import type { CareForm } from "../../../../model";
import { section } from "../../layoutContext";
import type { ComponentCells, InputsLayout } from "../inputs";
import type { CalcRows } from "./rows";
import { TEXTS } from "./texts";

export function costPerPlacementSection(rows: CalcRows, inputs: InputsLayout): void {
  const { m } = rows;
  rows.section(section(m.texts(TEXTS).costPerPlacement));
  m.c.careForms.forEach((f, fi) => formCostRows(rows, inputs, f, fi));
  rows.gap();
}

function formCostRows(rows: CalcRows, inputs: InputsLayout, f: CareForm, fi: number): void {
  const { m } = rows;
  const { ctx } = m;
  const t = m.texts(TEXTS);
  const fr = m.results.forms[fi];
  const cells = inputs.components.get(f.id)!;
  const componentRows = inputs.componentRows.get(f.id)!;
  const perYear = t.perYear;
  const firstComponent = rows.row;
  f.costs.forEach((k, ki) => {
    rows.single({
      label: { formula: `=BC_Name_${f.id}&": "&${ctx.ref("inputs", componentRows.first + ki, 0)}`, result: `${f.name}: ${k.label}`, style: "link" },
      unit: perYear,
      formula: annualCostFormula(ctx.sheetPrefix("inputs"), cells[ki]),
      value: fr.componentCosts[ki],
      format: "eur2",
    });
  });
  const ambulant = rows.single({
    label: rows.formLabel(f.id, t.formAmbulantCare),
    unit: perYear,
    formula: `=BC_AmbulantAmount_${f.id}*BC_AmbulantShare_${f.id}`,
    value: fr.ambulantCost,
    format: "eur2",
  });
  const baseCost = rows.single({
    label: rows.formLabel(f.id, t.formCostPerPlacementInputs),
    unit: perYear,
    formula: `=SUM(C${firstComponent + 1}:C${ambulant + 1})`,
    value: fr.baseCostPerPlacement,
    format: "eur2",
    name: `BC_BaseCostPerPlacement_${f.id}`,
    comment: `Cost per placement-year of ${f.id} before scenario cost factors`,
  });
  const factor = rows.single({
    label: rows.formLabel(f.id, t.formCostFactor),
    unit: "factor",
    formula: `=IF(BC_Kind_${f.id}=BC_Label_Residential,BC_LiveCostFactor_residential,IF(BC_Kind_${f.id}=BC_Label_FamilyHome,BC_LiveCostFactor_familyHome,IF(BC_Kind_${f.id}=BC_Label_Foster,BC_LiveCostFactor_foster,BC_LiveCostFactor_other)))`,
    value: m.activeScenario?.costFactor?.[f.kind] ?? 1,
    format: "factor",
  });
  rows.single({
    label: rows.formLabel(f.id, t.formCostPerPlacement),
    unit: perYear,
    formula: `=C${baseCost + 1}*C${factor + 1}`,
    value: fr.costPerPlacement,
    format: "eur2",
    name: `BC_CostPerPlacement_${f.id}`,
    comment: `Cost per placement-year of ${f.id} (c_f)`,
    style: "output",
  });
}

/**
 * The workbook's form of the tariff rule in src/model/costs.ts (paymentsPerYear): amount x payments
 * per year; for "day" the component's days per year, or the default when that cell is empty; else
 * 52, 12 or 1. The LibreOffice cross-check (test/engine) proves the two agree.
 */
export function annualCostFormula(sheet: string, ref: ComponentCells): string {
  const per = `${sheet}${ref.per}`;
  const days = `${sheet}${ref.days}`;
  return `=${sheet}${ref.amount}*IF(${per}=BC_Label_Day,IF(ISNUMBER(${days}),${days},BC_DaysPerYear),IF(${per}=BC_Label_Week,52,IF(${per}=BC_Label_Month,12,1)))`;
}
