/**
 * buildPlan: a validated case -> the whole workbook as plain data. Pure and deterministic for the
 * same case, language, version and build time.
 */
import { catalogue, type Case, type Lang } from "../../model";
import { PlanContext, type SheetBuilder } from "./builder";
import { LayoutContext } from "./layoutContext";
import { encodeMeta, META_SHEET_NAME } from "./meta";
import { NUMBER_FORMATS, STYLES } from "./styles";
import type { RangeRef, SheetKey, SheetPlan, WorkbookPlan } from "./types";
import { buildCalcSheet } from "./sheets/calc";
import { buildChecksSheet } from "./sheets/checks";
import { buildCoverSheet } from "./sheets/cover";
import { buildInputsSheet } from "./sheets/inputs";
import { buildMonitoringSheet } from "./sheets/monitoring";
import { buildRegionsSheet } from "./sheets/regions";
import { buildResultsSheet } from "./sheets/results";
import { buildSensitivitySheet } from "./sheets/sensitivity";

export interface PlanOptions {
  lang: Lang;
  addinVersion: string;
  builtAt: Date;
  /** Appended to every visible sheet's name, when the user chose to build beside sheets of the same name. */
  sheetNameSuffix?: string;
}

const SHEET_NAMES = catalogue<Record<SheetKey, string>>(
  {
    cover: "Over",
    inputs: "Aannames",
    calc: "Berekening",
    results: "Resultaat",
    sensitivity: "Gevoeligheid",
    regions: "Gemeenten",
    monitoring: "Monitoring",
    checks: "Controles",
    meta: META_SHEET_NAME,
  },
  {
    cover: "About",
    inputs: "Inputs",
    calc: "Calculation",
    results: "Results",
    sensitivity: "Sensitivity",
    regions: "Municipalities",
    monitoring: "Monitoring",
    checks: "Checks",
    meta: META_SHEET_NAME,
  },
);

export function sheetNames(lang: Lang, suffix = ""): Record<SheetKey, string> {
  const names = { ...SHEET_NAMES[lang] };
  for (const key of Object.keys(names) as SheetKey[]) if (key !== "meta") names[key] = `${names[key]}${suffix}`;
  return names;
}

export function buildPlan(c: Case, options: PlanOptions): WorkbookPlan {
  const names = sheetNames(options.lang, options.sheetNameSuffix ?? "");
  const ctx = new PlanContext(options.lang, names);
  const m = new LayoutContext(c, ctx, { addinVersion: options.addinVersion, builtAt: options.builtAt });
  const order: SheetKey[] = ["cover", "inputs", "calc", "results", "sensitivity", ...(c.municipalities ? (["regions"] as const) : []), "monitoring", "checks"];

  // Each sheet returns its layout; a sheet that refers to another's cells takes that layout as an
  // argument, so the order below is the compiler's to check, not a rule to remember.
  const inputs = buildInputsSheet(m);
  const calc = buildCalcSheet(m, inputs.layout);
  const built: Partial<Record<SheetKey, { sheet: SheetBuilder }>> = {
    inputs,
    calc,
    sensitivity: buildSensitivitySheet(m, inputs.layout),
    regions: c.municipalities ? buildRegionsSheet(m, inputs.layout) : undefined,
    results: buildResultsSheet(m, inputs.layout, calc.layout),
    monitoring: buildMonitoringSheet(m),
    checks: buildChecksSheet(m, inputs.layout),
    cover: buildCoverSheet(m, order),
  };

  const sheets: SheetPlan[] = order.map((key) => built[key]!.sheet.toPlan(ctx.charts.filter((c) => c.sheet === key).map((c) => c.anchor)));
  const footprint: Partial<Record<SheetKey, RangeRef[]>> = {};
  for (const s of sheets)
    footprint[s.key] = s.blocks.map((b) => ({ row: b.row, col: b.col, rowCount: b.cells.length, colCount: Math.max(...b.cells.map((line) => line.length)) }));
  sheets.push(
    metaSheet(
      c,
      options,
      names,
      order,
      ctx.names.map((n) => n.name),
      footprint,
    ),
  );

  return {
    lang: options.lang,
    sheets,
    names: ctx.names,
    charts: ctx.charts,
    inputs: ctx.inputs,
    styles: STYLES,
    numberFormats: NUMBER_FORMATS,
  };
}

function metaSheet(
  c: Case,
  options: PlanOptions,
  names: Record<SheetKey, string>,
  order: SheetKey[],
  definedNames: string[],
  footprint: Partial<Record<SheetKey, RangeRef[]>>,
): SheetPlan {
  const rows = encodeMeta({
    addinVersion: options.addinVersion,
    lang: options.lang,
    builtAt: options.builtAt.toISOString(),
    sheets: [...order, "meta" as const].map((key) => ({ key, name: names[key] })),
    names: definedNames,
    footprint,
    caseJson: JSON.stringify(c),
  });
  return {
    key: "meta",
    name: names.meta,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: rows.map(([k, v]) => [
          { value: k, numberFormat: "text" },
          { value: v, numberFormat: typeof v === "number" ? "general" : "text" },
        ]),
      },
    ],
    columnWidths: { 0: 16, 1: 60 },
    protect: false,
    visibility: "veryHidden",
    validations: [],
    conditionalFormats: [],
    merges: [],
  };
}
