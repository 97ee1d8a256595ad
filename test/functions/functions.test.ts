/**
 * The BC custom functions through their Excel wrappers (functions.ts), with a stand-in for the
 * runtime's CustomFunctions.Error. Values are worked by hand from method.md section 3 and the
 * figures of section 5; every error path is checked for its Excel error code.
 */
import { CustomFunctionError, setDisplayLanguage } from "./customFunctionsStandIn";
import type * as core from "../../src/functions/core";
import { LIMITS } from "../../src/model";
import { breakEvenYear, netCost, per1000, phasedVolume, placementCost, saving } from "../../src/functions/functions";

afterEach(() => {
  setDisplayLanguage(undefined);
  jest.restoreAllMocks();
});

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

/** The error a call throws: its Excel code and message. */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof CustomFunctionError) return { code: e.code, message: e.message };
    throw new Error(`threw something other than CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error("no error thrown");
}

// Excel passes text for a `string` parameter and anything for `any[][]`; these casts let the
// tests pass what a worksheet can contain.
const anyValue = (v: unknown) => v as never;
const column = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("BC.PLACEMENTCOST", () => {
  it("makes an amount annual: 365 days, 52 weeks, 12 months, 1 year", () => {
    expect(placementCost(250, "day")).toBe(91_250);
    close(placementCost(163.59, "day"), 59_710.35);
    expect(placementCost(100, "week")).toBe(5_200);
    expect(placementCost(1_000, "month")).toBe(12_000);
    expect(placementCost(5_000, "year")).toBe(5_000);
  });

  it("accepts Dutch and English periods in any case, with spaces", () => {
    expect(placementCost(250, "Dag")).toBe(91_250);
    expect(placementCost(100, "WEEK")).toBe(5_200);
    expect(placementCost(1_000, " maand ")).toBe(12_000);
    expect(placementCost(5_000, "Jaar")).toBe(5_000);
    expect(placementCost(1_000, "Months")).toBe(12_000);
  });

  it("uses daysPerYear for day amounts only; left out (null from Excel) means 365", () => {
    expect(placementCost(250, "dag", 360)).toBe(90_000);
    expect(placementCost(250, "day", null as never)).toBe(91_250);
    expect(placementCost(1_000, "month", 200)).toBe(12_000);
  });

  it("brings the amount to base-year prices by indexFactor (left out: 1), as the model does: 250 x 1.2676 x 365 = 115,668.50", () => {
    close(placementCost(250, "day", null as never, 1.2676), 115_668.5);
    close(placementCost(250, "dag", 360, 1.2676), 114_084); // 250 x 1.2676 x 360
    close(placementCost(1_000, "month", null as never, 1.033), 12_396); // 1,000 x 1.033 x 12
    expect(placementCost(250, "day", null as never, null as never)).toBe(91_250);
    expect(excelError(() => placementCost(250, "day", null as never, 0))).toEqual({
      code: "#NUM!",
      message: "indexfactor moet tussen 0,01 en 100 liggen (nu: 0)",
    });
    expect(excelError(() => placementCost(250, "day", null as never, anyValue("1,27"))).code).toBe("#VALUE!");
    // Dutch messages write decimals with a comma, as a Dutch Excel shows them.
    expect(excelError(() => placementCost(250, "day", 365.25)).message).toBe("dagen_per_jaar moet een geheel getal zijn (nu: 365,25)");
  });

  it("errors: unknown period #VALUE!, text amount #VALUE!, negative amount #NUM!, bad daysPerYear #NUM!", () => {
    expect(excelError(() => placementCost(250, "uur"))).toEqual({ code: "#VALUE!", message: 'per moet dag, week, maand of jaar zijn (nu: "uur")' });
    expect(excelError(() => placementCost(anyValue("veel"), "day"))).toEqual({ code: "#VALUE!", message: 'bedrag moet een getal zijn (nu: "veel")' });
    expect(excelError(() => placementCost(anyValue(null), "day"))).toEqual({ code: "#VALUE!", message: "bedrag ontbreekt" });
    expect(excelError(() => placementCost(-1, "day"))).toEqual({ code: "#NUM!", message: "bedrag mag niet negatief zijn (nu: -1)" });
    expect(excelError(() => placementCost(250, "day", 400)).code).toBe("#NUM!");
    expect(excelError(() => placementCost(250, "day", 365.25)).code).toBe("#NUM!");
    expect(excelError(() => placementCost(250, "day", 0)).code).toBe("#NUM!");
  });

  it("speaks English when Office's display language is English, Dutch otherwise (as the task pane)", () => {
    setDisplayLanguage("en-US");
    expect(excelError(() => placementCost(250, "hour"))).toEqual({ code: "#VALUE!", message: 'per must be day, week, month or year (got: "hour")' });
    setDisplayLanguage("nl-NL");
    expect(excelError(() => placementCost(250, "hour")).message).toBe('per moet dag, week, maand of jaar zijn (nu: "hour")');
    setDisplayLanguage("de-DE");
    expect(excelError(() => placementCost(250, "hour")).message).toBe('per moet dag, week, maand of jaar zijn (nu: "hour")');
  });
});

describe("BC.NETCOST", () => {
  it("adds the expected ambulant care: amount x share", () => {
    // Family home: 163.59 x 365 = 59,710.35, plus 7,500 x 0.56 = 4,200.
    close(netCost(59_710.35, 7_500, 0.56), 63_910.35);
    // Foster care: 40 x 365 = 14,600 + 4,200.
    close(netCost(14_600, 7_500, 0.56), 18_800);
    expect(netCost(91_250, 0, 0)).toBe(91_250);
    expect(netCost(0, 1_000, 1)).toBe(1_000);
  });

  it("errors: share outside 0..1 #NUM!, negative amounts #NUM!, text #VALUE!", () => {
    expect(excelError(() => netCost(1_000, 7_500, 1.2))).toEqual({ code: "#NUM!", message: "ambulant_aandeel moet tussen 0 en 1 liggen (nu: 1,2)" });
    expect(excelError(() => netCost(1_000, 7_500, -0.1)).code).toBe("#NUM!");
    expect(excelError(() => netCost(1_000, -5, 0.5)).code).toBe("#NUM!");
    expect(excelError(() => netCost(-1_000, 5, 0.5)).code).toBe("#NUM!");
    expect(excelError(() => netCost(anyValue("duur"), 5, 0.5)).code).toBe("#VALUE!");
  });
});

describe("BC.PHASEDVOLUME", () => {
  it("moves in equal steps from current to target and then stays there", () => {
    // Residential care of the example: 40 -> 24 in 3 years.
    expect(phasedVolume(40, 24, 3, 0)).toBe(40);
    close(phasedVolume(40, 24, 3, 1), 40 - 16 / 3);
    close(phasedVolume(40, 24, 3, 2), 40 - 32 / 3);
    expect(phasedVolume(40, 24, 3, 3)).toBe(24);
    expect(phasedVolume(40, 24, 3, 10)).toBe(24);
    expect(phasedVolume(12, 18, 3, 2)).toBe(16);
    expect(phasedVolume(30, 40, 1, 1)).toBe(40);
    expect(phasedVolume(40, 24, 3, 1e9)).toBe(24);
  });

  it("errors: yearsToTarget not a whole number 1..30, a negative or fractional year index, negative volumes: #NUM!", () => {
    expect(excelError(() => phasedVolume(40, 24, 0, 1))).toEqual({ code: "#NUM!", message: "jaren_tot_doel moet tussen 1 en 30 liggen (nu: 0)" });
    expect(excelError(() => phasedVolume(40, 24, 2.5, 1))).toEqual({ code: "#NUM!", message: "jaren_tot_doel moet een geheel getal zijn (nu: 2,5)" });
    expect(excelError(() => phasedVolume(40, 24, 31, 1)).code).toBe("#NUM!");
    expect(excelError(() => phasedVolume(40, 24, 3, -1)).code).toBe("#NUM!");
    expect(excelError(() => phasedVolume(40, 24, 3, 1.5)).code).toBe("#NUM!");
    expect(excelError(() => phasedVolume(-40, 24, 3, 1)).code).toBe("#NUM!");
    expect(excelError(() => phasedVolume(40, anyValue("24 jeugdigen"), 3, 1)).code).toBe("#VALUE!");
  });
});

describe("BC.SAVING", () => {
  const costs = column(91_250, 63_910.35, 18_800);

  it("sums (current - target) x cost: the example's structural saving", () => {
    // 16 x 91,250 - 6 x 63,910.35 - 10 x 18,800 = 888,537.90
    close(saving(costs, column(40, 12, 30), column(24, 18, 40)), 888_537.9);
  });

  it("takes rows as well as columns, single cells, and empty cells as 0 (as SUMPRODUCT)", () => {
    close(saving([[91_250, 63_910.35, 18_800]] as never, [[40, 12, 30]] as never, [[24, 18, 40]] as never), 888_537.9);
    expect(saving(anyValue(100), anyValue(3), anyValue(1))).toBe(200);
    expect(saving(column(1_000, ""), column(3, null), column(1, 5))).toBe(2_000 - 0 * 5);
  });

  it("errors: ranges of different sizes #VALUE!, text cells #VALUE! with their position, negative numbers #NUM!", () => {
    expect(excelError(() => saving(costs, column(40, 12), column(24, 18, 40)))).toEqual({
      code: "#VALUE!",
      message: "de bereiken moeten even groot zijn: kosten is 3x1, huidig is 2x1",
    });
    expect(excelError(() => saving(costs, [[40, 12, 30]] as never, column(24, 18, 40))).code).toBe("#VALUE!");
    expect(excelError(() => saving(costs, column(40, "twaalf", 30), column(24, 18, 40)))).toEqual({
      code: "#VALUE!",
      message: 'huidig: cel 2 is geen getal ("twaalf")',
    });
    expect(excelError(() => saving(costs, column(40, 12, 30), column(24, true, 40))).code).toBe("#VALUE!");
    expect(excelError(() => saving(column(91_250, -1, 18_800), column(40, 12, 30), column(24, 18, 40)))).toEqual({
      code: "#NUM!",
      message: "kosten: cel 2 mag niet kleiner zijn dan 0 (nu: -1)",
    });
    setDisplayLanguage("en-GB");
    expect(
      excelError(() =>
        saving(
          [
            [1, 2],
            [3, "x"],
          ] as never,
          [
            [1, 2],
            [3, 4],
          ] as never,
          [
            [1, 2],
            [3, 4],
          ] as never,
        ),
      ).message,
    ).toBe('costs: cell 2,2 is not a number ("x")');
  });

  // Its speed over 10,000 rows is measured by `npm run bench` (budget 5 ms a call), not by a timed test.
  it("sums 10,000 rows exactly", () => {
    const n = 10_000;
    const c = Array.from({ length: n }, (_, i) => [1_000 + (i % 7)]);
    const now = Array.from({ length: n }, () => [3]);
    const goal = Array.from({ length: n }, () => [1]);
    // 2 x sum of (1,000 + i mod 7): 10,000 = 1,428 x 7 + 4, so the remainders sum to 1,428 x 21 + (0+1+2+3).
    const expected = 2 * (n * 1_000 + 1_428 * 21 + 6);
    expect(saving(c as never, now as never, goal as never)).toBe(expected);
  });
});

describe("BC.PER1000YOUTHS", () => {
  it("divides by the population and multiplies by 1,000", () => {
    // The example: 82 youths placed among 24,000 youths aged 0-17.
    close(per1000(82, 24_000), 82 / 24);
    // method.md: 1.26 % of Dutch youths lived away from home in 2019, i.e. 12.6 per 1,000.
    close(per1000(126, 10_000), 12.6);
    expect(per1000(0, 5_000)).toBe(0);
  });

  it("errors: a population of 0 #DIV/0!, negative numbers #NUM!, text #VALUE!", () => {
    expect(excelError(() => per1000(5, 0))).toEqual({ code: "#DIV/0!", message: "jeugdigen is 0" });
    expect(excelError(() => per1000(5, -100))).toEqual({ code: "#NUM!", message: "jeugdigen mag niet negatief zijn (nu: -100)" });
    expect(excelError(() => per1000(-5, 100)).code).toBe("#NUM!");
    expect(excelError(() => per1000(5, anyValue("veel"))).code).toBe("#VALUE!");
  });
});

describe("BC.BREAKEVENYEAR", () => {
  const years = [[2025, 2026, 2027, 2028, 2029, 2030]] as never;

  it("finds the first year from which the cumulative balance stays at or above zero", () => {
    // The example's cumulative nominal balance: -150,000; -91,607; 548,349; ... (see the CLI test).
    expect(breakEvenYear(years, [[-150_000, -91_607.24, 548_349, 1_546_104, 2_583_171, 3_661_099]] as never)).toBe(2027);
    // Dipping below zero again moves the year on; zero counts as broken even.
    expect(breakEvenYear(years, [[-1, 5, -2, 0, 3, 4]] as never)).toBe(2028);
    expect(breakEvenYear(years, [[0, 1, 2, 3, 4, 5]] as never)).toBe(2025);
    expect(breakEvenYear(column(2025, 2026), column(-1, 1))).toBe(2026);
  });

  it("ignores rows past the last year that are empty in both ranges", () => {
    expect(breakEvenYear(column(2025, 2026, 2027, "", ""), column(-5, 1, 2, "", null))).toBe(2026);
  });

  it("errors: no break-even #N/A, different sizes #VALUE!, a gap or text #VALUE!", () => {
    expect(excelError(() => breakEvenYear(years, [[-150_000, 1, 2, 3, 4, -1]] as never))).toEqual({
      code: "#N/A",
      message: "geen terugverdienjaar: het cumulatieve saldo eindigt onder nul",
    });
    expect(excelError(() => breakEvenYear(years, [[1, 2, 3]] as never)).code).toBe("#VALUE!");
    expect(excelError(() => breakEvenYear(column(2025, 2026, 2027), column(-1, "", 2)))).toEqual({ code: "#VALUE!", message: "cumulatief: cel 2 is leeg" });
    expect(excelError(() => breakEvenYear(column(2025, "2026"), column(-1, 2))).code).toBe("#VALUE!");
    expect(excelError(() => breakEvenYear(column("", ""), column("", ""))).code).toBe("#VALUE!");
  });
});

describe("limits", () => {
  it("allows yearsToTarget up to the model's horizon limit", () => {
    expect(phasedVolume(40, 24, LIMITS.maxHorizonYears, 1)).toBeCloseTo(40 - 16 / LIMITS.maxHorizonYears, 12);
    expect(excelError(() => phasedVolume(40, 24, LIMITS.maxHorizonYears + 1, 1)).code).toBe("#NUM!");
  });
});

describe("wrapping", () => {
  it("turns an unexpected exception into CustomFunctions.Error #VALUE!, never anything else", () => {
    // A module's exports cannot be replaced in place (spyOn): the functions are loaded afresh over a core that throws.
    jest.isolateModules(() => {
      jest.doMock("../../src/functions/core", (): typeof core => ({
        ...jest.requireActual<typeof core>("../../src/functions/core"),
        saving: () => {
          throw new RangeError("boom");
        },
      }));
      const functions: typeof import("../../src/functions/functions") = require("../../src/functions/functions");
      expect(excelError(() => functions.saving(anyValue(1), anyValue(1), anyValue(1)))).toEqual({ code: "#VALUE!", message: "Interne fout: boom" });
    });
  });
});
