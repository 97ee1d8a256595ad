/**
 * The cover sheet (Over / About): what the model is, who made it when, how to read it (the colour
 * key and the sign convention), the method in a few lines, the sources of the inputs, and what the
 * other sheets hold. A reader without the add-in starts here.
 */
import { type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { header, note, section, text, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { CellPlan, SheetKey } from "../types";
import { TEXTS } from "./coverTexts";

export function buildCoverSheet(m: LayoutContext, sheetsInOrder: SheetKey[]): { sheet: SheetBuilder } {
  const t = m.texts(TEXTS);
  const b = m.sheet("cover");
  b.tabColor = TAB_COLORS.cover;
  b.orientation = "portrait";
  b.widths({ 0: 34, 1: 110 });
  sheetTop(m, b, t.coverTitle, t.purpose);
  let r = b.row;
  r = thisModelSection(m, b, r);
  r = whatItDoesSection(m, b, r);
  r = colourKeySection(m, b, r);
  r = signConventionSection(m, b, r);
  r = methodSection(m, b, r);
  r = sourcesSection(m, b, r);
  r = sheetsSection(m, b, r, sheetsInOrder);
  b.row = r;
  return { sheet: b };
}

function thisModelSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { c } = m;
  const t = m.texts(TEXTS);
  let r = row;
  const labelled = (label: string, value: CellPlan) => {
    b.set(r, 0, text(label));
    b.set(r, 1, value);
    r++;
  };
  b.set(r++, 0, section(t.thisModel));
  labelled(t.title, { formula: "=BC_Title", result: c.title, style: "link" });
  labelled(t.municipalityRegion, { formula: "=BC_Region", result: c.region, style: "link" });
  labelled(t.builtOn, { value: m.meta.builtAt.toISOString().slice(0, 10), style: "label" });
  labelled(t.addinVersion, { value: m.meta.addinVersion, style: "label" });
  labelled(t.baseYearHorizon, {
    formula: `=BC_BaseYear&" ${t.upTo} "&(BC_BaseYear+BC_Horizon)`,
    result: `${c.baseYear} ${t.upTo} ${c.baseYear + c.horizonYears}`,
    style: "link",
  });
  r++;
  return r;
}

function whatItDoesSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const t = m.texts(TEXTS);
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(t.whatModelDoes));
  for (const s of [t.modelComputesWhat, t.perCareForm, t.outcomesSavingPer, t.everythingUsesPlain]) line(s);
  r++;
  return r;
}

function colourKeySection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.colourKey));
  const key: [CellPlan, string][] = [
    [{ value: t.input, style: "inputSample" }, t.assumptionYouMay],
    [{ value: t.calculation, style: "calc" }, t.formulaSheet],
    [{ value: t.link, style: "link" }, t.valueTakenAnother],
    [{ value: t.keyFigure, style: "keyFigure" }, t.importantOutcome],
    [{ value: t.fixedData, style: "constant" }, t.fixedDataNot],
    [{ value: t.header, style: "header" }, t.tableHeader],
  ];
  for (const [sample, meaning] of key) {
    b.set(r, 0, sample);
    b.set(r, 1, { value: meaning, style: "label" });
    r++;
  }
  r++;
  return r;
}

function signConventionSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const t = m.texts(TEXTS);
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(t.signConvention));
  line(t.positiveAdvantageMunicipality);
  line(t.realBaseYear);
  r++;
  return r;
}

function methodSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const t = m.texts(TEXTS);
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(t.methodBrief));
  for (const s of [t.costPerPlacementYear, t.numberYearI, t.savingCostCurrent, t.netPresentValue, t.structuralSavingSum]) line(s);
  r++;
  return r;
}

function sourcesSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { c } = m;
  const t = m.texts(TEXTS);
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(t.sourcesInputs));
  b.setRow(r++, 0, [header(t.input), header(t.sourceAssumption)]);
  const sources: [string, string | undefined][] = [
    [t.youths0To17, c.sources?.youthPopulation],
    [t.indexation, c.sources?.indexation],
    [t.discountRate, c.sources?.discountRate],
    [t.phasing, c.sources?.phasing],
    [t.scenarios, c.sources?.scenarios],
    ...c.careForms.flatMap((f): [string, string | undefined][] => [
      [f.name, f.source],
      ...f.costs.flatMap((k): [string, string | undefined][] => [
        [`${f.name}: ${k.label}`, k.source],
        [`${f.name}: ${k.label}: ${t.indexFactorOf}`, k.indexSource],
      ]),
      [`${f.name}: ${t.ambulantCare}`, f.ambulant.source],
    ]),
    ...c.oneOffCosts.map((o): [string, string | undefined] => [o.label, o.source]),
  ];
  const given = sources.filter(([, s]) => s !== undefined && s !== "");
  for (const [what, s] of given) {
    b.set(r, 0, text(what));
    b.set(r, 1, { value: s!, style: "note" });
    r++;
  }
  if (given.length === 0) line(t.caseNamesNo);
  b.set(r++, 1, note(t.sourcesAlsoStand));
  r++;
  return r;
}

function sheetsSection(m: LayoutContext, b: SheetBuilder, row: number, sheetsInOrder: SheetKey[]): number {
  const { ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.sheets));
  const purpose: Record<SheetKey, string> = {
    cover: t.introduction,
    inputs: t.allAssumptionsTariffs,
    calc: t.calculationPerYear,
    results: t.keyFiguresScenarios,
    sensitivity: t.whichAssumptionMatters,
    regions: t.regionPerMunicipality,
    monitoring: t.planNextRealisation,
    checks: t.checksMustHold,
    meta: "",
  };
  for (const key of sheetsInOrder) {
    if (key === "meta") continue;
    b.set(r, 0, text(ctx.sheetNames[key]));
    b.set(r, 1, { value: purpose[key], style: "label" });
    r++;
  }
  r++;
  b.set(r++, 1, note(t.madeExcelAdd));
  return r;
}
