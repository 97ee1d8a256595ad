/**
 * Figures that are valid but far outside what is normal, with the reason and the normal range:
 * a warning, not a refusal (a region may really be unusual). The usual slip is a thousands
 * separator read as such: "262.500" for a day tariff of EUR 262,50 is EUR 262,500 a day.
 * Works on a case as it is being edited (possibly invalid): what cannot be checked is skipped.
 */
import { catalogue, type Lang } from "./catalogue";
import { annualComponentCost } from "./costs";
import { formatPath, type PathSegment } from "./messages";
import { COST_PERIODS, type CostPeriod } from "./schema";

export interface Warning {
  path: string;
  segments: PathSegment[];
  code: "tariffHigh" | "volumeHigh" | "rateUnusual" | "ambulantHigh" | "notIndexed" | "scenarioIsBaseCase";
  nl: string;
  en: string;
}

/** The highest usual amount per period of youth care (a day in a secure institution costs about EUR 1,000). */
const USUAL_MAX: Record<CostPeriod, number> = { day: 1500, week: 10_000, month: 45_000, year: 550_000 };
/** About 1.3 % of all youths in the Netherlands lived away from home in 2019, in all care forms together. */
const USUAL_AWAY_SHARE = 0.03;
const USUAL_RATE = { min: -0.02, max: 0.1 };
const USUAL_AMBULANT_MAX = 100_000;

const money = (v: number, lang: Lang) =>
  new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { style: "currency", currency: "EUR", maximumFractionDigits: 2 }).format(v);
const pct = (v: number, lang: Lang) => new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { style: "percent", maximumFractionDigits: 1 }).format(v);
const count = (v: number, lang: Lang) => new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 0 }).format(v);

const TEXTS = catalogue(
  {
    periods: { day: "dag", week: "week", month: "maand", year: "jaar" } as Record<CostPeriod, string>,
    tariffHigh: (amount: number, per: string, max: number, annual: number, meant: number | null) =>
      `${money(amount, "nl")} per ${per} is ${money(annual, "nl")} per plaatsingsjaar: ongebruikelijk hoog (gebruikelijk is tot ongeveer ${money(max, "nl")} per ${per})` +
      (meant === null ? "." : `. Bedoelt u ${money(meant, "nl")}? Een punt is in het Nederlands een scheiding van duizendtallen.`),
    volumeHigh: (value: number, population: number, share: number) =>
      `${count(value, "nl")} is ${pct(share, "nl")} van de ${count(population, "nl")} jeugdigen: ongebruikelijk veel (in heel Nederland verblijft ongeveer 1,3% van de jeugdigen uit huis, in alle zorgvormen samen).`,
    rateUnusual: (rate: number) => `${pct(rate, "nl")} per jaar is ongebruikelijk (gebruikelijk is tussen -2% en 10%).`,
    ambulantHigh: (amount: number) =>
      `${money(amount, "nl")} per jaar aan extra ambulante zorg is ongebruikelijk hoog (gebruikelijk is tot ongeveer € 100.000).`,
    notIndexed: (priceYear: number, baseYear: number) =>
      `Het bedrag heeft prijzen van ${priceYear}, maar de indexfactor is 1: het telt als prijspeil ${baseYear}. Geef de factor van ${priceYear} naar ${baseYear} (bijvoorbeeld de CPI van het CBS of de indexatie van het contract).`,
    scenarioIsBaseCase:
      "Dit scenario rekent hetzelfde als de basis (invoer): realisatie 100%, geen kostenfactoren en dezelfde fasering. In de vergelijking staan dan twee rijen met dezelfde cijfers.",
  },
  {
    periods: { day: "day", week: "week", month: "month", year: "year" },
    tariffHigh: (amount, per, max, annual, meant) =>
      `${money(amount, "en")} per ${per} is ${money(annual, "en")} per placement-year: unusually high (usual is up to about ${money(max, "en")} per ${per})` +
      (meant === null ? "." : `. Did you mean ${money(meant, "en")}? In Dutch notation a point separates thousands.`),
    volumeHigh: (value, population, share) =>
      `${count(value, "en")} is ${pct(share, "en")} of the ${count(population, "en")} youths: unusually many (in the whole Netherlands about 1.3% of youths live away from home, in all care forms together).`,
    rateUnusual: (rate) => `${pct(rate, "en")} a year is unusual (usual is between -2% and 10%).`,
    ambulantHigh: (amount) => `${money(amount, "en")} a year of extra ambulant care is unusually high (usual is up to about €100,000).`,
    notIndexed: (priceYear, baseYear) =>
      `The amount has prices of ${priceYear}, but its index factor is 1: it counts as prices of ${baseYear}. Give the factor from ${priceYear} to ${baseYear} (for example CBS's CPI or the contract's indexation).`,
    scenarioIsBaseCase:
      "This scenario computes the same as the base case (inputs): realisation 100%, no cost factors and the same phasing. The comparison then shows two rows with the same figures.",
  },
);

