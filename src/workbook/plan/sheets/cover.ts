/**
 * The cover sheet (Over / About): what the model is, who made it when, how to read it (the colour
 * key and the sign convention), the method in a few lines, the sources of the inputs, and what the
 * other sheets hold. A reader without the add-in starts here.
 */
import { type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { header, note, section, text, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { CellPlan, SheetKey } from "../types";

export function buildCoverSheet(m: LayoutContext, sheetsInOrder: SheetKey[]): { sheet: SheetBuilder } {
  const { tr } = m;
  const b = m.sheet("cover");
  b.tabColor = TAB_COLORS.cover;
  b.orientation = "portrait";
  b.widths({ 0: 34, 1: 110 });
  sheetTop(
    m,
    b,
    tr("Businesscase gezinsgerichte zorg", "Business case family-based care"),
    tr(
      "Van residentiële jeugdhulp naar gezinshuizen en pleegzorg: de financiële onderbouwing.",
      "From residential youth care to family homes and foster care: the financial case.",
    ),
  );
  let r = b.row;
  r = thisModelSection(m, b, r);
  r = whatItDoesSection(m, b, r);
  r = colourKeySection(m, b, r);
  r = signConventionSection(m, b, r);
  r = methodSection(m, b, r);
  r = sourcesSection(m, b, r);
  r = sheetsSection(m, b, r, sheetsInOrder);
  b.row = r;
  return { sheet: b };
}

function thisModelSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { c, tr } = m;
  let r = row;
  const labelled = (label: string, value: CellPlan) => {
    b.set(r, 0, text(label));
    b.set(r, 1, value);
    r++;
  };
  b.set(r++, 0, section(tr("Dit model", "This model")));
  labelled(tr("Titel", "Title"), { formula: "=BC_Title", result: c.title, style: "link" });
  labelled(tr("Gemeente of regio", "Municipality or region"), { formula: "=BC_Region", result: c.region, style: "link" });
  labelled(tr("Opgebouwd op", "Built on"), { value: m.meta.builtAt.toISOString().slice(0, 10), style: "label" });
  labelled(tr("Versie van de invoegtoepassing", "Add-in version"), { value: m.meta.addinVersion, style: "label" });
  labelled(tr("Basisjaar en horizon", "Base year and horizon"), {
    formula: `=BC_BaseYear&" ${tr("tot en met", "up to")} "&(BC_BaseYear+BC_Horizon)`,
    result: `${c.baseYear} ${tr("tot en met", "up to")} ${c.baseYear + c.horizonYears}`,
    style: "link",
  });
  r++;
  return r;
}

function whatItDoesSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { tr } = m;
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(tr("Wat het model doet", "What the model does")));
  for (const s of [
    tr(
      "Het model berekent wat het oplevert om jeugdigen die niet thuis kunnen wonen, minder in residentiële jeugdhulp en meer in gezinshuizen en pleegzorg te plaatsen.",
      "The model computes what it yields to place youths who cannot live at home less in residential youth care and more in family homes and foster care.",
    ),
    tr(
      "Per zorgvorm: de kosten per plaatsingsjaar (tarieven plus extra ambulante zorg), de aantallen nu en in de gewenste situatie, en een fasering van de verschuiving.",
      "Per care form: the cost per placement-year (tariffs plus extra ambulant care), the volumes now and in the target situation, and a phasing of the shift.",
    ),
    tr(
      "Uitkomsten: de besparing per jaar, de eenmalige transitiekosten, de netto contante waarde, het terugverdienjaar, een meerjarenbegroting, kengetallen per 1.000 jeugdigen en het aandeel jeugdigen uit huis.",
      "Outcomes: the saving per year, the one-off transition costs, the net present value, the break-even year, a four-year budget, figures per 1,000 youths and the share of youths away from home.",
    ),
    tr(
      "Alles rekent met gewone Excel-formules: het model werkt ook zonder de invoegtoepassing. Wijzig een gele invoercel en alle uitkomsten volgen.",
      "Everything uses plain Excel formulas: the model also works without the add-in. Change a yellow input cell and every outcome follows.",
    ),
  ])
    line(s);
  r++;
  return r;
}

