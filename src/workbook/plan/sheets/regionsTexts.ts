/** The texts of the regions sheet, Dutch and English (one catalogue: the Dutch defines the keys, the compiler holds the English to them). */
import { catalogue } from "../../../model/catalogue";
import { COMMON_TEXTS } from "../texts";

export const TEXTS = catalogue(
  {
    ...COMMON_TEXTS.nl,
    municipalities: "Gemeenten",
    purpose:
      "De regio per gemeente: aantallen, gebruik per 1.000 jeugdigen en het aandeel jeugdigen uit huis, nu en in de gewenste situatie, en de structurele besparing (kosten per plaatsingsjaar van de invoer).",
    costPerPlacementYear: "Kosten per plaatsingsjaar (invoer)",
    perMunicipality: "Per gemeente",
    placedNow: "Geplaatst nu",
    placedTarget: "Geplaatst doel",
    awayHomeNow: "Uit huis nu",
    awayHomeTarget: "Uit huis doel",
    per1000Now: "per 1.000 nu",
    per1000Target: "per 1.000 doel",
    structuralSavingNote:
      "De structurele besparing per gemeente rekent met de kosten per plaatsingsjaar van de invoer, zonder scenariofactoren. Het diagram hieronder leest de tabel en volgt dus de invoer.",
    chartTitle: "Aandeel jeugdigen uit huis per gemeente",
    region: "Regio",
  },
  {
    ...COMMON_TEXTS.en,
    municipalities: "Municipalities",
    purpose:
      "The region per municipality: volumes, use per 1,000 youths and the share of youths away from home, now and in the target situation, and the structural saving (cost per placement-year as entered).",
    costPerPlacementYear: "Cost per placement-year (inputs)",
    perMunicipality: "Per municipality",
    placedNow: "Placed now",
    placedTarget: "Placed target",
    awayHomeNow: "Away from home now",
    awayHomeTarget: "Away from home target",
    per1000Now: "per 1,000 now",
    per1000Target: "per 1,000 target",
    structuralSavingNote:
      "The structural saving per municipality uses the cost per placement-year as entered, without scenario factors. The chart below reads the table and so follows the inputs.",
    chartTitle: "Share of youths away from home per municipality",
    region: "Region",
  },
);
