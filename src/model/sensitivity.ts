/**
 * One-at-a-time sensitivity (issue 5): NPV and structural saving with one input at a low and a
 * high value, everything else as in the active scenario. Each variant is a changed case run
 * through `calculate`, so the sensitivity can never drift from the calculation itself.
 */
import type { Case } from "./schema";
import { calculate } from "./calculate";
import { DEFAULT_RATE_CHANGE, DEFAULT_RELATIVE_CHANGE } from "./defaults";
import { activeParameters, type ScenarioParameters } from "./scenarios";
import { volumesByForm, regionYouthPopulation } from "./regions";
import { ownValue } from "./records";

export type SensitivityKind = "relative" | "absolute";

export interface SensitivityItem {
  key: string;
  /** The care form this item belongs to, if any. */
  formId?: string;
  kind: SensitivityKind;
  /** Relative (-0.2 = 20 % lower) or absolute (-0.01 = one percentage point lower) change. */
  low: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  structuralSavingLow: number;
  structuralSavingHigh: number;
  /** |NPV at high - NPV at low|: the order of the tornado. */
  swing: number;
}

export interface SensitivityResult {
  npv: number;
  structuralSaving: number;
  /** Sorted by swing, largest first; ties keep the order of the inputs. */
  items: SensitivityItem[];
}

/** Item keys in their natural order: per form its cost and its shift, then the general inputs. */
export function sensitivityKeys(c: Case): { key: string; formId?: string; kind: SensitivityKind }[] {
  return [
    ...c.careForms.flatMap((f) => [
      { key: `cost_${f.id}`, formId: f.id, kind: "relative" as const },
      { key: `shift_${f.id}`, formId: f.id, kind: "relative" as const },
    ]),
    { key: "yearsToTarget", kind: "relative" },
    { key: "oneOffCosts", kind: "relative" },
    { key: "indexation", kind: "absolute" },
    { key: "discountRate", kind: "absolute" },
    { key: "realisation", kind: "relative" },
  ];
}

export function sensitivityRange(c: Case, key: string, kind: SensitivityKind): { low: number; high: number } {
  const given = ownValue(c.sensitivity, key);
  if (given) return given;
  const d = kind === "absolute" ? DEFAULT_RATE_CHANGE : DEFAULT_RELATIVE_CHANGE;
  return { low: -d, high: d };
}

export function sensitivity(c: Case): SensitivityResult {
  const params = activeParameters(c);
  const base = calculate(c, params);
  const resolved = withResolvedVolumes(c);
  const items = sensitivityKeys(c).map(({ key, formId, kind }, order) => {
    const { low, high } = sensitivityRange(c, key, kind);
    const at = (change: number) => {
      const [variant, variantParams] = applyChange(resolved, params, key, change);
      const r = calculate(variant, variantParams);
      return { npv: r.npv, ss: r.structuralSaving };
    };
    const lo = at(low);
    const hi = at(high);
    return {
      item: {
        key,
        formId,
        kind,
        low,
        high,
        npvLow: lo.npv,
        npvHigh: hi.npv,
        structuralSavingLow: lo.ss,
        structuralSavingHigh: hi.ss,
        swing: Math.abs(hi.npv - lo.npv),
      },
      order,
    };
  });
  // Swings equal but for rounding keep the input order: a form's cost and its shift move NPV alike,
  // and a form without a shift moves it by rounding noise only. Noise is measured against the NPV.
  const scale = Math.max(1, Math.abs(base.npv), Math.abs(base.structuralSaving));
  const tie = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * scale;
  items.sort((a, b) => (tie(a.item.swing, b.item.swing) ? a.order - b.order : b.item.swing - a.item.swing));
  return { npv: base.npv, structuralSaving: base.structuralSaving, items: items.map((x) => x.item) };
}

/** The case with volumes and population on the forms, so a change to a form's shift is one edit. */
function withResolvedVolumes(c: Case): Case {
  if (!c.municipalities) return c;
  const volumes = volumesByForm(c);
  const population = regionYouthPopulation(c);
  return {
    ...c,
    municipalities: undefined,
    youthPopulation: population ?? undefined,
    careForms: c.careForms.map((f) => ({ ...f, ...volumes.get(f.id)! })),
  };
}

function applyChange(c: Case, params: ScenarioParameters, key: string, change: number): [Case, ScenarioParameters] {
  const scale = 1 + change;
  const form = /^(cost|shift)_(.+)$/.exec(key);
  if (form) {
    const [, what, id] = form;
    const careForms = c.careForms.map((f) => {
      if (f.id !== id) return f;
      if (what === "cost") {
        return {
          ...f,
          costs: f.costs.map((k) => ({ ...k, amount: k.amount * scale })),
          ambulant: { ...f.ambulant, amount: f.ambulant.amount * scale },
        };
      }
      const current = f.current ?? 0;
      const target = f.target ?? 0;
      return { ...f, target: current + (target - current) * scale };
    });
    return [{ ...c, careForms }, params];
  }
  switch (key) {
    case "yearsToTarget":
      // A scenario's own phasing, else the linear phasing; phasing by yearly shares has no length to change.
      if (params.yearsToTarget !== undefined) return [c, { ...params, yearsToTarget: params.yearsToTarget * scale }];
      if (c.phasing.shares) return [c, params];
      return [{ ...c, phasing: { ...c.phasing, yearsToTarget: c.phasing.yearsToTarget * scale } }, params];
    case "oneOffCosts":
      return [{ ...c, oneOffCosts: c.oneOffCosts.map((o) => ({ ...o, amount: o.amount * scale })) }, params];
    case "indexation":
      return [{ ...c, indexation: c.indexation + change }, params];
    case "discountRate":
      return [{ ...c, discountRate: c.discountRate + change }, params];
    case "realisation":
      // The planned shift is the most that can be realised.
      return [c, { ...params, realisation: Math.min(1, params.realisation * scale) }];
    default:
      throw new Error(`Unknown sensitivity input ${key}`);
  }
}
