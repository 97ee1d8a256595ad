/**
 * Properties of the calculation that hold for every valid case (method.md sections 3 and 6),
 * checked on generated cases. Comparisons are relative, 1e-9, against the size of the amounts
 * that were added up (a saving near zero is the difference of two large costs).
 */
import fc from "fast-check";
import {
  activeParameters,
  calculate,
  municipalityResults,
  parseCase,
  scenarioSummaries,
  sensitivity,
  sensitivityInputs,
  summarize,
  switchingRealisation,
  validateCase,
  type Case,
  type Results,
} from "../../src/model";
import { caseFileArbitrary, type CaseArbitraryOptions } from "./arbitraries";
import { RELATIVE_TOLERANCE, sum } from "./helpers";

/** More runs for a soak test: MODEL_PROPERTY_RUNS=5000 npx jest test/model/properties */
const RUNS = { numRuns: Number(process.env.MODEL_PROPERTY_RUNS ?? 250) };

function caseArbitrary(o: CaseArbitraryOptions = {}): fc.Arbitrary<Case> {
  return caseFileArbitrary(o).map((file) => parseCase(JSON.parse(JSON.stringify(file))));
}

/** |a - b| <= 1e-9 x max(1, |a|, |b|, scale): relative to the amounts that made a and b. */
function near(a: number, b: number, scale = 0): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(scale));
}

function assertNear(a: number, b: number, scale: number, what: string): void {
  if (!near(a, b, scale)) throw new Error(`${what}: ${a} is not ${b} (scale ${scale})`);
}

/** The size of the yearly cost amounts: the scale against which savings are compared. */
function costScale(r: Results): number {
  return r.forms.reduce((s, f) => s + Math.abs(f.costPerPlacement) * (f.current + f.target), 0);
}

/** The size of the nominal or discounted flows. */
function flowScale(xs: readonly number[], r: Results): number {
  return sum(xs.map(Math.abs)) + costScale(r) * Math.max(...r.indexFactor, ...r.discountFactor) * r.years.length;
}

