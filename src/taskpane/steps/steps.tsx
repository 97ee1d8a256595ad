/**
 * The wizard's steps, in order: the one place a step is defined. Each names its component, the
 * fields of the case it edits (so that a problem leads to its step) and its title. The first step
 * is in the page's initial JavaScript; the others come in one chunk ("steps") when first shown.
 */
import type { ComponentType } from "react";
import type { PathSegment } from "../../model";
import type { Strings } from "../i18n";
import { deferred } from "../util/deferred";
import { RegionStep } from "./RegionStep";

const CareFormsStep = deferred(() => import(/* webpackChunkName: "steps" */ "./CareFormsStep").then((m) => m.CareFormsStep));
const VolumesStep = deferred(() => import(/* webpackChunkName: "steps" */ "./VolumesStep").then((m) => m.VolumesStep));
const PhasingStep = deferred(() => import(/* webpackChunkName: "steps" */ "./PhasingStep").then((m) => m.PhasingStep));
const OverviewStep = deferred(() => import(/* webpackChunkName: "steps" */ "./OverviewStep").then((m) => m.OverviewStep));

export interface StepDefinition {
  component: ComponentType;
  /**
   * The fields this step edits: a top-level key of the case (`phasing`), or a deeper path with `*`
   * for any position in a list (`careForms.*.current`). The most specific match wins.
   */
  topKeys: readonly string[];
  title: (s: Strings) => string;
}

export const STEPS: readonly StepDefinition[] = [
  {
    component: RegionStep,
    topKeys: ["schemaVersion", "title", "region", "baseYear", "horizonYears", "youthPopulation", "indexation", "discountRate", "budgetYear", "sources"],
    title: (s) => s.stepTitles.region,
  },
  { component: CareFormsStep, topKeys: ["careForms"], title: (s) => s.stepTitles.careForms },
  { component: VolumesStep, topKeys: ["municipalities", "careForms.*.current", "careForms.*.target"], title: (s) => s.stepTitles.volumes },
  { component: PhasingStep, topKeys: ["phasing", "oneOffCosts"], title: (s) => s.stepTitles.phasing },
  { component: OverviewStep, topKeys: ["scenarios", "activeScenario", "sensitivity", "monitoring"], title: (s) => s.stepTitles.overview },
];

export const STEP_COUNT = STEPS.length;
const LAST_STEP = STEP_COUNT - 1;

/** The step (0-based) where the field of a path is edited; fields no step names belong to the last. */
export function stepOf(segments: readonly PathSegment[]): number {
  if (segments.length === 0) return 0;
  let best = { step: LAST_STEP, length: 0 };
  STEPS.forEach((step, i) => {
    for (const key of step.topKeys) {
      const pattern = key.split(".");
      if (pattern.length > best.length && matches(pattern, segments)) best = { step: i, length: pattern.length };
    }
  });
  return best.step;
}

function matches(pattern: readonly string[], segments: readonly PathSegment[]): boolean {
  return pattern.length <= segments.length && pattern.every((p, k) => (p === "*" ? typeof segments[k] === "number" : p === String(segments[k])));
}

export function clampStep(step: number): number {
  return Math.max(0, Math.min(LAST_STEP, step));
}
