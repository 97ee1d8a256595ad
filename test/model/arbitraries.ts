/**
 * fast-check generators of VALID case files (method.md sections 2 and 6), for property tests here
 * and elsewhere. Every file they produce passes validateCase; properties.test.ts checks that too.
 *
 * Features that a property needs on or off can be forced: `caseFileArbitrary({ shares: "never" })`.
 */
import fc from "fast-check";
import { CARE_FORM_KINDS, COST_PERIODS, type CaseFile } from "../../src/model";

export type Feature = "never" | "maybe" | "always";

export interface CaseArbitraryOptions {
  /** phasing.shares instead of linear phasing. */
  shares?: Feature;
  youthPopulation?: Feature;
  scenarios?: Feature;
  /** Only with scenarios: activeScenario names one of them. */
  activeScenario?: Feature;
  municipalities?: Feature;
  /** Custom sensitivity ranges for some inputs, in -0.48..10 (the schema allows -0.99..10). */
  sensitivity?: Feature;
  oneOffCosts?: Feature;
  minHorizon?: number;
  maxHorizon?: number;
  maxForms?: number;
  /** Fix the discount rate or indexation instead of drawing them. */
  discountRate?: number;
  indexation?: number;
}

/** A finite double in [min, max], no NaN, no -0 surprises beyond what JSON allows. */
export function finiteIn(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
}

/** Mostly round amounts in cents, sometimes any double: hand-like and awkward figures both. */
function amount(max: number): fc.Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.integer({ min: 0, max: Math.round(max * 100) }).map((c) => c / 100), weight: 3 }, { arbitrary: finiteIn(0, max), weight: 1 });
}

function volume(): fc.Arbitrary<number> {
  return fc.oneof({ arbitrary: fc.integer({ min: 0, max: 200 }), weight: 3 }, { arbitrary: finiteIn(0, 1000), weight: 1 });
}

/** Non-blank text up to 30 characters (zod trims it and requires one character). */
export const label: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");

/** Ids that fit in an Excel name (method.md section 2). */
export const careFormId: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,30}$/);

function uniqueLabels(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(label, { minLength, maxLength, selector: (s) => s.trim().toLowerCase() });
}

function pick(feature: Feature | undefined, arb: () => fc.Arbitrary<boolean>): fc.Arbitrary<boolean> {
  if (feature === "always") return fc.constant(true);
  if (feature === "never") return fc.constant(false);
  return arb();
}

const maybe = (f: Feature | undefined) => pick(f, () => fc.boolean());

const costComponent = fc.record(
  {
    label,
    amount: amount(5000),
    per: fc.constantFrom(...COST_PERIODS),
    daysPerYear: fc.integer({ min: 1, max: 366 }),
    priceYear: fc.integer({ min: 1990, max: 2100 }),
    indexFactor: finiteIn(0.01, 100),
  },
  { requiredKeys: ["label", "amount", "per"] },
);

const costFactor = fc.record(
  {
    residential: finiteIn(0, 10),
    familyHome: finiteIn(0, 10),
    foster: finiteIn(0, 10),
    other: finiteIn(0, 10),
  },
  { requiredKeys: [] },
);

interface Frame {
  baseYear: number;
  horizonYears: number;
  ids: string[];
}

function careForm(id: string) {
  return fc.record({
    id: fc.constant(id),
    name: label,
    kind: fc.constantFrom(...CARE_FORM_KINDS),
    costs: fc.array(costComponent, { minLength: 1, maxLength: 3 }),
    ambulant: fc.record({ amount: amount(20000), share: finiteIn(0, 1) }),
    current: volume(),
    target: volume(),
  });
}

function oneOffCost(f: Frame) {
  return fc.record({
    label,
    year: fc.integer({ min: f.baseYear, max: f.baseYear + f.horizonYears }),
    amount: amount(1e6),
  });
}

function scenarios(f: Frame) {
  return uniqueLabels(1, 4).chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record(
          {
            name: fc.constant(name),
            realisation: finiteIn(0, 1),
            costFactor,
            yearsToTarget: fc.integer({ min: 1, max: f.horizonYears }),
          },
          { requiredKeys: ["name", "realisation"] },
        ),
      ),
    ),
  );
}

function municipalities(f: Frame) {
  const volumes = fc
    .subarray(f.ids)
    .chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.record({ current: volume(), target: volume() })))))
    .map((entries) => Object.fromEntries(entries));
  return fc.tuple(uniqueLabels(1, 4), fc.boolean()).chain(([names, withPopulation]) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          volumes,
          ...(withPopulation ? { youthPopulation: finiteIn(1, 1e6) } : {}),
        }),
      ),
    ),
  );
}

