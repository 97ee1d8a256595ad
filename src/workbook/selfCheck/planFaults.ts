/**
 * The last look at a plan before a writer puts it anywhere: every text must be one a workbook can
 * hold and give back unchanged (forbiddenCharacter: no U+FFFE or U+FFFF, no control characters
 * but tab and line feed, no half of a surrogate pair) and every number finite (a NaN is written as <v>NaN</v>, which
 * Excel must repair). Validation keeps such input out; when this finds something anyway, it is our
 * bug, and the writer stops before it writes anything instead of making a corrupt workbook.
 */
import { catalogue, escapeClash, forbiddenCharacter } from "../../model";
import type { WorkbookPlan } from "../plan/types";

export interface PlanFault {
  /** Where in the plan, e.g. `sheets[1].blocks[4].cells[0][2].value`. */
  at: string;
  nl: string;
  en: string;
}

const TEXTS = catalogue(
  {
    char: (at: string, code: string) => `de werkmap zou bij ${at} het teken ${code} krijgen, dat geen werkmap kan bevatten; er is niets geschreven`,
    number: (at: string, value: string) => `de werkmap zou bij ${at} het getal ${value} krijgen; er is niets geschreven`,
    escape: (at: string, sequence: string) => `de tekst bij ${at} bevat '${sequence}', die een werkmapbestand zou veranderen; er is niets geschreven`,
  },
  {
    char: (at, code) => `the workbook would get the character ${code} at ${at}, which no workbook can hold; nothing was written`,
    number: (at, value) => `the workbook would get the number ${value} at ${at}; nothing was written`,
    escape: (at, sequence) => `the text at ${at} holds '${sequence}', which a workbook file would change; nothing was written`,
  },
);

/** The first text or number in the plan that no workbook can hold, or null. */
export function planFault(plan: WorkbookPlan): PlanFault | null {
  const walk = (v: unknown, at: string): PlanFault | null => {
    if (typeof v === "string") {
      const bad = forbiddenCharacter(v);
      if (bad) return { at, nl: TEXTS.nl.char(at, bad.code), en: TEXTS.en.char(at, bad.code) };
      const clash = escapeClash(v);
      return clash && { at, nl: TEXTS.nl.escape(at, clash.sequence), en: TEXTS.en.escape(at, clash.sequence) };
    }
    if (typeof v === "number") return Number.isFinite(v) ? null : { at, nl: TEXTS.nl.number(at, String(v)), en: TEXTS.en.number(at, String(v)) };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const f = walk(v[i], `${at}[${i}]`);
        if (f) return f;
      }
      return null;
    }
    if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        const here = at === "" ? k : `${at}.${k}`;
        // Keys are texts too (a choice's value, a column number).
        const f = walk(k, here) ?? walk(x, here);
        if (f) return f;
      }
    }
    return null;
  };
  return walk(plan, "");
}

/** A writer's refusal to write a plan, or its own output, that would make a corrupt workbook. */
export class WorkbookFault extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "WorkbookFault";
  }
}
