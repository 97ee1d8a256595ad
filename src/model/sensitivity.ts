/**
 * One-at-a-time sensitivity (method.md section 7): NPV and structural saving with one input at a
 * low and a high value, everything else as in the active scenario. Each variant is a changed case
 * run through `calculate`, so the sensitivity can never drift from the calculation itself.
 *
 * The inputs: the shift as a whole (the realisation), the cost per placement of each care form,
 * the years to target, the one-off costs and the discount rate. Each moves the result in its own
 * way; a row that would move nothing in this case, or exactly what a row above it moves, is left
 * out (and said so), so that no two rows of the tornado show the same figures.
 */
import type { Case } from "./schema";
import { calculate } from "./calculate";
import { phaseShares } from "./phasing";
import { activeParameters, type ScenarioParameters } from "./scenarios";
import { ownValue } from "./records";
import { defaultSensitivityRange, type SensitivityKind, type SensitivityRange } from "./sensitivityRanges";

export interface SensitivityInput {
  key: string;
  /** The care form of a cost input. */
  formId?: string;
  kind: SensitivityKind;
}

export interface SensitivityItem extends SensitivityInput {
  /** The change at the low and at the high end: relative (-0.2), in percentage points (-0.01) or in years (-1). */
  low: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  structuralSavingLow: number;
  structuralSavingHigh: number;
  /** |NPV at high - NPV at low|: the order of the tornado. */
  swing: number;
}

/** An input left out of the table: it moves nothing in this case, or the same as an input above it. */
export interface SensitivityOmission extends SensitivityInput {
  reason: "noEffect" | "sameAs";
  /** For "sameAs": the key of the input with the same figures. */
  sameAs?: string;
}

export interface SensitivityResult {
  npv: number;
  structuralSaving: number;
  /** Sorted by swing, largest first; ties keep the order of the inputs. */
  items: SensitivityItem[];
  /** In the order of the inputs. */
  omitted: SensitivityOmission[];
}

/**
 * Every input the analysis can vary, in the order of the inputs sheet. The one-off costs are
 * kept in the table even when there are none (their rows in the workbook may be filled in later).
 */
export function sensitivityInputs(c: Case): SensitivityInput[] {
  return [
    { key: "realisation", kind: "relative" },
    ...c.careForms.map((f) => ({ key: `cost_${f.id}`, formId: f.id, kind: "relative" as const })),
    { key: "yearsToTarget", kind: "years" },
    { key: "oneOffCosts", kind: "relative" },
    { key: "discountRate", kind: "points" },
  ];
}

export function sensitivityRange(c: Case, input: SensitivityInput): SensitivityRange {
  // Own keys only: a care-form id may be `constructor`.
  return ownValue(c.sensitivity, input.key) ?? defaultSensitivityRange(input.kind);
}

/** The variants of the given inputs, in their order, nothing left out. */
export function sensitivityItems(c: Case, inputs: readonly SensitivityInput[] = sensitivityInputs(c)): SensitivityItem[] {
  const params = activeParameters(c);
  return inputs.map((input) => {
    const { low, high } = sensitivityRange(c, input);
    const at = (change: number) => {
      const [variant, variantParams] = applyChange(c, params, input.key, change);
      const r = calculate(variant, variantParams);
      return { npv: r.npv, ss: r.structuralSaving };
    };
    const lo = at(low);
    const hi = at(high);
    return {
      ...input,
      low,
      high,
      npvLow: lo.npv,
      npvHigh: hi.npv,
      structuralSavingLow: lo.ss,
      structuralSavingHigh: hi.ss,
      swing: Math.abs(hi.npv - lo.npv),
    };
  });
}

export function sensitivity(c: Case): SensitivityResult {
  const base = calculate(c);
  // Figures equal but for rounding count as equal; rounding is measured against the result.
  const scale = Math.max(1, Math.abs(base.npv), Math.abs(base.structuralSaving));
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * scale;
  const figures = (x: SensitivityItem) => [x.npvLow, x.npvHigh, x.structuralSavingLow, x.structuralSavingHigh];
  const baseFigures = [base.npv, base.npv, base.structuralSaving, base.structuralSaving];
  const sameFigures = (a: number[], b: number[]) => a.every((x, i) => same(x, b[i]));

  const kept: { item: SensitivityItem; order: number }[] = [];
  const omitted: SensitivityOmission[] = [];
  sensitivityItems(c).forEach((item, order) => {
    const input: SensitivityInput = { key: item.key, formId: item.formId, kind: item.kind };
    if (item.formId === undefined) delete input.formId;
    const twin = kept.find((k) => sameFigures(figures(k.item), figures(item)));
    if (item.key !== "oneOffCosts" && sameFigures(figures(item), baseFigures)) omitted.push({ ...input, reason: "noEffect" });
    else if (twin) omitted.push({ ...input, reason: "sameAs", sameAs: twin.item.key });
    else kept.push({ item, order });
  });
  kept.sort((a, b) => (same(a.item.swing, b.item.swing) ? a.order - b.order : b.item.swing - a.item.swing));
  return { npv: base.npv, structuralSaving: base.structuralSaving, items: kept.map((x) => x.item), omitted };
}

/** The inputs the table shows, in the order of the inputs (the workbook's variant rows). */
export function shownSensitivityInputs(c: Case, result: SensitivityResult): SensitivityInput[] {
  const shown = new Set(result.items.map((x) => x.key));
  return sensitivityInputs(c).filter((x) => shown.has(x.key));
}

/** The phasing with every share reached `years` later (earlier when negative); year 0 stays 0. */
export function shiftedShares(c: Case, years: number): number[] {
  const H = c.horizonYears;
  const p = phaseShares(H, c.phasing.yearsToTarget, c.phasing.shares);
  return Array.from({ length: H }, (_, k) => p[Math.min(Math.max(k + 1 - years, 0), H)]);
}

function applyChange(c: Case, params: ScenarioParameters, key: string, change: number): [Case, ScenarioParameters] {
  const scale = 1 + change;
  const cost = /^cost_(.+)$/.exec(key);
  if (cost) {
    const careForms = c.careForms.map((f) =>
      f.id !== cost[1]
        ? f
        : { ...f, costs: f.costs.map((k) => ({ ...k, amount: k.amount * scale })), ambulant: { ...f.ambulant, amount: f.ambulant.amount * scale } },
    );
    return [{ ...c, careForms }, params];
  }
  switch (key) {
    case "realisation":
      // The planned shift is the most that can be realised: volumes stay between now and the target.
      return [c, { ...params, realisation: Math.min(1, Math.max(0, params.realisation * scale)) }];
    case "yearsToTarget":
      // Linear phasing (the scenario's own or the inputs'): one year more or fewer, at least one.
      // Phasing by yearly shares: every share a year later or earlier.
      if (params.yearsToTarget !== undefined) return [c, { ...params, yearsToTarget: Math.max(1, params.yearsToTarget + change) }];
      if (c.phasing.shares) return [{ ...c, phasing: { ...c.phasing, shares: shiftedShares(c, change) } }, params];
      return [{ ...c, phasing: { ...c.phasing, yearsToTarget: Math.max(1, c.phasing.yearsToTarget + change) } }, params];
    case "oneOffCosts":
      return [{ ...c, oneOffCosts: c.oneOffCosts.map((o) => ({ ...o, amount: o.amount * scale })) }, params];
    case "discountRate":
      return [{ ...c, discountRate: c.discountRate + change }, params];
    default:
      throw new Error(`Unknown sensitivity input ${key}`);
  }
}
