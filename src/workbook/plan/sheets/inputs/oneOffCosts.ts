/** Inputs sheet, section "One-off transition costs": one row per cost, plus spare rows a user can fill in Excel. */
import type { PathSegment } from "../../../../model";
import { LIMITS } from "../../../../model";
import { colRange } from "../../builder";
import { header, note, section } from "../../layoutContext";
import type { InputCells } from "./inputCells";
import { TEXTS } from "./texts";

/** Spare rows under the one-off costs, so a user can add one in Excel without the add-in. */
export const SPARE_ONE_OFF_ROWS = 3;

export interface OneOffLayout {
  oneOffRows: { first: number; last: number };
}

export function oneOffCostsSection(s: InputCells, row: number): OneOffLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.oneOffSection));
  b.setRow(r++, 0, [header(t.description), header(t.amount), header(t.yearHeader), header(""), header(t.sourceNotes)]);
  const first = r;
  const count = c.oneOffCosts.length + SPARE_ONE_OFF_ROWS;
  ctx.name("BC_OneOffs", "inputs", { row: r, col: 0, rowCount: count, colCount: 5 }, "One-off transition costs: description, amount, year, source");
  ctx.name("BC_OneOffAmounts", "inputs", colRange(r, 1, count), "Amounts of the one-off costs");
  ctx.name("BC_OneOffYears", "inputs", colRange(r, 2, count), "Years of the one-off costs");
  for (let k = 0; k < count; k++) {
    const o = c.oneOffCosts[k];
    const p: PathSegment[] = ["oneOffCosts", k];
    const at = (col: number) => ({ name: "BC_OneOffs", offset: { row: k, col } });
    s.input(r, 0, { value: o?.label, path: [...p, "label"], type: "optionalText", format: "text", table: at(0) });
    s.input(r, 1, { value: o?.amount, path: [...p, "amount"], type: "optionalNumber", format: "eur", table: at(1), validation: s.number(0, LIMITS.maxAmount) });
    s.input(r, 2, {
      value: o?.year,
      path: [...p, "year"],
      type: "optionalInteger",
      format: "year",
      table: at(2),
      validation: s.modelYear(),
    });
    s.input(r, 4, { value: o?.source, path: [...p, "source"], type: "optionalText", format: "text", table: at(4) });
    r++;
  }
  b.set(r, 0, note(t.oneOffSpareRowsNote));
  return { oneOffRows: { first, last: first + count - 1 }, next: r + 2 };
}
