/**
 * The case file (schemaVersion 1), as docs/method.md sections 2 and 6 describe it.
 *
 * This zod schema is the single source of the case's shape: the TypeScript types below are
 * inferred from it, and validate.ts turns its issues (plus the cross-field rules zod cannot
 * express) into bilingual problems. Error texts here are message codes, translated in messages.ts.
 */
import { z } from "zod";
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, DEFAULT_INDEXATION } from "./defaults";
import { LIMITS } from "./limits";
import { escapeClash, forbiddenCharacter, hasVisibleCharacter } from "./text";

// No code generation: zod would otherwise probe `new Function` to speed up object parsing, which
// the task pane's Content-Security-Policy forbids (and reports, even when the probe is caught).
z.config({ jitless: true });

export const CARE_FORM_KINDS = ["residential", "familyHome", "foster", "other"] as const;
export const COST_PERIODS = ["day", "week", "month", "year"] as const;

/** Ids become part of defined names such as BC_Target_<id>. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,30}$/;

// Message codes; messages.ts holds their Dutch and English texts.
const between = (min: number, max: number) => `between|${min}|${max}`;

const num = (min: number, max: number) =>
  z
    .number({ error: "number" })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) });

/** A fraction (0.25 is 25 %): its problems speak in percent and suggest 3,94 % for a typed 3.94. */
const fraction = (min: number, max: number) =>
  z
    .number({ error: "number" })
    .min(min, { error: `${between(min, max)}|percent` })
    .max(max, { error: `${between(min, max)}|percent` });

const int = (min: number, max: number) =>
  z
    .number({ error: "number" })
    .int({ error: "integer" })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) });

/**
 * Every text of a case ends up in a workbook and must come back from it unchanged: no control
 * character but tab and line feed, no U+FFFE/U+FFFF, no half surrogate pair, no run of Excel's
 * character escapes that a file would change (text.ts says why).
 * The position counts from 1 in the text as given.
 */
const writableText = () =>
  z.string({ error: "text" }).superRefine((s, ctx) => {
    const bad = forbiddenCharacter(s);
    if (bad) ctx.addIssue({ code: "custom", message: `forbiddenCharacter|${bad.code}|${bad.index + 1}|${bad.kind}` });
    const clash = escapeClash(s);
    if (clash) ctx.addIssue({ code: "custom", message: `escapeClash|${clash.sequence}|${clash.index + 1}` });
  });

/** A name or label: something to see once trimmed (a name of control or zero-width characters names nothing). */
const text = (minLength: number) =>
  writableText()
    .trim()
    .min(minLength, { error: "required" })
    .max(LIMITS.maxTextLength, { error: `maxLength|${LIMITS.maxTextLength}` })
    .refine((s) => s === "" || forbiddenCharacter(s) !== null || hasVisibleCharacter(s), { error: "noVisibleCharacter" });

const optionalText = writableText().max(2000, { error: "maxLength|2000" }).optional();

/**
 * True when the value beside a source was changed after the source was given: the source no
 * longer says where the figure comes from, until the user gives a new one (the wizard sets and
 * clears it; the workbook shows such a source as outdated).
 */
const sourceOutdated = z.boolean({ error: "boolean" }).optional();

/** The general inputs that have a source in `sources`. */
export const GENERAL_SOURCE_KEYS = ["youthPopulation", "indexation", "discountRate", "phasing", "scenarios"] as const;

/** An object that rejects unknown keys (named in the problem), so a typo is never silently ignored. */
const object = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: "object" });

const list = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item, { error: "list" })
    .min(min, { error: `minItems|${min}` })
    .max(max, { error: `maxItems|${max}` });

/**
 * A cost component keeps the figure as its source gives it: `amount` at the prices of
 * `priceYear` (left out: the base year). `indexFactor` brings it to base-year prices (left out: 1),
 * with its own source, so a controller sees the original figure, its year and the factor.
 */
export const CostComponentSchema = object({
  label: text(1),
  amount: num(0, LIMITS.maxAmount),
  per: z.enum(COST_PERIODS, { error: "enum|day, week, month, year" }),
  daysPerYear: int(1, 366).optional(),
  source: optionalText,
  sourceOutdated,
  priceYear: int(LIMITS.minBaseYear, LIMITS.maxBaseYear).optional(),
  indexFactor: num(LIMITS.minIndexFactor, LIMITS.maxIndexFactor).optional(),
  indexSource: optionalText,
});

export const AmbulantSchema = object({
  amount: num(0, LIMITS.maxAmount),
  share: fraction(0, 1),
  source: optionalText,
  sourceOutdated,
});

export const CareFormSchema = object({
  id: z
    .string({ error: "text" })
    .regex(ID_PATTERN, { error: "id" })
    .superRefine((s, ctx) => {
      const clash = escapeClash(s);
      if (clash) ctx.addIssue({ code: "custom", message: `escapeClash|${clash.sequence}|${clash.index + 1}` });
    }),
  name: text(1),
  kind: z.enum(CARE_FORM_KINDS, { error: "enum|residential, familyHome, foster, other" }),
  costs: list(CostComponentSchema, 1, LIMITS.maxCostComponents),
  ambulant: AmbulantSchema,
  // Optional only when municipalities give the volumes (checked in validate.ts).
  current: num(0, LIMITS.maxVolume).optional(),
  target: num(0, LIMITS.maxVolume).optional(),
  source: optionalText,
  sourceOutdated,
});