function colourKeySection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("Kleurcode", "Colour key")));
  const key: [CellPlan, string][] = [
    [
      { value: tr("Invoer", "Input"), style: "inputSample" },
      tr("Een aanname die u mag wijzigen (de enige ontgrendelde cellen).", "An assumption you may change (the only unlocked cells)."),
    ],
    [{ value: tr("Berekening", "Calculation"), style: "calc" }, tr("Een formule op dit blad.", "A formula on this sheet.")],
    [
      { value: tr("Koppeling", "Link"), style: "link" },
      tr("Een waarde overgenomen van een ander blad of een naam.", "A value taken from another sheet or a name."),
    ],
    [{ value: tr("Kerncijfer", "Key figure"), style: "keyFigure" }, tr("Een belangrijke uitkomst.", "An important outcome.")],
    [
      { value: tr("Vast gegeven", "Fixed data"), style: "constant" },
      tr(
        "Een vast gegeven, geen aanname (bijvoorbeeld 52 weken per jaar of een referentiepunt).",
        "Fixed data, not an assumption (such as a reference point).",
      ),
    ],
    [{ value: tr("Kop", "Header"), style: "header" }, tr("Een kop van een tabel.", "A table header.")],
  ];
  for (const [sample, meaning] of key) {
    b.set(r, 0, sample);
    b.set(r, 1, { value: meaning, style: "label" });
    r++;
  }
  r++;
  return r;
}

function signConventionSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { tr } = m;
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(tr("Tekenafspraak", "Sign convention")));
  line(
    tr(
      "Positief = voordeel voor de gemeente (lagere lasten of een besparing); negatief = nadeel (hogere lasten of kosten).",
      "Positive = advantage for the municipality (lower costs or a saving); negative = disadvantage (higher costs).",
    ),
  );
  line(
    tr(
      "Reëel = prijspeil van het basisjaar; nominaal = geïndexeerd met de indexatie (voor de begroting).",
      "Real = base-year prices; nominal = indexed with the indexation (for the budget).",
    ),
  );
  r++;
  return r;
}

function methodSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { tr } = m;
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(tr("De methode in het kort", "The method in brief")));
  for (const s of [
    tr(
      "Kosten per plaatsingsjaar = som van de kostencomponenten per jaar (dag x dagen per jaar, week x 52, maand x 12) + ambulant bedrag x aandeel.",
      "Cost per placement-year = the cost components per year (day x days per year, week x 52, month x 12) + ambulant amount x share.",
    ),
    tr(
      "Aantal in jaar i = nu + (doel - nu) x deel van de verschuiving in jaar i (lineair tot het doel, of eigen percentages) x realisatie van het scenario.",
      "Number in year i = now + (target - now) x part of the shift in year i (linear to the target, or own percentages) x realisation of the scenario.",
    ),
    tr(
      "Besparing = kosten bij de huidige aantallen - kosten bij de aantallen van jaar i; netto = besparing - eenmalige kosten.",
      "Saving = cost at the current volumes - cost at the volumes of year i; net = saving - one-off costs.",
    ),
    tr(
      "Netto contante waarde = som van netto / (1 + discontovoet)^i, jaar 0 niet verdisconteerd. Terugverdienjaar: het eerste jaar vanaf wanneer het cumulatieve saldo (nominaal) 0 of meer blijft.",
      "Net present value = sum of net / (1 + discount rate)^i, year 0 not discounted. Break-even year: the first year from which the cumulative balance (nominal) stays at 0 or more.",
    ),
    tr(
      "Structurele besparing = som over de zorgvormen van (nu - doel) x kosten per plaatsingsjaar x realisatie.",
      "Structural saving = sum over the care forms of (now - target) x cost per placement-year x realisation.",
    ),
  ])
    line(s);
  r++;
  return r;
}

function sourcesSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { c, tr } = m;
  let r = row;
  const line = (value: string) => {
    b.set(r, 1, { value, style: "sentence" });
    r++;
  };
  b.set(r++, 0, section(tr("Bronnen van de invoer", "Sources of the inputs")));
  b.setRow(r++, 0, [header(tr("Invoer", "Input")), header(tr("Bron of aanname", "Source or assumption"))]);
  const sources: [string, string | undefined][] = [
    [tr("Jeugdigen 0-17", "Youths 0-17"), c.sources?.youthPopulation],
    [tr("Indexatie", "Indexation"), c.sources?.indexation],
    [tr("Discontovoet", "Discount rate"), c.sources?.discountRate],
    [tr("Fasering", "Phasing"), c.sources?.phasing],
    ...c.careForms.flatMap((f): [string, string | undefined][] => [
      [f.name, f.source],
      ...f.costs.map((k): [string, string | undefined] => [`${f.name}: ${k.label}`, k.source]),
      [`${f.name}: ${tr("ambulante zorg", "ambulant care")}`, f.ambulant.source],
    ]),
    ...c.oneOffCosts.map((o): [string, string | undefined] => [o.label, o.source]),
  ];
  const given = sources.filter(([, s]) => s !== undefined && s !== "");
  for (const [what, s] of given) {
    b.set(r, 0, text(what));
    b.set(r, 1, { value: s!, style: "note" });
    r++;
  }
  if (given.length === 0)
    line(
      tr(
        "Bij deze casus zijn geen bronnen vermeld. Vermeld ze in de kolom 'Bron en toelichting' op het blad Aannames.",
        "This case names no sources. Add them in the column 'Source and notes' on the Inputs sheet.",
      ),
    );
  b.set(r++, 1, note(tr("Bronnen staan ook naast elke invoer op het blad Aannames.", "Sources also stand next to each input on the Inputs sheet.")));
  r++;
  return r;
}

function sheetsSection(m: LayoutContext, b: SheetBuilder, row: number, sheetsInOrder: SheetKey[]): number {
  const { ctx, tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("De bladen", "The sheets")));
  const purpose: Record<SheetKey, string> = {
    cover: tr("Deze toelichting.", "This introduction."),
    inputs: tr(
      "Alle aannames: tarieven, aantallen, fasering, eenmalige kosten, scenario's, bandbreedtes.",
      "All assumptions: tariffs, volumes, phasing, one-off costs, scenarios, ranges.",
    ),
    calc: tr("De berekening per jaar, met één formule per regel.", "The calculation per year, one formula per row."),
    results: tr(
      "Kerncijfers, scenario's, meerjarenbegroting, kengetallen, tekst voor het raadsvoorstel en grafieken.",
      "Key figures, scenarios, four-year budget, indicators, proposal text and charts.",
    ),
    sensitivity: tr("Welke aanname het meest uitmaakt (tornado).", "Which assumption matters most (tornado)."),
    regions: tr("De regio per gemeente.", "The region per municipality."),
    monitoring: tr("Planning naast realisatie, met signalen.", "Plan next to realisation, with signals."),
    checks: tr("Controles die moeten kloppen; de uitkomst staat bovenaan elk blad.", "Checks that must hold; the outcome stands at the top of every sheet."),
    meta: "",
  };
  for (const key of sheetsInOrder) {
    if (key === "meta") continue;
    b.set(r, 0, text(ctx.sheetNames[key]));
    b.set(r, 1, { value: purpose[key], style: "label" });
    r++;
  }
  r++;
  b.set(
    r++,
    1,
    note(
      tr(
        "Gemaakt met de Excel-invoegtoepassing Businesscase Gezinsgerichte Zorg. De invoegtoepassing stuurt geen gegevens weg: alles staat in deze werkmap.",
        "Made with the Excel add-in Businesscase Gezinsgerichte Zorg. The add-in sends no data anywhere: everything stays in this workbook.",
      ),
    ),
  );
  return r;
}
