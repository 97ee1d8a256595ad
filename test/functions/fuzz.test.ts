/**
 * Property-based fuzzing of every custom function (issue 6): whatever Excel passes (numbers,
 * text, booleans, empty cells, errors, ranges of any shape, NaN, Infinity), the function returns
 * a finite number or throws CustomFunctions.Error. Nothing else ever leaves it.
 */
import fc from "fast-check";
import { CustomFunctionError } from "./customFunctionsStandIn";
import { breakEvenYear, netCost, per1000, phasedVolume, placementCost, saving } from "../../src/functions/functions";

const scalar = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, 365, 2025, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE),
  fc.string(),
  fc.constantFrom("day", "dag", "week", "month", "maand", "year", "jaar", "", " ", "1.234,56", "€ 250"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const matrix = fc.oneof(
  fc.array(fc.array(scalar, { minLength: 0, maxLength: 3 }), { minLength: 0, maxLength: 6 }),
  fc.array(scalar, { maxLength: 6 }).map((xs) => xs.map((x) => [x])),
  scalar,
);

function outcome(call: () => unknown): "value" | "error" {
  try {
    const v = call();
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`returned ${String(v)}`);
    return "value";
  } catch (e) {
    if (e instanceof CustomFunctionError) return "error";
    throw e;
  }
}

const runs = { numRuns: 400 };
const any = (v: unknown) => v as never;

test("BC.PLACEMENTCOST", () =>
  fc.assert(
    fc.property(
      scalar,
      scalar,
      fc.option(scalar),
      fc.option(scalar),
      (a, p, d, f) => void outcome(() => placementCost(any(a), any(p), any(d ?? undefined), any(f ?? undefined))),
    ),
    runs,
  ));
test("BC.NETCOST", () =>
  fc.assert(
    fc.property(scalar, scalar, scalar, (a, b, c) => void outcome(() => netCost(any(a), any(b), any(c)))),
    runs,
  ));
test("BC.PHASEDVOLUME", () =>
  fc.assert(
    fc.property(scalar, scalar, scalar, scalar, (a, b, c, d) => void outcome(() => phasedVolume(any(a), any(b), any(c), any(d)))),
    runs,
  ));
test("BC.SAVING", () =>
  fc.assert(
    fc.property(matrix, matrix, matrix, (a, b, c) => void outcome(() => saving(any(a), any(b), any(c)))),
    runs,
  ));
test("BC.PER1000YOUTHS", () =>
  fc.assert(
    fc.property(scalar, scalar, (a, b) => void outcome(() => per1000(any(a), any(b)))),
    runs,
  ));
test("BC.BREAKEVENYEAR", () =>
  fc.assert(
    fc.property(matrix, matrix, (a, b) => void outcome(() => breakEvenYear(any(a), any(b)))),
    runs,
  ));

test("the fuzzer reaches both values and errors", () => {
  expect(outcome(() => placementCost(250, any("day")))).toBe("value");
  expect(outcome(() => placementCost(any("veel"), any("day")))).toBe("error");
});
