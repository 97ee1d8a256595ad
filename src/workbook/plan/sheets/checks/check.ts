/** What a check is, and the small helpers the check formulas share. */
import type { LayoutContext } from "../../layoutContext";

export interface Check {
  /** A stable key (the tests break the thing each check guards and look for it by key). */
  key: string;
  label: string;
  /** A formula giving 1 when the check holds and 0 when it does not. */
  formula: string;
  /** Whether the check holds for the case as built (the cached result). */
  holds: boolean;
}

export function checkTools(m: LayoutContext) {
  return {
    /** The inputs sheet's name as a formula writes it before "!". */
    I: m.ctx.sheetPrefix("inputs"),
    // A check that cannot be evaluated (an error from a broken input upstream) has failed: 0, never an error value.
    ok: (condition: string) => `=IFERROR(IF(${condition},1,0),0)`,
    ids: m.c.careForms.map((f) => f.id),
    /** Every cell of the range holds a number. */
    isNumbers: (range: string) => `COUNT(${range})=ROWS(${range})*COLUMNS(${range})`,
  };
}
