/**
 * The source beside each input ("Trouw 2019: about EUR 250 a day"), and the rule that keeps it
 * honest: when a value changes while its source stays, the source is marked outdated (the case
 * file's `sourceOutdated`, or `sources.outdated` for the general inputs) until the user gives a
 * new one. Pure: edits of the case file.
 */
import { GENERAL_SOURCE_KEYS, type PathSegment } from "../../model";
import { asArray, getAt, isObject, setAt, type JsonObject } from "./editorState";

type GeneralKey = (typeof GENERAL_SOURCE_KEYS)[number];

/** Where the source of a value is: an item with `source` (a cost, the ambulant care, a care form, a one-off cost) or a general input. */
export type SourceRef = { kind: "item"; holder: PathSegment[] } | { kind: "general"; key: GeneralKey };

/** The source that describes the value at `segments`, if it has one. */
export function sourceOf(segments: readonly PathSegment[], doc: JsonObject): SourceRef | null {
  const [a, i, b, k, c] = segments;
  if (a === "careForms" && typeof i === "number") {
    if (b === "costs" && typeof k === "number" && (c === "amount" || c === "per" || c === "daysPerYear")) return item(segments.slice(0, 4));
    if (b === "ambulant" && (k === "amount" || k === "share")) return item(segments.slice(0, 3));
    if (b === "current" || b === "target") return item(segments.slice(0, 2));
  }
  if (a === "municipalities" && b === "volumes" && typeof k === "string") {
    // A municipality's volume changes its care form's volumes.
    const index = asArray(doc.careForms).findIndex((f) => isObject(f) && f.id === k);
    return index >= 0 ? item(["careForms", index]) : null;
  }
  if (a === "oneOffCosts" && typeof i === "number" && (b === "amount" || b === "year")) return item(segments.slice(0, 2));
  if (a === "phasing") return { kind: "general", key: "phasing" };
  // A scenario's realisation, cost factor or years to target: the reason given for the scenarios.
  if (a === "scenarios" && typeof i === "number" && b !== undefined && b !== "name") return { kind: "general", key: "scenarios" };
  if (segments.length === 1 && (GENERAL_SOURCE_KEYS as readonly unknown[]).includes(a)) return { kind: "general", key: a as GeneralKey };
  return null;
}

const item = (holder: readonly PathSegment[]): SourceRef => ({ kind: "item", holder: [...holder] });

/** The path of the source text itself (for its field). */
export function sourcePath(ref: SourceRef): PathSegment[] {
  return ref.kind === "item" ? [...ref.holder, "source"] : ["sources", ref.key];
}

export function sourceText(doc: JsonObject, ref: SourceRef): string {
  const v = getAt(doc, sourcePath(ref));
  return typeof v === "string" ? v : "";
}

export function isOutdated(doc: JsonObject, ref: SourceRef): boolean {
  if (ref.kind === "item") return getAt(doc, [...ref.holder, "sourceOutdated"]) === true;
  return asArray(getAt(doc, ["sources", "outdated"])).includes(ref.key);
}

function withOutdated(doc: JsonObject, ref: SourceRef, outdated: boolean): JsonObject {
  if (ref.kind === "item") return setAt(doc, [...ref.holder, "sourceOutdated"], outdated ? true : undefined);
  const list = asArray(getAt(doc, ["sources", "outdated"])).filter((k) => k !== ref.key);
  const next = outdated ? [...list, ref.key] : list;
  return setAt(doc, ["sources", "outdated"], next.length > 0 ? next : undefined);
}

/** After a value changed from `before` to `after`: a source given for the old value is marked outdated. */
export function markSourceAfterChange(before: JsonObject, after: JsonObject, segments: readonly PathSegment[]): JsonObject {
  const ref = sourceOf(segments, after);
  if (!ref || sourceText(after, ref).trim() === "" || isOutdated(after, ref)) return after;
  if (JSON.stringify(getAt(before, segments)) === JSON.stringify(getAt(after, segments))) return after;
  return withOutdated(after, ref, true);
}

/** The user gives a source: it describes the value as it is now. */
export function setSource(doc: JsonObject, ref: SourceRef, text: string): JsonObject {
  return withOutdated(setAt(doc, sourcePath(ref), text === "" ? undefined : text), ref, false);
}
