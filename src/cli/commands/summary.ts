/**
 * `businesscase summary CASE.json|--example [--json] [--lang nl|en]`: the case's key figures.
 * With --json exactly `summarize(case)` (numbers unrounded, for scripts and for checking);
 * without it a readable report in the reader's language and number format.
 */
import { calculate, catalogue, municipalityResults, summarize, switchingRealisation, type Case, type Lang } from "../../model";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { count, euros, percent, table } from "../format";
import { caseFromArgs } from "../loadCase";

export async function summaryCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const c = await caseFromArgs(ctx.fs, "summary", args.positionals, args.options.example === true, ctx.lang, (line) => ctx.err(line));
  if (args.options.json === true) {
    ctx.json(summarize(c));
  } else {
    for (const line of readableSummary(c, ctx.lang)) ctx.out(line);
  }
  return 0;
}

const T = catalogue(
  {
    heading: (title: string, region: string) => `${title} - ${region}`,
    basis: (base: number, h: number) =>
      `Basisjaar ${base}, horizon ${h} jaar. Bedragen in euro's van ${base} (reëel), tenzij 'nominaal' (met indexatie) erbij staat.`,
    activeScenario: (name: string) => `Actief scenario: ${name}`,
    costs: "Kosten per plaatsing per jaar",
    form: "Zorgvorm",
    id: "Id",
    kind: "Soort",
    current: "Nu",
    target: "Doel",
    costPerPlacement: "Kosten per plaatsing",
    kinds: { residential: "residentieel", familyHome: "gezinshuis", foster: "pleegzorg", other: "anders" },
    keyFigures: "Kerncijfers",
    structuralSaving: "Structurele besparing per jaar (doel bereikt)",
    npv: (rate: string) => `Netto contante waarde (disconteringsvoet ${rate})`,
    breakEven: "Terugverdienjaar (cumulatief nominaal blijft >= 0)",
    noBreakEven: "niet binnen de horizon",
    immediately: "direct (geen terugverdientijd)",
    switching: "Omslagpunt: realisatie waarbij de NCW 0 is",
    switchingNone: "n.v.t. (meer verschuiving maakt de NCW niet hoger)",
    indexation: "Indexatie per jaar (nominaal)",
    awayFromHome: (a: number, b: number) => `Aandeel jeugdigen uit huis (${a} -> ${b})`,
    perYear: "Per jaar",
    year: "Jaar",
    savingReal: "Besparing reëel",
    oneOff: "Eenmalig",
    netReal: "Netto reëel",
    netNominal: "Netto nominaal",
    cumulativeNominal: "Cumulatief nominaal",
    volumesNote: "Kolommen per zorgvorm (id): aantal geplaatste jeugdigen in dat jaar.",
    scenarios: "Scenario's",
    scenario: "Scenario",
    npvShort: "NCW",
    structuralSavingShort: "Structurele besparing",
    breakEvenShort: "Terugverdienjaar",
    municipalities: "Gemeenten",
    municipality: "Gemeente",
    placedNow: "Geplaatst nu",
    placedTarget: "Geplaatst doel",
  },
  {
    heading: (title: string, region: string) => `${title} - ${region}`,
    basis: (base: number, h: number) => `Base year ${base}, horizon ${h} years. Amounts in euros of ${base} (real), unless marked 'nominal' (with indexation).`,
    activeScenario: (name: string) => `Active scenario: ${name}`,
    costs: "Cost per placement per year",
    form: "Care form",
    id: "Id",
    kind: "Kind",
    current: "Now",
    target: "Target",
    costPerPlacement: "Cost per placement",
    kinds: { residential: "residential", familyHome: "family home", foster: "foster care", other: "other" },
    keyFigures: "Key figures",
    structuralSaving: "Structural saving per year (target reached)",
    npv: (rate: string) => `Net present value (discount rate ${rate})`,
    breakEven: "Break-even year (cumulative nominal stays >= 0)",
    noBreakEven: "not within the horizon",
    immediately: "immediately (no payback period)",
    switching: "Switching value: realisation at which NPV is 0",
    switchingNone: "n/a (more of the shift does not raise the NPV)",
    indexation: "Indexation per year (nominal)",
    awayFromHome: (a: number, b: number) => `Share of youths living away from home (${a} -> ${b})`,
    perYear: "Per year",
    year: "Year",
    savingReal: "Saving real",
    oneOff: "One-off",
    netReal: "Net real",
    netNominal: "Net nominal",
    cumulativeNominal: "Cumulative nominal",
    volumesNote: "Columns per care form (id): youths placed in that year.",
    scenarios: "Scenarios",
    scenario: "Scenario",
    npvShort: "NPV",
    structuralSavingShort: "Structural saving",
    breakEvenShort: "Break-even year",
    municipalities: "Municipalities",
    municipality: "Municipality",
    placedNow: "Placed now",
    placedTarget: "Placed target",
  },
);

