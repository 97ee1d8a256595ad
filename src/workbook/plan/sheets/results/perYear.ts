/** Results sheet, sections "Per year" (links to the calculation sheet) and "Per 1,000 youths" against the reference points. */
import { columnLetters } from "../../address";
import type { SheetBuilder } from "../../builder";
import { REFERENCE_POINTS, header, note, section, text, unit, type LayoutContext } from "../../layoutContext";
import type { CellPlan, NumberFormatName } from "../../types";
import { T0, type CalcLayout } from "../calc";
import { TEXTS } from "./texts";

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
  const { c, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  let r = row;
  b.set(r++, 0, section(t.perYearSection));
  b.set(r, 0, header(""));
  b.set(r, 1, header(t.unit));
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
  const youths = t.youths;
  c.careForms.forEach((f, fi) =>
    links.add({ formula: `=BC_Name_${f.id}`, result: f.name, style: "link" }, youths, calc.volumeRows.get(f.id)!, R.forms[fi].volumes, "count"),
  );
  links.add(t.totalPlaced, youths, rows.totalPlaced, R.totalPlaced, "count");
  links.add(t.referenceCostReal, "€", rows.referenceCost, R.referenceCost, "eur");
  links.add(t.costReal, "€", rows.scenarioCost, R.scenarioCost, "eur");
  links.add(t.savingReal, "€", rows.savingReal, R.savingReal, "eur");
  links.add(t.oneOffCostsReal, "€", rows.oneOffReal, R.oneOffReal, "eur");
  links.add(t.netSavingReal, "€", rows.netReal, R.netReal, "eur");
  const netNominalRow = links.add(t.netSavingNominal, "€", rows.netNominal, R.netNominal, "eur");
  const cumulativeRow = links.add(t.netSavingCumulative, "€", rows.cumulativeNominal, R.cumulativeNominal, "eur", "output");
  return { yearsRow, netNominalRow, cumulativeRow, next: links.row + 1 };
}

export interface ShareRows {
  shareRow: number;
  refRows: number[];
}

/** Per 1,000 youths and the share away from home against the reference points (when the population is known). */
export function per1000Section(m: LayoutContext, b: SheetBuilder, row: number, calc: CalcLayout): { rows?: ShareRows; next: number } {
  const { c, H } = m;
  const t = m.texts(TEXTS);
  const R = m.results;
  if (m.population === null) return { next: row };
  let r = row;
  b.set(r++, 0, section(t.per1000Section));
  const links = new LinkRows(m, b, r);
  const per1000 = t.per1000Suffix;
  c.careForms.forEach((f, fi) =>
    links.add(
      { formula: `=BC_Name_${f.id}&"${per1000}"`, result: `${f.name}${per1000}`, style: "link" },
      t.per1000,
      calc.per1000Rows.get(f.id)!,
      R.forms[fi].per1000!,
      "per1000",
    ),
  );
  const shareRow = links.add(t.shareYouthsAway, "%", calc.rows.awayFromHomeShare!, R.awayFromHomeShare!, "percent2", "output");
  r = links.row;
  const refRows = REFERENCE_POINTS.map((ref) => {
    b.set(r, 0, text(`${t.reference}: ${t.referencePointLabels[ref.key]}`));
    b.set(r, 1, unit("%"));
    for (let i = 0; i <= H; i++) b.set(r, T0 + i, { formula: `=BC_Ref_${ref.key}`, result: ref.value, style: "link", numberFormat: "percent2" });
    return r++;
  });
  b.set(r++, 0, note(t.referenceCountNote));
  return { rows: { shareRow, refRows }, next: r + 1 };
}
