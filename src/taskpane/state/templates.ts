/**
 * Starting points: the empty case (the shape of a case with the figures left for the user) and
 * the ready scenarios of the overview.
 */
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, exampleCase, type Lang } from "../../model";
import { clone, getAt, isObject, setAt, type JsonObject } from "./editorState";

export function exampleDoc(): JsonObject {
  return clone(exampleCase("municipality")) as unknown as JsonObject;
}

/**
 * Three care forms of the usual kinds, each with one day tariff; every figure is left empty so
 * that validation points at what is still to be filled in.
 */
export function emptyDoc(lang: Lang, year = new Date().getFullYear()): JsonObject {
  const nl = lang === "nl";
  const form = (id: string, name: string, kind: string, tariffLabel: string) => ({
    id,
    name,
    kind,
    costs: [{ label: tariffLabel, per: "day" }],
    // Extra ambulant care comes with family-based care; a residential placement has none unless the user says so.
    ambulant: kind === "residential" ? { amount: 0, share: 0 } : {},
  });
  return {
    schemaVersion: 1,
    title: nl ? "Businesscase gezinsgerichte zorg" : "Business case family-based care",
    region: "",
    baseYear: Math.min(Math.max(year, 1990), 2100),
    horizonYears: DEFAULT_HORIZON_YEARS,
    careForms: [
      form("residentieel", nl ? "Residentiële jeugdhulp" : "Residential youth care", "residential", nl ? "Dagtarief" : "Day tariff"),
      form("gezinshuis", nl ? "Gezinshuis" : "Family home", "familyHome", nl ? "Dagtarief" : "Day tariff"),
      form("pleegzorg", nl ? "Pleegzorg" : "Foster care", "foster", nl ? "Pleegvergoeding" : "Foster allowance"),
    ],
    phasing: { yearsToTarget: 3 },
    oneOffCosts: [],
    indexation: 0,
    discountRate: DEFAULT_DISCOUNT_RATE,
  };
}

/**
 * Cautious (half the shift, two years slower) and ambitious (the whole shift, a year faster), each
 * within the horizon. The base case is always there as entered: no scenario repeats it (the
 * ambitious one only when a year faster is possible), so no two rows of the comparison are equal.
 */
export function standardScenarios(doc: JsonObject, lang: Lang): JsonObject[] {
  const { horizon, ytt } = phasingOf(doc);
  const nl = lang === "nl";
  const cautious = { name: nl ? "Voorzichtig" : "Cautious", realisation: 0.5, yearsToTarget: Math.max(1, Math.min(horizon, ytt + 2)) };
  const ambitious = { name: nl ? "Ambitieus" : "Ambitious", realisation: 1, yearsToTarget: Math.min(horizon, ytt - 1) };
  return ambitious.yearsToTarget >= 1 ? [cautious, ambitious] : [cautious];
}

/** The standard scenarios, with the reason for them as their source when the case gives none: they are assumptions. */
export function withStandardScenarios(doc: JsonObject, lang: Lang): JsonObject {
  const scenarios = standardScenarios(doc, lang);
  const withScenarios = setAt(doc, ["scenarios"], scenarios);
  const given = getAt(doc, ["sources", "scenarios"]);
  if (typeof given === "string" && given.trim() !== "") return withScenarios;
  const years = scenarios.map((sc) => Number(sc.yearsToTarget));
  const reason =
    lang === "nl"
      ? `Aanname: Voorzichtig = de helft van de verschuiving, in ${years[0]} jaar (als werving van pleegouders en gezinshuisouders tegenvalt)` +
        (years.length > 1 ? `; Ambitieus = de hele verschuiving in ${years[1]} jaar (als er snel genoeg plaatsen zijn).` : ".")
      : `Assumption: Cautious = half the shift, in ${years[0]} years (if recruiting foster parents and family-home parents falls short)` +
        (years.length > 1 ? `; Ambitious = the whole shift in ${years[1]} years (if places come quickly enough).` : ".");
  return setAt(withScenarios, ["sources", "scenarios"], reason);
}

function phasingOf(doc: JsonObject): { horizon: number; ytt: number } {
  const horizon = typeof doc.horizonYears === "number" && doc.horizonYears >= 1 ? Math.floor(doc.horizonYears) : DEFAULT_HORIZON_YEARS;
  const phasing = isObject(doc.phasing) ? doc.phasing : {};
  const ytt = typeof phasing.yearsToTarget === "number" ? Math.floor(phasing.yearsToTarget) : 3;
  return { horizon, ytt };
}
