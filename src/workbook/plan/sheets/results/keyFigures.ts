/** Results sheet, sections "Key figures" and "Per care form". */
import { header, note, section, text, unit } from "../../layoutContext";
import type { SheetBuilder } from "../../builder";
import type { LayoutContext } from "../../layoutContext";
import type { CellPlan, NumberFormatName } from "../../types";

export function keyFiguresSection(m: LayoutContext, b: SheetBuilder, row: number): number {
  const { tr, H } = m;
  const R = m.results;
  let r = row;
  const key = (label: string, formula: string, result: number | string, format: NumberFormatName, unitText = "", style: CellPlan["style"] = "keyFigure") => {
    b.set(r, 0, text(label));
    b.set(r, 1, { formula, result, style, numberFormat: format });
    if (unitText) b.set(r, 2, unit(unitText));
    r++;
  };
  const baseYearPrices = tr("prijspeil basisjaar", "base-year prices");
  b.set(r++, 0, section(tr("Kerncijfers", "Key figures")));
  key(tr("Actief scenario", "Active scenario"), "=BC_Scenario", m.activeScenarioName, "text", "", "link");
  key(
    tr("Structurele besparing per jaar, zodra het doel bereikt is", "Structural saving per year, once the target is reached"),
    "=BC_StructuralSaving",
    R.structuralSaving,
    "eur",
    baseYearPrices,
  );
  key(
    tr("Netto contante waarde (NCW) over de horizon", "Net present value (NPV) over the horizon"),
    "=BC_NPV",
    R.npv,
    "eur",
    tr("reëel, tegen de discontovoet", "real, at the discount rate"),
  );
  const noBreakEven = tr("niet binnen de horizon", "not within the horizon");
  key(tr("Terugverdienjaar", "Break-even year"), `=IF(BC_BreakEvenYear="","${noBreakEven}",BC_BreakEvenYear)`, R.breakEvenYear ?? noBreakEven, "year");
  key(
    tr("Eenmalige transitiekosten, totaal", "One-off transition costs, total"),
    "=SUM(BC_OneOffReal)",
    R.oneOffReal.reduce((s, x) => s + x, 0),
    "eur",
    baseYearPrices,
  );
  const noSwitch = tr("n.v.t.", "n/a");
  key(
    tr("Omslagpunt: realisatie waarbij de NCW nul is", "Switching value: realisation at which the NPV is zero"),
    `=IF(BC_SwitchingRealisation="","${noSwitch}",BC_SwitchingRealisation)`,
    m.key.switching ?? noSwitch,
    "percent",
    tr("van de geplande verschuiving", "of the planned shift"),
  );
  if (m.population !== null) {
    const share = R.awayFromHomeShare!;
    key(tr("Aandeel jeugdigen uit huis, basisjaar", "Share of youths away from home, base year"), "=INDEX(BC_AwayFromHomeShare,1)", share[0], "percent2");
    key(
      tr("Aandeel jeugdigen uit huis, laatste jaar", "Share of youths away from home, last year"),
      "=INDEX(BC_AwayFromHomeShare,COLUMNS(BC_AwayFromHomeShare))",
      share[H],
      "percent2",
    );
  }
  return r + 1;
}

/** Cost per placement-year and volumes per care form (the first chart reads this table). Returns its first row and the next free row. */
export function perCareFormSection(m: LayoutContext, b: SheetBuilder, row: number): { formFirst: number; next: number } {
  const { c, tr } = m;
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(tr("Per zorgvorm", "Per care form")));
  b.setRow(r++, 0, [
    header(tr("Zorgvorm", "Care form")),
    header(tr("Kosten per plaatsingsjaar", "Cost per placement-year")),
    header(tr("Aantal nu", "Number now")),
    header(tr("Aantal doel", "Number target")),
    header(tr("Verschil", "Difference")),
  ]);
  const formFirst = r;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    b.set(r, 0, { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" });
    b.set(r, 1, { formula: `=BC_CostPerPlacement_${f.id}`, result: fr.costPerPlacement, style: "link", numberFormat: "eur" });
    b.set(r, 2, { formula: `=BC_Current_${f.id}`, result: fr.current, style: "link", numberFormat: "count" });
    b.set(r, 3, { formula: `=BC_Target_${f.id}`, result: fr.target, style: "link", numberFormat: "count" });
    b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: fr.target - fr.current, style: "calc", numberFormat: "count" });
    r++;
  });
  const totalCurrent = R.forms.reduce((s, f) => s + f.current, 0);
  const totalTarget = R.forms.reduce((s, f) => s + f.target, 0);
  b.set(r, 0, { value: tr("Totaal", "Total"), style: "output" });
  b.set(r, 2, { formula: `=SUM(C${formFirst + 1}:C${r})`, result: totalCurrent, style: "output", numberFormat: "count" });
  b.set(r, 3, { formula: `=SUM(D${formFirst + 1}:D${r})`, result: totalTarget, style: "output", numberFormat: "count" });
  b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: totalTarget - totalCurrent, style: "output", numberFormat: "count" });
  r++;
  b.set(
    r++,
    0,
    note(
      tr(
        "Het totaal aantal geplaatste jeugdigen verandert als 'Verschil' in de totaalregel niet nul is: dan verschuift het model niet alleen, maar plaatst het ook meer of minder jeugdigen.",
        "The total number of placed youths changes when 'Difference' in the total row is not zero: then the model does not only shift, it also places more or fewer youths.",
      ),
    ),
  );
  return { formFirst, next: r + 1 };
}
