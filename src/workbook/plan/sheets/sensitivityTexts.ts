/** The texts of the sensitivity sheet, Dutch and English (one catalogue: the Dutch defines the keys, the compiler holds the English to them). */
import { catalogue } from "../../../model/catalogue";
import { COMMON_TEXTS } from "../texts";

export const TEXTS = catalogue(
  {
    ...COMMON_TEXTS.nl,
    sensitivity: "Gevoeligheid",
    purpose:
      "Wat als één aanname anders uitvalt? NCW en structurele besparing met één invoer op de lage en de hoge waarde (bandbreedtes op het blad Aannames): de verschuiving als geheel, de kosten per plaatsing per zorgvorm, de jaren tot het doel, de eenmalige kosten en de discontovoet; de rest zoals in het actieve scenario. Gesorteerd op uitslag; live berekend.",
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
    tornadoChartBelow: "Het tornadodiagram hieronder leest deze tabel en volgt dus de invoer.",
    tornadoChangeNPV: "Tornado: verandering van de NCW per aanname",
    changeInNpv: "verandering NCW (€)",
    leftOutNoEffect: (input: string) => `Niet in de tabel: ${input}; verandert in deze casus de NCW en de structurele besparing niet.`,
    leftOutSameAs: (input: string, other: string) => `Niet in de tabel: ${input}; geeft in deze casus dezelfde uitkomst als ${other}.`,
    indexationNotVaried:
      "Indexatie staat niet in de tabel: de NCW en de structurele besparing zijn reëel (prijzen van het basisjaar), indexatie verandert alleen de nominale bedragen, de begroting en het terugverdienjaar.",
  },
  {
    ...COMMON_TEXTS.en,
    sensitivity: "Sensitivity",
    purpose:
      "What if one assumption turns out differently? NPV and structural saving with one input at its low and high value (ranges on the Inputs sheet): the shift as a whole, the cost per placement per care form, the years to target, the one-off costs and the discount rate; the rest as in the active scenario. Sorted by swing; computed live.",
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
    tornadoChartBelow: "The tornado chart below reads this table and so follows the inputs.",
    tornadoChangeNPV: "Tornado: change of the NPV per assumption",
    changeInNpv: "change in NPV (€)",
    leftOutNoEffect: (input: string) => `Not in the table: ${input}; in this case it changes neither the NPV nor the structural saving.`,
    leftOutSameAs: (input: string, other: string) => `Not in the table: ${input}; in this case it gives the same figures as ${other}.`,
    indexationNotVaried:
      "Indexation is not in the table: the NPV and the structural saving are real (base-year prices); indexation changes only the nominal amounts, the budget and the break-even year.",
  },
);