export const PhasingSchema = object({
  yearsToTarget: int(1, LIMITS.maxHorizonYears),
  shares: z.array(fraction(0, 1), { error: "list" }).optional(),
});

export const OneOffCostSchema = object({
  label: text(1),
  year: int(LIMITS.minBaseYear, LIMITS.maxBaseYear + LIMITS.maxHorizonYears),
  amount: num(0, LIMITS.maxAmount),
  source: optionalText,
  sourceOutdated,
});

const CostFactorSchema = object({
  residential: num(0, LIMITS.maxCostFactor).optional(),
  familyHome: num(0, LIMITS.maxCostFactor).optional(),
  foster: num(0, LIMITS.maxCostFactor).optional(),
  other: num(0, LIMITS.maxCostFactor).optional(),
});

export const ScenarioSchema = object({
  name: text(1),
  realisation: fraction(0, 1),
  costFactor: CostFactorSchema.optional(),
  yearsToTarget: int(1, LIMITS.maxHorizonYears).optional(),
});

export const MunicipalityVolumeSchema = object({
  current: num(0, LIMITS.maxVolume),
  target: num(0, LIMITS.maxVolume),
});

export const MunicipalitySchema = object({
  name: text(1),
  youthPopulation: num(1, LIMITS.maxYouthPopulation).optional(),
  // Keys are care-form ids; validate.ts rejects ids that no care form has.
  volumes: z.record(z.string(), MunicipalityVolumeSchema, { error: "object" }),
});

/** Realised figures entered on the monitoring sheet, kept in the case so that a rebuild keeps them. */
export const RealisedYearSchema = object({
  year: int(LIMITS.minBaseYear, LIMITS.maxBaseYear + LIMITS.maxHorizonYears),
  residential: num(0, LIMITS.maxVolume).optional(),
  familyBased: num(0, LIMITS.maxVolume).optional(),
  cost: num(0, LIMITS.maxAmount * 100).optional(),
});

export const MonitoringSchema = object({
  /** A deviation up to this share of the plan counts as on track (green); DEFAULT_GREEN_WITHIN when left out. */
  greenWithin: fraction(0, 1).optional(),
  /** Up to this share it is orange, beyond it red; DEFAULT_ORANGE_WITHIN when left out. */
  orangeWithin: fraction(0, 1).optional(),
  realised: list(RealisedYearSchema, 0, LIMITS.maxHorizonYears + 1).optional(),
});

/**
 * A sensitivity range: the low and the high change of one input. The key says the unit and the
 * bounds (relative, percentage points or whole years; sensitivityRanges.ts), so validate.ts checks
 * them per key.
 */
export const SensitivityRangeSchema = object({
  low: z.number({ error: "number" }),
  high: z.number({ error: "number" }),
});

export const CaseSchema = object({
  schemaVersion: z.literal(1, { error: "schemaVersion" }),
  title: text(1),
  region: text(1),
  baseYear: int(LIMITS.minBaseYear, LIMITS.maxBaseYear),
  horizonYears: int(1, LIMITS.maxHorizonYears).default(DEFAULT_HORIZON_YEARS),
  youthPopulation: num(1, LIMITS.maxYouthPopulation).optional(),
  careForms: list(CareFormSchema, 1, LIMITS.maxCareForms),
  phasing: PhasingSchema,
  oneOffCosts: list(OneOffCostSchema, 0, LIMITS.maxOneOffCosts).default([]),
  indexation: fraction(-0.5, 1).default(DEFAULT_INDEXATION),
  discountRate: fraction(-0.5, 1).default(DEFAULT_DISCOUNT_RATE),
  scenarios: list(ScenarioSchema, 0, LIMITS.maxScenarios).optional(),
  activeScenario: text(1).optional(),
  municipalities: list(MunicipalitySchema, 1, LIMITS.maxMunicipalities).optional(),
  /** First year of the four-year budget view (BBV); defaultBudgetYear(baseYear) when left out. */
  budgetYear: int(LIMITS.minBaseYear, LIMITS.maxBaseYear + LIMITS.maxHorizonYears).optional(),
  sensitivity: z.record(z.string(), SensitivityRangeSchema, { error: "object" }).optional(),
  monitoring: MonitoringSchema.optional(),
  // Free text per general input: where the figure comes from (shown in the inputs sheet).
  sources: object({
    youthPopulation: optionalText,
    indexation: optionalText,
    discountRate: optionalText,
    phasing: optionalText,
    /** Why the scenarios are what they are (their realisation, cost factors and years to target are assumptions). */
    scenarios: optionalText,
    /** The general inputs whose source no longer matches their value (see sourceOutdated). */
    outdated: z.array(z.enum(GENERAL_SOURCE_KEYS, { error: `enum|${GENERAL_SOURCE_KEYS.join(", ")}` }), { error: "list" }).optional(),
  }).optional(),
});

/** A case file as written by people: defaults may be left out. */
export type CaseFile = z.input<typeof CaseSchema>;
/** A validated case with its defaults filled in. */
export type Case = z.output<typeof CaseSchema>;
export type CareForm = Case["careForms"][number];
export type CostComponent = CareForm["costs"][number];
export type CareFormKind = (typeof CARE_FORM_KINDS)[number];
export type CostPeriod = (typeof COST_PERIODS)[number];
export type Scenario = NonNullable<Case["scenarios"]>[number];
export type Municipality = NonNullable<Case["municipalities"]>[number];
export type OneOffCost = Case["oneOffCosts"][number];
export type RealisedYear = NonNullable<NonNullable<Case["monitoring"]>["realised"]>[number];
