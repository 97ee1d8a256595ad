/**
 * Problems found in a case, each with the path of the field, a rule code and a text in Dutch
 * and in English. Codes are stable: tests, the wizard and the workbook reader match on them.
 */

import { catalogue, type Lang } from "./catalogue";
import { DEFAULT_TEXTS } from "./defaults";

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

/** A fraction as people read it: `0.0394` as `3,94%` (nl) or `3.94%` (en). */
function formatPercent(text: string, lang: Lang): string {
  const n = Number(text);
  if (text === "" || !Number.isFinite(n)) return text;
  return (n * 100).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 4, useGrouping: Math.abs(n) >= 100 }) + "%";
}

/**
 * A percentage typed as a plain number (3,94 for 3,94 %) is a hundred times too large; when the
 * value divided by 100 falls inside the range, that is probably what was meant.
 */
function meantPercent(value: string, min: string, max: string, lang: Lang, say: (percent: string) => string): string {
  const v = Number(value);
  if (value === "" || !Number.isFinite(v) || Math.abs(v) <= 1) return "";
  const meant = v / 100;
  return meant >= Number(min) && meant <= Number(max) ? say(formatPercent(String(meant), lang)) : "";
}

/** The lists whose items a duplicate can point at, named as people read them. */
const LIST_ITEM_NAMES = catalogue(
  { careForms: "zorgvorm", scenarios: "scenario", municipalities: "gemeente", realised: "gerealiseerd jaar" },
  { careForms: "care form", scenarios: "scenario", municipalities: "municipality", realised: "realised year" },
);

/** `zorgvorm 2`: the item of a list by its position counted from 1. */
function itemName(list: string, position: string, lang: Lang): string {
  const names: Record<string, string> = LIST_ITEM_NAMES[lang];
  return `${names[list] ?? list} ${position}`;
}

/** The other field of a pair that must stay in order (orange at least green, high at least low). */
const BOUND_NAMES = catalogue({ greenWithin: "de grens voor groen", low: "de lage waarde" }, { greenWithin: "the limit for green", low: "the low value" });
type BoundName = keyof (typeof BOUND_NAMES)["nl"];

/**
 * The rules' texts. A rule's parameters arrive as strings (zod carries them in its message as
 * `between|0|1`); the Dutch side names them, the English side must take the same.
 */
