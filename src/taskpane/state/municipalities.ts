/**
 * Volumes per municipality (method.md section 6): switching the grid on and off, its columns, and
 * pasting a block of cells copied from Excel (tab-separated rows).
 */
import type { Lang, PathSegment } from "../../model";
import { parseNumber } from "../numbers/parseNumber";
import { asArray, dropRawUnder, getAt, isObject, setAt, setNumberText, setValue, type EditorState, type JsonObject } from "./editorState";

/** One column of the grid: the municipality's name, its youth population, or a form's current/target volume. */
export type GridColumn = { kind: "name" } | { kind: "population" } | { kind: "volume"; formIndex: number; formId: string; which: "current" | "target" };

export function gridColumns(doc: JsonObject): GridColumn[] {
  const forms = asArray(doc.careForms);
  return [
    { kind: "name" },
    { kind: "population" },
    ...forms.flatMap((f, formIndex) => {
      const formId = isObject(f) && typeof f.id === "string" ? f.id : "";
      return (["current", "target"] as const).map((which) => ({ kind: "volume" as const, formIndex, formId, which }));
    }),
  ];
}

export function cellSegments(row: number, column: GridColumn): PathSegment[] {
  switch (column.kind) {
    case "name":
      return ["municipalities", row, "name"];
    case "population":
      return ["municipalities", row, "youthPopulation"];
    case "volume":
      return ["municipalities", row, "volumes", column.formId, column.which];
  }
}

/** Switches to volumes per municipality: one municipality (named after the region) holds today's volumes and population. */
export function enableMunicipalities(state: EditorState, firstName: string): EditorState {
  const doc = state.doc;
  const forms = asArray(doc.careForms);
  // Built from entries, so that an id being typed (`__proto__`, say) is a key like any other.
  const volumes: JsonObject = Object.fromEntries(
    forms.filter((f): f is JsonObject => isObject(f) && typeof f.id === "string").map((f) => [f.id as string, { current: f.current, target: f.target }]),
  );
  const first: JsonObject = { name: firstName, volumes };
  if (typeof doc.youthPopulation === "number") first.youthPopulation = doc.youthPopulation;
  const next: JsonObject = {
    ...doc,
    careForms: forms.map((f) => {
      if (!isObject(f)) return f;
      const { current: _c, target: _t, ...rest } = f;
      return rest;
    }),
    municipalities: [first],
  };
  delete next.youthPopulation;
  let raw = dropRawUnder(state.raw, ["youthPopulation"]);
  forms.forEach((_, i) => {
    raw = dropRawUnder(raw, ["careForms", i, "current"]);
    raw = dropRawUnder(raw, ["careForms", i, "target"]);
  });
  return { doc: next, raw };
}

/** Back to one volume per form: the sums over the municipalities (and their population, when every one gives it). */
export function disableMunicipalities(state: EditorState): EditorState {
  const doc = state.doc;
  const municipalities = asArray(doc.municipalities).filter(isObject);
  const sum = (id: string, which: "current" | "target") =>
    municipalities.reduce((s, m) => {
      const v = getAt(m, ["volumes", id, which]);
      return s + (typeof v === "number" && Number.isFinite(v) ? v : 0);
    }, 0);
  const next: JsonObject = {
    ...doc,
    careForms: asArray(doc.careForms).map((f) =>
      isObject(f) && typeof f.id === "string" ? { ...f, current: sum(f.id, "current"), target: sum(f.id, "target") } : f,
    ),
  };
  delete next.municipalities;
  const populations = municipalities.map((m) => m.youthPopulation);
  if (next.youthPopulation === undefined && populations.length > 0 && populations.every((p) => typeof p === "number")) {
    next.youthPopulation = (populations as number[]).reduce((a, b) => a + b, 0);
  }
  return { doc: next, raw: dropRawUnder(state.raw, ["municipalities"]) };
}

export function addMunicipality(state: EditorState, name: string): EditorState {
  const list = asArray(state.doc.municipalities);
  return { ...state, doc: setAt(state.doc, ["municipalities"], [...list, { name, volumes: {} }]) };
}

/**
 * Pastes a block copied from Excel: rows separated by new lines, cells by tabs, starting at the
 * given cell. Numbers go through the same parser as typing (Dutch or English notation). A first
 * row without any number in the number columns is a header row and is skipped. Rows past the
 * last municipality add municipalities. Returns null when the text is a single value (the
 * browser's own paste then fills the field).
 */
export function pasteIntoGrid(state: EditorState, startRow: number, startColumn: number, text: string, lang: Lang): EditorState | null {
  const body = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  if (!body.includes("\t") && !body.includes("\n")) return null;
  let rows = body.split("\n").map((line) => line.split("\t"));
  const columns = gridColumns(state.doc);

  const isNumberColumn = (c: number) => columns[c] !== undefined && columns[c].kind !== "name";
  const looksLikeHeader = (cells: string[]) => {
    const numeric = cells.map((cell, k) => ({ cell: cell.trim(), k: startColumn + k })).filter((x) => isNumberColumn(x.k) && x.cell !== "");
    return numeric.length > 0 && numeric.every((x) => parseNumber(x.cell, lang, {}).kind === "invalid");
  };
  if (rows.length > 1 && looksLikeHeader(rows[0])) rows = rows.slice(1);

  let next = state;
  rows.forEach((cells, r) => {
    const row = startRow + r;
    while (asArray(next.doc.municipalities).length <= row) next = addMunicipality(next, "");
    cells.forEach((cell, k) => {
      const column = columns[startColumn + k];
      if (!column) return; // cells past the last column are ignored
      const segments = cellSegments(row, column);
      if (column.kind === "name") next = setValue(next, segments, cell.trim());
      else next = setNumberText(next, segments, cell.trim(), parseNumber(cell, lang, {}));
    });
  });
  return next;
}
