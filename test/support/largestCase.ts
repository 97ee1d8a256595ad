/**
 * The largest case the schema allows in every dimension that shapes the workbook: 20 care forms,
 * 30 years, 3 cost components each, phasing by shares, 10 scenarios, 100 municipalities. The
 * performance budgets (npm run bench) and the writers' sync-count tests use it.
 */
import type { CaseFile } from "../../src/model";

const KINDS = ["residential", "familyHome", "foster", "other"] as const;

export function largestCase(options: { municipalities?: number } = {}): CaseFile {
  const forms = 20;
  const horizonYears = 30;
  const municipalityCount = options.municipalities ?? 100;
  const careForms = Array.from({ length: forms }, (_, f) => ({
    id: `zorgvorm_${f + 1}`,
    name: `Zorgvorm ${f + 1}`,
    kind: KINDS[f % KINDS.length],
    costs: [
      { label: "Dagtarief", amount: 100 + f * 7.5, per: "day" as const },
      { label: "Weekdeel", amount: 150 + f, per: "week" as const },
      { label: "Jaarbijdrage", amount: 2000 + 10 * f, per: "year" as const },
    ],
    ambulant: { amount: 5000 + 100 * f, share: 0.5 },
  }));
  const municipalities = Array.from({ length: municipalityCount }, (_, m) => ({
    name: `Gemeente ${m + 1}`,
    youthPopulation: 5000 + 37 * m,
    volumes: Object.fromEntries(
      careForms.map((f, k) => {
        const current = 2 + ((m + k) % 7);
        const target = f.kind === "residential" ? Math.max(0, current - 2) : current + 1;
        return [f.id, { current, target }];
      }),
    ),
  }));
  return {
    schemaVersion: 1,
    title: "Grootste casus",
    region: "Grote regio",
    baseYear: 2025,
    horizonYears,
    careForms,
    phasing: { yearsToTarget: 6, shares: Array.from({ length: horizonYears }, (_, i) => Math.min(1, (i + 1) / 6)) },
    oneOffCosts: Array.from({ length: 10 }, (_, k) => ({ label: `Transitie ${k + 1}`, year: 2025 + k, amount: 100000 + 5000 * k })),
    indexation: 0.03,
    discountRate: 0.0225,
    scenarios: Array.from({ length: 10 }, (_, s) => ({ name: `Scenario ${s + 1}`, realisation: (s + 1) / 10, yearsToTarget: 1 + (s % 10) })),
    municipalities,
  };
}