/** The report as lines of text. The figures come from the model; this only lays them out. */
export function readableSummary(c: Case, lang: Lang): string[] {
  const t = T[lang];
  const s = summarize(c);
  const r = calculate(c);
  const eur = (x: number) => euros(x, lang);
  // Break-even in the base year: the cumulative is never below zero, there is no payback period.
  const breakEven = (year: number | null) => (year === null ? t.noBreakEven : year === c.baseYear ? t.immediately : String(year));
  const lines: string[] = [];
  const section = (title: string) => lines.push("", title, "=".repeat(title.length));

  lines.push(t.heading(c.title, c.region), t.basis(c.baseYear, c.horizonYears));
  if (r.scenario !== null) lines.push(t.activeScenario(r.scenario));

  section(t.costs);
  lines.push(
    ...table(
      [t.form, t.id, t.kind, t.current, t.target, t.costPerPlacement],
      r.forms.map((f) => [f.name, f.id, t.kinds[f.kind], count(f.current, lang), count(f.target, lang), euros(f.costPerPlacement, lang, 2)]),
      ["left", "left", "left", "right", "right", "right"],
    ),
  );

  section(t.keyFigures);
  const last = s.years.length - 1;
  const keyRows: string[][] = [
    [t.structuralSaving, eur(s.structuralSaving)],
    [t.npv(percent(c.discountRate, lang)), eur(s.npv)],
    [t.breakEven, breakEven(s.breakEvenYear)],
    [t.indexation, percent(c.indexation, lang)],
  ];
  // As on the results sheet: with or without scenarios, n/a where no realisation brings the NPV to zero.
  const sw = switchingRealisation(c);
  keyRows.push([t.switching, sw === null ? t.switchingNone : percent(sw, lang, 1)]);
  if (s.awayFromHomeShare) {
    keyRows.push([t.awayFromHome(s.years[0], s.years[last]), `${percent(s.awayFromHomeShare[0], lang)} -> ${percent(s.awayFromHomeShare[last], lang)}`]);
  }
  lines.push(...table(["", ""], keyRows, ["left", "right"]).slice(2));

  section(t.perYear);
  const ids = r.forms.map((f) => f.id);
  lines.push(
    ...table(
      [t.year, ...ids, t.savingReal, t.oneOff, t.netReal, t.netNominal, t.cumulativeNominal],
      s.years.map((year, i) => [
        String(year),
        ...ids.map((id) => count(s.volumes[i][id], lang)),
        eur(s.savingReal[i]),
        eur(r.oneOffReal[i]),
        eur(s.netReal[i]),
        eur(s.netNominal[i]),
        eur(s.cumulativeNominal[i]),
      ]),
      ["left", ...ids.map(() => "right" as const), "right", "right", "right", "right", "right"],
    ),
    t.volumesNote,
  );

  if (s.scenarios && s.scenarios.length > 0) {
    section(t.scenarios);
    lines.push(
      ...table(
        [t.scenario, t.structuralSavingShort, t.npvShort, t.breakEvenShort],
        s.scenarios.map((sc) => [sc.name, eur(sc.structuralSaving), eur(sc.npv), breakEven(sc.breakEvenYear)]),
        ["left", "right", "right", "right"],
      ),
    );
  }

  const municipalities = municipalityResults(c);
  if (municipalities) {
    section(t.municipalities);
    lines.push(
      ...table(
        [t.municipality, t.placedNow, t.placedTarget, t.structuralSavingShort],
        municipalities.map((m) => [m.name, count(m.totalCurrent, lang), count(m.totalTarget, lang), eur(m.structuralSaving)]),
        ["left", "right", "right", "right"],
      ),
    );
  }
  return lines;
}
