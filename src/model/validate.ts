/**
 * Validation of a case: the zod schema for shape and ranges, then the rules that span several
 * fields (unique ids, years inside the horizon, municipalities that add up). Every problem is
 * reported at once, so a user fixes a file in one pass.
 */
import type { core } from "zod";
import { DEFAULT_DISCOUNT_RATE, DEFAULT_GREEN_WITHIN, DEFAULT_HORIZON_YEARS, DEFAULT_ORANGE_WITHIN } from "./defaults";
import { LIMITS } from "./limits";
import { CaseSchema, type Case } from "./schema";
import { isBaseCaseLabel } from "./scenarios";
import { makeProblem, formatPath, isKnownRule, type Note, type PathSegment, type Problem, type RuleCode } from "./messages";
import { hasOwn } from "./records";
import { SENSITIVITY_BOUNDS, isObsoleteSensitivityKey, isRelativeYearsRange, migrateSensitivity, sensitivityKindOf } from "./sensitivityRanges";

/**
 * A valid case comes with notes: what was read differently from how it is written (keys of an
 * earlier version, method.md section 7). They are for the user to see, not problems.
 */
export type ValidationResult = { ok: true; value: Case; problems: []; notes: Note[] } | { ok: false; problems: Problem[] };

export function validateCase(input: unknown): ValidationResult {
  if (!isRecord(input)) return { ok: false, problems: [makeProblem([], "notAnObject")] };

  const parsed = CaseSchema.safeParse(input);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => fromZodIssue(issue, input));
  problems.push(...crossFieldProblems(input));

  const unique = dedupe(withoutWiderRange(problems));
  if (unique.length > 0 || !parsed.success) return { ok: false, problems: unique };
  const { ranges, notes } = migrateSensitivity(parsed.data);
  const value: Case = { ...parsed.data, sensitivity: ranges };
  if (ranges === undefined) delete value.sensitivity;
  return { ok: true, value, problems: [], notes };
}

/** Convenience for callers that have already shown the problems: the case or an exception. */
export function parseCase(input: unknown): Case {
  const result = validateCase(input);
  if (!result.ok) {
    throw new Error(result.problems.map((p) => `${p.path}: ${p.en}`).join("\n"));
  }
  return result.value;
}

function fromZodIssue(issue: core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => makeProblem([...path, key], "unknownKey", [key]));
  }
  if (issue.code === "invalid_key") {
    return [makeProblem(path, "text")];
  }
  const value = valueAt(root, path);
  if (issue.code === "invalid_type") {
    if (value === undefined || value === null) return [makeProblem(path, "required")];
    if (typeof value === "number" && !Number.isFinite(value)) return [makeProblem(path, "finite")];
  }
  const [code, ...params] = issue.message.split("|");
  // A fraction out of range: the value goes along, so that the text can suggest what was meant.
  if (code === "between" && params[2] === "percent" && typeof value === "number") params[3] = String(value);
  if (isKnownRule(code)) return [makeProblem(path, code, params)];
  // A zod rule without a message code of ours: a programming error in schema.ts.
  throw new Error(`Schema rule without message code at ${formatPath(path)}: ${issue.message}`);
}

