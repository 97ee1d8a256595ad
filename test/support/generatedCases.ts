/**
 * Deterministic, varied valid cases for the tests that go through a real spreadsheet engine:
 * different numbers of care forms and horizons, linear phasing and phasing by shares, one-off
 * costs in year 0 and later, cases that never break even, scenarios and regions. A seeded
 * generator, so a failure can be reproduced by its index.
 */
import type { CaseFile } from "../../src/model";

const KINDS = ["residential", "familyHome", "foster", "other"] as const;
const PERIODS = ["day", "week", "month", "year"] as const;

/** A small seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedCase {
  name: string;
  caseFile: CaseFile;
}

export function generatedCases(count = 24, seed = 20261122): GeneratedCase[] {
  const out: GeneratedCase[] = [];
  for (let k = 0; k < count; k++) out.push(generateCase(k, seed + k * 7919));
  return out;
}

export function generateCase(index: number, seed: number): GeneratedCase {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const between = (a: number, b: number) => a + (b - a) * rnd();
  const int = (a: number, b: number) => Math.floor(between(a, b + 1));
  const money = (a: number, b: number) => Math.round(between(a, b) * 100) / 100;

  const features: string[] = [];
  const horizonYears = [1, 2, 3, 5, 7, 10, 15, 30][index % 8];
  const formCount = [1, 2, 3, 4, 6, 8, 12, 20][(index * 3) % 8];
  const baseYear = int(2020, 2030);
  const useShares = index % 3 === 1;
  const neverBreakEven = index % 5 === 3;
  const withScenarios = index % 2 === 0;
  const withRegion = index % 4 === 2;
  const withPopulation = index % 6 !== 5;

  const careForms = Array.from({ length: formCount }, (_, f) => {
    const kind = f < KINDS.length ? KINDS[f % KINDS.length] : pick(KINDS);
    const components = Array.from({ length: int(1, 3) }, (_, c) => {
      const per = pick(PERIODS);
      // Residential care costs more per day than family-based care, as in method.md section 5.
      const daily = kind === "residential" ? between(150, 450) : between(15, 180);
      const amount = money(daily * { day: 1, week: 7, month: 30.4, year: 365 }[per] * 0.999, daily * { day: 1, week: 7, month: 30.4, year: 365 }[per]);
      // Every third component is a figure of an earlier year, brought to the base year by a factor
      // (chosen by position, not by the generator, so the other figures stay as they were).
      const older =
        (f + c) % 3 === 1 ? { priceYear: baseYear - 2, indexFactor: 1 + ((f + c) % 5) / 50 + 0.0123, indexSource: "Aanname: index over twee jaar" } : {};
      return { label: `Component ${c + 1}`, amount, per, ...(per === "day" && rnd() < 0.4 ? { daysPerYear: int(300, 366) } : {}), ...older };
    });
    const current = int(0, 60) + (rnd() < 0.3 ? Math.round(rnd() * 100) / 100 : 0);
    // Residential goes down, family-based care up; sometimes the total changes too.
    const target = kind === "residential" ? Math.max(0, current - int(0, 25)) : current + int(0, 10);
    return {
      id: `f${f}_${kind}`,
      name: `Zorgvorm ${f + 1}`,
      kind,
      costs: components,
      ambulant: { amount: money(0, 15000), share: Math.round(rnd() * 100) / 100 },
      current,
      target,
    };
  });
  if (neverBreakEven) {
    // Expensive family-based care, cheap residential: the shift costs money every year.
    for (const f of careForms) f.costs = [{ label: "Tarief", amount: f.kind === "residential" ? 20 : 300, per: "day" }];
    features.push("never breaks even");
  }

  const yearsToTarget = int(1, horizonYears);
  const phasing: CaseFile["phasing"] = { yearsToTarget };
  if (useShares) {
    let p = 0;
    phasing.shares = Array.from({ length: horizonYears }, () => (p = Math.min(1, Math.round((p + between(0, 0.5)) * 1000) / 1000)));
    features.push("shares");
  }
  const oneOffCosts = [
    { label: "Werving", year: baseYear, amount: money(0, 400000) },
    ...(horizonYears >= 2 ? [{ label: "Opstart", year: baseYear + int(1, horizonYears), amount: money(0, 300000) }] : []),
  ];
  features.push("one-off in year 0");

  const caseFile: CaseFile = {
    schemaVersion: 1,
    title: `Gegenereerde casus ${index}`,
    region: `Regio ${index}`,
    baseYear,
    horizonYears,
    careForms,
    phasing,
    oneOffCosts,
    indexation: Math.round(between(-0.01, 0.06) * 10000) / 10000,
    discountRate: Math.round(between(0, 0.06) * 10000) / 10000,
  };
  if (withPopulation) caseFile.youthPopulation = int(2000, 200000);

  if (withScenarios) {
    caseFile.scenarios = [
      { name: "Voorzichtig", realisation: Math.round(between(0.2, 0.8) * 100) / 100, ...(horizonYears >= 2 ? { yearsToTarget: int(1, horizonYears) } : {}) },
      { name: "Duurder", realisation: 1, costFactor: { residential: 1.1, familyHome: Math.round(between(0.9, 1.3) * 100) / 100 } },
    ];
    if (index % 4 === 0) caseFile.activeScenario = "Voorzichtig";
    if (index % 8 === 6) caseFile.activeScenario = "Duurder";
    features.push(`scenarios${caseFile.activeScenario ? ` (active: ${caseFile.activeScenario})` : ""}`);
  }

  if (withRegion) {
    const municipalities = Array.from({ length: int(2, 5) }, (_, m) => ({
      name: `Gemeente ${m + 1}`,
      ...(withPopulation ? { youthPopulation: int(1000, 50000) } : {}),
      volumes: Object.fromEntries(careForms.map((f) => [f.id, { current: int(0, 20), target: int(0, 20) }])),
    }));
    caseFile.municipalities = municipalities;
    delete caseFile.youthPopulation;
    for (const f of caseFile.careForms) {
      delete (f as { current?: number }).current;
      delete (f as { target?: number }).target;
    }
    features.push("region");
  }
  return { name: `case-${index}-${formCount}forms-${horizonYears}y-${features.join(",").replace(/[^a-z0-9,]+/gi, "_")}`, caseFile };
}
