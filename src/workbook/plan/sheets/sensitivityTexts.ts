/** The texts of the sensitivity sheet, Dutch and English (one catalogue: the Dutch defines the keys, the compiler holds the English to them). */
import { catalogue } from "../../../model/catalogue";
import { COMMON_TEXTS } from "../texts";

export const TEXTS = catalogue(
  {
    ...COMMON_TEXTS.nl,
    sensitivity: "Gevoeligheid",
    purpose:
      "Wat als één aanname anders uitvalt? NCW en structurele besparing met één invoer op de lage en de hoge waarde (bandbreedtes op het blad Aannames), de rest zoals in het actieve scenario. Gesorteerd op uitslag; live berekend.",
    startingPoint: "Uitgangspunt",
    npvActive: "Netto contante waarde (actief scenario)",
    structuralSavingActive: "Structurele besparing per jaar (actief scenario)",
    variants: "Varianten",
    structuralLow: "Structureel bij laag",
    structuralHigh: "Structureel bij hoog",
    npvAtLow: "NCW bij laag",
    npvAtHigh: "NCW bij hoog",
    npvSwing: "Uitslag NCW",
    rank: "Rang",
    sortedSwingTornado: "Gesorteerd op uitslag (tornado)",
    lowMinusStarting: "Laag min uitgangspunt",
    highMinusStarting: "Hoog min uitgangspunt",
    tornadoChartBelow: "Het tornadodiagram hieronder verschijnt wanneer het bestand met de invoegtoepassing is gemaakt of geopend.",
    tornadoChangeNPV: "Tornado: verandering van de NCW per aanname",
    changeInNpv: "verandering NCW (€)",
  },
  {
    ...COMMON_TEXTS.en,
    sensitivity: "Sensitivity",
    purpose:
      "What if one assumption turns out differently? NPV and structural saving with one input at its low and high value (ranges on the Inputs sheet), the rest as in the active scenario. Sorted by swing; computed live.",
    startingPoint: "Starting point",
    npvActive: "Net present value (active scenario)",
    structuralSavingActive: "Structural saving per year (active scenario)",
    variants: "Variants",
    structuralLow: "Structural at low",
    structuralHigh: "Structural at high",
    npvAtLow: "NPV at low",
    npvAtHigh: "NPV at high",
    npvSwing: "NPV swing",
    rank: "Rank",
    sortedSwingTornado: "Sorted by swing (tornado)",
    lowMinusStarting: "Low minus starting point",
    highMinusStarting: "High minus starting point",
    tornadoChartBelow: "The tornado chart below appears when the file is made or opened with the add-in.",
    tornadoChangeNPV: "Tornado: change of the NPV per assumption",
    changeInNpv: "change in NPV (€)",
  },
);
