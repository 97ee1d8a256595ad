/**
 * The built-in example (method.md section 5): a fictional municipality, with every input's source,
 * or the plain statement that it is an assumption and why. Users replace these figures with their
 * own. Its scenarios differ from the base case (none repeats the inputs as entered).
 */
import type { CaseFile } from "./schema";

/**
 * The example's tariffs are figures of 2019 and 2024; each keeps its figure, year and source and
 * goes to the base year (2025) by one public index, CBS's consumer price index (CPI, yearly change).
 */
const CPI_2019_TO_2025 =
  "CBS, consumentenprijsindex (CPI), jaarmutaties 2020-2025: 1,3%, 2,7%, 10,0%, 3,8%, 3,3% en 3,3%; factor 1,013 x 1,027 x 1,100 x 1,038 x 1,033 x 1,033 = 1,2676. Eén algemene index voor alle voorbeeldbedragen; gebruik de indexatie van het eigen contract als u die heeft.";
const CPI_2024_TO_2025 =
  "CBS, consumentenprijsindex (CPI), jaarmutatie 2025: 3,3%; factor 1,0330. Eén algemene index voor alle voorbeeldbedragen; gebruik de indexatie van het eigen contract als u die heeft.";

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
          priceYear: 2019,
          indexFactor: 1.2676,
          indexSource: CPI_2019_TO_2025,
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
          priceYear: 2024,
          indexFactor: 1.033,
          indexSource: CPI_2024_TO_2025,
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
          priceYear: 2024,
          indexFactor: 1.033,
          indexSource: CPI_2024_TO_2025,
        },
        {
          label: "Begeleiding door de pleegzorgaanbieder",
          amount: 19.66,
          per: "day",
          source:
            "Aanname: er is geen landelijk tarief; het verschil tussen pleegzorg all-in EUR 40 per dag (Trouw 2019) en de pleegvergoeding van 2019 voor 12-15 jaar (EUR 20,34 per dag, vastgesteld door VWS).",
          priceYear: 2019,
          indexFactor: 1.2676,
          indexSource: CPI_2019_TO_2025,
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
    { name: "Ambitieus", realisation: 1, yearsToTarget: 2 },
  ],
  sources: {
    youthPopulation: "Aanname voor een fictieve gemeente (jeugdigen 0-17 jaar; zie CBS StatLine voor de eigen gemeente).",
    indexation: "VNG-advies: 90% OVA + 10% PCC; voorlopig 2025: 3,94%.",
    discountRate: "Werkgroep discontovoet 2020: 2,25% reëel voor een MKBA.",
    phasing: "Aanname: het doel wordt in drie jaar bereikt, omdat nieuwe pleegouders en gezinshuizen eerst geworven en voorbereid moeten worden.",
    scenarios:
      "Aanname: Voorzichtig = de helft van de verschuiving lukt, in vijf jaar (als werving van pleegouders en gezinshuisouders tegenvalt); Ambitieus = de hele verschuiving in twee jaar (als er snel genoeg plaatsen zijn). De basis rekent met de invoer zoals ingevoerd.",
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
