/**
 * The inputs sheet (Aannames / Inputs): every assumption of the case, each with its unit and
 * its source, in the input style. Only these cells are unlocked. Structure (the number of care
 * forms, cost components, scenarios, municipalities, the horizon) is fixed by the build; the
 * values are the user's to change.
 */
import type { PathSegment } from "../../../model";
import { CARE_FORM_KINDS, COST_PERIODS, DEFAULT_DAYS_PER_YEAR, LIMITS, sensitivityKeys, sensitivityRange, phaseShares } from "../../../model";
import { cellA1, columnLetters } from "../address";
import { cell, colRange, rowRange, type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import {
  KIND_LABELS,
  METHOD_LABELS,
  PER_LABELS,
  REFERENCE_POINTS,
  SIGNAL_LABELS,
  header,
  note,
  section,
  text,
  unit,
  type InputsLayout,
  type LayoutContext,
} from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { CellPlan, InputBinding, NumberFormatName, ValidationPlan } from "../types";

const COL = { label: 0, value: 1, unit: 2, days: 3, source: 4 } as const;
/**
 * A pseudo-field of the case read back from the workbook: which phasing method the drop-down
 * shows. `tidyReadCase` turns it into the presence or absence of `phasing.shares`.
 */
export const PHASING_METHOD_FIELD = "__phasingMethod";

export function defaultBudgetYear(baseYear: number): number {
  return baseYear + 1;
}

/** Spare rows under the one-off costs, so a user can add one in Excel without the add-in. */
export const SPARE_ONE_OFF_ROWS = 3;

interface InputSpec {
  value: string | number | undefined;
  path: PathSegment[];
  type: InputBinding["type"];
  format: NumberFormatName;
  /** A defined name of its own, or a place in a named table. */
  name?: string;
  table?: { name: string; offset: { row: number; col: number } };
  comment?: string;
  validation?: Omit<ValidationPlan, "range">;
  choices?: Record<string, string>;
}

export function buildInputsSheet(m: LayoutContext): SheetBuilder {
  const { c, ctx, tr } = m;
  const b = m.sheet("inputs");
  b.tabColor = TAB_COLORS.inputs;
  b.widths({ 0: 46, 1: 16, 2: 14, 3: 12, 4: 80 });
  sheetTop(
    m,
    b,
    tr("Aannames", "Inputs"),
    tr(
      "Alle invoer van het model. Gele cellen met blauwe tekst zijn invoer: alleen die kunt u wijzigen. Bedragen in euro's, prijspeil van het basisjaar.",
      "All inputs of the model. Yellow cells with blue text are inputs: only these can be changed. Amounts in euros, base-year prices.",
    ),
  );

  const input = (row: number, col: number, spec: InputSpec): string => {
    const isText = spec.type === "text" || spec.type === "optionalText" || spec.type === "enum";
    // Sources and notes are sentences: they wrap in their wide column; other text inputs stay on one line.
    const style: CellPlan["style"] = !isText ? "input" : col === COL.source ? "inputNote" : "inputText";
    b.set(row, col, { value: spec.value === undefined ? undefined : spec.value, style, numberFormat: spec.format });
    if (spec.name) ctx.name(spec.name, "inputs", cell(row, col), spec.comment ?? "");
    const name = spec.name ?? spec.table?.name;
    if (!name) throw new Error("input without a name");
    ctx.bind({ path: spec.path, name, offset: spec.table?.offset, sheet: "inputs", row, col, type: spec.type, choices: spec.choices });
    if (spec.validation) b.validations.push({ range: cell(row, col), ...spec.validation });
    return cellA1(row, col, true);
  };
  const number = (min: number, max: number, whole = false): Omit<ValidationPlan, "range"> => ({
    type: whole ? "whole" : "decimal",
    min,
    max,
    errorTitle: tr("Ongeldige invoer", "Invalid input"),
    errorMessage: whole
      ? tr(`Voer een geheel getal in tussen ${min} en ${max}.`, `Enter a whole number between ${min} and ${max}.`)
      : tr(`Voer een getal in tussen ${fmt(min)} en ${fmt(max)}.`, `Enter a number between ${fmt(min)} and ${fmt(max)}.`),
  });
  const fmt = (x: number) => x.toLocaleString(m.ctx.lang === "nl" ? "nl-NL" : "en-GB");
  const list = (source: string, what: string): Omit<ValidationPlan, "range"> => ({
    type: "list",
    source: `=${source}`,
    errorTitle: tr("Kies uit de lijst", "Choose from the list"),
    errorMessage: tr(`Kies ${what} uit de lijst.`, `Choose ${what} from the list.`),
  });
  const source = (row: number, path: PathSegment[], value: string | undefined, inputName: string, offsetCol = COL.source - COL.value) => {
    input(row, COL.source, {
      value,
      path,
      type: "optionalText",
      format: "text",
      table: { name: inputName, offset: { row: 0, col: offsetCol } },
    });
  };
  /** A general input on a row of its own: label, the named input, its unit and, where given, its source cell. */
  const generalInput = (row: number, label: string, spec: InputSpec & { name: string }, unitText: string, sourcePath?: PathSegment[], sourceValue?: string) => {
    b.set(row, 0, text(label));
    input(row, COL.value, spec);
    b.set(row, COL.unit, unit(unitText));
    if (sourcePath) source(row, sourcePath, sourceValue, spec.name);
  };

  // Lists that drop-downs and formulas share; placed at the bottom, positions decided up front.
  const perChoices = Object.fromEntries(COST_PERIODS.map((p) => [p, m.label(PER_LABELS[p])]));
  const kindChoices = Object.fromEntries(CARE_FORM_KINDS.map((k) => [k, m.label(KIND_LABELS[k])]));
  const methodChoices = { linear: m.label(METHOD_LABELS.linear), shares: m.label(METHOD_LABELS.shares) };

  // General inputs.
  let r = b.row;
  b.set(r, 0, section(tr("Algemeen", "General")));
  r++;
  b.setRow(r, 0, [
    header(tr("Invoer", "Input")),
    header(tr("Waarde", "Value")),
    header(tr("Eenheid", "Unit")),
    header(""),
    header(tr("Bron en toelichting", "Source and notes")),
  ]);
  r++;
  b.set(r, 0, text(tr("Titel", "Title")));
  input(r, COL.value, { value: c.title, path: ["title"], type: "text", format: "text", name: "BC_Title", comment: "Title of the business case" });
  r++;
  b.set(r, 0, text(tr("Gemeente of regio", "Municipality or region")));
  input(r, COL.value, { value: c.region, path: ["region"], type: "text", format: "text", name: "BC_Region", comment: "Municipality or region" });
  r++;
  generalInput(
    r++,
    tr("Basisjaar (jaar 0, huidige aantallen)", "Base year (year 0, current volumes)"),
    {
      value: c.baseYear,
      path: ["baseYear"],
      type: "integer",
      format: "year",
      name: "BC_BaseYear",
      comment: "Year 0 of the model",
      validation: number(LIMITS.minBaseYear, LIMITS.maxBaseYear, true),
    },
    tr("jaar", "year"),
  );
  b.set(r, 0, text(tr("Horizon", "Horizon")));
  b.set(r, COL.value, { value: c.horizonYears, style: "constant", numberFormat: "integer" });
  ctx.name("BC_Horizon", "inputs", cell(r, COL.value), "Years projected after the base year (fixed by the build)");
  b.set(r, COL.unit, unit(tr("jaren", "years")));
  b.set(
    r,
    COL.source,
    note(
      tr(
        "Vast: wijzig de horizon met de invoegtoepassing, de kolommen van de berekening hangen ervan af.",
        "Fixed: change the horizon with the add-in; the columns of the calculation depend on it.",
      ),
    ),
  );
  r++;
  if (c.youthPopulation !== undefined) {
    generalInput(
      r++,
      tr("Jeugdigen 0-17 jaar in de regio", "Youths aged 0-17 in the region"),
      {
        value: c.youthPopulation,
        path: ["youthPopulation"],
        type: "number",
        format: "integer",
        name: "BC_YouthPopulation",
        comment: "Youths aged 0-17 (for the per-1,000 figures)",
        validation: number(1, LIMITS.maxYouthPopulation),
      },
      tr("jeugdigen", "youths"),
      ["sources", "youthPopulation"],
      c.sources?.youthPopulation,
    );
  }
  generalInput(
    r++,
    tr("Indexatie van tarieven (voor de begroting)", "Indexation of tariffs (for the budget)"),
    {
      value: c.indexation,
      path: ["indexation"],
      type: "number",
      format: "percent2",
      name: "BC_Indexation",
      comment: "Yearly price growth for the nominal view",
      validation: number(-0.5, 1),
    },
    tr("per jaar", "per year"),
    ["sources", "indexation"],
    c.sources?.indexation,
  );
  generalInput(
    r++,
    tr("Discontovoet (reëel)", "Discount rate (real)"),
    {
      value: c.discountRate,
      path: ["discountRate"],
      type: "number",
      format: "percent2",
      name: "BC_DiscountRate",
      comment: "Real discount rate for the net present value",
      validation: number(-0.5, 1),
    },
    tr("per jaar", "per year"),
    ["sources", "discountRate"],
    c.sources?.discountRate,
  );
  generalInput(
    r,
    tr("Begrotingsjaar (eerste jaar van de meerjarenbegroting)", "Budget year (first year of the four-year budget)"),
    {
      value: c.budgetYear ?? defaultBudgetYear(c.baseYear),
      path: ["budgetYear"],
      type: "integer",
      format: "year",
      name: "BC_BudgetYear",
      comment: "First year of the four-year budget view",
      validation: number(c.baseYear, c.baseYear + c.horizonYears, true),
    },
    tr("jaar", "year"),
  );
  r += 2;

  // Care forms: cost components, ambulant care, volumes.
  b.set(r, 0, section(tr("Zorgvormen: kosten en aantallen", "Care forms: costs and volumes")));
  r++;
  const components = new Map<string, { amount: string; per: string; days: string }[]>();
  const componentRows = new Map<string, { first: number; last: number }>();
  c.careForms.forEach((f, fi) => {
    const base: PathSegment[] = ["careForms", fi];
    b.set(r, 0, { value: `${tr("Zorgvorm", "Care form")} ${fi + 1}: ${f.name}`, style: "subtitle" });
    b.set(
      r,
      COL.source,
      note(tr(`Id in de namen van het model: ${f.id} (wijzigen met de invoegtoepassing)`, `Id in the model's names: ${f.id} (change it with the add-in)`)),
    );
    r++;
    b.set(r, 0, text(tr("Naam", "Name")));
    input(r, COL.value, {
      value: f.name,
      path: [...base, "name"],
      type: "text",
      format: "text",
      name: `BC_Name_${f.id}`,
      comment: `Name of care form ${f.id}`,
    });
    source(r, [...base, "source"], f.source, `BC_Name_${f.id}`);
    r++;
    b.set(r, 0, text(tr("Soort", "Kind")));
    input(r, COL.value, {
      value: kindChoices[f.kind],
      path: [...base, "kind"],
      type: "enum",
      format: "text",
      name: `BC_Kind_${f.id}`,
      comment: `Kind of care form ${f.id}`,
      choices: kindChoices,
      validation: list("BC_List_Kind", tr("een soort", "a kind")),
    });
    r++;
    b.setRow(r, 0, [
      header(tr("Kostencomponent", "Cost component")),
      header(tr("Bedrag", "Amount")),
      header(tr("Per", "Per")),
      header(tr("Dagen per jaar", "Days per year")),
      header(tr("Bron en toelichting", "Source and notes")),
    ]);
    r++;
    const tableName = `BC_Costs_${f.id}`;
    ctx.name(tableName, "inputs", { row: r, col: 0, rowCount: f.costs.length, colCount: 5 }, `Cost components of care form ${f.id}`);
    const refs: { amount: string; per: string; days: string }[] = [];
    componentRows.set(f.id, { first: r, last: r + f.costs.length - 1 });
    f.costs.forEach((k, ki) => {
      const p: PathSegment[] = [...base, "costs", ki];
      const at = (col: number) => ({ name: tableName, offset: { row: ki, col } });
      input(r, 0, { value: k.label, path: [...p, "label"], type: "text", format: "text", table: at(0) });
      const amount = input(r, 1, {
        value: k.amount,
        path: [...p, "amount"],
        type: "number",
        format: "eur2",
        table: at(1),
        validation: number(0, LIMITS.maxAmount),
      });
      const per = input(r, 2, {
        value: perChoices[k.per],
        path: [...p, "per"],
        type: "enum",
        format: "text",
        table: at(2),
        choices: perChoices,
        validation: list("BC_List_Per", tr("een periode", "a period")),
      });
      const days = input(r, 3, {
        value: k.daysPerYear ?? 365,
        path: [...p, "daysPerYear"],
        type: "optionalInteger",
        format: "integer",
        table: at(3),
        validation: number(1, 366, true),
      });
      input(r, 4, { value: k.source, path: [...p, "source"], type: "optionalText", format: "text", table: at(4) });
      refs.push({ amount, per, days });
      r++;
    });
    components.set(f.id, refs);
    b.set(
      r,
      0,
      text(tr("Extra ambulante zorg: bedrag per jaar per plaatsing die het krijgt", "Extra ambulant care: yearly amount per placement that receives it")),
    );
    input(r, COL.value, {
      value: f.ambulant.amount,
      path: [...base, "ambulant", "amount"],
      type: "number",
      format: "eur",
      name: `BC_AmbulantAmount_${f.id}`,
      comment: `Extra ambulant care per placement that receives it, ${f.id}`,
      validation: number(0, LIMITS.maxAmount),
    });
    b.set(r, COL.unit, unit(tr("€ per jaar", "€ per year")));
    source(r, [...base, "ambulant", "source"], f.ambulant.source, `BC_AmbulantAmount_${f.id}`);
    r++;
    b.set(r, 0, text(tr("Extra ambulante zorg: aandeel plaatsingen dat het krijgt", "Extra ambulant care: share of placements that receive it")));
    input(r, COL.value, {
      value: f.ambulant.share,
      path: [...base, "ambulant", "share"],
      type: "number",
      format: "percent",
      name: `BC_AmbulantShare_${f.id}`,
      comment: `Share of placements with extra ambulant care, ${f.id}`,
      validation: number(0, 1),
    });
    b.set(r, COL.unit, unit(tr("van de plaatsingen", "of placements")));
    r++;
    const volumes = m.volumes.get(f.id)!;
    for (const which of ["current", "target"] as const) {
      b.set(
        r,
        0,
        text(
          which === "current"
            ? tr("Aantal jeugdigen nu (huidige situatie)", "Youths placed now (current)")
            : tr("Aantal jeugdigen gewenst (doel)", "Youths placed in the target situation"),
        ),
      );
      const name = which === "current" ? `BC_Current_${f.id}` : `BC_Target_${f.id}`;
      if (c.municipalities) {
        // The region's figure is the sum over the municipalities below: a calculation, linked by name later.
        b.set(r, COL.value, { value: volumes[which], style: "calc", numberFormat: "count" });
        ctx.name(name, "inputs", cell(r, COL.value), `${which === "current" ? "Current" : "Target"} volume of ${f.id} (sum over municipalities)`);
        b.set(r, COL.source, note(tr("Som over de gemeenten (zie hieronder).", "Sum over the municipalities (see below).")));
      } else {
        input(r, COL.value, {
          value: volumes[which],
          path: [...base, which],
          type: "number",
          format: "count",
          name,
          comment: `${which === "current" ? "Current" : "Target"} volume of care form ${f.id}`,
          validation: number(0, LIMITS.maxVolume),
        });
      }
      b.set(r, COL.unit, unit(tr("jeugdigen", "youths")));
      r++;
    }
    r++;
  });

  // Phasing.
  b.set(r, 0, section(tr("Fasering van de verschuiving", "Phasing of the shift")));
  r++;
  b.set(r, 0, text(tr("Jaren tot het doel bereikt is", "Years until the target is reached")));
  input(r, COL.value, {
    value: c.phasing.yearsToTarget,
    path: ["phasing", "yearsToTarget"],
    type: "integer",
    format: "integer",
    name: "BC_YearsToTarget",
    comment: "Years until the target volumes are reached (linear phasing)",
    validation: number(1, c.horizonYears, true),
  });
  b.set(r, COL.unit, unit(tr("jaren", "years")));
  source(r, ["sources", "phasing"], c.sources?.phasing, "BC_YearsToTarget");
  r++;
  b.set(r, 0, text(tr("Methode", "Method")));
  b.set(r, COL.value, {
    value: c.phasing.shares ? methodChoices.shares : methodChoices.linear,
    style: "inputText",
    numberFormat: "text",
  });
  ctx.name("BC_PhasingMethod", "inputs", cell(r, COL.value), "Linear phasing or own shares per year");
  ctx.bind({ path: [PHASING_METHOD_FIELD], name: "BC_PhasingMethod", sheet: "inputs", row: r, col: COL.value, type: "enum", choices: methodChoices });
  b.validations.push({ range: cell(r, COL.value), ...list("BC_List_Method", tr("een methode", "a method")) });
  b.set(
    r,
    COL.source,
    note(
      tr(
        "Lineair: elk jaar een gelijk deel tot het doel. Eigen percentages: het deel van de verschuiving dat in elk jaar bereikt is (rij hieronder).",
        "Linear: an equal part each year until the target. Own percentages: the part of the shift reached in each year (row below).",
      ),
    ),
  );
  r++;
  const sharesCol = COL.value;
  b.set(r, 0, text(tr("Jaar", "Year")));
  for (let i = 0; i <= m.H; i++) {
    const L = columnLetters(sharesCol + i - 1);
    b.set(
      r,
      sharesCol + i,
      i === 0
        ? { formula: "=BC_BaseYear", result: c.baseYear, style: "header", numberFormat: "year" }
        : { formula: `=${L}${r + 1}+1`, result: c.baseYear + i, style: "header", numberFormat: "year" },
    );
  }
  r++;
  b.set(r, 0, text(tr("Deel van de verschuiving bereikt (eigen percentages)", "Part of the shift reached (own percentages)")));
  const shares = c.phasing.shares ?? phaseShares(m.H, c.phasing.yearsToTarget).slice(1);
  ctx.name("BC_PhasingShares", "inputs", rowRange(r, sharesCol, m.H + 1), "Share of the shift reached per year (year 0 is 0)");
  b.set(r, sharesCol, { value: 0, style: "constant", numberFormat: "percent" });
  for (let i = 1; i <= m.H; i++) {
    b.set(r, sharesCol + i, { value: shares[i - 1], style: "input", numberFormat: "percent" });
    ctx.bind({
      path: ["phasing", "shares", i - 1],
      name: "BC_PhasingShares",
      offset: { row: 0, col: i },
      sheet: "inputs",
      row: r,
      col: sharesCol + i,
      type: "number",
    });
    b.validations.push({ range: cell(r, sharesCol + i), ...number(0, 1) });
  }
  const sharesRow = r;
  r += 2;

  // One-off transition costs, with spare rows.
  b.set(r, 0, section(tr("Eenmalige transitiekosten (prijspeil basisjaar)", "One-off transition costs (base-year prices)")));
  r++;
  b.setRow(r, 0, [
    header(tr("Omschrijving", "Description")),
    header(tr("Bedrag", "Amount")),
    header(tr("Jaar", "Year")),
    header(""),
    header(tr("Bron en toelichting", "Source and notes")),
  ]);
  r++;
  const oneOffFirst = r;
  const oneOffCount = c.oneOffCosts.length + SPARE_ONE_OFF_ROWS;
  ctx.name("BC_OneOffs", "inputs", { row: r, col: 0, rowCount: oneOffCount, colCount: 5 }, "One-off transition costs: description, amount, year, source");
  ctx.name("BC_OneOffAmounts", "inputs", colRange(r, 1, oneOffCount), "Amounts of the one-off costs");
  ctx.name("BC_OneOffYears", "inputs", colRange(r, 2, oneOffCount), "Years of the one-off costs");
  for (let k = 0; k < oneOffCount; k++) {
    const o = c.oneOffCosts[k];
    const p: PathSegment[] = ["oneOffCosts", k];
    const at = (col: number) => ({ name: "BC_OneOffs", offset: { row: k, col } });
    input(r, 0, { value: o?.label, path: [...p, "label"], type: "optionalText", format: "text", table: at(0) });
    input(r, 1, { value: o?.amount, path: [...p, "amount"], type: "optionalNumber", format: "eur", table: at(1), validation: number(0, LIMITS.maxAmount) });
    input(r, 2, {
      value: o?.year,
      path: [...p, "year"],
      type: "optionalInteger",
      format: "year",
      table: at(2),
      validation: number(c.baseYear, c.baseYear + c.horizonYears, true),
    });
    input(r, 4, { value: o?.source, path: [...p, "source"], type: "optionalText", format: "text", table: at(4) });
    r++;
  }
  b.set(
    r,
    0,
    note(
      tr(
        "Lege regels zijn voor extra kosten; een bedrag telt mee in het jaar dat ernaast staat.",
        "Empty rows are for further costs; an amount counts in the year next to it.",
      ),
    ),
  );
  const oneOffRows = { first: oneOffFirst, last: oneOffFirst + oneOffCount - 1 };
  r += 2;

  // Scenarios: the base case plus the case's scenarios, side by side; BC_Scenario picks the live one.
  b.set(r, 0, section(tr("Scenario's", "Scenarios")));
  r++;
  b.set(r, 0, text(tr("Actief scenario", "Active scenario")));
  b.set(r, COL.value, { value: m.activeScenarioName, style: "inputText", numberFormat: "text" });
  ctx.name("BC_Scenario", "inputs", cell(r, COL.value), "The scenario that drives the results");
  ctx.bind({ path: ["activeScenario"], name: "BC_Scenario", sheet: "inputs", row: r, col: COL.value, type: "optionalText" });
  b.validations.push({ range: cell(r, COL.value), ...list("BC_ScenarioNames", tr("een scenario", "a scenario")) });
  b.set(
    r,
    COL.source,
    note(
      tr(
        "Kies een scenario om de resultaten voor dat scenario te zien; de basis rekent met de invoer zoals ingevoerd.",
        "Choose a scenario to see its results; the base case uses the inputs as entered.",
      ),
    ),
  );
  r++;
  const scenarios = c.scenarios ?? [];
  const scenarioColumns = [COL.value, ...scenarios.map((_, s) => COL.value + 1 + s)];
  const nameRow = r;
  b.set(r, 0, header(tr("Scenario", "Scenario")));
  b.set(r, COL.value, { value: m.baseCaseName, style: "header" });
  scenarios.forEach((s, k) => {
    input(r, COL.value + 1 + k, {
      value: s.name,
      path: ["scenarios", k, "name"],
      type: "text",
      format: "text",
      table: { name: "BC_ScenarioTable", offset: { row: 0, col: COL.value + 1 + k } },
    });
  });
  r++;
  const realisationRow = r;
  const factorRows = {} as Record<(typeof CARE_FORM_KINDS)[number], number>;
  const rowsSpec: { label: string; key: "realisation" | (typeof CARE_FORM_KINDS)[number] | "yearsToTarget" }[] = [
    { label: tr("Realisatie van de geplande verschuiving", "Realisation of the planned shift"), key: "realisation" },
    ...CARE_FORM_KINDS.map((k) => ({ label: `${tr("Kostenfactor", "Cost factor")} ${m.label(KIND_LABELS[k]).toLowerCase()}`, key: k })),
    { label: tr("Jaren tot doel (leeg: fasering hierboven)", "Years to target (empty: phasing above)"), key: "yearsToTarget" as const },
  ];
  for (const spec of rowsSpec) {
    b.set(r, 0, text(spec.label));
    if (spec.key === "realisation") b.set(r, COL.value, { value: 1, style: "constant", numberFormat: "percent" });
    else if (spec.key === "yearsToTarget") b.set(r, COL.value, { style: "constant", numberFormat: "integer" });
    else b.set(r, COL.value, { value: 1, style: "constant", numberFormat: "factor" });
    scenarios.forEach((s, k) => {
      const at = { name: "BC_ScenarioTable", offset: { row: r - nameRow, col: COL.value + 1 + k } };
      if (spec.key === "realisation") {
        input(r, COL.value + 1 + k, {
          value: s.realisation,
          path: ["scenarios", k, "realisation"],
          type: "number",
          format: "percent",
          table: at,
          validation: number(0, 1),
        });
      } else if (spec.key === "yearsToTarget") {
        input(r, COL.value + 1 + k, {
          value: s.yearsToTarget,
          path: ["scenarios", k, "yearsToTarget"],
          type: "optionalInteger",
          format: "integer",
          table: at,
          validation: number(1, c.horizonYears, true),
        });
      } else {
        input(r, COL.value + 1 + k, {
          value: s.costFactor?.[spec.key] ?? 1,
          path: ["scenarios", k, "costFactor", spec.key],
          type: "optionalNumber",
          format: "factor",
          table: at,
          validation: number(0, LIMITS.maxCostFactor),
        });
      }
    });
    if (spec.key === "realisation") b.set(r, COL.value + 1 + scenarios.length, unit(tr("deel van de verschuiving", "part of the shift")));
    if (spec.key !== "realisation" && spec.key !== "yearsToTarget") factorRows[spec.key] = r;
    r++;
  }
  const yttRow = r - 1;
  const scenarioCount = scenarios.length + 1;
  ctx.name("BC_ScenarioTable", "inputs", { row: nameRow, col: 0, rowCount: yttRow - nameRow + 1, colCount: scenarioCount + 1 }, "Scenario parameters");
  ctx.name("BC_ScenarioNames", "inputs", rowRange(nameRow, COL.value, scenarioCount), "Names of the base case and the scenarios");
  ctx.name("BC_ScenarioRealisations", "inputs", rowRange(realisationRow, COL.value, scenarioCount), "Realisation per scenario");
  for (const k of CARE_FORM_KINDS) {
    ctx.name(`BC_ScenarioCostFactor_${k}`, "inputs", rowRange(factorRows[k], COL.value, scenarioCount), `Cost factor for ${k} per scenario`);
  }
  ctx.name("BC_ScenarioYearsToTarget", "inputs", rowRange(yttRow, COL.value, scenarioCount), "Years to target per scenario (empty: the case's phasing)");
  r++;

  // Municipalities: volumes per municipality; the region's volumes are their sums.
  let municipalityRows: InputsLayout["municipalityRows"];
  let municipalityCols: InputsLayout["municipalityCols"];
  if (c.municipalities) {
    b.set(r, 0, section(tr("Gemeenten in de regio: aantallen jeugdigen", "Municipalities in the region: youths placed")));
    r++;
    const F = c.careForms.length;
    const currentCol = new Map(c.careForms.map((f, i) => [f.id, 2 + i]));
    const targetCol = new Map(c.careForms.map((f, i) => [f.id, 2 + F + i]));
    b.set(r, 0, header(tr("Gemeente", "Municipality")));
    b.set(r, 1, header(tr("Jeugdigen 0-17", "Youths 0-17")));
    c.careForms.forEach((f) => {
      b.set(r, currentCol.get(f.id)!, header(`${f.name}: ${tr("nu", "now")}`));
      b.set(r, targetCol.get(f.id)!, header(`${f.name}: ${tr("doel", "target")}`));
    });
    r++;
    const first = r;
    const M = c.municipalities.length;
    ctx.name(
      "BC_Municipalities",
      "inputs",
      { row: first, col: 0, rowCount: M, colCount: 2 + 2 * F },
      "Municipalities: name, youths 0-17, current and target volumes per care form",
    );
    c.municipalities.forEach((mu, k) => {
      const at = (col: number) => ({ name: "BC_Municipalities", offset: { row: k, col } });
      const p: PathSegment[] = ["municipalities", k];
      input(r, 0, { value: mu.name, path: [...p, "name"], type: "text", format: "text", table: at(0) });
      input(r, 1, {
        value: mu.youthPopulation,
        path: [...p, "youthPopulation"],
        type: "optionalNumber",
        format: "integer",
        table: at(1),
        validation: number(1, LIMITS.maxYouthPopulation),
      });
      c.careForms.forEach((f) => {
        const v = mu.volumes[f.id];
        input(r, currentCol.get(f.id)!, {
          value: v?.current ?? 0,
          path: [...p, "volumes", f.id, "current"],
          type: "number",
          format: "count",
          table: at(currentCol.get(f.id)!),
          validation: number(0, LIMITS.maxVolume),
        });
        input(r, targetCol.get(f.id)!, {
          value: v?.target ?? 0,
          path: [...p, "volumes", f.id, "target"],
          type: "number",
          format: "count",
          table: at(targetCol.get(f.id)!),
          validation: number(0, LIMITS.maxVolume),
        });
      });
      r++;
    });
    const last = r - 1;
    b.set(r, 0, { value: tr("Totaal regio", "Region total"), style: "output" });
    const populationKnown = m.population !== null;
    b.set(
      r,
      1,
      populationKnown
        ? { formula: `=SUM(B${first + 1}:B${last + 1})`, result: m.population!, style: "output", numberFormat: "integer" }
        : { value: "", style: "output" },
    );
    for (const f of c.careForms) {
      for (const [which, col] of [
        ["current", currentCol.get(f.id)!],
        ["target", targetCol.get(f.id)!],
      ] as const) {
        const L = columnLetters(col);
        b.set(r, col, { formula: `=SUM(${L}${first + 1}:${L}${last + 1})`, result: m.volumes.get(f.id)![which], style: "output", numberFormat: "count" });
      }
    }
    if (populationKnown && c.youthPopulation === undefined) {
      ctx.name("BC_YouthPopulation", "inputs", cell(r, 1), "Youths aged 0-17: the sum over the municipalities");
    }
    municipalityRows = { first, last, total: r };
    municipalityCols = { population: 1, current: currentCol, target: targetCol };
    r += 2;
  }

  // Sensitivity bands.
  b.set(r, 0, section(tr("Gevoeligheidsanalyse: bandbreedtes", "Sensitivity analysis: ranges")));
  r++;
  b.setRow(r, 0, [
    header(tr("Invoer", "Input")),
    header(tr("Laag", "Low")),
    header(tr("Hoog", "High")),
    header(tr("Soort", "Kind")),
    header(tr("Toelichting", "Notes")),
  ]);
  r++;
  const sensitivityRows = new Map<string, number>();
  const keys = sensitivityKeys(c);
  const sensFirst = r;
  ctx.name("BC_SensitivityRanges", "inputs", { row: sensFirst, col: 0, rowCount: keys.length, colCount: 3 }, "Low and high change per sensitivity input");
  keys.forEach(({ key, kind, formId }, k) => {
    const range = sensitivityRange(c, key, kind);
    b.set(r, 0, text(sensitivityLabel(m, key, formId)));
    const at = (col: number) => ({ name: "BC_SensitivityRanges", offset: { row: k, col } });
    input(r, 1, {
      value: range.low,
      path: ["sensitivity", key, "low"],
      type: "number",
      format: kind === "absolute" ? "percent2" : "percent",
      table: at(1),
      validation: number(-0.99, 10),
    });
    input(r, 2, {
      value: range.high,
      path: ["sensitivity", key, "high"],
      type: "number",
      format: kind === "absolute" ? "percent2" : "percent",
      table: at(2),
      validation: number(-0.99, 10),
    });
    b.set(r, 3, unit(kind === "absolute" ? tr("procentpunt", "percentage points") : tr("relatief", "relative")));
    if (key === "indexation")
      b.set(
        r,
        4,
        note(
          tr(
            "Indexatie raakt de NCW en de structurele besparing niet (beide reëel), wel de begroting en het terugverdienjaar.",
            "Indexation changes neither the NPV nor the structural saving (both real), only the budget and the break-even year.",
          ),
        ),
      );
    if (key === "realisation")
      b.set(r, 4, note(tr("Hoogstens 100%: meer dan de geplande verschuiving telt niet.", "At most 100%: more than the planned shift does not count.")));
    sensitivityRows.set(key, r);
    r++;
  });
  r++;

  // Monitoring thresholds.
  b.set(r, 0, section(tr("Monitoring: signaalwaarden", "Monitoring: thresholds")));
  r++;
  b.set(r, 0, text(tr("Groen: afwijking van de planning hoogstens", "Green: deviation from the plan at most")));
  input(r, COL.value, {
    value: c.monitoring?.greenWithin ?? 0.05,
    path: ["monitoring", "greenWithin"],
    type: "number",
    format: "percent",
    name: "BC_GreenWithin",
    comment: "Deviation still green",
    validation: number(0, 1),
  });
  b.set(r, COL.unit, unit(tr("van de planning", "of the plan")));
  r++;
  b.set(r, 0, text(tr("Oranje: afwijking hoogstens (daarboven rood)", "Orange: deviation at most (red above)")));
  input(r, COL.value, {
    value: c.monitoring?.orangeWithin ?? 0.15,
    path: ["monitoring", "orangeWithin"],
    type: "number",
    format: "percent",
    name: "BC_OrangeWithin",
    comment: "Deviation still orange",
    validation: number(0, 1),
  });
  b.set(r, COL.unit, unit(tr("van de planning", "of the plan")));
  r += 2;

  // Fixed data: the lists behind the drop-downs and the reference points. Not assumptions: locked.
  b.set(r, 0, section(tr("Vaste gegevens (geen aannames)", "Fixed data (not assumptions)")));
  r++;
  const listBlock = (title: string, name: string, values: string[], itemNames: string[]) => {
    b.set(r, 0, text(title));
    ctx.name(name, "inputs", rowRange(r, 1, values.length), title);
    values.forEach((v, i) => {
      b.set(r, 1 + i, { value: v, style: "constant", numberFormat: "text" });
      if (itemNames[i]) ctx.name(itemNames[i], "inputs", cell(r, 1 + i), `${title}: ${v}`);
    });
    r++;
  };
  listBlock(
    tr("Perioden", "Periods"),
    "BC_List_Per",
    COST_PERIODS.map((p) => perChoices[p]),
    ["BC_Label_Day", "BC_Label_Week", "BC_Label_Month", "BC_Label_Year"],
  );
  listBlock(
    tr("Soorten zorgvorm", "Kinds of care form"),
    "BC_List_Kind",
    CARE_FORM_KINDS.map((k) => kindChoices[k]),
    ["BC_Label_Residential", "BC_Label_FamilyHome", "BC_Label_Foster", "BC_Label_Other"],
  );
  listBlock(tr("Faseringsmethoden", "Phasing methods"), "BC_List_Method", [methodChoices.linear, methodChoices.shares], ["BC_Label_Linear", "BC_Label_Shares"]);
  listBlock(
    tr("Signalen", "Signals"),
    "BC_List_Signal",
    [m.label(SIGNAL_LABELS.green), m.label(SIGNAL_LABELS.orange), m.label(SIGNAL_LABELS.red)],
    ["BC_Label_Green", "BC_Label_Orange", "BC_Label_Red"],
  );
  for (const ref of REFERENCE_POINTS) {
    b.set(r, 0, text(`${tr("Aandeel jeugdigen uit huis", "Share of youths away from home")}: ${m.label(ref)}`));
    b.set(r, 1, { value: ref.value, style: "constant", numberFormat: "percent2" });
    ctx.name(`BC_Ref_${ref.key}`, "inputs", cell(r, 1), `Reference point: ${ref.en}`);
    b.set(
      r,
      4,
      note(
        tr(
          "Bron: method.md, seed-materiaal (CBS 2019; Utrecht; Deense gemeente).",
          "Source: method.md seed material (CBS 2019; Utrecht; a Danish municipality).",
        ),
      ),
    );
    r++;
  }
  b.set(r, 0, text(tr("Dagen per jaar als de kostencomponent er geen noemt", "Days per year when a cost component gives none")));
  b.set(r, 1, { value: DEFAULT_DAYS_PER_YEAR, style: "constant", numberFormat: "integer" });
  ctx.name("BC_DaysPerYear", "inputs", cell(r, 1), "Default days per year of a daily amount");
  r++;
  b.set(r, 0, text(tr("Tolerantie van de controles", "Tolerance of the checks")));
  b.set(r, 1, { value: 0.01, style: "constant", numberFormat: "eur2" });
  ctx.name("BC_Tolerance", "inputs", cell(r, 1), "Largest difference a tie-out check accepts (euros)");
  b.set(r, 4, note(tr("Afrondingsverschillen tot één cent gelden als gelijk.", "Rounding differences up to one cent count as equal.")));
  r++;
  b.set(r, 0, text(tr("Decimalen van percentages in de tekst", "Decimals of percentages in the text")));
  b.set(r, 1, { value: 2, style: "constant", numberFormat: "integer" });
  ctx.name("BC_TextDecimals", "inputs", cell(r, 1), "Decimals of percentages in the proposal text");
  r++;
  b.row = r;

  b.freeze = { rows: 4, columns: 1 };
  m.inputs = {
    components,
    componentRows,
    sharesRow,
    sharesCol,
    oneOffRows,
    scenarioColumns,
    scenarioRows: { name: nameRow, realisation: realisationRow, factor: factorRows, yearsToTarget: yttRow },
    municipalityRows,
    municipalityCols,
    sensitivityRows,
    sensitivityCols: { low: 1, high: 2 },
  };
  return b;
}

export function sensitivityLabel(m: LayoutContext, key: string, formId?: string): string {
  const { tr } = m;
  const form = formId ? (m.c.careForms.find((f) => f.id === formId)?.name ?? formId) : "";
  if (key.startsWith("cost_")) return `${tr("Kosten per plaatsingsjaar", "Cost per placement-year")}: ${form}`;
  if (key.startsWith("shift_")) return `${tr("Geplande verschuiving", "Planned shift")}: ${form}`;
  switch (key) {
    case "yearsToTarget":
      return tr("Jaren tot het doel", "Years to target");
    case "oneOffCosts":
      return tr("Eenmalige transitiekosten", "One-off transition costs");
    case "indexation":
      return tr("Indexatie", "Indexation");
    case "discountRate":
      return tr("Discontovoet", "Discount rate");
    case "realisation":
      return tr("Realisatie van de verschuiving", "Realisation of the shift");
    default:
      return key;
  }
}
