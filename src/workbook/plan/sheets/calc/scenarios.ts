/**
 * Calculation sheet, section "Scenarios side by side": the same arithmetic for the base case and
 * each scenario, from the scenario table's columns, so the results sheet can compare them live.
 */
import { CARE_FORM_KINDS, type CareFormKind, type Results } from "../../../../model";
import { columnLetters } from "../../address";
import { section } from "../../layoutContext";
import type { InputsLayout } from "../inputs";
import type { RealRows } from "./costs";
import { staysAtOrAboveZero } from "./keyFigures";
import type { PhasingRows } from "./phasing";
import type { CalcRows } from "./rows";
import type { TimeAxisRows } from "./timeAxis";
import { KIND_NAME, type VolumeRows } from "./volumes";
import { TEXTS } from "./texts";

/** Per scenario (the base case first): the rows of its phasing, structural saving, NPV and break-even year. */
export interface ScenarioBlock {
  p: number;
  ss: number;
  npv: number;
  breakEven: number;
}

export interface ScenarioSectionRows {
  blocks: ScenarioBlock[];
}

export function scenariosSection(
  rows: CalcRows,
  inputs: InputsLayout,
  axis: TimeAxisRows,
  phasing: PhasingRows,
  volumes: VolumeRows,
  real: RealRows,
): ScenarioSectionRows {
  const { m } = rows;
  rows.section(section(m.texts(TEXTS).scenariosSideBySide));
  const byKind = structuralByKind(rows, volumes);
  const all = [m.base, ...m.scenarios];
  const blocks = inputs.scenarioColumns.map((col, s) => scenarioBlock(rows, inputs, col, s, all[s], byKind, { axis, phasing, real }));
  rows.gap();
  return { blocks };
}

/** Structural saving at full realisation and costs as entered, per form and then per kind (the scenario factors apply per kind). */
function structuralByKind(rows: CalcRows, volumes: VolumeRows): Record<CareFormKind, number> {
  const { m } = rows;
  const { c } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  const perYear = t.perYear;
  const first = rows.row;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    rows.single({
      label: rows.formLabel(f.id, t.formStructuralAsEntered),
      unit: perYear,
      formula: `=(BC_Current_${f.id}-BC_Target_${f.id})*BC_BaseCostPerPlacement_${f.id}`,
      value: (fr.current - fr.target) * fr.baseCostPerPlacement,
      format: "eur",
    });
  });
  const last = rows.row - 1;
  const byKind = {} as Record<CareFormKind, number>;
  for (const k of CARE_FORM_KINDS) {
    byKind[k] = rows.single({
      label: `${t.structuralAtFullByKind}: ${t.kindLabels[k].toLowerCase()}`,
      unit: perYear,
      formula: `=SUMIF(${volumes.kindRange},BC_Label_${KIND_NAME[k]},$C$${first + 1}:$C$${last + 1})`,
      value: R.forms.filter((f) => f.kind === k).reduce((s, f) => s + (f.current - f.target) * f.baseCostPerPlacement, 0),
      format: "eur",
    });
  }
  return byKind;
}

function scenarioBlock(
  rows: CalcRows,
  inputs: InputsLayout,
  scol: number,
  s: number,
  S: Results,
  byKind: Record<CareFormKind, number>,
  from: { axis: TimeAxisRows; phasing: PhasingRows; real: RealRows },
): ScenarioBlock {
  const { m } = rows;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  const L = columnLetters(scol);
  const at = (row: number) => `${ctx.sheetPrefix("inputs")}$${L}$${row + 1}`;
  const rowsIn = inputs.scenarioRows;
  const nameRef = at(rowsIn.name);
  const scenarioName = s === 0 ? m.baseCaseName : c.scenarios![s - 1].name;
  const label = (what: string) => ({ formula: `=${nameRef}&"${what}"`, result: `${scenarioName}${what}`, style: "link" as const });
  const I = (Lc: string) => `${Lc}$${from.axis.yearIndex + 1}`;
  const ss = rows.single({
    label: label(t.scenarioStructuralSaving),
    unit: t.perYear,
    formula: `=${at(rowsIn.realisation)}*(${CARE_FORM_KINDS.map((k) => `${at(rowsIn.factor[k])}*C${byKind[k] + 1}`).join("+")})`,
    value: S.structuralSaving,
    format: "eur",
  });
  const p = rows.timeline({
    label: label(t.scenarioPhase),
    unit: "%",
    formula: (Lc) => `=IF(${at(rowsIn.yearsToTarget)}>0,MIN(${I(Lc)}/${at(rowsIn.yearsToTarget)},1),${Lc}$${from.phasing.phaseInputs + 1})`,
    values: S.phase,
    format: "percent",
  });
  const net = rows.timeline({
    label: label(t.scenarioNetReal),
    unit: "€",
    formula: (Lc) => `=${Lc}${p + 1}*$C$${ss + 1}-${Lc}$${from.real.oneOffReal + 1}`,
    values: S.netReal,
    format: "eur",
  });
  const nominal = rows.timeline({
    label: label(t.scenarioNetNominal),
    unit: "€",
    formula: (Lc) => `=${Lc}${net + 1}*${Lc}$${from.axis.indexFactor + 1}`,
    values: S.netNominal,
    format: "eur",
  });
  const cumulative = rows.timeline({
    label: label(t.scenarioCumulative),
    unit: "€",
    formula: (Lc) => `=SUM($${rows.first}${nominal + 1}:${Lc}${nominal + 1})`,
    values: S.cumulativeNominal,
    format: "eur",
  });
  const flags = rows.timeline({
    label: label(t.scenarioBreakEvenFlags),
    unit: "1/0",
    formula: (Lc) => `=IF(COUNTIF(${Lc}${cumulative + 1}:$${rows.last}${cumulative + 1},"<0")=0,1,0)`,
    values: staysAtOrAboveZero(S.cumulativeNominal),
    format: "integer",
  });
  const npv = rows.single({
    label: label(t.scenarioNpv),
    unit: "€",
    formula: `=SUMPRODUCT(${rows.fullRow(net)},BC_DiscountFactors)`,
    value: S.npv,
    format: "eur",
  });
  const breakEven = rows.single({
    label: label(t.scenarioBreakEvenYear),
    unit: t.year,
    formula: `=IF(MAX(${rows.fullRow(flags)})=0,"",INDEX(BC_Years,MATCH(1,${rows.fullRow(flags)},0)))`,
    value: S.breakEvenYear ?? "",
    format: "year",
  });
  return { p, ss, npv, breakEven };
}
