/**
 * The built-in example (method.md section 5): a fictional municipality, with every input's source,
 * or the plain statement that it is an assumption. Users replace these figures with their own.
 */
import type { CaseFile } from "./schema";

const ASSUMPTION_AMBULANT =
  "Aanname: geen landelijk bedrag gepubliceerd; het aandeel 56% komt van CBS 2019 (jeugdigen in een verblijf die dat jaar ook ambulante jeugdhulp kregen).";

export const EXAMPLE_CASE: CaseFile = {
  schemaVersion: 1,
  title: "Businesscase gezinsgerichte zorg",
  region: "Gemeente Voorbeeldstad (fictief)",
  baseYear: 2025,
  horizonYears: 5,
  youthPopulation: 24000,
  careForms: [
    {
      id: "residentieel",
      name: "Residentiële jeugdhulp (24-uursgroep)",
      kind: "residential",
      costs: [
        {
          label: "Dagtarief instelling",
          amount: 250,
          per: "day",
          source: "Trouw / De Monitor 2019: ongeveer EUR 250 per dag in een instelling.",
        },
      ],
      ambulant: { amount: 0, share: 0, source: "Aanname: ambulante hulp zit in het tarief van de instelling." },
      current: 40,
      target: 24,
      source: "Aantallen: aanname voor een fictieve gemeente.",
    },
    {
      id: "gezinshuis",
      name: "Gezinshuis",
      kind: "familyHome",
      costs: [
        {
          label: "Dagtarief gezinshuis (product 44A08)",
          amount: 163.59,
          per: "day",
          source:
            "Bollenstreek 2024, product 44A08. Ter vergelijking: de maatschappelijke businesscase gezinshuizen (2015) rekende EUR 60.327 per kind per jaar.",
        },
      ],
      ambulant: { amount: 7500, share: 0.56, source: ASSUMPTION_AMBULANT },
      current: 12,
      target: 18,
      source: "Aantallen: aanname voor een fictieve gemeente.",
    },
    {
      id: "pleegzorg",
      name: "Pleegzorg",
      kind: "foster",
      costs: [
        {
          label: "Pleegvergoeding (12-15 jaar)",
          amount: 25.73,
          per: "day",
          source: "Regeling Jeugdwet, bijlage 1 (2024): EUR 23,32-28,70 per dag naar leeftijd; EUR 25,73 voor 12-15 jaar.",
        },
        {
          label: "Begeleiding door de pleegzorgaanbieder",
          amount: 14.27,
          per: "day",
          source: "Aanname: er is geen landelijk tarief; gekozen zodat pleegzorg all-in EUR 40 per dag kost (Trouw 2019).",
        },
      ],
      ambulant: { amount: 7500, share: 0.56, source: ASSUMPTION_AMBULANT },
      current: 30,
      target: 40,
      source: "Aantallen: aanname voor een fictieve gemeente.",
    },
  ],
  phasing: { yearsToTarget: 3 },
  oneOffCosts: [
    {
      label: "Werving en training van pleegouders",
      year: 2025,
      amount: 150000,
      source: "Aanname: campagne, voorbereidingstrajecten en extra begeleiding in het eerste jaar.",
    },
    {
      label: "Opstart van twee gezinshuizen",
      year: 2026,
      amount: 240000,
      source: "Aanname: werving van gezinshuisouders, aanpassing woning, aanloopverlies.",
    },
  ],
  indexation: 0.0394,
  discountRate: 0.0225,
  scenarios: [
    { name: "Voorzichtig", realisation: 0.5, yearsToTarget: 5 },
    { name: "Basis", realisation: 1 },
    { name: "Ambitieus", realisation: 1, yearsToTarget: 2 },
  ],
  sources: {
    youthPopulation: "Aanname voor een fictieve gemeente (jeugdigen 0-17 jaar; zie CBS StatLine voor de eigen gemeente).",
    indexation: "VNG-advies: 90% OVA + 10% PCC; voorlopig 2025: 3,94%.",
    discountRate: "Werkgroep discontovoet 2020: 2,25% reëel voor een MKBA.",
    phasing: "Aanname: het doel wordt in drie jaar bereikt.",
  },
};

/** A region of three fictional municipalities (method.md section 6), for the regions view. */
export const EXAMPLE_REGION_CASE: CaseFile = {
  ...EXAMPLE_CASE,
  title: "Businesscase gezinsgerichte zorg (regio)",
  region: "Jeugdregio Voorbeeld (fictief)",
  youthPopulation: undefined,
  careForms: EXAMPLE_CASE.careForms.map(({ current: _current, target: _target, ...form }) => form),
  municipalities: [
    {
      name: "Voorbeeldstad",
      youthPopulation: 24000,
      volumes: { residentieel: { current: 40, target: 24 }, gezinshuis: { current: 12, target: 18 }, pleegzorg: { current: 30, target: 40 } },
    },
    {
      name: "Dorpenland",
      youthPopulation: 9000,
      volumes: { residentieel: { current: 9, target: 6 }, gezinshuis: { current: 3, target: 4 }, pleegzorg: { current: 11, target: 13 } },
    },
    {
      name: "Rivierstreek",
      youthPopulation: 14500,
      volumes: { residentieel: { current: 21, target: 13 }, gezinshuis: { current: 5, target: 9 }, pleegzorg: { current: 15, target: 19 } },
    },
  ],
};

/** A fresh copy, so that callers can change it freely. */
export function exampleCase(kind: "municipality" | "region" = "municipality"): CaseFile {
  const source = kind === "region" ? EXAMPLE_REGION_CASE : EXAMPLE_CASE;
  return JSON.parse(JSON.stringify(source)) as CaseFile;
}
