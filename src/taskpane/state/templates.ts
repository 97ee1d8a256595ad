/**
 * Starting points: the empty case (the shape of a case with the figures left for the user) and
 * the three ready scenarios of the overview.
 */
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, exampleCase, type Lang } from "../../model";
import { clone, isObject, type JsonObject } from "./editorState";

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
 * Cautious (half the shift, two years slower), base (as entered) and ambitious (the whole shift,
 * a year faster), each within the horizon.
 */
export function standardScenarios(doc: JsonObject, lang: Lang): JsonObject[] {
  const horizon = typeof doc.horizonYears === "number" && doc.horizonYears >= 1 ? Math.floor(doc.horizonYears) : 5;
  const phasing = isObject(doc.phasing) ? doc.phasing : {};
  const ytt = typeof phasing.yearsToTarget === "number" ? Math.floor(phasing.yearsToTarget) : 3;
  const nl = lang === "nl";
  return [
    { name: nl ? "Voorzichtig" : "Cautious", realisation: 0.5, yearsToTarget: Math.max(1, Math.min(horizon, ytt + 2)) },
    { name: nl ? "Basis" : "Base", realisation: 1 },
    { name: nl ? "Ambitieus" : "Ambitious", realisation: 1, yearsToTarget: Math.max(1, Math.min(horizon, ytt - 1)) },
  ];
}
