/**
 * The calculation sheet (Berekening / Calculation): one time axis across the columns (years
 * 0..H from column D), one formula per row that is the same across the row, every ingredient
 * linked in by name or reference, no constants but 0, 1, 7, 12, 52, 100 and 1000.
 * Column C holds the values that are not per year (cost per placement-year, NPV, ...).
 */
import { CARE_FORM_KINDS, type CareFormKind } from "../../../model";
import { columnLetters } from "../address";
import { cell, rowRange, type SheetBuilder } from "../builder";
import { sheetTop, SCENARIO_INDEX_NAME } from "../common";
import { KIND_LABELS, header, section, text, unit, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { CellPlan, NumberFormatName } from "../types";

/** The first timeline column (D): year index i sits in column T0 + i. */
export const T0 = 3;
const KIND_NAME: Record<CareFormKind, string> = {
  residential: "Residential",
  familyHome: "FamilyHome",
  foster: "Foster",
  other: "Other",
};

export function buildCalcSheet(m: LayoutContext): SheetBuilder {
  const { c, ctx, tr, H } = m;
  const R = m.results;
  const b = m.sheet("calc");
  b.tabColor = TAB_COLORS.calc;
  const widths: Record<number, number> = { 0: 52, 1: 12, 2: 16 };
  for (let i = 0; i <= H; i++) widths[T0 + i] = 13;
  b.widths(widths);
  sheetTop(
    m,
    b,
    tr("Berekening", "Calculation"),
    tr(
      "Elke regel heeft één formule, gelijk over alle jaren. Kolom C: waarden die niet per jaar zijn. Bedragen in euro's; reëel = prijspeil basisjaar, nominaal = geïndexeerd.",
      "Every row has one formula, the same across all years. Column C: values that are not per year. Amounts in euros; real = base-year prices, nominal = indexed.",
    ),
  );
  const col = (i: number) => columnLetters(T0 + i);
  const first = col(0);
  const last = col(H);
  const rows: Record<string, number> = {};
  let r = b.row;

  /** A row across the years; `f` writes the formula for the column letter of year i. */
  const timeline = (
    label: string | CellPlan,
    unitText: string,
    f: (L: string, i: number) => string,
    values: readonly (number | string)[],
    format: NumberFormatName,
    name?: string,
    comment?: string,
    style: CellPlan["style"] = "calc",
  ): number => {
    b.set(r, 0, typeof label === "string" ? text(label) : label);
    b.set(r, 1, unit(unitText));
    for (let i = 0; i <= H; i++) b.set(r, T0 + i, { formula: f(col(i), i), result: values[i], style, numberFormat: format });
    if (name) {
      ctx.name(name, "calc", rowRange(r, T0, H + 1), comment ?? label.toString());
      rows[name] = r;
    }
    return r++;
  };
  /** A single value in column C. */
  const single = (
    label: string | CellPlan,
    unitText: string,
    formula: string,
    value: number | string,
    format: NumberFormatName,
    name?: string,
    comment?: string,
    style: CellPlan["style"] = "calc",
  ): number => {
    b.set(r, 0, typeof label === "string" ? text(label) : label);
    b.set(r, 1, unit(unitText));
    b.set(r, 2, { formula, result: value, style, numberFormat: format });
    if (name) {
      ctx.name(name, "calc", cell(r, 2), comment ?? String(typeof label === "string" ? label : name));
      rows[name] = r;
    }
    return r++;
  };
  const fullRow = (row: number) => `$${first}$${row + 1}:$${last}$${row + 1}`;
  const formLabel = (id: string, what: string) => ({
    formula: `=BC_Name_${id}&"${what}"`,
    result: `${c.careForms.find((f) => f.id === id)!.name}${what}`,
    style: "link" as const,
  });

  // Time axis.
  b.set(r, 0, section(tr("Tijdlijn", "Time axis")));
  b.set(r, 1, header(tr("Eenheid", "Unit")));
  b.set(r, 2, header(tr("Waarde", "Value")));
  r++;
  const idxRow = r;
  timeline(
    tr("Jaarindex", "Year index"),
    "",
    () => `=COLUMN()-COLUMN($${first}$${idxRow + 1})`,
    R.years.map((_, i) => i),
    "integer",
  );
  const yearRow = timeline(
    tr("Jaar", "Year"),
    tr("jaar", "year"),
    (L) => `=BC_BaseYear+${L}$${idxRow + 1}`,
    R.years,
    "year",
    "BC_Years",
    "The years 0..H",
    "output",
  );
  const idx = timeline(
    tr("Indexatiefactor", "Index factor"),
    "factor",
    (L) => `=(1+BC_Indexation)^${L}$${idxRow + 1}`,
    R.indexFactor,
    "factor",
    "BC_IndexFactors",
    "(1 + indexation)^i",
  );
  timeline(
    tr("Disconteringsfactor", "Discount factor"),
    "factor",
    (L) => `=1/(1+BC_DiscountRate)^${L}$${idxRow + 1}`,
    R.discountFactor,
    "factor",
    "BC_DiscountFactors",
    "1 / (1 + discount rate)^i",
  );
  b.freeze = { rows: yearRow + 1, columns: T0 };
  r++;

  // The live scenario: what the active scenario sets, picked from the scenario table.
  b.set(r++, 0, section(tr("Actief scenario", "Active scenario")));
  const activeIndex = m.scenarioActive ? (c.scenarios ?? []).findIndex((s) => s.name === c.activeScenario) + 2 : 1;
  single(
    tr("Actief scenario (nummer in de lijst)", "Active scenario (number in the list)"),
    "",
    "=MATCH(BC_Scenario,BC_ScenarioNames,0)",
    activeIndex,
    "integer",
    SCENARIO_INDEX_NAME,
    "Position of the active scenario in the scenario list",
  );
  single(
    tr("Realisatie van de verschuiving", "Realisation of the shift"),
    "%",
    `=INDEX(BC_ScenarioRealisations,${SCENARIO_INDEX_NAME})`,
    R.realisation,
    "percent",
    "BC_LiveRealisation",
    "Realisation in the active scenario",
  );
  const activeScenario = m.scenarioActive ? c.scenarios!.find((s) => s.name === c.activeScenario) : undefined;
  for (const k of CARE_FORM_KINDS) {
    single(
      `${tr("Kostenfactor", "Cost factor")} ${m.label(KIND_LABELS[k]).toLowerCase()}`,
      "factor",
      `=INDEX(BC_ScenarioCostFactor_${k},${SCENARIO_INDEX_NAME})`,
      activeScenario?.costFactor?.[k] ?? 1,
      "factor",
      `BC_LiveCostFactor_${k}`,
      `Cost factor for ${k} in the active scenario`,
    );
  }
  single(
    tr("Jaren tot doel in het scenario (0: fasering van de invoer)", "Years to target in the scenario (0: the inputs' phasing)"),
    tr("jaren", "years"),
    `=INDEX(BC_ScenarioYearsToTarget,${SCENARIO_INDEX_NAME})`,
    activeScenario?.yearsToTarget ?? 0,
    "integer",
    "BC_LiveYearsToTarget",
    "Years to target set by the active scenario (0: none)",
  );
  r++;

  // Phasing.
  b.set(r++, 0, section(tr("Fasering", "Phasing")));
  const sharesRef = (L: string) => {
    // The shares row on the inputs sheet starts at year 0 in column B, two columns left of D.
    const inputsCol = columnLetters(m.inputs.sharesCol + (columnNumber(L) - T0));
    return `${ctx.sheetPrefix("inputs")}${inputsCol}$${m.inputs.sharesRow + 1}`;
  };
  const basePhase = m.base.phase;
  const phaseBase = timeline(
    tr("Deel van de verschuiving bereikt (invoer)", "Part of the shift reached (inputs)"),
    "%",
    (L) => `=IF(BC_PhasingMethod=BC_Label_Shares,${sharesRef(L)},MIN(${L}$${idxRow + 1}/BC_YearsToTarget,1))`,
    basePhase,
    "percent",
    "BC_PhaseInputs",
    "Phasing of the inputs: linear or own shares",
  );
  const phase = timeline(
    tr("Deel van de verschuiving bereikt (actief scenario)", "Part of the shift reached (active scenario)"),
    "%",
    (L) => `=IF(BC_LiveYearsToTarget>0,MIN(${L}$${idxRow + 1}/BC_LiveYearsToTarget,1),${L}${phaseBase + 1})`,
    R.phase,
    "percent",
    "BC_Phase",
    "Phasing in the active scenario",
  );
  r++;

  // Cost per placement-year, per care form.
  b.set(r++, 0, section(tr("Kosten per plaatsingsjaar", "Cost per placement-year")));
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    const refs = m.inputs.components.get(f.id)!;
    const componentRows = m.inputs.componentRows.get(f.id)!;
    const firstComponentRow = r;
    f.costs.forEach((k, ki) => {
      const labelRef = ctx.ref("inputs", componentRows.first + ki, 0);
      single(
        { formula: `=BC_Name_${f.id}&": "&${labelRef}`, result: `${f.name}: ${k.label}`, style: "link" },
        tr("€ per jaar", "€ per year"),
        annualCostFormula(ctx.sheetPrefix("inputs"), refs[ki]),
        fr.componentCosts[ki],
        "eur2",
      );
    });
    single(
      formLabel(f.id, tr(": extra ambulante zorg (bedrag x aandeel)", ": extra ambulant care (amount x share)")),
      tr("€ per jaar", "€ per year"),
      `=BC_AmbulantAmount_${f.id}*BC_AmbulantShare_${f.id}`,
      fr.ambulantCost,
      "eur2",
    );
    single(
      formLabel(f.id, tr(": kosten per plaatsingsjaar (invoer)", ": cost per placement-year (inputs)")),
      tr("€ per jaar", "€ per year"),
      `=SUM(C${firstComponentRow + 1}:C${r})`,
      fr.baseCostPerPlacement,
      "eur2",
      `BC_BaseCostPerPlacement_${f.id}`,
      `Cost per placement-year of ${f.id} before scenario cost factors`,
    );
    single(
      formLabel(f.id, tr(": kostenfactor van het scenario", ": cost factor of the scenario")),
      "factor",
      `=IF(BC_Kind_${f.id}=BC_Label_Residential,BC_LiveCostFactor_residential,IF(BC_Kind_${f.id}=BC_Label_FamilyHome,BC_LiveCostFactor_familyHome,IF(BC_Kind_${f.id}=BC_Label_Foster,BC_LiveCostFactor_foster,BC_LiveCostFactor_other)))`,
      activeScenario?.costFactor?.[f.kind] ?? 1,
      "factor",
    );
    single(
      formLabel(f.id, tr(": kosten per plaatsingsjaar", ": cost per placement-year")),
      tr("€ per jaar", "€ per year"),
      `=C${r - 1}*C${r}`,
      fr.costPerPlacement,
      "eur2",
      `BC_CostPerPlacement_${f.id}`,
      `Cost per placement-year of ${f.id} (c_f)`,
      "output",
    );
  });
  r++;

  // Volumes.
  b.set(r++, 0, section(tr("Aantallen jeugdigen (geplaatst, gemiddeld over het jaar)", "Youths placed (average over the year)")));
  const volumeRows = new Map<string, number>();
  const volumeFirst = r;
  c.careForms.forEach((f, fi) => {
    b.set(r, 2, { formula: `=BC_Kind_${f.id}`, result: m.label(KIND_LABELS[f.kind]), style: "link" });
    const row = timeline(
      { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" },
      tr("jeugdigen", "youths"),
      (L) => `=BC_Current_${f.id}+(BC_Target_${f.id}-BC_Current_${f.id})*${L}$${phase + 1}*BC_LiveRealisation`,
      R.forms[fi].volumes,
      "count",
      `BC_Volume_${f.id}`,
      `Youths placed in ${f.id} per year`,
    );
    volumeRows.set(f.id, row);
  });
  const volumeLast = r - 1;
  const kindRange = `$C$${volumeFirst + 1}:$C$${volumeLast + 1}`;
  timeline(
    tr("Totaal geplaatst", "Total placed"),
    tr("jeugdigen", "youths"),
    (L) => `=SUM(${L}${volumeFirst + 1}:${L}${volumeLast + 1})`,
    R.totalPlaced,
    "count",
    "BC_TotalPlaced",
    "Youths placed in all care forms",
    "output",
  );
  for (const k of CARE_FORM_KINDS) {
    timeline(
      `${tr("Geplaatst", "Placed")}: ${m.label(KIND_LABELS[k]).toLowerCase()}`,
      tr("jeugdigen", "youths"),
      (L) => `=SUMIF(${kindRange},BC_Label_${KIND_NAME[k]},${L}${volumeFirst + 1}:${L}${volumeLast + 1})`,
      R.placedByKind[k],
      "count",
      `BC_Placed_${k}`,
      `Youths placed in care forms of kind ${k}`,
    );
  }
  timeline(
    tr("Plaatsen in gezinsvormen (gezinshuis en pleegzorg)", "Places in family-based care (family homes and foster care)"),
    tr("plaatsen", "places"),
    (L) => `=${L}${rows.BC_Placed_familyHome + 1}+${L}${rows.BC_Placed_foster + 1}`,
    R.placedByKind.familyHome.map((x, i) => x + R.placedByKind.foster[i]),
    "count",
    "BC_PlacedFamilyBased",
    "Places in family homes and foster care",
  );
  r++;

  // Costs in base-year prices.
  b.set(r++, 0, section(tr("Kosten en besparing (reëel, prijspeil basisjaar)", "Costs and saving (real, base-year prices)")));
  const scenarioFirst = r;
  c.careForms.forEach((f, fi) => {
    timeline(
      formLabel(f.id, tr(": kosten", ": cost")),
      "€",
      (L) => `=${L}${volumeRows.get(f.id)! + 1}*BC_CostPerPlacement_${f.id}`,
      R.forms[fi].scenarioCost,
      "eur",
    );
  });
  const scenarioTotal = timeline(
    tr("Kosten totaal", "Total cost"),
    "€",
    (L) => `=SUM(${L}${scenarioFirst + 1}:${L}${r})`,
    R.scenarioCost,
    "eur",
    "BC_ScenarioCost",
    "Cost of all placements per year (real)",
    "output",
  );
  const referenceFirst = r;
  c.careForms.forEach((f, fi) => {
    timeline(
      formLabel(f.id, tr(": referentiekosten (huidige aantallen)", ": reference cost (current volumes)")),
      "€",
      () => `=BC_Current_${f.id}*BC_CostPerPlacement_${f.id}`,
      R.years.map(() => R.forms[fi].referenceCost),
      "eur",
    );
  });
  const referenceTotal = timeline(
    tr("Referentiekosten totaal", "Total reference cost"),
    "€",
    (L) => `=SUM(${L}${referenceFirst + 1}:${L}${r})`,
    R.referenceCost,
    "eur",
    "BC_ReferenceCost",
    "Cost at current volumes per year (real)",
    "output",
  );
  const saving = timeline(
    tr("Besparing (reëel)", "Saving (real)"),
    "€",
    (L) => `=${L}${referenceTotal + 1}-${L}${scenarioTotal + 1}`,
    R.savingReal,
    "eur",
    "BC_SavingReal",
    "Reference cost minus scenario cost, per year (real)",
    "output",
  );
  const oneOff = timeline(
    tr("Eenmalige transitiekosten (reëel)", "One-off transition costs (real)"),
    "€",
    (L) => `=SUMIF(BC_OneOffYears,${L}$${yearRow + 1},BC_OneOffAmounts)`,
    R.oneOffReal,
    "eur",
    "BC_OneOffReal",
    "One-off costs per year (real)",
  );
  const net = timeline(
    tr("Netto besparing (reëel)", "Net saving (real)"),
    "€",
    (L) => `=${L}${saving + 1}-${L}${oneOff + 1}`,
    R.netReal,
    "eur",
    "BC_NetReal",
    "Saving minus one-off costs, per year (real)",
    "output",
  );
  r++;

  // Nominal: the budget view.
  b.set(r++, 0, section(tr("Begroting (nominaal, geïndexeerd)", "Budget (nominal, indexed)")));
  const nominal = (label: string, from: number, values: number[], name: string, comment: string, style: CellPlan["style"] = "calc") =>
    timeline(label, "€", (L) => `=${L}${from + 1}*${L}$${idx + 1}`, values, "eur", name, comment, style);
  nominal(
    tr("Referentiekosten (nominaal)", "Reference cost (nominal)"),
    referenceTotal,
    R.referenceCostNominal,
    "BC_ReferenceCostNominal",
    "Reference cost per year (nominal)",
  );
  nominal(
    tr("Kosten totaal (nominaal)", "Total cost (nominal)"),
    scenarioTotal,
    R.scenarioCostNominal,
    "BC_ScenarioCostNominal",
    "Cost of all placements per year (nominal)",
  );
  nominal(tr("Besparing (nominaal)", "Saving (nominal)"), saving, R.savingNominal, "BC_SavingNominal", "Saving per year (nominal)");
  nominal(
    tr("Eenmalige transitiekosten (nominaal)", "One-off transition costs (nominal)"),
    oneOff,
    R.oneOffNominal,
    "BC_OneOffNominal",
    "One-off costs per year (nominal)",
  );
  const netNominal = nominal(
    tr("Netto besparing (nominaal)", "Net saving (nominal)"),
    net,
    R.netNominal,
    "BC_NetNominal",
    "Net saving per year (nominal)",
    "output",
  );
  const cumulative = timeline(
    tr("Netto besparing cumulatief (nominaal)", "Net saving cumulative (nominal)"),
    "€",
    (L) => `=SUM($${first}$${netNominal + 1}:${L}${netNominal + 1})`,
    R.cumulativeNominal,
    "eur",
    "BC_CumulativeNominal",
    "Cumulative net saving (nominal)",
    "output",
  );
  r++;

  // Key figures.
  b.set(r++, 0, section(tr("Kerncijfers", "Key figures")));
  const fullFirst = r;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    single(
      formLabel(f.id, tr(": structurele besparing bij volledige realisatie", ": structural saving at full realisation")),
      tr("€ per jaar", "€ per year"),
      `=(BC_Current_${f.id}-BC_Target_${f.id})*BC_CostPerPlacement_${f.id}`,
      (fr.current - fr.target) * fr.costPerPlacement,
      "eur",
    );
  });
  const { structuralSavingFull: structuralFull, pvPhase, pvOneOff } = m.key;
  single(
    tr("Structurele besparing bij volledige realisatie", "Structural saving at full realisation"),
    tr("€ per jaar", "€ per year"),
    `=SUM(C${fullFirst + 1}:C${r})`,
    structuralFull,
    "eur",
    "BC_StructuralSavingFull",
    "Structural saving if the planned shift is fully realised",
  );
  single(
    tr("Structurele besparing per jaar (zodra het doel bereikt is)", "Structural saving per year (once the target is reached)"),
    tr("€ per jaar", "€ per year"),
    "=BC_StructuralSavingFull*BC_LiveRealisation",
    R.structuralSaving,
    "eur",
    "BC_StructuralSaving",
    "Structural saving per year once the target is reached (base-year prices)",
    "output",
  );
  single(
    tr("Contante waarde van de fasering", "Present value of the phasing"),
    tr("jaren", "years"),
    "=SUMPRODUCT(BC_Phase,BC_DiscountFactors)",
    pvPhase,
    "factor",
    "BC_PVPhase",
    "Sum of the discounted phasing shares",
  );
  single(
    tr("Contante waarde van de eenmalige kosten", "Present value of the one-off costs"),
    "€",
    "=SUMPRODUCT(BC_OneOffReal,BC_DiscountFactors)",
    pvOneOff,
    "eur",
    "BC_PVOneOff",
    "Discounted one-off costs",
  );
  single(
    tr("Netto contante waarde (NCW)", "Net present value (NPV)"),
    "€",
    "=SUMPRODUCT(BC_NetReal,BC_DiscountFactors)",
    R.npv,
    "eur",
    "BC_NPV",
    "Net present value of the net saving (real, at the discount rate)",
    "output",
  );
  const flags = R.cumulativeNominal.map((_, i) => (R.cumulativeNominal.slice(i).every((x) => x >= 0) ? 1 : 0));
  timeline(
    tr("Cumulatief blijft vanaf dit jaar 0 of meer (1 = ja)", "Cumulative stays at 0 or above from this year (1 = yes)"),
    "1/0",
    (L) => `=IF(COUNTIF(${L}${cumulative + 1}:$${last}$${cumulative + 1},"<0")=0,1,0)`,
    flags,
    "integer",
    "BC_BreakEvenFlags",
    "1 from the year the cumulative balance stays at or above zero",
  );
  single(
    tr("Terugverdienjaar (leeg: niet binnen de horizon)", "Break-even year (empty: not within the horizon)"),
    tr("jaar", "year"),
    '=IF(MAX(BC_BreakEvenFlags)=0,"",INDEX(BC_Years,MATCH(1,BC_BreakEvenFlags,0)))',
    R.breakEvenYear ?? "",
    "year",
    "BC_BreakEvenYear",
    "First year from which the cumulative net saving stays at or above zero",
    "output",
  );
  const switching = m.key.switching ?? "";
  single(
    tr("Omslagpunt: realisatie waarbij de NCW nul is", "Switching value: realisation at which the NPV is zero"),
    "%",
    '=IF(BC_StructuralSavingFull*BC_PVPhase=0,"",BC_PVOneOff/(BC_StructuralSavingFull*BC_PVPhase))',
    switching,
    "percent",
    "BC_SwitchingRealisation",
    "Realisation of the shift at which the NPV is zero",
    "output",
  );
  r++;

  // Per-1,000 figures and the share away from home.
  const per1000Rows = new Map<string, number>();
  if (m.population !== null) {
    b.set(r++, 0, section(tr("Kengetallen per 1.000 jeugdigen (0-17 jaar)", "Figures per 1,000 youths (aged 0-17)")));
    c.careForms.forEach((f, fi) => {
      const row = timeline(
        formLabel(f.id, tr(": per 1.000 jeugdigen", ": per 1,000 youths")),
        tr("per 1.000", "per 1,000"),
        (L) => `=${L}${volumeRows.get(f.id)! + 1}/BC_YouthPopulation*1000`,
        R.forms[fi].per1000!,
        "per1000",
        `BC_Per1000_${f.id}`,
        `Youths placed in ${f.id} per 1,000 youths`,
      );
      per1000Rows.set(f.id, row);
    });
    timeline(
      tr("Totaal per 1.000 jeugdigen", "Total per 1,000 youths"),
      tr("per 1.000", "per 1,000"),
      (L) => `=${L}${rows.BC_TotalPlaced + 1}/BC_YouthPopulation*1000`,
      R.totalPlaced.map((t) => (t / m.population!) * 1000),
      "per1000",
      "BC_Per1000_Total",
      "Youths placed per 1,000 youths",
    );
    timeline(
      tr("Aandeel jeugdigen uit huis", "Share of youths away from home"),
      "%",
      (L) => `=${L}${rows.BC_TotalPlaced + 1}/BC_YouthPopulation`,
      R.awayFromHomeShare!,
      "percent2",
      "BC_AwayFromHomeShare",
      "Youths placed as a share of youths aged 0-17",
      "output",
    );
    r++;
  }

  // Every scenario side by side (the results sheet shows them): the same arithmetic per scenario.
  b.set(r++, 0, section(tr("Scenario's naast elkaar", "Scenarios side by side")));
  const baseFullFirst = r;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    single(
      formLabel(f.id, tr(": structureel bij volledige realisatie, kosten van de invoer", ": structural at full realisation, costs as entered")),
      tr("€ per jaar", "€ per year"),
      `=(BC_Current_${f.id}-BC_Target_${f.id})*BC_BaseCostPerPlacement_${f.id}`,
      (fr.current - fr.target) * fr.baseCostPerPlacement,
      "eur",
    );
  });
  const baseFullLast = r - 1;
  const byKindRow = {} as Record<CareFormKind, number>;
  for (const k of CARE_FORM_KINDS) {
    const value = R.forms.filter((f) => f.kind === k).reduce((s, f) => s + (f.current - f.target) * f.baseCostPerPlacement, 0);
    byKindRow[k] = single(
      `${tr("Structureel bij volledige realisatie", "Structural at full realisation")}: ${m.label(KIND_LABELS[k]).toLowerCase()}`,
      tr("€ per jaar", "€ per year"),
      `=SUMIF(${kindRange},BC_Label_${KIND_NAME[k]},$C$${baseFullFirst + 1}:$C$${baseFullLast + 1})`,
      value,
      "eur",
    );
  }
  const scenarioBlocks: { p: number; ss: number; npv: number; breakEven: number }[] = [];
  const allScenarios = [m.base, ...m.scenarios];
  m.inputs.scenarioColumns.forEach((scol, s) => {
    const S = allScenarios[s];
    const L = columnLetters(scol);
    const at = (row: number) => `${ctx.sheetPrefix("inputs")}$${L}$${row + 1}`;
    const rowsIn = m.inputs.scenarioRows;
    const nameRef = at(rowsIn.name);
    const scenarioName = s === 0 ? m.baseCaseName : c.scenarios![s - 1].name;
    const lbl = (what: string) => ({ formula: `=${nameRef}&"${what}"`, result: `${scenarioName}${what}`, style: "link" as const });
    const ss = single(
      lbl(tr(": structurele besparing", ": structural saving")),
      tr("€ per jaar", "€ per year"),
      `=${at(rowsIn.realisation)}*(${CARE_FORM_KINDS.map((k) => `${at(rowsIn.factor[k])}*C${byKindRow[k] + 1}`).join("+")})`,
      S.structuralSaving,
      "eur",
    );
    const p = timeline(
      lbl(tr(": deel van de verschuiving bereikt", ": part of the shift reached")),
      "%",
      (Lc) => `=IF(${at(rowsIn.yearsToTarget)}>0,MIN(${Lc}$${idxRow + 1}/${at(rowsIn.yearsToTarget)},1),${Lc}$${phaseBase + 1})`,
      S.phase,
      "percent",
    );
    const netS = timeline(
      lbl(tr(": netto besparing (reëel)", ": net saving (real)")),
      "€",
      (Lc) => `=${Lc}${p + 1}*$C$${ss + 1}-${Lc}$${oneOff + 1}`,
      S.netReal,
      "eur",
    );
    const nomS = timeline(
      lbl(tr(": netto besparing (nominaal)", ": net saving (nominal)")),
      "€",
      (Lc) => `=${Lc}${netS + 1}*${Lc}$${idx + 1}`,
      S.netNominal,
      "eur",
    );
    const cumS = timeline(
      lbl(tr(": cumulatief (nominaal)", ": cumulative (nominal)")),
      "€",
      (Lc) => `=SUM($${first}${nomS + 1}:${Lc}${nomS + 1})`,
      S.cumulativeNominal,
      "eur",
    );
    const flagS = timeline(
      lbl(tr(": cumulatief blijft 0 of meer (1 = ja)", ": cumulative stays at 0 or above (1 = yes)")),
      "1/0",
      (Lc) => `=IF(COUNTIF(${Lc}${cumS + 1}:$${last}${cumS + 1},"<0")=0,1,0)`,
      S.cumulativeNominal.map((_, i) => (S.cumulativeNominal.slice(i).every((x) => x >= 0) ? 1 : 0)),
      "integer",
    );
    const npv = single(lbl(tr(": netto contante waarde", ": net present value")), "€", `=SUMPRODUCT(${fullRow(netS)},BC_DiscountFactors)`, S.npv, "eur");
    const be = single(
      lbl(tr(": terugverdienjaar", ": break-even year")),
      tr("jaar", "year"),
      `=IF(MAX(${fullRow(flagS)})=0,"",INDEX(BC_Years,MATCH(1,${fullRow(flagS)},0)))`,
      S.breakEvenYear ?? "",
      "year",
    );
    scenarioBlocks.push({ p, ss, npv, breakEven: be });
  });
  r++;

  // Helper rows of the sensitivity analysis (the table is on the sensitivity sheet).
  b.set(r++, 0, section(tr("Gevoeligheid: hulpregels", "Sensitivity: helper rows")));
  const sensRef = (key: string, which: "low" | "high") =>
    ctx.ref("inputs", m.inputs.sensitivityRows.get(key)!, which === "low" ? m.inputs.sensitivityCols.low : m.inputs.sensitivityCols.high);
  const range = (key: string) => {
    const item = m.sensitivity.items.find((x) => x.key === key)!;
    return { low: item.low, high: item.high };
  };
  const effectiveYtt = activeScenario?.yearsToTarget ?? c.phasing.yearsToTarget;
  single(
    tr("Jaren tot doel (actief scenario)", "Years to target (active scenario)"),
    tr("jaren", "years"),
    "=IF(BC_LiveYearsToTarget>0,BC_LiveYearsToTarget,BC_YearsToTarget)",
    effectiveYtt,
    "integer",
    "BC_EffectiveYearsToTarget",
    "Years to target that the active scenario uses",
  );
  const linearApplies = activeScenario?.yearsToTarget !== undefined || !c.phasing.shares;
  for (const which of ["low", "high"] as const) {
    const change = range("yearsToTarget")[which];
    const values = R.phase.map((p, i) => (linearApplies ? (i === 0 ? 0 : Math.min(i / (effectiveYtt * (1 + change)), 1)) : p));
    timeline(
      which === "low"
        ? tr("Fasering bij jaren tot doel laag", "Phasing at years to target low")
        : tr("Fasering bij jaren tot doel hoog", "Phasing at years to target high"),
      "%",
      (L) =>
        `=IF(OR(BC_LiveYearsToTarget>0,BC_PhasingMethod<>BC_Label_Shares),MIN(${L}$${idxRow + 1}/(BC_EffectiveYearsToTarget*(1+${sensRef("yearsToTarget", which)})),1),${L}$${phase + 1})`,
      values,
      "percent",
      which === "low" ? "BC_SensPhaseLow" : "BC_SensPhaseHigh",
      "Phasing with years to target at the low or high value",
    );
  }
  for (const which of ["low", "high"] as const) {
    const change = range("discountRate")[which];
    timeline(
      which === "low"
        ? tr("Disconteringsfactor bij discontovoet laag", "Discount factor at discount rate low")
        : tr("Disconteringsfactor bij discontovoet hoog", "Discount factor at discount rate high"),
      "factor",
      (L) => `=1/(1+BC_DiscountRate+${sensRef("discountRate", which)})^${L}$${idxRow + 1}`,
      R.years.map((_, i) => 1 / Math.pow(1 + c.discountRate + change, i)),
      "factor",
      which === "low" ? "BC_SensDiscountLow" : "BC_SensDiscountHigh",
      "Discount factors at the low or high discount rate",
    );
  }
  b.row = r;
  m.calc = { rows, volumeRows, per1000Rows, scenarioBlocks };
  return b;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * amount x payments per year (method.md section 3): for "day" the component's days per year, or
 * the default 365 when that cell is empty; else 52, 12 or 1.
 */
function annualCostFormula(sheet: string, ref: { amount: string; per: string; days: string }): string {
  const per = `${sheet}${ref.per}`;
  const days = `${sheet}${ref.days}`;
  return `=${sheet}${ref.amount}*IF(${per}=BC_Label_Day,IF(ISNUMBER(${days}),${days},BC_DaysPerYear),IF(${per}=BC_Label_Week,52,IF(${per}=BC_Label_Month,12,1)))`;
}
