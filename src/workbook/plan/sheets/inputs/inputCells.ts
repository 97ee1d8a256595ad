/**
 * The one helper the sections of the inputs sheet share: it places an input cell (value, style,
 * defined name or place in a named table, binding for the reader, data validation) and makes the
 * validations and the source cell next to an input. Every section gets the same instance.
 */
import type { PathSegment } from "../../../../model";
import { CARE_FORM_KINDS, COST_PERIODS } from "../../../../model";
import { cellA1 } from "../../address";
import { cell, type SheetBuilder } from "../../builder";
import { text, unit, type LayoutContext } from "../../layoutContext";
import type { CellPlan, InputBinding, NumberFormatName, ValidationPlan } from "../../types";
import { TEXTS } from "./texts";

/** Columns of the inputs sheet's general tables. */
export const COL = { label: 0, value: 1, unit: 2, days: 3, source: 4 } as const;

export interface InputSpec {
  value: string | number | undefined;
  path: PathSegment[];
  type: InputBinding["type"];
  format: NumberFormatName;
  /** A defined name of its own, or a place in a named table. */
  name?: string;
  table?: { name: string; offset: { row: number; col: number } };
  comment?: string;
  validation?: Omit<ValidationPlan, "range">;
  choices?: Record<string, string>;
}

export type Validation = Omit<ValidationPlan, "range">;

export class InputCells {
  /** The texts the drop-downs show for each case value (the reader maps them back). */
  readonly perChoices: Record<string, string>;
  readonly kindChoices: Record<string, string>;
  readonly methodChoices: { linear: string; shares: string };

  constructor(
    readonly m: LayoutContext,
    readonly b: SheetBuilder,
  ) {
    const t = m.texts(TEXTS);
    this.perChoices = Object.fromEntries(COST_PERIODS.map((p) => [p, t.periodLabels[p]]));
    this.kindChoices = Object.fromEntries(CARE_FORM_KINDS.map((k) => [k, t.kindLabels[k]]));
    this.methodChoices = { ...t.methodLabels };
  }

  /** Places an input cell and returns its absolute A1 address on this sheet. */
  input(row: number, col: number, spec: InputSpec): string {
    const isText = spec.type === "text" || spec.type === "optionalText" || spec.type === "enum";
    // Sources and notes are sentences: they wrap in their wide column; other text inputs stay on one line.
    const style: CellPlan["style"] = !isText ? "input" : col === COL.source ? "inputNote" : "inputText";
    this.b.set(row, col, { value: spec.value === undefined ? undefined : spec.value, style, numberFormat: spec.format });
    if (spec.name) this.m.ctx.name(spec.name, "inputs", cell(row, col), spec.comment ?? "");
    const name = spec.name ?? spec.table?.name;
    if (!name) throw new Error("input without a name");
    this.m.ctx.bind({ path: spec.path, name, offset: spec.table?.offset, sheet: "inputs", row, col, type: spec.type, choices: spec.choices });
    if (spec.validation) this.b.validations.push({ range: cell(row, col), ...spec.validation });
    return cellA1(row, col, true);
  }

  /** A number between min and max (whole or decimal), with a message that says so. */
  number(min: number, max: number, whole = false): Validation {
    const t = this.m.texts(TEXTS);
    const fmt = (x: number) => x.toLocaleString(this.m.ctx.lang === "nl" ? "nl-NL" : "en-GB");
    return {
      type: whole ? "whole" : "decimal",
      min,
      max,
      errorTitle: t.invalidInput,
      errorMessage: whole ? t.enterWholeNumber(min, max) : t.enterNumberBetween(fmt(min), fmt(max)),
    };
  }

  /**
   * A year of the model: from the base year to the last year of the horizon. The bounds are
   * formulas on the inputs, so that a user who changes the base year in the workbook can type the
   * new years (a number fixed at the build would hold the old ones).
   */
  modelYear(): Validation {
    const t = this.m.texts(TEXTS);
    return { type: "whole", min: "=BC_BaseYear", max: "=BC_BaseYear+BC_Horizon", errorTitle: t.invalidInput, errorMessage: t.enterModelYear };
  }

  /** One of the values of a named list. */
  list(source: string, what: string): Validation {
    const t = this.m.texts(TEXTS);
    return {
      type: "list",
      source: `=${source}`,
      errorTitle: t.chooseFromListTitle,
      errorMessage: t.chooseFromList(what),
    };
  }

  /** The source cell of an input, in the source column, bound at its offset from the input's name. */
  source(row: number, path: PathSegment[], value: string | undefined, inputName: string, offsetCol: number = COL.source - COL.value): void {
    this.input(row, COL.source, { value, path, type: "optionalText", format: "text", table: { name: inputName, offset: { row: 0, col: offsetCol } } });
  }

  /** A general input on a row of its own: label, the named input, its unit and, where given, its source cell. */
  generalInput(row: number, label: string, spec: InputSpec & { name: string }, unitText: string, sourcePath?: PathSegment[], sourceValue?: string): void {
    this.b.set(row, 0, text(label));
    this.input(row, COL.value, spec);
    this.b.set(row, COL.unit, unit(unitText));
    if (sourcePath) this.source(row, sourcePath, sourceValue, spec.name);
  }
}