export function plausibilityWarnings(doc: unknown): Warning[] {
  const out: Warning[] = [];
  if (!isRecord(doc)) return out;
  const warn = (segments: PathSegment[], code: Warning["code"], text: (t: (typeof TEXTS)["nl"], lang: Lang) => string) =>
    out.push({ path: formatPath(segments), segments, code, nl: text(TEXTS.nl, "nl"), en: text(TEXTS.en, "en") });

  const forms = Array.isArray(doc.careForms) ? doc.careForms : [];
  const population = finite(doc.youthPopulation) && doc.youthPopulation > 0 ? doc.youthPopulation : null;
  forms.forEach((f, i) => {
    if (!isRecord(f)) return;
    (Array.isArray(f.costs) ? f.costs : []).forEach((c, k) => {
      if (!isRecord(c) || !finite(c.amount) || !(COST_PERIODS as readonly unknown[]).includes(c.per)) return;
      const per = c.per as CostPeriod;
      if (c.amount <= USUAL_MAX[per]) return;
      const annual = annualComponentCost({ amount: c.amount, per, daysPerYear: finite(c.daysPerYear) ? c.daysPerYear : undefined });
      const meant = c.amount / 1000 <= USUAL_MAX[per] && c.amount / 1000 >= 1 ? c.amount / 1000 : null;
      warn(["careForms", i, "costs", k, "amount"], "tariffHigh", (t) => t.tariffHigh(c.amount as number, t.periods[per], USUAL_MAX[per], annual, meant));
    });
    if (isRecord(f.ambulant) && finite(f.ambulant.amount) && f.ambulant.amount > USUAL_AMBULANT_MAX) {
      const amount = f.ambulant.amount;
      warn(["careForms", i, "ambulant", "amount"], "ambulantHigh", (t) => t.ambulantHigh(amount));
    }
    if (population === null) return;
    for (const key of ["current", "target"] as const) {
      const v = f[key];
      if (finite(v) && v > USUAL_AWAY_SHARE * population) warn(["careForms", i, key], "volumeHigh", (t) => t.volumeHigh(v, population, v / population));
    }
  });
  const baseYear = finite(doc.baseYear) ? doc.baseYear : null;
  forms.forEach((f, i) => {
    if (!isRecord(f) || baseYear === null) return;
    (Array.isArray(f.costs) ? f.costs : []).forEach((c, k) => {
      if (!isRecord(c) || !finite(c.priceYear) || c.priceYear === baseYear || (c.indexFactor !== undefined && c.indexFactor !== 1)) return;
      const priceYear = c.priceYear;
      warn(["careForms", i, "costs", k, "indexFactor"], "notIndexed", (t) => t.notIndexed(priceYear, baseYear));
    });
  });
  scenariosLikeTheBaseCase(doc).forEach((k) => warn(["scenarios", k, "name"], "scenarioIsBaseCase", (t) => t.scenarioIsBaseCase));
  for (const key of ["indexation", "discountRate"] as const) {
    const v = doc[key];
    if (finite(v) && (v < USUAL_RATE.min || v > USUAL_RATE.max)) warn([key], "rateUnusual", (t) => t.rateUnusual(v));
  }
  return out;
}

/** Scenarios that change nothing: the whole shift, no cost factor other than 1, the case's own phasing. */
function scenariosLikeTheBaseCase(doc: Record<string, unknown>): number[] {
  const phasing = isRecord(doc.phasing) ? doc.phasing : {};
  const out: number[] = [];
  (Array.isArray(doc.scenarios) ? doc.scenarios : []).forEach((s, k) => {
    if (!isRecord(s) || s.realisation !== 1) return;
    if (isRecord(s.costFactor) && Object.values(s.costFactor).some((f) => f !== 1)) return;
    // Own years to target change the phasing unless they equal the case's straight line.
    if (s.yearsToTarget !== undefined && (s.yearsToTarget !== phasing.yearsToTarget || phasing.shares !== undefined)) return;
    out.push(k);
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function finite(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