/** The first number that is not finite in any nested value, with its path. */
function firstNonFinite(x: unknown, path = "$"): string | null {
  if (typeof x === "number") return Number.isFinite(x) ? null : `${path} = ${x}`;
  if (x !== null && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      const found = firstNonFinite(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

describe("generated case files", () => {
  it("are valid", () => {
    fc.assert(
      fc.property(caseFileArbitrary(), (file) => {
        const r = validateCase(JSON.parse(JSON.stringify(file)));
        if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.en}`).join("\n"));
      }),
      { numRuns: 500 },
    );
  });
});

describe("properties of calculate() (method.md 3)", () => {
  it("savingReal(i) = structuralSaving x p(i), linear and by shares, in any scenario", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const r = calculate(c);
        r.savingReal.forEach((s, i) => assertNear(s, r.structuralSaving * r.phase[i], costScale(r), `savingReal(${i})`));
      }),
      RUNS,
    );
  });

  it("NPV at discount rate 0 is the sum of netReal", () => {
    fc.assert(
      fc.property(caseArbitrary({ discountRate: 0 }), (c) => {
        const r = calculate(c);
        assertNear(r.npv, sum(r.netReal), flowScale(r.netReal, r), "npv");
      }),
      RUNS,
    );
  });

  it("swapping current and target flips every saving and the structural saving", () => {
    const swap = (c: Case): Case => ({
      ...c,
      careForms: c.careForms.map((f) => ({ ...f, current: f.target, target: f.current })),
      municipalities: c.municipalities?.map((m) => ({
        ...m,
        volumes: Object.fromEntries(Object.entries(m.volumes).map(([id, v]) => [id, { current: v.target, target: v.current }])),
      })),
    });
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const r = calculate(c);
        const s = calculate(swap(c));
        const scale = costScale(r);
        assertNear(s.structuralSaving, -r.structuralSaving, scale, "structuralSaving");
        r.savingReal.forEach((x, i) => assertNear(s.savingReal[i], -x, scale, `savingReal(${i})`));
        r.savingNominal.forEach((x, i) => assertNear(s.savingNominal[i], -x, scale * r.indexFactor[i], `savingNominal(${i})`));
      }),
      RUNS,
    );
  });

  it("cumulativeNominal(H) = sum of netNominal", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const r = calculate(c);
        assertNear(r.cumulativeNominal[c.horizonYears], sum(r.netNominal), flowScale(r.netNominal, r), "cumulativeNominal(H)");
      }),
      RUNS,
    );
  });

  it("with indexation 0 every nominal figure equals the real one", () => {
    fc.assert(
      fc.property(caseArbitrary({ indexation: 0 }), (c) => {
        const r = calculate(c);
        expect(r.netNominal).toEqual(r.netReal);
        expect(r.savingNominal).toEqual(r.savingReal);
        expect(r.oneOffNominal).toEqual(r.oneOffReal);
        expect(r.referenceCostNominal).toEqual(r.referenceCost);
        expect(r.scenarioCostNominal).toEqual(r.scenarioCost);
      }),
      RUNS,
    );
  });

  it("breakEvenYear is null iff cumulativeNominal(H) < 0; else the balance is >= 0 from it on and < 0 the year before", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const r = calculate(c);
        const cum = r.cumulativeNominal;
        const H = c.horizonYears;
        if (cum[H] < 0) {
          expect(r.breakEvenYear).toBeNull();
          return;
        }
        expect(r.breakEvenYear).not.toBeNull();
        const k = r.breakEvenYear! - c.baseYear;
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(H);
        for (let i = k; i <= H; i++) expect(cum[i]).toBeGreaterThanOrEqual(0);
        if (k > 0) expect(cum[k - 1]).toBeLessThan(0);
      }),
      RUNS,
    );
  });

  it("linear phasing: volume(0) = current and from yearsToTarget on = target", () => {
    fc.assert(
      fc.property(caseArbitrary({ shares: "never", activeScenario: "never" }), (c) => {
        const r = calculate(c);
        for (const f of r.forms) {
          expect(f.volumes[0]).toBe(f.current);
          for (let i = c.phasing.yearsToTarget; i <= c.horizonYears; i++) {
            assertNear(f.volumes[i], f.target, f.current + f.target, `${f.id} volume(${i})`);
          }
        }
      }),
      RUNS,
    );
  });

  it("a scenario with realisation 1 and nothing else gives the base results", () => {
    fc.assert(
      fc.property(caseArbitrary({ activeScenario: "never" }), (c) => {
        const withPlan: Case = { ...c, scenarios: [...(c.scenarios ?? []), { name: "Plan als ingevoerd", realisation: 1 }], activeScenario: "Plan als ingevoerd" };
        const base = calculate(c);
        const plan = calculate(withPlan);
        expect(plan.scenario).toBe("Plan als ingevoerd");
        expect({ ...plan, scenario: null }).toEqual(base);
      }),
      RUNS,
    );
  });

  /**
   * Found by a CI run (seed 1665284642): flows of about 2.7 million over 16 years that cancel to an
   * NPV of 0; the NPV at the switching value came out at -0.00006, within rounding of those flows
   * (2e-11 of them) but not of the NPVs at realisation 0 and 1 (5e-5).
   */
  const SWITCHING_FLOWS_CANCEL = parseCase({
    schemaVersion: 1,
    title: "!",
    region: "!",
    baseYear: 2006,
    horizonYears: 16,
    careForms: [
      ...["i_HOD_8mw", "aD9E_Su"].map((id) => ({ id, name: "!", kind: "residential", costs: [{ label: "!", amount: 0, per: "day" }], ambulant: { amount: 0, share: 0 } })),
      {
        id: "afptp_4q",
        name: "!",
        kind: "residential",
        costs: [{ label: "!", amount: 3.32, per: "day", indexFactor: 0.11873352984772467 }],
        ambulant: { amount: 0, share: 0 },
      },
      ...["H2T4_o_e", "a", "ff332AWP"].map((id) => ({ id, name: "!", kind: "residential", costs: [{ label: "!", amount: 0, per: "day" }], ambulant: { amount: 0, share: 0 } })),
    ],
    phasing: { yearsToTarget: 1, shares: [0, 0, 0, 3.308125897032449e-14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    oneOffCosts: [{ label: "!", year: 2006, amount: 0.01 }],
    indexation: 0,
    discountRate: 0,
    scenarios: [{ name: "!", realisation: 0 }],
    municipalities: [{ name: "uf\\UKJ{vH}", youthPopulation: 1, volumes: { afptp_4q: { current: 999.8739069686972, target: 161 } } }],
  });

  it("NPV at the switching realisation is zero", () => {
    fc.assert(
      fc.property(caseArbitrary({ scenarios: "always" }), (c) => {
        const params = activeParameters(c);
        const r = switchingRealisation(c);
        const at0 = calculate(c, { ...params, realisation: 0 }).npv;
        const at1 = calculate(c, { ...params, realisation: 1 }).npv;
        if (r === null) {
          // No switching value where more of the shift does not raise the NPV.
          expect(at1 - at0).toBeLessThanOrEqual(0);
          return;
        }
        expect(at1 - at0).toBeGreaterThan(0);
        expect(r).toBeGreaterThanOrEqual(0);
        const results = calculate(c, { ...params, realisation: r });
        // NPV(r) = NPV(0) + r x (NPV(1) - NPV(0)): its rounding error is that of NPV(0) and NPV(1)
        // times r (a shift that hardly moves NPV puts the switching value far outside 0..1), and at
        // least that of the yearly flows it sums, which can be far larger than the NPV they cancel to.
        const scale = Math.max(Math.abs(at0) + Math.abs(at1), flowScale(results.netNominal, results)) * Math.max(1, Math.abs(r));
        assertNear(results.npv, 0, scale, "NPV(switching)");
      }),
      { ...RUNS, examples: [[SWITCHING_FLOWS_CANCEL]] },
    );
  });

  it("every accepted case calculates to finite numbers (calculate, summarize, scenarios, municipalities)", () => {
    fc.assert(
      fc.property(caseArbitrary(), (c) => {
        const found =
          firstNonFinite(calculate(c)) ??
          firstNonFinite(summarize(c)) ??
          firstNonFinite(scenarioSummaries(c)) ??
          firstNonFinite(municipalityResults(c));
        if (found) throw new Error(found);
      }),
      RUNS,
    );
  });

  it("the sensitivity analysis with its default ranges is finite", () => {
    fc.assert(
      fc.property(caseArbitrary({ maxHorizon: 10, sensitivity: "never" }), (c) => {
        const found = firstNonFinite(sensitivity(c));
        if (found) throw new Error(found);
      }),
      RUNS,
    );
  });

  // The rates a sensitivity run can reach stay above -99 %: validation refuses a discount-rate
  // change that would take it to -100 %, where 1 / (1 + rate)^i has no value.
  it("every accepted case gives a finite sensitivity analysis, custom ranges included", () => {
    const refused = validateCase({
      schemaVersion: 1,
      title: "!",
      region: "!",
      baseYear: 1990,
      horizonYears: 1,
      careForms: [{ id: "A", name: "!", kind: "residential", costs: [{ label: "!", amount: 0, per: "day" }], ambulant: { amount: 0, share: 0 }, current: 0, target: 0 }],
      phasing: { yearsToTarget: 1 },
      discountRate: 0,
      sensitivity: { discountRate: { low: -0.99, high: 0 } },
    });
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => [p.path, p.code])).toEqual([["sensitivity.discountRate.low", "rateTooLow"]]);
    fc.assert(
      fc.property(caseArbitrary({ maxHorizon: 10 }), (c) => {
        const found = firstNonFinite(sensitivity(c));
        if (found) throw new Error(`${found} (discountRate ${c.discountRate}, ranges ${JSON.stringify(c.sensitivity)})`);
      }),
      RUNS,
    );
  });

  it("sensitivity: items sorted by swing; no two rows with the same figures; every row but the one-off costs moves something", () => {
    fc.assert(
      fc.property(caseArbitrary({ maxHorizon: 10 }), (c) => {
        const s = sensitivity(c);
        const scale = Math.max(1, Math.abs(s.npv), Math.abs(s.structuralSaving));
        const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * scale;
        const figures = (x: (typeof s.items)[number]) => [x.npvLow, x.npvHigh, x.structuralSavingLow, x.structuralSavingHigh];
        for (let k = 1; k < s.items.length; k++) {
          expect(s.items[k].swing).toBeLessThanOrEqual(s.items[k - 1].swing * (1 + 1e-9) + 1e-9 * scale);
        }
        s.items.forEach((a, i) => {
          for (const b of s.items.slice(i + 1)) expect([a.key, b.key, figures(a).every((v, n) => same(v, figures(b)[n]))]).toEqual([a.key, b.key, false]);
          if (a.key !== "oneOffCosts") expect(figures(a).every((v, n) => same(v, [s.npv, s.npv, s.structuralSaving, s.structuralSaving][n]))).toBe(false);
        });
        // Every input is either shown or said to be left out.
        expect([...s.items.map((x) => x.key), ...s.omitted.map((x) => x.key)].sort()).toEqual(sensitivityInputs(c).map((x) => x.key).sort());
      }),
      RUNS,
    );
  });

});