const RULE_TEXTS = catalogue(
  {
    required: () => "is verplicht",
    number: () => "moet een getal zijn",
    boolean: () => "moet true of false zijn",
    finite: () => "moet een eindig getal zijn",
    integer: () => "moet een geheel getal zijn",
    between: (min: string, max: string, unit: string, value: string) =>
      unit === "percent"
        ? `moet tussen ${formatPercent(min, "nl")} en ${formatPercent(max, "nl")} liggen${meantPercent(value, min, max, "nl", (v) => `; bedoelt u ${v}?`)}`
        : `moet tussen ${formatNumber(min, "nl")} en ${formatNumber(max, "nl")} liggen`,
    text: () => "moet tekst zijn",
    maxLength: (n: string) => `mag hoogstens ${n} tekens lang zijn`,
    list: () => "moet een lijst zijn",
    object: () => "moet een object zijn",
    minItems: (n: string) => `moet minstens ${n} ${n === "1" ? "element" : "elementen"} hebben`,
    maxItems: (n: string) => `mag hoogstens ${n} elementen hebben`,
    enum: (values: string) => `moet een van deze zijn: ${values}`,
    id: () => "moet met een letter beginnen en mag alleen letters, cijfers en _ bevatten (hoogstens 31 tekens), zodat het in een Excel-naam past",
    schemaVersion: () => "moet 1 zijn",
    unknownKey: (key: string) => `onbekend veld '${key}' (tikfout?)`,
    duplicateId: (list: string, position: string) =>
      `komt al voor bij ${itemName(list, position, "nl")} (Excel-namen maken geen verschil tussen hoofd- en kleine letters)`,
    duplicateName: (list: string, position: string) => `komt al voor bij ${itemName(list, position, "nl")}`,
    nameDiffersInCaseOnly: (list: string, position: string, other: string) =>
      `verschilt van ${itemName(list, position, "nl")} ('${other}') alleen in hoofd- en kleine letters; kies een naam die ook zonder hoofdletters anders is`,
    baseCaseName: () =>
      `is de naam van de basis in de werkmap ('${DEFAULT_TEXTS.nl.baseCaseScenario}' / '${DEFAULT_TEXTS.en.baseCaseScenario}'); kies een andere naam voor het scenario`,
    beyondHorizon: (horizon: string) => `mag niet groter zijn dan de horizon (${horizon} jaar)`,
    sharesLength: (h: string, n: string) => `moet precies ${h} ${h === "1" ? "waarde" : "waarden"} hebben, één per jaar 1..${h} (nu ${n})`,
    yearOutsideHorizon: (first: string, last: string) => `moet tussen ${first} en ${last} liggen (het basisjaar tot en met het laatste jaar van de horizon)`,
    volumeRequired: () => "is verplicht (of geef de aantallen per gemeente)",
    volumeMismatch: (sum: string) => `moet gelijk zijn aan de som over de gemeenten (${formatNumber(sum, "nl")}) of worden weggelaten`,
    unknownCareForm: (id: string) => `'${id}' is geen id van een van de zorgvormen`,
    populationPartial: () => "ontbreekt, terwijl andere gemeenten het wel geven; geef het bij alle gemeenten of geef het aantal jeugdigen voor de hele regio",
    unknownScenario: (names: string) => (names ? `moet de naam van een van de scenario's zijn: ${names}` : "kan alleen gebruikt worden als er scenario's zijn"),
    notBelow: (other: string) => `mag niet kleiner zijn dan ${BOUND_NAMES.nl[other as BoundName] ?? other}`,
    unknownSensitivity: (key: string) =>
      `'${key}' is geen invoer voor de gevoeligheidsanalyse (realisation, cost_<id> met de id van een zorgvorm, yearsToTarget, oneOffCosts of discountRate)`,
    rateTooLow: (rate: string) => `maakt de discontovoet (${formatPercent(rate, "nl")}) samen -99% of lager; kies een kleinere verlaging`,
    notAnObject: () => "het casusbestand moet een JSON-object zijn",
    forbiddenCharacter: (code: string, position: string, kind: string) =>
      `bevat op positie ${position} ${kind === "surrogate" ? "een half teken" : kind === "noncharacter" ? "een code die geen teken is" : "een onzichtbaar stuurteken"} (${code}), dat een werkmap niet ongewijzigd kan bewaren; haal het weg`,
    noVisibleCharacter: () => "moet minstens één zichtbaar teken bevatten",
    escapeClash: (sequence: string, position: string) =>
      `bevat op positie ${position} '${sequence}', waar een werkmapbestand een ander teken van zou maken (Excel leest _xHHHH_ als tekencode); haal bijvoorbeeld een liggend streepje weg`,
  },
  {
    required: () => "is required",
    number: () => "must be a number",
    boolean: () => "must be true or false",
    finite: () => "must be a finite number",
    integer: () => "must be a whole number",
    between: (min, max, unit, value) =>
      unit === "percent"
        ? `must be between ${formatPercent(min, "en")} and ${formatPercent(max, "en")}${meantPercent(value, min, max, "en", (v) => `; did you mean ${v}?`)}`
        : `must be between ${formatNumber(min, "en")} and ${formatNumber(max, "en")}`,
    text: () => "must be text",
    maxLength: (n) => `must be at most ${n} characters long`,
    list: () => "must be a list",
    object: () => "must be an object",
    minItems: (n) => `must have at least ${n} ${n === "1" ? "item" : "items"}`,
    maxItems: (n) => `must have at most ${n} items`,
    enum: (values) => `must be one of: ${values}`,
    id: () => "must start with a letter and contain only letters, digits and _ (at most 31 characters), so that it fits in an Excel name",
    schemaVersion: () => "must be 1",
    unknownKey: (key) => `unknown key '${key}' (a typo?)`,
    duplicateId: (list, position) => `is already used by ${itemName(list, position, "en")} (Excel names do not distinguish upper and lower case)`,
    duplicateName: (list, position) => `is already used by ${itemName(list, position, "en")}`,
    nameDiffersInCaseOnly: (list, position, other) =>
      `differs from ${itemName(list, position, "en")} ('${other}') only in upper and lower case; choose a name that differs in more than case`,
    baseCaseName: () =>
      `is the workbook's name for the base case ('${DEFAULT_TEXTS.nl.baseCaseScenario}' / '${DEFAULT_TEXTS.en.baseCaseScenario}'); choose another name for the scenario`,
    beyondHorizon: (horizon) => `must not be larger than the horizon (${horizon} ${horizon === "1" ? "year" : "years"})`,
    sharesLength: (h, n) => `must have exactly ${h} ${h === "1" ? "value" : "values"}, one per year 1..${h} (now ${n})`,
    yearOutsideHorizon: (first, last) => `must be between ${first} and ${last} (the base year up to the last year of the horizon)`,
    volumeRequired: () => "is required (or give the volumes per municipality)",
    volumeMismatch: (sum) => `must equal the sum over the municipalities (${formatNumber(sum, "en")}) or be left out`,
    unknownCareForm: (id) => `'${id}' is not the id of one of the care forms`,
    populationPartial: () => "is missing while other municipalities give it; give it for every municipality or give the youth population for the whole region",
    unknownScenario: (names) => (names ? `must be the name of one of the scenarios: ${names}` : "can only be used when there are scenarios"),
    notBelow: (other) => `must not be smaller than ${BOUND_NAMES.en[other as BoundName] ?? other}`,
    unknownSensitivity: (key) =>
      `'${key}' is not an input of the sensitivity analysis (realisation, cost_<id> with the id of a care form, yearsToTarget, oneOffCosts or discountRate)`,
    rateTooLow: (rate) => `takes the discount rate (${formatPercent(rate, "en")}) to -99% or lower; choose a smaller decrease`,
    notAnObject: () => "the case file must be a JSON object",
    forbiddenCharacter: (code, position, kind) =>
      `holds at position ${position} ${kind === "surrogate" ? "half a character" : kind === "noncharacter" ? "a code that is no character" : "an invisible control character"} (${code}), which a workbook cannot keep unchanged; remove it`,
    noVisibleCharacter: () => "must hold at least one visible character",
    escapeClash: (sequence, position) =>
      `holds at position ${position} '${sequence}', which a workbook file would turn into another character (Excel reads _xHHHH_ as a character code); remove an underscore, for example`,
  },
);

