/**
 * The problems of the case being edited: `validateCase` from src/model (the same rules as the
 * command line) plus one problem per number field whose typed text does not parse. Each problem
 * belongs to a step of the wizard and, through its path, to a field.
 */
import {
  formatPath,
  makeProblem,
  ownValue,
  plausibilityWarnings,
  validateCase,
  type Case,
  type Lang,
  type PathSegment,
  type Problem,
  type Warning,
} from "../../model";
import type { Strings } from "../i18n";
import { stepOf } from "../steps/steps";
import { asArray, getAt, isObject, type EditorState, type JsonObject } from "./editorState";

export interface Checked {
  /** The problems shown (see visibleProblems); `all` are every problem of the case. */
  problems: Problem[];
  all: Problem[];
  /** Valid but far outside what is normal (src/model/plausibility.ts), by path: said, not refused. */
  warnings: Map<string, Warning[]>;
  byPath: Map<string, Problem[]>;
  /** The validated case when there are no problems at all. */
  value: Case | null;
}

export function checkState(state: EditorState, strings: { nl: Strings; en: Strings }): Checked {
  const parseProblems: Problem[] = Object.values(state.raw)
    .filter((e) => e.invalid)
    .map((e) => {
      const reason = (e.reason ?? "notANumber") as keyof Strings["parse"];
      return {
        path: formatPath(e.segments),
        segments: e.segments,
        code: "parse",
        params: [e.text],
        nl: strings.nl.parse[reason](e.text),
        en: strings.en.parse[reason](e.text),
      };
    });
  const badText = new Set(parseProblems.map((p) => p.path));
  const result = validateCase(state.doc);
  const schemaProblems = result.ok ? [] : result.problems.filter((p) => !badText.has(p.path)).map((p) => withoutMeantPercent(p, state));
  const problems = [...parseProblems, ...schemaProblems].sort((a, b) => stepOf(a.segments) - stepOf(b.segments));
  const byPath = new Map<string, Problem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  const warnings = new Map<string, Warning[]>();
  for (const w of plausibilityWarnings(state.doc)) warnings.set(w.path, [...(warnings.get(w.path) ?? []), w]);
  return { problems, all: problems, byPath, warnings, value: result.ok && problems.length === 0 ? result.value : null };
}

/**
 * "Did you mean 1,2%?" helps who typed 1,2 into a percentage field, not who typed 120%: then the
 * range alone is said.
 */
function withoutMeantPercent(p: Problem, state: EditorState): Problem {
  if (p.code !== "between" || p.params[2] !== "percent" || p.params[3] === undefined) return p;
  const typed = state.raw[p.path]?.text ?? "";
  return typed.includes("%") ? makeProblem(p.segments, "between", p.params.slice(0, 3)) : p;
}

/**
 * The problems a user is shown in the fields and the step indicator: those of fields they have
 * been in and of steps they have left with Next (an empty case does not open covered in red). The
 * full list and the validated case stay as they are: the build and saving still need them.
 */
export function visibleProblems(checked: Checked, shown: (segments: readonly PathSegment[]) => boolean): Checked {
  const byPath = new Map<string, Problem[]>();
  for (const [path, problems] of checked.byPath) if (problems.length > 0 && shown(problems[0].segments)) byPath.set(path, problems);
  const problems = checked.problems.filter((p) => byPath.has(p.path));
  return { ...checked, problems, byPath };
}

/** The DOM id of the control for a path (stable, so that a problem can focus its field). */
export function fieldId(segments: readonly PathSegment[]): string {
  return `f-${segments.map((s) => String(s).replace(/[^A-Za-z0-9_]/g, "_")).join("-")}`;
}

/** Names a field as people read it: `Gezinshuis › Extra ambulante zorg › Aandeel`. */
export function describeField(segments: readonly PathSegment[], doc: JsonObject, s: Strings): string {
  const parts: string[] = [];
  const label = (key: string): string => {
    // Own texts only: a key from a file may be `constructor` or `toString`, which every object inherits.
    const direct = ownValue(s as unknown as Record<string, unknown>, key);
    if (typeof direct === "string") return direct;
    const label = ownValue(s.fieldLabels as Record<string, unknown>, key);
    return typeof label === "string" ? label : key;
  };
  const nameOf = (list: string, i: number): string => {
    const item = getAt(doc, [list, i]);
    const rec = isObject(item) ? item : {};
    switch (list) {
      case "careForms":
        return text(rec.name) ?? s.unnamedForm(i + 1);
      case "municipalities":
        return text(rec.name) ?? s.unnamedMunicipality(i + 1);
      case "oneOffCosts":
        return text(rec.label) ?? s.unnamedOneOff(i + 1);
      case "scenarios":
        return text(rec.name) ?? s.unnamedScenario(i + 1);
      default:
        return `${label(list)} ${i + 1}`;
    }
  };
  const specific: Record<string, string> = {
    name: s.careFormName,
    id: s.careFormId,
    kind: s.careFormKind,
    label: s.costLabel,
    amount: s.costAmount,
    per: s.costPer,
    share: s.ambulantShare,
    ambulant: s.ambulantHeading,
    yearsToTarget: s.yearsToTarget,
    year: s.oneOffYear,
    realisation: s.realisation,
    current: s.current,
    target: s.target,
  };
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    const next = segments[k + 1];
    if (typeof seg === "string" && typeof next === "number") {
      if (seg === "costs") {
        const cost = getAt(doc, [...segments.slice(0, k + 1), next]);
        parts.push(isObject(cost) ? (text(cost.label) ?? s.unnamedCost(next + 1)) : s.unnamedCost(next + 1));
      } else if (seg === "shares") {
        const base = typeof doc.baseYear === "number" ? String(doc.baseYear + next + 1) : String(next + 1);
        parts.push(s.shareInYear(base, next + 1));
      } else parts.push(k === 0 ? nameOf(seg, next) : `${label(seg)} ${next + 1}`);
      k++;
      continue;
    }
    if (typeof seg === "number") {
      parts.push(String(seg + 1));
      continue;
    }
    if (k === 0) parts.push(label(seg));
    else if (segments[k - 1] === "volumes") {
      // a care form's id inside a municipality's volumes
      const form = asArray(doc.careForms).find((f) => isObject(f) && f.id === seg);
      parts.push(isObject(form) ? (text(form.name) ?? seg) : seg);
    } else if (seg === "volumes") continue;
    else parts.push(specific[seg] ?? label(seg));
  }
  return parts.length === 0 ? s.caseLevel : parts.join(" › ");
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

export function problemText(p: Problem, lang: Lang): string {
  return lang === "nl" ? p.nl : p.en;
}
