/** The texts of the monitoring sheet, Dutch and English (one catalogue: the Dutch defines the keys, the compiler holds the English to them). */
import { catalogue } from "../../../model/catalogue";
import { COMMON_TEXTS } from "../texts";

export const TEXTS = catalogue(
  {
    ...COMMON_TEXTS.nl,
    monitoring: "Monitoring",
    purpose:
      "Vul na elk jaar de gerealiseerde aantallen en kosten in (gele cellen). Het signaal vergelijkt ze met de planning van het actieve scenario: groen binnen de marge, oranje daarbuiten, rood ver daarbuiten (marges op het blad Aannames).",
    youthsResidentialCare: "Jeugdigen in residentiële zorg",
    placesFamilyHomes: "Plaatsen in gezinshuizen en pleegzorg",
    totalAccommodationCost: "Totale kosten van verblijf (nominaal)",
    planRealisation: "Planning en realisatie",
    planned: "gepland",
    realised: "gerealiseerd",
    deviation: "afwijking",
    signal: "signaal",
    enterNonNegative: "Voer een getal van 0 of meer in.",
    note: "Gepland volgt het actieve scenario. Na een nieuwe opbouw van het model met de invoegtoepassing blijven de ingevulde cijfers staan.",
  },
  {
    ...COMMON_TEXTS.en,
    monitoring: "Monitoring",
    purpose:
      "After each year, enter the realised figures (yellow cells). The signal compares them with the plan of the active scenario: green within the margin, orange beyond it, red far beyond it (margins on the Inputs sheet).",
    youthsResidentialCare: "Youths in residential care",
    placesFamilyHomes: "Places in family homes and foster care",
    totalAccommodationCost: "Total accommodation cost (nominal)",
    planRealisation: "Plan and realisation",
    planned: "planned",
    realised: "realised",
    deviation: "deviation",
    signal: "signal",
    enterNonNegative: "Enter a number of 0 or more.",
    note: "The plan follows the active scenario. When the model is built again with the add-in, the figures entered here are kept.",
  },
);
