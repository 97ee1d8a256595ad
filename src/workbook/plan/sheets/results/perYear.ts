/** Results sheet, sections "Per year" (links to the calculation sheet) and "Per 1,000 youths" against the reference points. */
import { columnLetters } from "../../address";
import type { SheetBuilder } from "../../builder";
import { REFERENCE_POINTS, header, section, text, unit, type LayoutContext } from "../../layoutContext";
import type { CellPlan, NumberFormatName } from "../../types";
import { T0, type CalcLayout } from "../calc";

/** Places rows that link, year by year, to a row of the calculation sheet. */
class LinkRows {
  constructor(
    readonly m: LayoutContext,
    readonly b: SheetBuilder,
    public row: number,
  ) {}

  add(
    label: string | CellPlan,
    unitText: string,
    calcRow: number,
    values: readonly (number | string)[],
    format: NumberFormatName,
    style: CellPlan["style"] = "link",
  ): number {
    const { b, m } = this;
    b.set(this.row, 0, typeof label === "string" ? text(label) : label);
    b.set(this.row, 1, unit(unitText));
    for (let i = 0; i <= m.H; i++) {
      b.set(this.row, T0 + i, {
        formula: `=${m.ctx.sheetPrefix("calc")}${columnLetters(T0 + i)}${calcRow + 1}`,
        result: values[i],
        style,
        numberFormat: format,
      });
    }
    return this.row++;
  }
}

export interface PerYearRows {
  yearsRow: number;
  netNominalRow: number;
  cumulativeRow: number;
}

export function perYearSection(m: LayoutContext, b: SheetBuilder, row: number, calc: CalcLayout): PerYearRows & { next: number } {
  const { c, tr, H } = m;
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(tr("Per jaar", "Per year")));
  b.set(r, 0, header(""));
  b.set(r, 1, header(tr("Eenheid", "Unit")));
  b.set(r, 2, header(""));
  // The same formula across the row: the position of the column in the timeline.
  for (let i = 0; i <= H; i++)
    b.set(r, T0 + i, {
      formula: `=INDEX(BC_Years,COLUMN()-COLUMN($${columnLetters(T0)}$${r + 1})+1)`,
      result: R.years[i],
      style: "header",
      numberFormat: "year",
    });
  const yearsRow = r++;
  const links = new LinkRows(m, b, r);
  const rows = calc.rows;
  const youths = tr("jeugdigen", "youths");
  c.careForms.forEach((f, fi) =>
    links.add({ formula: `=BC_Name_${f.id}`, result: f.name, style: "link" }, youths, calc.volumeRows.get(f.id)!, R.forms[fi].volumes, "count"),
  );
  links.add(tr("Totaal geplaatst", "Total placed"), youths, rows.totalPlaced, R.totalPlaced, "count");
  links.add(tr("Referentiekosten (reëel)", "Reference cost (real)"), "€", rows.referenceCost, R.referenceCost, "eur");
  links.add(tr("Kosten (reëel)", "Cost (real)"), "€", rows.scenarioCost, R.scenarioCost, "eur");
  links.add(tr("Besparing (reëel)", "Saving (real)"), "€", rows.savingReal, R.savingReal, "eur");
  links.add(tr("Eenmalige transitiekosten (reëel)", "One-off transition costs (real)"), "€", rows.oneOffReal, R.oneOffReal, "eur");
  links.add(tr("Netto besparing (reëel)", "Net saving (real)"), "€", rows.netReal, R.netReal, "eur");
  const netNominalRow = links.add(tr("Netto besparing (nominaal)", "Net saving (nominal)"), "€", rows.netNominal, R.netNominal, "eur");
  const cumulativeRow = links.add(
    tr("Netto besparing cumulatief (nominaal)", "Net saving cumulative (nominal)"),
    "€",
    rows.cumulativeNominal,
    R.cumulativeNominal,
    "eur",
    "output",
  );
  return { yearsRow, netNominalRow, cumulativeRow, next: links.row + 1 };
}

export interface ShareRows {
  shareRow: number;
  refRows: number[];
}

/** Per 1,000 youths and the share away from home against the reference points (when the population is known). */
export function per1000Section(m: LayoutContext, b: SheetBuilder, row: number, calc: CalcLayout): { rows?: ShareRows; next: number } {
  const { c, tr, H } = m;
  const R = m.results;
  if (m.population === null) return { next: row };
  let r = row;
  b.set(r++, 0, section(tr("Kengetallen per 1.000 jeugdigen en aandeel uit huis", "Figures per 1,000 youths and share away from home")));
  const links = new LinkRows(m, b, r);
  const per1000 = tr(": per 1.000", ": per 1,000");
  c.careForms.forEach((f, fi) =>
    links.add(
      { formula: `=BC_Name_${f.id}&"${per1000}"`, result: `${f.name}${per1000}`, style: "link" },
      tr("per 1.000", "per 1,000"),
      calc.per1000Rows.get(f.id)!,
      R.forms[fi].per1000!,
      "per1000",
    ),
  );
  const shareRow = links.add(
    tr("Aandeel jeugdigen uit huis", "Share of youths away from home"),
    "%",
    calc.rows.awayFromHomeShare!,
    R.awayFromHomeShare!,
    "percent2",
    "output",
  );
  r = links.row;
  const refRows = REFERENCE_POINTS.map((ref) => {
    b.set(r, 0, text(`${tr("Referentie", "Reference")}: ${m.label(ref)}`));
    b.set(r, 1, unit("%"));
    for (let i = 0; i <= H; i++) b.set(r, T0 + i, { formula: `=BC_Ref_${ref.key}`, result: ref.value, style: "link", numberFormat: "percent2" });
    return r++;
  });
  return { rows: { shareRow, refRows }, next: r + 1 };
}
