/**
 * Rows of the calculation sheet as data. A timeline row has one formula, written for each year's
 * column; a single row has one value in column C. Each may name its cells (a defined name other
 * sheets and the contract use). `CalcRows` places them one under the other.
 */
import { columnLetters } from "../../address";
import { cell, rowRange, type SheetBuilder } from "../../builder";
import { text, unit, type LayoutContext } from "../../layoutContext";
import type { CellPlan, NumberFormatName, StyleName } from "../../types";

/** The first timeline column (D): year index i sits in column T0 + i. */
export const T0 = 3;

interface RowBase {
  /** Column A: a text, or a cell that links the label (a care form's name, say). */
  label: string | CellPlan;
  /** Column B. */
  unit: string;
  format: NumberFormatName;
  /** Default "calc"; "output" for the rows other sheets show. */
  style?: StyleName;
  /** A defined name over the row's value cells. */
  name?: string;
  /** The defined name's comment (default: the label). */
  comment?: string;
}

/** A row across the years 0..H: `formula` gives the formula for the column letter of year i. */
export interface TimelineRow extends RowBase {
  formula: (column: string, i: number) => string;
  values: readonly (number | string)[];
}

/** A single value in column C. */
export interface SingleRow extends RowBase {
  formula: string;
  value: number | string;
}

export class CalcRows {
  /** The next free row. */
  row: number;

  constructor(
    readonly m: LayoutContext,
    readonly b: SheetBuilder,
    row: number,
  ) {
    this.row = row;
  }

  /** Column letter of year index i. */
  col(i: number): string {
    return columnLetters(T0 + i);
  }

  /** The columns of year 0 and of the last year. */
  get first(): string {
    return this.col(0);
  }

  get last(): string {
    return this.col(this.m.H);
  }

  /** `$D$7:$I$7`: a whole timeline row, absolute. */
  fullRow(row: number): string {
    return `$${this.first}$${row + 1}:$${this.last}$${row + 1}`;
  }

  /** A label that links the care form's name and adds `what`. */
  formLabel(id: string, what: string): CellPlan {
    return { formula: `=BC_Name_${id}&"${what}"`, result: `${this.m.c.careForms.find((f) => f.id === id)!.name}${what}`, style: "link" };
  }

  section(title: CellPlan): void {
    this.b.set(this.row++, 0, title);
  }

  /** Skips a row (the space between sections). */
  gap(): void {
    this.row++;
  }

  timeline(spec: TimelineRow): number {
    const r = this.labelAndUnit(spec);
    for (let i = 0; i <= this.m.H; i++) {
      this.b.set(r, T0 + i, { formula: spec.formula(this.col(i), i), result: spec.values[i], style: spec.style ?? "calc", numberFormat: spec.format });
    }
    if (spec.name) this.m.ctx.name(spec.name, "calc", rowRange(r, T0, this.m.H + 1), spec.comment ?? spec.label.toString());
    return this.row++;
  }

  single(spec: SingleRow): number {
    const r = this.labelAndUnit(spec);
    this.b.set(r, 2, { formula: spec.formula, result: spec.value, style: spec.style ?? "calc", numberFormat: spec.format });
    if (spec.name) this.m.ctx.name(spec.name, "calc", cell(r, 2), spec.comment ?? String(typeof spec.label === "string" ? spec.label : spec.name));
    return this.row++;
  }

  private labelAndUnit(spec: RowBase): number {
    this.b.set(this.row, 0, typeof spec.label === "string" ? text(spec.label) : spec.label);
    this.b.set(this.row, 1, unit(spec.unit));
    return this.row;
  }
}
