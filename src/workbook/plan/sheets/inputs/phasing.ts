/** Inputs sheet, section "Phasing": years to target, the method (linear or own shares) and the shares per year. */
import { phaseShares } from "../../../../model";
import { columnLetters } from "../../address";
import { cell, rowRange } from "../../builder";
import { note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";
import { TEXTS } from "./texts";

/**
 * A pseudo-field of the case read back from the workbook: which phasing method the drop-down
 * shows. `tidyReadCase` turns it into the presence or absence of `phasing.shares`.
 */
export const PHASING_METHOD_FIELD = "__phasingMethod";

export interface PhasingLayout {
  sharesRow: number;
  /** Column of year index 0 in the shares row; year i sits at sharesCol + i. */
  sharesCol: number;
}

export function phasingSection(s: InputCells, row: number): PhasingLayout & { next: number } {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.phasingSection));
  b.set(r, 0, text(t.yearsToTargetLabel));
  s.input(r, COL.value, {
    value: c.phasing.yearsToTarget,
    path: ["phasing", "yearsToTarget"],
    type: "integer",
    format: "integer",
    name: "BC_YearsToTarget",
    comment: "Years until the target volumes are reached (linear phasing)",
    validation: s.number(1, c.horizonYears, true),
  });
  b.set(r, COL.unit, unit(t.years));
  s.source(r++, ["sources", "phasing"], c.sources?.phasing, "BC_YearsToTarget");

  // The method is a drop-down the reader maps back to the presence of phasing.shares.
  b.set(r, 0, text(t.method));
  b.set(r, COL.value, { value: c.phasing.shares ? s.methodChoices.shares : s.methodChoices.linear, style: "inputText", numberFormat: "text" });
  ctx.name("BC_PhasingMethod", "inputs", cell(r, COL.value), "Linear phasing or own shares per year");
  ctx.bind({ path: [PHASING_METHOD_FIELD], name: "BC_PhasingMethod", sheet: "inputs", row: r, col: COL.value, type: "enum", choices: s.methodChoices });
  b.validations.push({ range: cell(r, COL.value), ...s.list("BC_List_Method", t.aMethod) });
  b.set(r++, COL.source, note(t.methodNote));

  const sharesCol = COL.value;
  b.set(r, 0, text(t.yearHeader));
  for (let i = 0; i <= m.H; i++) {
    const L = columnLetters(sharesCol + i - 1);
    b.set(
      r,
      sharesCol + i,
      i === 0
        ? { formula: "=BC_BaseYear", result: c.baseYear, style: "header", numberFormat: "year" }
        : { formula: `=${L}${r + 1}+1`, result: c.baseYear + i, style: "header", numberFormat: "year" },
    );
  }
  r++;
  b.set(r, 0, text(t.ownShares));
  const shares = c.phasing.shares ?? phaseShares(m.H, c.phasing.yearsToTarget).slice(1);
  ctx.name("BC_PhasingShares", "inputs", rowRange(r, sharesCol, m.H + 1), "Share of the shift reached per year (year 0 is 0)");
  b.set(r, sharesCol, { value: 0, style: "constant", numberFormat: "percent" });
  for (let i = 1; i <= m.H; i++) {
    b.set(r, sharesCol + i, { value: shares[i - 1], style: "input", numberFormat: "percent" });
    ctx.bind({
      path: ["phasing", "shares", i - 1],
      name: "BC_PhasingShares",
      offset: { row: 0, col: i },
      sheet: "inputs",
      row: r,
      col: sharesCol + i,
      type: "number",
    });
    b.validations.push({ range: cell(r, sharesCol + i), ...s.number(0, 1) });
  }
  return { sharesRow: r, sharesCol, next: r + 2 };
}
