/**
 * A case read back from a workbook holds a value for every input cell: defaults written out,
 * spare rows left empty, the phasing drop-down as a pseudo-field. tidyReadCase turns that into
 * the case file a person would write, so that a read-back case equals the case that was built.
 *
 * A default the workbook shows is dropped only where the last build did not give it itself: a
 * cost factor of 1, a monitoring row with only its year, an empty source or a volume of 0 that
 * the case stated come back as stated, and nothing is reported as an edit nobody made. Rows and
 * items keep the last build's order where the sheet lays them out otherwise (monitoring by year).
 */
import {
  DEFAULT_DAYS_PER_YEAR,
  DEFAULT_GREEN_WITHIN,
  DEFAULT_ORANGE_WITHIN,
  DEFAULT_TEXTS,
  defaultBudgetYear,
  defaultSensitivityRange,
  hasOwn,
  isRecord,
  type Lang,
  sensitivityKindOf,
} from "../../model";
import { PHASING_METHOD_FIELD } from "./sheets/inputs";

type Json = Record<string, unknown>;

/** What the last build held at a path (own properties only: the user's keys may be called `constructor`). */
function at(root: unknown, ...path: (string | number)[]): unknown {
  let v = root;
  for (const k of path) {
    if (typeof v !== "object" || v === null || !hasOwn(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * `lang` is the workbook's language: its scenario list names the base case in that language only.
 * `lastBuilt` is the case of the last build (BC_Meta): a default it stated itself is kept.
 */
export function tidyReadCase(input: Json, lang: Lang, lastBuilt?: unknown): Json {
  const c: Json = JSON.parse(JSON.stringify(input));
  const had = (...path: (string | number)[]) => at(lastBuilt, ...path) !== undefined;

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
    c.careForms.forEach((f, i) => {
      if (!isRecord(f) || !Array.isArray(f.costs)) return;
      f.costs.forEach((k, j) => {
        if (!isRecord(k)) return;
        const given = (field: string) => had("careForms", i, "costs", j, field);
        if ((k.per !== "day" || k.daysPerYear === DEFAULT_DAYS_PER_YEAR) && !given("daysPerYear")) delete k.daysPerYear;
        // The price year's cell shows the base year and the factor's cell 1 when the case left them out.
        if (k.priceYear === c.baseYear && !given("priceYear")) delete k.priceYear;
        if (k.indexFactor === 1 && !given("indexFactor")) delete k.indexFactor;
      });
    });
  }

  if (Array.isArray(c.scenarios)) {
    c.scenarios.forEach((s, i) => {
      if (!isRecord(s) || !isRecord(s.costFactor)) return;
      for (const [kind, factor] of Object.entries(s.costFactor)) if (factor === 1 && !had("scenarios", i, "costFactor", kind)) delete s.costFactor[kind];
      if (Object.keys(s.costFactor).length === 0 && !had("scenarios", i, "costFactor")) delete s.costFactor;
    });
  }

  if (isRecord(c.sensitivity)) {
    const ids = new Set(Array.isArray(c.careForms) ? c.careForms.map((f) => (isRecord(f) ? f.id : undefined)) : []);
    for (const [key, range] of Object.entries(c.sensitivity)) {
      const kind = sensitivityKindOf(key, ids);
      const d = kind === undefined ? undefined : defaultSensitivityRange(kind);
      if (d && isRecord(range) && range.low === d.low && range.high === d.high && !had("sensitivity", key)) delete c.sensitivity[key];
    }
    if (Object.keys(c.sensitivity).length === 0 && !had("sensitivity")) delete c.sensitivity;
  }

  if (isRecord(c.monitoring)) {
    const m = c.monitoring;
    if (Array.isArray(m.realised)) {
      const before = at(lastBuilt, "monitoring", "realised");
      const years = Array.isArray(before) ? before.map((r) => (isRecord(r) ? r.year : undefined)) : [];
      const order = (r: unknown) => {
        const k = years.indexOf(isRecord(r) ? r.year : undefined);
        return k < 0 ? years.length : k;
      };
      m.realised = m.realised
        .filter((r) => isRecord(r) && (years.includes(r.year) || !(isEmpty(r.residential) && isEmpty(r.familyBased) && isEmpty(r.cost))))
        // The sheet lists the years in order; the case keeps its own order, new years after it.
        .map((r, i) => ({ r, i }))
        .sort((a, b) => order(a.r) - order(b.r) || a.i - b.i)
        .map(({ r }) => r);
      if ((m.realised as unknown[]).length === 0 && !had("monitoring", "realised")) delete m.realised;
    }
    if (m.greenWithin === DEFAULT_GREEN_WITHIN && !had("monitoring", "greenWithin")) delete m.greenWithin;
    if (m.orangeWithin === DEFAULT_ORANGE_WITHIN && !had("monitoring", "orangeWithin")) delete m.orangeWithin;
    if (Object.keys(m).length === 0 && !had("monitoring")) delete c.monitoring;
  }

  if (Array.isArray(c.municipalities)) {
    c.municipalities.forEach((mu, k) => {
      if (!isRecord(mu) || !isRecord(mu.volumes)) return;
      // The sheet has a cell for every form; a form the municipality left out shows 0 and 0.
      for (const [id, v] of Object.entries(mu.volumes)) {
        if (isRecord(v) && v.current === 0 && v.target === 0 && !had("municipalities", k, "volumes", id)) delete mu.volumes[id];
      }
    });
  }

  if (typeof c.baseYear === "number" && c.budgetYear === defaultBudgetYear(c.baseYear) && !had("budgetYear")) delete c.budgetYear;

  if (isRecord(c.sources)) {
    for (const [k, v] of Object.entries(c.sources)) if (isEmpty(v) && !had("sources", k)) delete c.sources[k];
    if (Object.keys(c.sources).length === 0 && !had("sources")) delete c.sources;
  }
  restoreEmptyTexts(c, lastBuilt);
  return c;
}

/**
 * A cell cannot tell an empty text from no text: where the last build had "" (an optional source
 * or note left blank in the file) and the cell is still empty, the case gets its "" back.
 */
function restoreEmptyTexts(now: unknown, before: unknown): void {
  if (typeof before !== "object" || before === null || typeof now !== "object" || now === null) return;
  for (const key of Object.keys(before)) {
    const b = (before as Json)[key];
    if (b === "" && !hasOwn(now, key) && !Array.isArray(now)) (now as Json)[key] = "";
    else if (hasOwn(now, key)) restoreEmptyTexts((now as Json)[key], b);
  }
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}
