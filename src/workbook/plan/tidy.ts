/**
 * A case read back from a workbook holds a value for every input cell: defaults written out,
 * spare rows left empty, the phasing drop-down as a pseudo-field. tidyReadCase turns that into
 * the case file a person would write, so that a read-back case equals the case that was built.
 */
import {
  DEFAULT_DAYS_PER_YEAR,
  DEFAULT_GREEN_WITHIN,
  DEFAULT_ORANGE_WITHIN,
  DEFAULT_RATE_CHANGE,
  DEFAULT_RELATIVE_CHANGE,
  DEFAULT_TEXTS,
  defaultBudgetYear,
  isRecord,
  type Lang,
} from "../../model";
import { PHASING_METHOD_FIELD } from "./sheets/inputs";

type Json = Record<string, unknown>;

/** `lang` is the workbook's language: its scenario list names the base case in that language only. */
export function tidyReadCase(input: Json, lang: Lang): Json {
  const c: Json = JSON.parse(JSON.stringify(input));

  const method = c[PHASING_METHOD_FIELD];
  delete c[PHASING_METHOD_FIELD];
  if (method === "linear" && isRecord(c.phasing)) delete c.phasing.shares;

  // The base case exactly as the workbook's list names it is no scenario: the workbook computes the
  // base case for it. Anything else stays, so that validation says what the workbook's exact lookup
  // does with it (a case variant or the other language's label is no name in the list).
  if (typeof c.activeScenario !== "string" || c.activeScenario === DEFAULT_TEXTS[lang].baseCaseScenario || c.activeScenario.trim() === "") {
    delete c.activeScenario;
  }

  if (Array.isArray(c.oneOffCosts)) {
    c.oneOffCosts = c.oneOffCosts.filter((o) => !(isRecord(o) && isEmpty(o.label) && isEmpty(o.amount) && isEmpty(o.year) && isEmpty(o.source)));
  }

  if (Array.isArray(c.careForms)) {
    for (const f of c.careForms) {
      if (!isRecord(f) || !Array.isArray(f.costs)) continue;
      for (const k of f.costs) {
        if (isRecord(k) && (k.per !== "day" || k.daysPerYear === DEFAULT_DAYS_PER_YEAR)) delete k.daysPerYear;
      }
    }
  }

  if (Array.isArray(c.scenarios)) {
    for (const s of c.scenarios) {
      if (!isRecord(s) || !isRecord(s.costFactor)) continue;
      for (const [kind, factor] of Object.entries(s.costFactor)) if (factor === 1) delete s.costFactor[kind];
      if (Object.keys(s.costFactor).length === 0) delete s.costFactor;
    }
  }

  if (isRecord(c.sensitivity)) {
    for (const [key, range] of Object.entries(c.sensitivity)) {
      const d = key === "indexation" || key === "discountRate" ? DEFAULT_RATE_CHANGE : DEFAULT_RELATIVE_CHANGE;
      if (isRecord(range) && range.low === -d && range.high === d) delete c.sensitivity[key];
    }
    if (Object.keys(c.sensitivity).length === 0) delete c.sensitivity;
  }

  if (isRecord(c.monitoring)) {
    const m = c.monitoring;
    if (Array.isArray(m.realised)) {
      m.realised = m.realised.filter((r) => isRecord(r) && !(isEmpty(r.residential) && isEmpty(r.familyBased) && isEmpty(r.cost)));
      if ((m.realised as unknown[]).length === 0) delete m.realised;
    }
    if (m.greenWithin === DEFAULT_GREEN_WITHIN) delete m.greenWithin;
    if (m.orangeWithin === DEFAULT_ORANGE_WITHIN) delete m.orangeWithin;
    if (Object.keys(m).length === 0) delete c.monitoring;
  }

  if (typeof c.baseYear === "number" && c.budgetYear === defaultBudgetYear(c.baseYear)) delete c.budgetYear;

  if (isRecord(c.sources)) {
    for (const [k, v] of Object.entries(c.sources)) if (isEmpty(v)) delete c.sources[k];
    if (Object.keys(c.sources).length === 0) delete c.sources;
  }
  return c;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}