function crossFieldProblems(c: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const add = (segments: PathSegment[], code: RuleCode, params: string[] = []) => problems.push(makeProblem(segments, code, params));

  const horizon = c.horizonYears === undefined ? DEFAULT_HORIZON_YEARS : integerIn(c.horizonYears, 1, LIMITS.maxHorizonYears);
  const baseYear = integerIn(c.baseYear, LIMITS.minBaseYear, LIMITS.maxBaseYear);
  const forms = Array.isArray(c.careForms) ? c.careForms : [];

  // Ids: unique without regard to case, because Excel names are case-insensitive.
  const seenIds = new Map<string, number>();
  forms.forEach((f, i) => {
    if (!isRecord(f) || typeof f.id !== "string") return;
    const key = f.id.toLowerCase();
    const first = seenIds.get(key);
    if (first === undefined) seenIds.set(key, i);
    else add(["careForms", i, "id"], "duplicateId", ["careForms", String(first + 1)]);
  });

  // Phasing inside the horizon.
  if (isRecord(c.phasing) && horizon !== undefined) {
    const ytt = integerIn(c.phasing.yearsToTarget, 1, LIMITS.maxHorizonYears);
    if (ytt !== undefined && ytt > horizon) add(["phasing", "yearsToTarget"], "beyondHorizon", [String(horizon)]);
    const shares = c.phasing.shares;
    if (Array.isArray(shares) && shares.length !== horizon) {
      add(["phasing", "shares"], "sharesLength", [String(horizon), String(shares.length)]);
    }
  }

  // One-off costs fall in a year of the model.
  if (Array.isArray(c.oneOffCosts) && baseYear !== undefined && horizon !== undefined) {
    c.oneOffCosts.forEach((o, k) => {
      if (!isRecord(o)) return;
      const year = anyInteger(o.year);
      if (year !== undefined && (year < baseYear || year > baseYear + horizon)) {
        add(["oneOffCosts", k, "year"], "yearOutsideHorizon", [String(baseYear), String(baseYear + horizon)]);
      }
    });
  }

  // The budget view and monitoring years fall inside the model's years.
  if (baseYear !== undefined && horizon !== undefined) {
    const inside = (y: unknown) => {
      const year = anyInteger(y);
      return year === undefined || (year >= baseYear && year <= baseYear + horizon);
    };
    if (!inside(c.budgetYear)) add(["budgetYear"], "yearOutsideHorizon", [String(baseYear), String(baseYear + horizon)]);
    const realised = isRecord(c.monitoring) && Array.isArray(c.monitoring.realised) ? c.monitoring.realised : [];
    const seenYears = new Map<unknown, number>();
    realised.forEach((r, k) => {
      if (!isRecord(r)) return;
      if (!inside(r.year)) add(["monitoring", "realised", k, "year"], "yearOutsideHorizon", [String(baseYear), String(baseYear + horizon)]);
      const first = seenYears.get(r.year);
      if (first === undefined) seenYears.set(r.year, k);
      else add(["monitoring", "realised", k, "year"], "duplicateName", ["realised", String(first + 1)]);
    });
  }
  // Orange starts where green ends, also when one of the two limits is the default.
  if (isRecord(c.monitoring) && (c.monitoring.greenWithin !== undefined || c.monitoring.orangeWithin !== undefined)) {
    const green = c.monitoring.greenWithin ?? DEFAULT_GREEN_WITHIN;
    const orange = c.monitoring.orangeWithin ?? DEFAULT_ORANGE_WITHIN;
    if (isFiniteNumber(green) && isFiniteNumber(orange) && orange < green) add(["monitoring", "orangeWithin"], "notBelow", ["greenWithin"]);
  }

  problems.push(...sensitivityProblems(c, forms));

  // Scenarios: names that the workbook tells apart from each other and from the base case (also
  // where a lookup ignores case, as its drop-down does), phasing inside the horizon, an active
  // scenario that exists under exactly its name.
  const scenarioNames: string[] = [];
  if (Array.isArray(c.scenarios)) {
    const seen = new Map<string, { k: number; name: string }>();
    c.scenarios.forEach((s, k) => {
      if (!isRecord(s)) return;
      if (typeof s.name === "string" && s.name.trim() !== "") {
        const name = s.name.trim();
        const first = seen.get(name.toLowerCase());
        if (isBaseCaseLabel(name)) add(["scenarios", k, "name"], "baseCaseName");
        else if (first === undefined) seen.set(name.toLowerCase(), { k, name });
        else if (first.name === name) add(["scenarios", k, "name"], "duplicateName", ["scenarios", String(first.k + 1)]);
        else add(["scenarios", k, "name"], "nameDiffersInCaseOnly", ["scenarios", String(first.k + 1), first.name]);
        scenarioNames.push(name);
      }
      const ytt = integerIn(s.yearsToTarget, 1, LIMITS.maxHorizonYears);
      if (ytt !== undefined && horizon !== undefined && ytt > horizon) {
        add(["scenarios", k, "yearsToTarget"], "beyondHorizon", [String(horizon)]);
      }
    });
  }
  if (typeof c.activeScenario === "string" && c.activeScenario.trim() !== "") {
    if (!scenarioNames.includes(c.activeScenario.trim())) add(["activeScenario"], "unknownScenario", [scenarioNames.join(", ")]);
  }

  // Volumes: on the care form, or per municipality (then the form's own figures must be the sums).
  const municipalities = Array.isArray(c.municipalities) ? c.municipalities : undefined;
  if (municipalities === undefined && c.municipalities === undefined) {
    forms.forEach((f, i) => {
      if (!isRecord(f)) return;
      for (const key of ["current", "target"] as const) {
        if (f[key] === undefined) add(["careForms", i, key], "volumeRequired");
      }
    });
  }
  if (municipalities !== undefined) {
    const formIds = new Set(
      forms
        .filter(isRecord)
        .map((f) => f.id)
        .filter((id): id is string => typeof id === "string"),
    );
    const sums = new Map<string, { current: number; target: number }>();
    const seenNames = new Map<string, number>();
    municipalities.forEach((m, k) => {
      if (!isRecord(m)) return;
      if (typeof m.name === "string" && m.name.trim() !== "") {
        const key = m.name.trim().toLowerCase();
        const first = seenNames.get(key);
        if (first === undefined) seenNames.set(key, k);
        else add(["municipalities", k, "name"], "duplicateName", ["municipalities", String(first + 1)]);
      }
      if (!isRecord(m.volumes)) return;
      for (const [formId, v] of Object.entries(m.volumes)) {
        if (!formIds.has(formId)) {
          add(["municipalities", k, "volumes", formId], "unknownCareForm", [formId]);
          continue;
        }
        if (!isRecord(v)) continue;
        const sum = sums.get(formId) ?? { current: 0, target: 0 };
        if (isFiniteNumber(v.current)) sum.current += v.current;
        if (isFiniteNumber(v.target)) sum.target += v.target;
        sums.set(formId, sum);
      }
    });
    forms.forEach((f, i) => {
      if (!isRecord(f) || typeof f.id !== "string") return;
      const sum = sums.get(f.id) ?? { current: 0, target: 0 };
      for (const key of ["current", "target"] as const) {
        const own = f[key];
        if (isFiniteNumber(own) && !nearlyEqual(own, sum[key])) {
          add(["careForms", i, key], "volumeMismatch", [String(roundForDisplay(sum[key]))]);
        }
      }
    });
    if (c.youthPopulation === undefined) {
      const given = municipalities.map((m) => isRecord(m) && m.youthPopulation !== undefined);
      if (given.some(Boolean) && !given.every(Boolean)) {
        given.forEach((g, k) => {
          if (!g) add(["municipalities", k, "youthPopulation"], "populationPartial");
        });
      }
    }
  }
  return problems;
}

