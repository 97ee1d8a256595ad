/** Shared by the model tests: a relative comparison and small hand-made case files. */
import { parseCase, type Case, type CaseFile } from "../../src/model";

export const RELATIVE_TOLERANCE = 1e-9;

/** |actual - expected| <= 1e-9 x max(1, |actual|, |expected|): exact but for rounding. */
export function isClose(actual: number, expected: number, tolerance = RELATIVE_TOLERANCE): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(actual), Math.abs(expected));
}

export function expectClose(actual: number, expected: number, tolerance = RELATIVE_TOLERANCE): void {
  if (!isClose(actual, expected, tolerance)) {
    throw new Error(`expected ${expected}, got ${actual} (difference ${actual - expected})`);
  }
}

export function expectAllClose(actual: readonly number[], expected: readonly number[], tolerance = RELATIVE_TOLERANCE): void {
  if (actual.length !== expected.length) {
    throw new Error(`expected ${expected.length} values [${expected}], got ${actual.length} [${actual}]`);
  }
  actual.forEach((a, i) => {
    if (!isClose(a, expected[i], tolerance)) {
      throw new Error(`at index ${i}: expected ${expected[i]}, got ${a}\n  expected [${expected}]\n  actual   [${actual}]`);
    }
  });
}

/** Validates the file (so every hand-made case is also a valid one) and returns the case with defaults. */
export function caseOf(file: CaseFile): Case {
  return parseCase(JSON.parse(JSON.stringify(file)));
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
