/**
 * Valid case files with everything a careless or hostile user may leave in them (issue 12): texts
 * of any characters validation lets through (tabs, line feeds, spaces at either end, no-break and
 * zero-width spaces, right-to-left overrides, emoji, text that looks like a formula, a number, a
 * date or Excel's _xHHHH_ escape), care-form ids every JavaScript object already has
 * (constructor, toString, ...), municipalities that leave forms out, and values the workbook
 * writes anyway when they are absent (a cost factor of 1, a monitoring row with only its year,
 * default sensitivity ranges, green and orange limits, budget year, days per year, empty sources),
 * in any order. Every file it gives passes validation.
 */
import fc from "fast-check";
import { DEFAULT_DAYS_PER_YEAR, DEFAULT_RATE_CHANGE, DEFAULT_RELATIVE_CHANGE, validateCase, type CaseFile } from "../../src/model";
import { caseFileArbitrary, type CaseArbitraryOptions } from "../model/arbitraries";

/** Names every JavaScript object (or function, or array) answers to, all of them valid care-form ids. */
export const PROTOTYPE_IDS = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "length",
  "name",
  "prototype",
  "call",
  "apply",
  "bind",
  "map",
  "push",
  "caller",
  "arguments",
] as const;

const PIECES = [
  "\t",
  "\n",
  " ",
  "  ",
  "\u00a0",
  "\u200b",
  "\u202e",
  "\u{1F600}",
  "é",
  "_x0041_",
  "_x000D_",
  "_x005F_",
  "=SUM(A1:A3)",
  "+1",
  "-2",
  "@x",
  "'",
  "12%",
  "TRUE",
  "2026-11-22",
  "1e3",
  "&amp;",
  "<b>",
  "]]>",
  '"',
  "#REF!",
];

/**
 * Any one Unicode code point but a lone surrogate: what fast-check's string unit "binary" draws,
 * value for value (the same index over the same ranges, so the same seed gives the same strings).
 * Made here because the built-in unit lists all 1,112,064 code points in a map the first time a
 * string arbitrary uses it, 1.5 s of CPU in every suite that builds one.
 */
const SURROGATES = { first: 0xd800, count: 0x800 };
export const anyCodePoint: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0x10ffff - SURROGATES.count }).map(
  (i) => String.fromCodePoint(i < SURROGATES.first ? i : i + SURROGATES.count),
  (value) => {
    const c = typeof value === "string" ? value.codePointAt(0) : undefined;
    if (c === undefined || String.fromCodePoint(c) !== value || (c >= SURROGATES.first && c < SURROGATES.first + SURROGATES.count)) {
      throw new Error("not one code point");
    }
    return c < SURROGATES.first ? c : c - SURROGATES.count;
  },
);

/** Text validation lets through, built from awkward pieces and any characters. */
export const awkwardText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: anyCodePoint, minLength: 1, maxLength: 3 }), fc.string({ minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(""));

/** A name: awkward text that still has something visible in it. */
const awkwardName = fc
  .tuple(
    awkwardText,
    fc.string({ minLength: 1, maxLength: 4 }).filter((s) => /[A-Za-z0-9]/.test(s)),
  )
  .map(([a, b]) => `${a}${b}`.slice(0, 200));

type Json = Record<string, any>;

function withTexts(file: Json, texts: string[], names: string[]): void {
  let t = 0;
  let n = 0;
  const nextText = () => texts[t++ % texts.length];
  const nextName = () => names[n++ % names.length];
  file.title = nextName();
  file.region = nextName();
  for (const f of file.careForms) {
    f.name = nextName();
    f.source = nextText();
    f.ambulant.source = nextText();
    for (const k of f.costs) {
      k.label = nextName();
      k.source = nextText();
    }
  }
  for (const o of file.oneOffCosts ?? []) {
    o.label = nextName();
    o.source = nextText();
  }
  file.sources = { youthPopulation: nextText(), indexation: nextText(), discountRate: nextText(), phasing: "" };
}

export interface HostileCaseOptions extends CaseArbitraryOptions {
  /** Rename care forms to ids every object answers to (default: sometimes). */
  prototypeIds?: boolean;
}

export function hostileCaseArbitrary(o: HostileCaseOptions = {}): fc.Arbitrary<CaseFile> {
  return fc
    .record({
      file: caseFileArbitrary({ maxForms: 4, maxHorizon: 8, ...o }),
      texts: fc.array(awkwardText, { minLength: 1, maxLength: 8 }),
      names: fc.uniqueArray(awkwardName, { minLength: 8, maxLength: 8, selector: (s) => s.trim().toLowerCase() }),
      renameIds: o.prototypeIds === undefined ? fc.boolean() : fc.constant(o.prototypeIds),
      ids: fc.shuffledSubarray([...PROTOTYPE_IDS], { minLength: 4, maxLength: 4 }),
      costFactorOne: fc.boolean(),
      realised: fc.array(fc.record({ k: fc.nat(), cost: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }) }), { maxLength: 4 }),
      defaults: fc.record({ limits: fc.boolean(), budget: fc.boolean(), days: fc.boolean(), ranges: fc.boolean() }),
    })
    .map(({ file: generated, texts, names, renameIds, ids, costFactorOne, realised, defaults }) => {
      const file = JSON.parse(JSON.stringify(generated)) as Json;
      withTexts(file, texts, names);
      if (renameIds) rename(file, ids);
      for (const s of file.scenarios ?? []) if (costFactorOne) s.costFactor = { ...(s.costFactor ?? {}), residential: 1 };
      const horizon = file.horizonYears ?? 5;
      const years = [...new Set(realised.map((r) => file.baseYear + (r.k % (horizon + 1))))];
      if (years.length > 0 || defaults.limits) {
        file.monitoring = {
          ...(defaults.limits ? { greenWithin: 0.05, orangeWithin: 0.15 } : {}),
          // In the order drawn (not by year), some with only their year.
          realised: years.map((year, i) => ({ year, ...(realised[i].cost !== undefined ? { cost: realised[i].cost } : {}) })),
        };
      }
      if (defaults.budget) file.budgetYear = file.baseYear + 1;
      if (defaults.days) for (const f of file.careForms) for (const k of f.costs) if (k.per === "day") k.daysPerYear = DEFAULT_DAYS_PER_YEAR;
      if (defaults.ranges)
        file.sensitivity = {
          ...(file.sensitivity ?? {}),
          indexation: { low: -DEFAULT_RATE_CHANGE, high: DEFAULT_RATE_CHANGE },
          yearsToTarget: { low: -DEFAULT_RELATIVE_CHANGE, high: DEFAULT_RELATIVE_CHANGE },
        };
      return file as CaseFile;
    })
    .filter((file) => validateCase(file).ok);
}

/** The same case with its care forms' ids replaced everywhere (volumes, sensitivity keys). */
export function rename(file: Json, ids: readonly string[]): void {
  const map = new Map<string, string>(file.careForms.map((f: Json, i: number) => [f.id, ids[i]]));
  for (const f of file.careForms) f.id = map.get(f.id);
  for (const m of file.municipalities ?? []) {
    m.volumes = Object.fromEntries(Object.entries(m.volumes).map(([id, v]) => [map.get(id) ?? id, v]));
  }
  if (file.sensitivity) {
    file.sensitivity = Object.fromEntries(
      Object.entries(file.sensitivity).map(([key, v]) => {
        const m = /^(cost|shift)_(.+)$/.exec(key);
        return [m && map.has(m[2]) ? `${m[1]}_${map.get(m[2])}` : key, v];
      }),
    );
  }
}
