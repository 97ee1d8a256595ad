/**
 * Problems found in a case, each with the path of the field, a rule code and a text in Dutch
 * and in English. Codes are stable: tests, the wizard and the workbook reader match on them.
 */

import type { Lang } from "./catalogue";

export type { Lang };
export type PathSegment = string | number;

export interface Problem {
  /** Where the problem is, as people read it: `careForms[1].ambulant.share`. */
  path: string;
  /** The same path as segments, for the wizard to find the field. */
  segments: PathSegment[];
  /** The rule that was broken, e.g. `between`, `unknownKey`, `duplicateId`. */
  code: string;
  params: string[];
  nl: string;
  en: string;
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out === "" ? s : `.${s}`;
  }
  return out;
}

function formatNumber(text: string, lang: Lang): string {
  const n = Number(text);
  if (text === "" || !Number.isFinite(n)) return text;
  return n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 6, useGrouping: Math.abs(n) >= 10000 });
}

type Texts = (p: string[], lang: Lang) => string;

const RULES: Record<string, { nl: Texts; en: Texts }> = {
  required: { nl: () => "is verplicht", en: () => "is required" },
  number: { nl: () => "moet een getal zijn", en: () => "must be a number" },
  finite: { nl: () => "moet een eindig getal zijn", en: () => "must be a finite number" },
  integer: { nl: () => "moet een geheel getal zijn", en: () => "must be a whole number" },
  between: {
    nl: ([a, b]) => `moet tussen ${formatNumber(a, "nl")} en ${formatNumber(b, "nl")} liggen`,
    en: ([a, b]) => `must be between ${formatNumber(a, "en")} and ${formatNumber(b, "en")}`,
  },
  text: { nl: () => "moet tekst zijn", en: () => "must be text" },
  maxLength: { nl: ([n]) => `mag hoogstens ${n} tekens lang zijn`, en: ([n]) => `must be at most ${n} characters long` },
  list: { nl: () => "moet een lijst zijn", en: () => "must be a list" },
  object: { nl: () => "moet een object zijn", en: () => "must be an object" },
  minItems: {
    nl: ([n]) => `moet minstens ${n} ${n === "1" ? "element" : "elementen"} hebben`,
    en: ([n]) => `must have at least ${n} ${n === "1" ? "item" : "items"}`,
  },
  maxItems: { nl: ([n]) => `mag hoogstens ${n} elementen hebben`, en: ([n]) => `must have at most ${n} items` },
  enum: { nl: ([v]) => `moet een van deze zijn: ${v}`, en: ([v]) => `must be one of: ${v}` },
  id: {
    nl: () => "moet met een letter beginnen en mag alleen letters, cijfers en _ bevatten (hoogstens 31 tekens), zodat het in een Excel-naam past",
    en: () => "must start with a letter and contain only letters, digits and _ (at most 31 characters), so that it fits in an Excel name",
  },
  schemaVersion: { nl: () => "moet 1 zijn", en: () => "must be 1" },
  unknownKey: {
    nl: ([k]) => `onbekend veld '${k}' (tikfout?)`,
    en: ([k]) => `unknown key '${k}' (a typo?)`,
  },
  duplicateId: {
    nl: ([other]) => `komt al voor bij ${other} (Excel-namen maken geen verschil tussen hoofd- en kleine letters)`,
    en: ([other]) => `is already used by ${other} (Excel names do not distinguish upper and lower case)`,
  },
  duplicateName: {
    nl: ([other]) => `komt al voor bij ${other}`,
    en: ([other]) => `is already used by ${other}`,
  },
  beyondHorizon: {
    nl: ([h]) => `mag niet groter zijn dan de horizon (horizonYears = ${h})`,
    en: ([h]) => `must not be larger than the horizon (horizonYears = ${h})`,
  },
  sharesLength: {
    nl: ([h, n]) => `moet precies ${h} ${h === "1" ? "waarde" : "waarden"} hebben, één per jaar 1..${h} (nu ${n})`,
    en: ([h, n]) => `must have exactly ${h} ${h === "1" ? "value" : "values"}, one per year 1..${h} (now ${n})`,
  },
  yearOutsideHorizon: {
    nl: ([a, b]) => `moet tussen ${a} en ${b} liggen (het basisjaar tot en met het laatste jaar van de horizon)`,
    en: ([a, b]) => `must be between ${a} and ${b} (the base year up to the last year of the horizon)`,
  },
  volumeRequired: {
    nl: () => "is verplicht (of geef de aantallen per gemeente in municipalities)",
    en: () => "is required (or give the volumes per municipality in municipalities)",
  },
  volumeMismatch: {
    nl: ([sum]) => `moet gelijk zijn aan de som over de gemeenten (${formatNumber(sum, "nl")}) of worden weggelaten`,
    en: ([sum]) => `must equal the sum over the municipalities (${formatNumber(sum, "en")}) or be left out`,
  },
  unknownCareForm: {
    nl: ([id]) => `'${id}' is geen id van een zorgvorm in careForms`,
    en: ([id]) => `'${id}' is not the id of a care form in careForms`,
  },
  populationPartial: {
    nl: () => "ontbreekt, terwijl andere gemeenten het wel geven; geef het bij alle gemeenten of geef youthPopulation voor de hele regio",
    en: () => "is missing while other municipalities give it; give it for every municipality or give youthPopulation for the whole region",
  },
  unknownScenario: {
    nl: ([names]) => (names ? `moet de naam van een van de scenario's zijn: ${names}` : "kan alleen gebruikt worden als er scenario's zijn"),
    en: ([names]) => (names ? `must be the name of one of the scenarios: ${names}` : "can only be used when there are scenarios"),
  },
  notBelow: {
    nl: ([other]) => `mag niet kleiner zijn dan ${other}`,
    en: ([other]) => `must not be smaller than ${other}`,
  },
  unknownSensitivity: {
    nl: ([k]) =>
      `'${k}' is geen invoer voor de gevoeligheidsanalyse (cost_<id>, shift_<id>, yearsToTarget, oneOffCosts, indexation, discountRate of realisation)`,
    en: ([k]) =>
      `'${k}' is not an input of the sensitivity analysis (cost_<id>, shift_<id>, yearsToTarget, oneOffCosts, indexation, discountRate or realisation)`,
  },
  rateTooLow: {
    nl: ([rate]) => `maakt de discontovoet (${formatNumber(rate, "nl")}) samen -99% of lager; kies een kleinere verlaging`,
    en: ([rate]) => `takes the discount rate (${formatNumber(rate, "en")}) to -99% or lower; choose a smaller decrease`,
  },
  notAnObject: {
    nl: () => "het casusbestand moet een JSON-object zijn",
    en: () => "the case file must be a JSON object",
  },
};

export function makeProblem(segments: PathSegment[], code: string, params: string[] = []): Problem {
  const rule = RULES[code];
  if (!rule) throw new Error(`No message for rule '${code}'`);
  return { path: formatPath(segments), segments, code, params, nl: rule.nl(params, "nl"), en: rule.en(params, "en") };
}

/** `careForms[1].ambulant.share: moet tussen 0 en 1 liggen` */
export function describeProblem(p: Problem, lang: Lang): string {
  const where = p.path === "" ? (lang === "nl" ? "casus" : "case") : p.path;
  return `${where}: ${lang === "nl" ? p.nl : p.en}`;
}

export function isKnownRule(code: string): boolean {
  return code in RULES;
}