/**
 * Sensitivity ranges name an input of this version (or of an earlier one, then they are left out
 * with a note), lie within the bounds of their kind, and low lies below high.
 */
function sensitivityProblems(c: Record<string, unknown>, forms: unknown[]): Problem[] {
  if (!isRecord(c.sensitivity)) return [];
  const problems: Problem[] = [];
  const add = (segments: PathSegment[], code: RuleCode, params: string[] = []) => problems.push(makeProblem(segments, code, params));
  const ids = new Set(forms.filter(isRecord).map((f) => f.id));
  for (const [key, range] of Object.entries(c.sensitivity)) {
    if (isObsoleteSensitivityKey(key, ids)) continue;
    const kind = sensitivityKindOf(key, ids);
    if (kind === undefined) {
      add(["sensitivity", key], "unknownSensitivity", [key]);
      continue;
    }
    if (!isRecord(range)) continue;
    // A years-to-target range of an earlier version is relative: its old bounds hold, and it is converted.
    const relativeYears = kind === "years" && isRelativeYearsRange(range);
    const bounds = SENSITIVITY_BOUNDS[relativeYears ? "relative" : kind];
    let inBounds = true;
    for (const which of ["low", "high"] as const) {
      const change = range[which];
      if (!isFiniteNumber(change)) continue;
      if (kind === "years" && !relativeYears && !Number.isInteger(change)) {
        add(["sensitivity", key, which], "integer");
        inBounds = false;
      } else if (change < bounds.min || change > bounds.max) {
        const unit = kind === "years" && !relativeYears ? [] : ["percent", String(change)];
        add(["sensitivity", key, which], "between", [String(bounds.min), String(bounds.max), ...unit]);
        inBounds = false;
      }
    }
    if (inBounds && isFiniteNumber(range.low) && isFiniteNumber(range.high) && range.low > range.high) add(["sensitivity", key, "high"], "notBelow", ["low"]);
    // The discount rate plus its change must stay above -100 %: 1 / (1 + rate)^i must exist.
    if (key === "discountRate") {
      const rate = isFiniteNumber(c.discountRate) ? c.discountRate : c.discountRate === undefined ? DEFAULT_DISCOUNT_RATE : undefined;
      for (const which of ["low", "high"] as const) {
        const change = range[which];
        if (rate !== undefined && isFiniteNumber(change) && rate + change <= -0.99) add(["sensitivity", key, which], "rateTooLow", [String(rate)]);
      }
    }
  }
  return problems;
}

/**
 * A year outside the model's years gets the real range (2026 to 2031), not the schema's wide one
 * (1990 to 2130) as well: where both apply, only the real one is said.
 */
function withoutWiderRange(problems: Problem[]): Problem[] {
  const real = new Set(problems.filter((p) => p.code === "yearOutsideHorizon").map((p) => p.path));
  return problems.filter((p) => !(p.code === "between" && real.has(p.path)));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function integerIn(v: unknown, min: number, max: number): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
}

function anyInteger(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) ? v : undefined;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function roundForDisplay(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = hasOwn(v, s) ? (v as Record<string | number, unknown>)[s] : undefined;
  }
  return v;
}