function sensitivityRanges(f: Frame) {
  // Relative keys and the discount rate; the keys of earlier versions (accepted, left out with a note).
  const keys = [...f.ids.flatMap((id) => [`cost_${id}`, `shift_${id}`]), "oneOffCosts", "indexation", "discountRate", "realisation"];
  // Down to -48 %: with a discount rate as low as -50 % the rate stays above -99 % (a validation rule).
  const range = fc.tuple(finiteIn(-0.48, 10), finiteIn(-0.48, 10)).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
  // Years to target: whole years, or the relative range of an earlier version (converted).
  const years = fc.oneof(
    fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 })).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
    range,
  );
  const entries = fc.subarray(keys, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map((k) => fc.tuple(fc.constant(k), range))));
  return fc.tuple(entries, fc.option(years, { nil: undefined })).map(([e, y]) => ({ ...Object.fromEntries(e), ...(y ? { yearsToTarget: y } : {}) }));
}

/** A valid case file. */
export function caseFileArbitrary(o: CaseArbitraryOptions = {}): fc.Arbitrary<CaseFile> {
  const frame: fc.Arbitrary<Frame> = fc.record({
    baseYear: fc.integer({ min: 1990, max: 2100 }),
    horizonYears: fc.integer({ min: o.minHorizon ?? 1, max: o.maxHorizon ?? 30 }),
    ids: fc.uniqueArray(careFormId, { minLength: 1, maxLength: o.maxForms ?? 6, selector: (id) => id.toLowerCase() }),
  });

  return frame.chain((f) =>
    fc
      .record({
        title: label,
        region: label,
        forms: fc.tuple(...f.ids.map(careForm)),
        yearsToTarget: fc.integer({ min: 1, max: f.horizonYears }),
        shares: fc.array(finiteIn(0, 1), { minLength: f.horizonYears, maxLength: f.horizonYears }),
        useShares: maybe(o.shares),
        oneOffs: fc.array(oneOffCost(f), { maxLength: 4 }),
        useOneOffs: pick(o.oneOffCosts, () => fc.constant(true)),
        indexation: o.indexation !== undefined ? fc.constant(o.indexation) : finiteIn(-0.5, 1),
        discountRate: o.discountRate !== undefined ? fc.constant(o.discountRate) : finiteIn(-0.5, 1),
        leaveDefaults: fc.boolean(),
        youthPopulation: finiteIn(1, 1e6),
        usePopulation: maybe(o.youthPopulation),
        scenarios: scenarios(f),
        useScenarios: maybe(o.scenarios),
        active: fc.nat(),
        useActive: pick(o.activeScenario, () => fc.boolean()),
        municipalities: municipalities(f),
        useMunicipalities: maybe(o.municipalities),
        formsStateSums: fc.boolean(),
        sensitivity: sensitivityRanges(f),
        useSensitivity: pick(o.sensitivity, () => fc.boolean()),
      })
      .map((d): CaseFile => {
        const file: CaseFile = {
          schemaVersion: 1,
          title: d.title,
          region: d.region,
          baseYear: f.baseYear,
          horizonYears: f.horizonYears,
          careForms: d.forms,
          phasing: d.useShares ? { yearsToTarget: d.yearsToTarget, shares: d.shares } : { yearsToTarget: d.yearsToTarget },
        };
        if (d.useOneOffs) file.oneOffCosts = d.oneOffs;
        // Defaults (horizon 5, indexation 0, discount rate 2.25 %) are tested by leaving them out
        // only when they would be the drawn values anyway.
        if (!(d.leaveDefaults && d.indexation === 0)) file.indexation = d.indexation;
        if (!(d.leaveDefaults && d.discountRate === 0.0225)) file.discountRate = d.discountRate;
        if (d.leaveDefaults && f.horizonYears === 5) delete file.horizonYears;
        if (d.usePopulation) file.youthPopulation = d.youthPopulation;
        if (d.useScenarios) {
          file.scenarios = d.scenarios;
          if (d.useActive) file.activeScenario = d.scenarios[d.active % d.scenarios.length].name;
        }
        if (d.useMunicipalities) {
          file.municipalities = d.municipalities;
          // Forms leave their volumes out, or state exactly the sums (summed in the same order).
          file.careForms = d.forms.map(({ current: _c, target: _t, ...form }) => {
            if (!d.formsStateSums) return form;
            let current = 0;
            let target = 0;
            for (const m of d.municipalities) {
              const v = Object.prototype.hasOwnProperty.call(m.volumes, form.id) ? m.volumes[form.id] : undefined;
              if (v) {
                current += v.current;
                target += v.target;
              }
            }
            return { ...form, current, target };
          });
        }
        if (d.useSensitivity) file.sensitivity = d.sensitivity;
        return file;
      }),
  );
}
