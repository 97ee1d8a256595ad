/**
 * The case being edited and the texts the user typed, as plain data, with pure edits.
 *
 * `doc` is the case file as it stands (it may be invalid: that is what validation is for).
 * `raw` holds, per number field the user has typed in, the text exactly as typed. The case only
 * gets a number when the text parses; an empty text removes the key (validation then says
 * whether the field was required); a text that does not parse leaves the case as it was and is a
 * problem of its own at that field. Fields without an entry in `raw` show the case's value.
 */
import { formatPath, hasOwn, type PathSegment } from "../../model";
import type { ParseResult } from "../numbers/parseNumber";
import { markSourceAfterChange } from "./sources";

export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export interface RawEntry {
  segments: PathSegment[];
  text: string;
  /** True when the text did not parse: the field shows a problem and the case kept its old value. */
  invalid: boolean;
  reason?: string;
}

export interface EditorState {
  doc: JsonObject;
  raw: Record<string, RawEntry>;
}

export function emptyEditorState(doc: JsonObject): EditorState {
  return { doc, raw: {} };
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value at a path, through own properties only (a care form's id may be `constructor`, which every object inherits). */
export function getAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (v === null || typeof v !== "object" || !hasOwn(v, s)) return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** A copy of `root` with the value at `segments` replaced (undefined removes an object key). Missing containers are made. */
export function setAt<T>(root: T, segments: readonly PathSegment[], value: unknown): T {
  if (segments.length === 0) return value as T;
  const [head, ...rest] = segments;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : isObject(root)
      ? { ...root }
      : typeof head === "number"
        ? []
        : {};
  const current = hasOwn(container, head) ? (container as Record<string | number, unknown>)[head] : undefined;
  const next = rest.length === 0 ? value : setAt(current, rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[head as string];
  // A plain property even for a key such as `__proto__` (an assignment would replace the prototype).
  else Object.defineProperty(container, head, { value: next, writable: true, enumerable: true, configurable: true });
  return container as T;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Sets a plain value (text, choice); the raw text of that path, if any, no longer applies. */
export function setValue(state: EditorState, segments: PathSegment[], value: unknown): EditorState {
  const raw = { ...state.raw };
  delete raw[formatPath(segments)];
  return afterChange(state.doc, { doc: setAt(state.doc, segments, value), raw }, segments);
}

/** Records what was typed in a number field and, when it parsed (or is empty), changes the case. */
export function setNumberText(state: EditorState, segments: PathSegment[], text: string, parsed: ParseResult): EditorState {
  const key = formatPath(segments);
  const entry: RawEntry = { segments, text, invalid: parsed.kind === "invalid", reason: parsed.kind === "invalid" ? parsed.reason : undefined };
  const raw = { ...state.raw, [key]: entry };
  if (parsed.kind === "invalid") return { doc: state.doc, raw };
  const value = parsed.kind === "number" ? parsed.value : undefined;
  return afterChange(state.doc, { doc: setAt(state.doc, segments, value), raw }, segments);
}

/** Appends an item to the list at `listSegments` (creating the list when absent). */
export function insertItem(state: EditorState, listSegments: PathSegment[], item: unknown): EditorState {
  const list = asArray(getAt(state.doc, listSegments));
  return { ...state, doc: setAt(state.doc, listSegments, [...list, item]) };
}

/** Removes item `index` from the list; raw texts of later items move up with them. */
export function removeItem(state: EditorState, listSegments: PathSegment[], index: number): EditorState {
  const list = asArray(getAt(state.doc, listSegments));
  const doc = setAt(
    state.doc,
    listSegments,
    list.filter((_, i) => i !== index),
  );
  return { doc, raw: reindexRaw(state.raw, listSegments, index) };
}

function reindexRaw(raw: Record<string, RawEntry>, listSegments: PathSegment[], removed: number): Record<string, RawEntry> {
  const out: Record<string, RawEntry> = {};
  const n = listSegments.length;
  for (const entry of Object.values(raw)) {
    const s = entry.segments;
    const inList = s.length > n && listSegments.every((seg, i) => s[i] === seg) && typeof s[n] === "number";
    if (!inList) {
      out[formatPath(s)] = entry;
      continue;
    }
    const index = s[n] as number;
    if (index === removed) continue;
    const segments = index > removed ? [...s.slice(0, n), index - 1, ...s.slice(n + 1)] : s;
    out[formatPath(segments)] = { ...entry, segments };
  }
  return out;
}

/** Drops every raw text under a path (after the values there were replaced wholesale). */
export function dropRawUnder(raw: Record<string, RawEntry>, prefix: PathSegment[]): Record<string, RawEntry> {
  const out: Record<string, RawEntry> = {};
  for (const [key, entry] of Object.entries(raw)) {
    const under = entry.segments.length >= prefix.length && prefix.every((seg, i) => entry.segments[i] === seg);
    if (!under) out[key] = entry;
  }
  return out;
}

/**
 * Keeps dependent values in step: a source given for the old value is marked outdated
 * (sources.ts); when the horizon changes to a valid number of years, the yearly phasing shares
 * (when used) get one value per year, the new years at the last share.
 */
function afterChange(before: JsonObject, changed: EditorState, segments: PathSegment[]): EditorState {
  const state = { ...changed, doc: markSourceAfterChange(before, changed.doc, segments) };
  if (segments.length === 1 && segments[0] === "horizonYears") {
    const horizon = state.doc.horizonYears;
    const shares = getAt(state.doc, ["phasing", "shares"]);
    if (Array.isArray(shares) && typeof horizon === "number" && Number.isInteger(horizon) && horizon >= 1 && horizon <= 30 && shares.length !== horizon) {
      const last = shares.length > 0 ? shares[shares.length - 1] : 1;
      const resized = Array.from({ length: horizon }, (_, i) => (i < shares.length ? shares[i] : last));
      return { doc: setAt(state.doc, ["phasing", "shares"], resized), raw: dropRawUnder(state.raw, ["phasing", "shares"]) };
    }
  }
  return state;
}

/**
 * Changes a care form's id and moves the municipalities' volumes and sensitivity ranges that belong
 * to it. Ids are typed a letter at a time, so on the way the id may equal another form's ("a" on the
 * way to "apply" while another form is "a"): volumes then never move from or onto an id another form
 * has. Volumes left under an id no form has (parked while the typed id collided) are this form's
 * when they are the only such ones: the next rename takes them along.
 */
export function renameCareFormId(state: EditorState, index: number, newId: string): EditorState {
  const oldId = getAt(state.doc, ["careForms", index, "id"]);
  let doc = setAt(state.doc, ["careForms", index, "id"], newId);
  const otherIds = new Set(asArray(doc.careForms).flatMap((f, i) => (i !== index && isObject(f) && typeof f.id === "string" ? [f.id] : [])));
  const moves = new Map<number, string>();
  if (typeof oldId === "string" && oldId !== newId && !otherIds.has(newId)) {
    const municipalities = asArray(doc.municipalities);
    if (municipalities.length > 0) {
      doc = setAt(
        doc,
        ["municipalities"],
        municipalities.map((m, mi) => {
          // Own keys only: `"constructor" in volumes` is true for every object, and the volumes then stayed under the half-typed id.
          if (!isObject(m) || !isObject(m.volumes) || hasOwn(m.volumes, newId)) return m;
          const from = volumesKeyOf(m.volumes, oldId, otherIds);
          if (from === undefined) return m;
          moves.set(mi, from);
          const volumes = Object.fromEntries(Object.entries(m.volumes).map(([k, v]) => [k === from ? newId : k, v]));
          return { ...m, volumes };
        }),
      );
    }
    if (isObject(doc.sensitivity)) {
      // The ranges per form (cost_<id>, shift_<id>) follow the same rule as the volumes.
      const perForm = /^(cost|shift)_(.*)$/;
      const formIds = Object.fromEntries(Object.keys(doc.sensitivity).flatMap((k) => (perForm.test(k) ? [[perForm.exec(k)![2], true]] : [])));
      const from = hasOwn(formIds, newId) ? undefined : volumesKeyOf(formIds, oldId, otherIds);
      if (from !== undefined) {
        const moved = Object.fromEntries(
          Object.entries(doc.sensitivity).map(([k, v]) => [k === `cost_${from}` ? `cost_${newId}` : k === `shift_${from}` ? `shift_${newId}` : k, v]),
        );
        doc = { ...doc, sensitivity: moved };
      }
    }
  }
  const raw = Object.fromEntries(
    Object.entries(state.raw).map(([k, e]) => {
      if (e.segments[0] !== "municipalities" || e.segments[2] !== "volumes" || e.segments[3] !== moves.get(e.segments[1] as number)) return [k, e];
      const segments = [...e.segments.slice(0, 3), newId, ...e.segments.slice(4)];
      return [formatPath(segments), { ...e, segments }];
    }),
  );
  return { doc, raw };
}

/** The key (of a municipality's volumes, or of the forms' sensitivity ranges) that belongs to the form being renamed: its old id when no other form has it, else the one key no form has. */
function volumesKeyOf(volumes: JsonObject, oldId: string, otherIds: Set<string>): string | undefined {
  if (!otherIds.has(oldId) && hasOwn(volumes, oldId)) return oldId;
  const orphans = Object.keys(volumes).filter((k) => !otherIds.has(k));
  return orphans.length === 1 ? orphans[0] : undefined;
}

/** An id for a new care form that no other form has (ids end up in Excel names, so letters, digits and _ only). */
export function freshCareFormId(doc: JsonObject, base = "zorgvorm"): string {
  const taken = new Set(asArray(doc.careForms).map((f) => (isObject(f) && typeof f.id === "string" ? f.id.toLowerCase() : "")));
  for (let n = asArray(doc.careForms).length + 1; ; n++) {
    const id = `${base}${n}`;
    if (!taken.has(id.toLowerCase())) return id;
  }
}