/** The code of a rule: the key of its text. */
export type RuleCode = keyof (typeof RULE_TEXTS)["nl"];

/** A rule's text with its parameters as given (a missing one is an empty string). */
function ruleText(code: RuleCode, lang: Lang, params: readonly string[]): string {
  const text = RULE_TEXTS[lang][code] as (...p: string[]) => string;
  return text(...Array.from({ length: text.length }, (_, i) => params[i] ?? ""));
}

export function makeProblem(segments: PathSegment[], code: RuleCode, params: string[] = []): Problem {
  if (!isKnownRule(code)) throw new Error(`No message for rule '${String(code)}'`);
  return { path: formatPath(segments), segments, code, params, nl: ruleText(code, "nl", params), en: ruleText(code, "en", params) };
}

/** `careForms[1].ambulant.share: moet tussen 0 en 1 liggen` */
export function describeProblem(p: Problem, lang: Lang): string {
  const where = p.path === "" ? (lang === "nl" ? "casus" : "case") : p.path;
  return `${where}: ${lang === "nl" ? p.nl : p.en}`;
}

export function isKnownRule(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULE_TEXTS.nl, code);
}

/** A note: the case is valid, but something in it was read differently from how it is written (a key of an earlier version). Same shape as a problem. */
export type Note = Problem;

/** Years as people read them: `-1 jaar`, `+2 jaar`. */
function signedYears(text: string, lang: Lang): string {
  const n = Number(text);
  const sign = n > 0 ? "+" : "";
  return `${sign}${formatNumber(text, lang)} ${lang === "nl" ? "jaar" : Math.abs(n) === 1 ? "year" : "years"}`;
}

const NOTE_TEXTS = catalogue(
  {
    sensitivityShiftObsolete: () =>
      "wordt niet meer gevarieerd en is genegeerd: de verschuiving van één zorgvorm gaf dezelfde uitkomst als haar kosten en veranderde het aantal geplaatste jeugdigen; de verschuiving als geheel heet nu realisation",
    sensitivityIndexationObsolete: () =>
      "wordt niet meer gevarieerd en is genegeerd: indexatie verandert de netto contante waarde en de structurele besparing niet (beide reëel, in prijzen van het basisjaar)",
    sensitivityYearsConverted: (low: string, high: string, newLow: string, newHigh: string, years: string) =>
      `was een relatieve bandbreedte (${formatPercent(low, "nl")} / ${formatPercent(high, "nl")}) en is omgerekend naar hele jaren: ${signedYears(newLow, "nl")} / ${signedYears(newHigh, "nl")} bij ${years} jaar tot het doel`,
  },
  {
    sensitivityShiftObsolete: () =>
      "is no longer varied and was ignored: the shift of one care form gave the same figures as its cost and changed the number of placed youths; the shift as a whole is now called realisation",
    sensitivityIndexationObsolete: () =>
      "is no longer varied and was ignored: indexation changes neither the net present value nor the structural saving (both real, in base-year prices)",
    sensitivityYearsConverted: (low, high, newLow, newHigh, years) =>
      `was a relative range (${formatPercent(low, "en")} / ${formatPercent(high, "en")}) and has been converted to whole years: ${signedYears(newLow, "en")} / ${signedYears(newHigh, "en")} at ${years} years to target`,
  },
);

export type NoteCode = keyof (typeof NOTE_TEXTS)["nl"];

export function makeNote(segments: PathSegment[], code: NoteCode, params: string[] = []): Note {
  const text = (lang: Lang) => {
    const f = NOTE_TEXTS[lang][code] as (...p: string[]) => string;
    return f(...Array.from({ length: f.length }, (_, i) => params[i] ?? ""));
  };
  return { path: formatPath(segments), segments, code, params, nl: text("nl"), en: text("en") };
}
