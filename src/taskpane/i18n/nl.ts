/**
 * Every text of the task pane in Dutch, the default language. `Strings` is this object's type:
 * the English module must provide every key with the same shape, or it does not compile.
 */
import type { CareFormKind, CostPeriod } from "../../model";

export const nl = {
  appTitle: "Businesscase Gezinsgerichte Zorg",
  loading: "Laden…",

  // The case file menu
  caseMenu: "Casus",
  caseMenuLabel: "Casus: voorbeeld, leeg, openen of opslaan",
  newExample: "Voorbeeld laden",
  newEmpty: "Lege casus",
  openFile: "Casusbestand openen…",
  openFileInput: "Casusbestand (JSON) kiezen",
  saveFile: "Opslaan als casusbestand",
  saveBlocked: (n: number) => `Opslaan kan als ${problemsText(n)} ${n === 1 ? "is" : "zijn"} opgelost.`,
  saved: (file: string) => `${file} is opgeslagen.`,
  confirmReplaceTitle: "Huidige casus vervangen?",
  confirmReplaceBody: "De casus die u nu bewerkt wordt vervangen. Sla hem eerst op als casusbestand als u hem wilt bewaren.",
  confirmReplaceDraftBody: (date: string) =>
    `Uw concept van ${date} wordt dan vervangen en kan niet meer worden teruggehaald. Kies Annuleren en dan Doorgaan om ermee verder te werken.`,
  replace: "Vervangen",
  cancel: "Annuleren",
  close: "Sluiten",
  loadFailedTitle: "Het bestand is niet geopend",
  loadFailedIntro: (file: string, n: number) => `${file} bevat ${problemsText(n)}. De casus is niet gewijzigd.`,
  notJson: (detail: string) => `geen geldig JSON-bestand (${detail})`,
  unreadableFile: (detail: string) => `het bestand kon niet gelezen worden (${detail})`,
  loaded: (file: string) => `${file} is geopend.`,
  notJsonAt: (file: string, line: number, column: number, what: string) =>
    `${file} is geen geldig casusbestand: de JSON klopt niet op regel ${line}, kolom ${column}: ${what}.`,
  openedWithProblems: (file: string, n: number) =>
    `${file} is geopend. Er ${n === 1 ? "is" : "zijn"} nog ${problemsText(n)} op te lossen; ze staan hieronder en bij hun velden.`,
  workbookOpened: (file: string) => `${file} is geopend: de casus is ingelezen uit de invoercellen van het model.`,
  workbookWithoutModel: (file: string, why: string) =>
    `${file} is een Excel-werkmap, maar ${why}. Open een werkmap die met deze invoegtoepassing is gemaakt, of een casusbestand (.json).`,
  notAWorkbook: (file: string) =>
    `${file} kon niet als Excel-werkmap gelezen worden. Open een casusbestand (.json) of een werkmap (.xlsx) die met deze invoegtoepassing is gemaakt.`,
  otherFile: (file: string, what: string) =>
    `${file} is ${what}, geen casusbestand. Open een casusbestand (.json) of een werkmap (.xlsx) die met deze invoegtoepassing is gemaakt.`,
  fileKinds: {
    oldOffice: "een bestand in het oude Office-formaat (zoals .xls); sla het in Excel op als .xlsx",
    pdf: "een PDF-document",
    image: "een afbeelding",
    binary: "geen tekstbestand",
  },

  crashTitle: "Er ging iets mis in dit venster",
  crashBody: "Sluit het venster en open het opnieuw; uw concept is bewaard en wordt dan weer aangeboden.",

  // Start
  startHeading: "Beginnen",
  startIntro:
    "Deze wizard stelt de businesscase op voor het verschuiven van plaatsingen van residentiële jeugdhulp naar gezinshuizen en pleegzorg. Begin met het voorbeeld of met een lege casus, of open een casusbestand.",
  startExample: "Beginnen met het voorbeeld",
  startExampleHint: "Een fictieve gemeente, met de bron bij elk getal. U vervangt de getallen door die van uw eigen regio.",
  startEmpty: "Beginnen met een lege casus",
  startOpen: "Een casusbestand openen…",

  // Draft
  draftOffer: (date: string) => `Doorgaan met concept van ${date}?`,
  draftContinue: "Doorgaan",
  draftDiscard: "Nee, weggooien",

  // Steps
  stepTitles: {
    region: "Regio en uitgangspunten",
    careForms: "Zorgvormen en kosten",
    volumes: "Aantallen",
    phasing: "Fasering en eenmalige kosten",
    overview: "Overzicht",
  },
  stepOf: (i: number, n: number) => `Stap ${i} van ${n}`,
  stepShort: (i: number) => `Stap ${i}`,
  stepsLabel: "Stappen van de wizard",
  goToStep: (i: number, name: string) => `Ga naar stap ${i}: ${name}`,
  stepHasProblems: (n: number) => `${problemsText(n)}`,
  stepNavigation: "Vorige of volgende stap",
  back: "Vorige",
  next: "Volgende",

  // Sources
  sourceLabel: "Bron",
  sourcePlaceholder: "Waar komt dit getal vandaan?",
  sourceOutdated: "Deze bron hoort bij de vorige waarde. Geef de bron van het nieuwe getal.",

  // Step 1
  title: "Titel",
  region: "Gemeente of regio",
  baseYear: "Basisjaar",
  baseYearHint: "Jaar 0: het referentiejaar, met de huidige aantallen.",
  horizonYears: "Horizon (jaren na het basisjaar)",
  youthPopulation: "Jeugdigen 0-17 jaar",
  youthPopulationHint: "Nodig voor het aandeel uit huis en het gebruik per 1.000 jeugdigen.",
  youthPopulationRegionHint: "Leeg laten: de som van de gemeenten uit stap 3.",
  indexation: "Indexatie per jaar",
  indexationHint: "Voor de nominale (begrotings)bedragen, bijv. 3,94% (VNG: 90% OVA + 10% PCC).",
  discountRate: "Discontovoet (reëel)",
  discountRateHint: "Voor de netto contante waarde; de MKBA-standaard is 2,25%.",

  // Step 2
  careFormsIntro: "Per zorgvorm: wat één plaatsing per jaar kost, inclusief de extra ambulante zorg die erbij komt.",
  careFormsHeading: "Zorgvormen",
  addCareForm: "Zorgvorm toevoegen",
  removeCareForm: (name: string) => `Zorgvorm ${name} verwijderen`,
  careFormName: "Naam",
  careFormId: "Code (in Excel-namen)",
  careFormKind: "Soort",
  kinds: { residential: "Residentieel (instelling)", familyHome: "Gezinshuis", foster: "Pleegzorg", other: "Anders" } as Record<CareFormKind, string>,
  costsHeading: "Kostencomponenten",
  costLabel: "Omschrijving",
  costAmount: "Bedrag",
  costPer: "Per",
  periods: { day: "dag", week: "week", month: "maand", year: "jaar" } as Record<CostPeriod, string>,
  daysPerYear: "Dagen per jaar",
  daysPerYearHint: "Leeg: 365.",
  addCost: "Kostencomponent toevoegen",
  removeCost: (label: string) => `Kostencomponent ${label} verwijderen`,
  ambulantHeading: "Extra ambulante zorg",
  ambulantAmount: "Bedrag per jaar per plaatsing die het krijgt",
  ambulantShare: "Aandeel plaatsingen dat het krijgt",
  ambulantShareHint: "Een aandeel van 0 tot 1, of een percentage zoals 56%.",
  costPerPlacement: "Kosten per plaatsingsjaar",
  costPerPlacementPending: "volgt zodra alle bedragen van deze zorgvorm kloppen",
  unnamedForm: (n: number) => `zorgvorm ${n}`,
  newFormName: (n: number) => `Nieuwe zorgvorm ${n}`,
  newCostLabel: "Dagtarief",
  unnamedCost: (n: number) => `component ${n}`,

  // Step 3
  volumesIntro: "Het aantal jeugdigen dat nu in elke zorgvorm verblijft en het aantal in de gewenste situatie (plaatsingsjaren per jaar).",
  current: "Nu",
  target: "Doel",
  difference: "Verschil",
  total: "Totaal",
  careForm: "Zorgvorm",
  volumeLabel: (form: string, which: "current" | "target") => `${form}, ${which === "current" ? "nu" : "doel"}`,
  totalChanges: (now: string, target: string, diff: string) =>
    `Let op: het totaal aantal geplaatste jeugdigen verandert van ${now} naar ${target} (${diff}). Dat kan, maar dan is de besparing niet alleen een verschuiving tussen zorgvormen.`,
  totalSame: (n: string) => `Het totaal blijft ${n}: een verschuiving tussen zorgvormen.`,
  perMunicipality: "Aantallen per gemeente invoeren",
  perMunicipalityHint: "De aantallen per zorgvorm zijn dan de sommen over de gemeenten.",
  municipalitiesHeading: "Gemeenten",
  municipality: "Gemeente",
  municipalityPopulation: "Jeugdigen 0-17",
  gridCell: (municipality: string, column: string) => `${municipality}: ${column}`,
  gridColumnVolume: (form: string, which: "current" | "target") => `${form} ${which === "current" ? "nu" : "doel"}`,
  addMunicipality: "Gemeente toevoegen",
  removeMunicipality: (name: string) => `Gemeente ${name} verwijderen`,
  newMunicipality: (n: number) => `Gemeente ${n}`,
  unnamedMunicipality: (n: number) => `gemeente ${n}`,
  pasteHint: "Plakken uit Excel werkt: kopieer de cellen (gemeente, jeugdigen en per zorgvorm nu en doel) en plak ze in een cel van de tabel.",
  sumOfMunicipalities: "som van de gemeenten",

  // Step 4
  phasingMethod: "Fasering",
  phasingLinear: "Lineair: het doel in een aantal jaren",
  phasingShares: "Een aandeel van de verschuiving per jaar",
  yearsToTarget: "Jaren tot het doel",
  shareInYear: (year: string, i: number) => `Aandeel bereikt in ${year} (jaar ${i})`,
  sharesHint: "0% is nog niets van de verschuiving, 100% het hele doel.",
  oneOffHeading: "Eenmalige transitiekosten",
  oneOffIntro: "Bijvoorbeeld werving en training van pleegouders of de opstart van gezinshuizen, in prijzen van het basisjaar.",
  oneOffLabel: "Omschrijving",
  oneOffYear: "Jaar",
  oneOffYearHint: (first: number, last: number) =>
    `Jaar: een kalenderjaar van ${first} (het basisjaar) tot en met ${last}; een nieuwe post staat op het eerste jaar na het basisjaar.`,
  oneOffAmount: "Bedrag",
  addOneOff: "Eenmalige kosten toevoegen",
  removeOneOff: (label: string) => `Eenmalige kosten ${label} verwijderen`,
  noOneOff: "Geen eenmalige kosten.",
  newOneOffLabel: "Transitiekosten",
  unnamedOneOff: (n: number) => `eenmalige kosten ${n}`,

  // Step 5
  keyFigures: "Kerncijfers",
  structuralSaving: "Structurele besparing per jaar",
  npv: "Netto contante waarde",
  breakEven: "Terugverdienjaar",
  /** Break-even in the base year: the cumulative is never below zero, there is no payback period. */
  breakEvenYear: (year: number | null, baseYear: number) =>
    year === null ? "niet binnen de horizon" : year === baseYear ? "direct (geen terugverdientijd)" : String(year),
  awayHeading: "Aandeel jeugdigen uit huis",
  awayNow: "Nu",
  awayTarget: "Doel",
  awayNeedsPopulation: "Vul het aantal jeugdigen 0-17 in (stap 1) voor dit cijfer.",
  referencePoints: [
    { label: "Nederland (2019)", value: 0.0126 },
    { label: "Utrecht", value: 0.0069 },
    { label: "Deense gemeente na tien jaar", value: 0.0063 },
  ],
  referenceHeading: "Ter vergelijking",
  chartHeading: "Besparing per jaar (euro)",
  chartNet: "Netto besparing (nominaal)",
  chartCumulative: "Cumulatief (nominaal)",
  tableNet: "Netto",
  tableCumulative: "Cumulatief",
  chartLoading: "Grafiek laden…",
  chartTableCaption: "Besparing per jaar in euro's (nominaal, na eenmalige kosten)",
  year: "Jaar",
  scenariosHeading: "Scenario's",
  scenariosIntro: "Realisatie is het deel van de geplande verschuiving dat lukt.",
  scenarioName: "Naam",
  realisation: "Realisatie",
  scenarioYears: "Jaren tot doel",
  scenarioYearsPlaceholder: "zoals ingevuld",
  costFactorsHeading: "Kosten per soort zorg in dit scenario",
  costFactorsHint: "Een factor op de kosten per plaatsingsjaar: 1,1 is 10% duurder, leeg is zoals ingevuld.",
  costFactorOf: (kind: string) => `Factor ${kind}`,
  activeScenario: "Scenario voor de resultaten",
  baseCase: "Invoer zoals ingevuld (geen scenario)",
  addStandardScenarios: "Drie scenario's toevoegen (voorzichtig, basis, ambitieus)",
  addScenario: "Scenario toevoegen",
  removeScenario: (name: string) => `Scenario ${name} verwijderen`,
  unnamedScenario: (n: number) => `scenario ${n}`,
  switching: (r: string) => `De netto contante waarde is nul bij een realisatie van ${r}.`,
  switchingNone: "Omslagpunt n.v.t.: meer van de verschuiving maakt de netto contante waarde niet hoger, dus bij geen enkele realisatie wordt die nul.",
  sensitivityHeading: "Gevoeligheid van de netto contante waarde",
  sensitivityIntro:
    "Elke invoer apart op een lage en een hoge waarde, standaard: de verschuiving als geheel, de kosten per plaatsing en de eenmalige kosten 20% lager en hoger, de jaren tot het doel een jaar korter en langer, de discontovoet 1 procentpunt lager en hoger.",
  sensitivityLow: "laag",
  sensitivityHigh: "hoog",
  sensitivityKeys: {
    cost: (form: string) => `Kosten per plaatsing: ${form}`,
    yearsToTarget: "Jaren tot het doel",
    oneOffCosts: "Eenmalige kosten",
    discountRate: "Discontovoet",
    realisation: "Verschuiving als geheel (realisatie)",
  },
  notValidYet: (n: number) => `De kerncijfers verschijnen als ${problemsText(n)} ${n === 1 ? "is" : "zijn"} opgelost.`,

  // Build
  buildHeading: "Het model maken",
  buildExcel: "Model bouwen in Excel",
  downloadXlsx: "Download .xlsx",
  buildBlocked: (n: number) => `Nog ${problemsText(n)}; het model kan pas gemaakt worden als ${n === 1 ? "het is" : "ze zijn"} opgelost.`,
  moreProblems: (n: number) => `en nog ${n}`,
  building: "Bezig met bouwen…",
  preparing: "Voorbereiden…",
  builtTitle: "Het model is gebouwd",
  builtSheets: (sheets: string) => `Bladen: ${sheets}.`,
  builtNames: (n: number, some: string) => `${n} namen, onder meer ${some}.`,
  keptInputs: (n: number) => `${n} gewijzigde invoercellen zijn behouden.`,
  downloaded: (file: string) => `${file} is gedownload.`,
  downloadFailed: "Het bestand kon niet gemaakt worden",
  buildFailed: "Bouwen is mislukt",
  rolledBack: "Het werkboek is teruggezet zoals het was.",
  notRolledBack: "Niet alles kon worden teruggezet: controleer het werkboek.",
  keepInputEdits: "Wijzigingen in de invoercellen sinds de vorige bouw behouden",
  keepInputEditsHint: "Uit: de waarden uit dit venster vervangen ze.",
  conflictTitle: "Er staat iets in de weg",
  conflictSheets: "Deze bladen bestaan al en zijn niet door de invoegtoepassing gemaakt:",
  conflictSuffixOffer: (suffix: string) => `U kunt het model bouwen met andere bladnamen (met "${suffix}" erachter); uw bladen blijven dan onaangeroerd.`,
  conflictBuildWithSuffix: "Bouwen met andere bladnamen",
  conflictNames:
    "Deze namen bestaan al in het werkboek en zijn niet door de invoegtoepassing gemaakt. Hernoem of verwijder ze eerst (Formules > Namenbeheer) en bouw dan opnieuw:",
  conflictCells:
    "Op de bladen van het model staan cellen die u zelf hebt ingevuld, op plaatsen waar het nieuwe model wil schrijven. Verplaats of wis ze eerst en bouw dan opnieuw:",
  conflictNothingWritten: "Er is niets geschreven.",

  // The model in the workbook
  workbookModelFound: "Dit werkboek bevat een model van de invoegtoepassing. De casus is ingelezen uit de invoercellen.",
  chartsMissing: "Het model heeft nog geen grafieken (het is buiten Excel gemaakt).",
  addCharts: "Grafieken toevoegen",
  chartsAdded: "De grafieken zijn toegevoegd.",
  differencesHeading: "Gewijzigd sinds de laatste bouw:",
  noDifferences: "Geen invoer gewijzigd sinds de laatste bouw.",
  readProblemsHeading: "Problemen in de invoercellen:",
  workbookReadFailed: "Het model in dit werkboek kon niet gelezen worden",
  emptyValue: "(leeg)",

  // Problems
  problemsHeading: "Problemen",
  parse: {
    notANumber: (text: string) => `'${text}' is geen getal`,
    percentNotAllowed: (text: string) => `'${text}': een percentage kan hier niet; typ een bedrag of aantal`,
    badGrouping: (text: string) => `'${text}': de duizendtallen kloppen niet (bijvoorbeeld 1.234.567,89)`,
  },
  caseLevel: "Casus",
  fieldLabels: {
    schemaVersion: "Schemaversie",
    sources: "Bronnen",
    budgetYear: "Begrotingsjaar",
    monitoring: "Monitoring",
    sensitivity: "Gevoeligheid",
    activeScenario: "Scenario voor de resultaten",
    phasing: "Fasering",
    shares: "Aandelen per jaar",
    careForms: "Zorgvormen",
    costs: "Kostencomponenten",
    municipalities: "Gemeenten",
    oneOffCosts: "Eenmalige kosten",
    scenarios: "Scenario's",
    volumes: "Aantallen",
    source: "Bron",
  },
};

function problemsText(n: number): string {
  return n === 1 ? "1 probleem" : `${n} problemen`;
}

export type Strings = typeof nl;
