/** Calculation sheet, section "Time axis": year index, year, index factor and discount factor per year. */
import { header, section } from "../../layoutContext";
import type { CalcRows } from "./rows";
import { TEXTS } from "./texts";

export interface TimeAxisRows {
  /** The year index row (0..H): every per-year formula reads its year from here. */
  yearIndex: number;
  year: number;
  indexFactor: number;
}

export function timeAxisSection(rows: CalcRows): TimeAxisRows {
  const { m, b } = rows;
  const t = m.texts(TEXTS);
  const R = m.results;
  b.set(rows.row, 0, section(t.timeAxis));
  b.set(rows.row, 1, header(t.unit));
  b.set(rows.row, 2, header(t.value));
  rows.gap();
  const yearIndex = rows.row;
  const I = (L: string) => `${L}$${yearIndex + 1}`;
  rows.timeline({
    label: t.yearIndex,
    unit: "",
    formula: () => `=COLUMN()-COLUMN($${rows.first}$${yearIndex + 1})`,
    values: R.years.map((_, i) => i),
    format: "integer",
  });
  const year = rows.timeline({
    label: t.yearHeader,
    unit: t.year,
    formula: (L) => `=BC_BaseYear+${I(L)}`,
    values: R.years,
    format: "year",
    name: "BC_Years",
    comment: "The years 0..H",
    style: "output",
  });
  const indexFactor = rows.timeline({
    label: t.indexFactor,
    unit: "factor",
    formula: (L) => `=(1+BC_Indexation)^${I(L)}`,
    values: R.indexFactor,
    format: "factor",
    name: "BC_IndexFactors",
    comment: "(1 + indexation)^i",
  });
  rows.timeline({
    label: t.discountFactor,
    unit: "factor",
    formula: (L) => `=1/(1+BC_DiscountRate)^${I(L)}`,
    values: R.discountFactor,
    format: "factor",
    name: "BC_DiscountFactors",
    comment: "1 / (1 + discount rate)^i",
  });
  rows.gap();
  return { yearIndex, year, indexFactor };
}
