/**
 * The very hidden sheet `BC_Meta` marks a model as the add-in's own. It records what the add-in
 * made (sheets, names, the cells it wrote) and the case of the last build, so that a rebuild
 * touches nothing else and the pane can show what changed since. Two columns: key, value.
 */
import type { Lang } from "../../model";
import type { RangeRef, SheetKey } from "./types";

export const META_SHEET_NAME = "BC_Meta";
export const META_MARKER = "businesscase-gezinsgerichte-zorg";
export const META_FORMAT_VERSION = 1;
/** Excel holds at most 32,767 characters in a cell; longer values are split over rows `key#0`, `key#1`, ... */
const CHUNK = 30000;

export interface ModelMeta {
  addinVersion: string;
  lang: Lang;
  builtAt: string;
  /** The add-in's sheets: key and the name it gave them. */
  sheets: { key: SheetKey; name: string }[];
  /** The defined names the add-in made. */
  names: string[];
  /** Per sheet key, the rectangles the add-in wrote. */
  footprint: Partial<Record<SheetKey, RangeRef[]>>;
  /** The validated case of the last build (JSON). */
  caseJson: string;
}

export function encodeMeta(meta: ModelMeta): [string, string | number][] {
  const rows: [string, string | number][] = [
    ["marker", META_MARKER],
    ["formatVersion", META_FORMAT_VERSION],
    ["addinVersion", meta.addinVersion],
    ["lang", meta.lang],
    ["builtAt", meta.builtAt],
  ];
  const long: [string, string][] = [
    ["sheets", JSON.stringify(meta.sheets)],
    ["names", JSON.stringify(meta.names)],
    ["footprint", JSON.stringify(meta.footprint)],
    ["case", meta.caseJson],
  ];
  for (const [key, text] of long) {
    for (let k = 0; k * CHUNK < text.length || k === 0; k++) {
      rows.push([`${key}#${k}`, text.slice(k * CHUNK, (k + 1) * CHUNK)]);
    }
  }
  return rows;
}

/** What is wrong with a damaged BC_Meta, for the reader to say in Dutch and English. */
export type MetaDamage =
  | { kind: "partBeyondRows"; key: string; part: number; rows: number }
  | { kind: "partMissing"; key: string; part: number }
  | { kind: "keyTwice"; key: string }
  | { kind: "field"; field: "lang" | "builtAt" | "addinVersion" | "sheets" | "names" | "footprint" | "case" };

export type MetaReadResult = { ok: true; meta: ModelMeta } | { ok: false; reason: "absent" } | { ok: false; reason: "damaged"; damage: MetaDamage };

class Damaged {
  constructor(readonly damage: MetaDamage) {}
}

/**
 * Reads the key/value rows of BC_Meta back; anything unexpected is reported, never guessed. A
 * part number beyond the rows the sheet has is damage at once: no row can fill it (and a sparse
 * array up to a typed-in `case#999999999` would cost minutes).
 */
export function decodeMeta(rows: readonly (readonly unknown[])[]): MetaReadResult {
  const single = new Map<string, unknown>();
  const chunks = new Map<string, Map<number, string>>();
  let damage: MetaDamage | undefined;
  for (const row of rows) {
    const key = row[0];
    if (typeof key !== "string" || key === "") continue;
    const m = /^(.+)#(\d+)$/.exec(key);
    if (m) {
      const part = Number(m[2]);
      const parts = chunks.get(m[1]) ?? new Map<number, string>();
      if (part >= rows.length) damage ??= { kind: "partBeyondRows", key, part, rows: rows.length };
      else if (parts.has(part)) damage ??= { kind: "keyTwice", key };
      else parts.set(part, row[1] === undefined || row[1] === null ? "" : String(row[1]));
      chunks.set(m[1], parts);
    } else if (single.has(key)) damage ??= { kind: "keyTwice", key };
    else single.set(key, row[1]);
  }
  if (single.get("marker") !== META_MARKER) return { ok: false, reason: "absent" };
  if (damage) return { ok: false, reason: "damaged", damage };
  const joined = (key: string) => {
    const parts = chunks.get(key);
    if (!parts) throw new Damaged({ kind: "partMissing", key: `${key}#0`, part: 0 });
    const texts: string[] = [];
    for (let k = 0; k < parts.size; k++) {
      const text = parts.get(k);
      if (text === undefined) throw new Damaged({ kind: "partMissing", key: `${key}#${k}`, part: k });
      texts.push(text);
    }
    return texts.join("");
  };
  const parsed = (key: "sheets" | "names" | "footprint", valid: (v: unknown) => boolean) => {
    let value: unknown;
    try {
      value = JSON.parse(joined(key));
    } catch (e) {
      if (e instanceof Damaged) throw e;
      throw new Damaged({ kind: "field", field: key });
    }
    if (!valid(value)) throw new Damaged({ kind: "field", field: key });
    return value;
  };
  try {
    const lang = single.get("lang");
    if (lang !== "nl" && lang !== "en") throw new Damaged({ kind: "field", field: "lang" });
    const builtAt = single.get("builtAt");
    if (typeof builtAt !== "string" || !/^\d{4}-\d\d-\d\dT/.test(builtAt) || Number.isNaN(Date.parse(builtAt)))
      throw new Damaged({ kind: "field", field: "builtAt" });
    const addinVersion = single.get("addinVersion");
    if (typeof addinVersion !== "string" && typeof addinVersion !== "number") throw new Damaged({ kind: "field", field: "addinVersion" });
    return {
      ok: true,
      meta: {
        addinVersion: String(addinVersion),
        lang,
        builtAt,
        sheets: parsed("sheets", isSheetList) as ModelMeta["sheets"],
        names: parsed("names", (v) => Array.isArray(v) && v.every((n) => typeof n === "string" && n.length <= 255)) as string[],
        footprint: parsed("footprint", isFootprint) as ModelMeta["footprint"],
        caseJson: joined("case"),
      },
    };
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, reason: "damaged", damage: e.damage };
    throw e;
  }
}

const SHEET_KEYS: readonly SheetKey[] = ["cover", "inputs", "calc", "results", "sensitivity", "regions", "monitoring", "checks", "meta"];
const isSheetKey = (k: unknown): k is SheetKey => typeof k === "string" && (SHEET_KEYS as readonly string[]).includes(k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isSheetList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => isObject(s) && isSheetKey(s.key) && typeof s.name === "string" && s.name.length >= 1 && s.name.length <= 31);
}

/**
 * Rectangles inside Excel's grid (1,048,576 rows, 16,384 columns), together at most one grid's
 * rows per sheet: the writer compares footprints row by row, so a typed-in row count of a billion
 * would hang it.
 */
function isFootprint(v: unknown): boolean {
  if (!isObject(v)) return false;
  return Object.entries(v).every(
    ([key, rects]) =>
      isSheetKey(key) &&
      Array.isArray(rects) &&
      rects.length <= 10_000 &&
      rects.reduce((n: number, r) => n + (isObject(r) && Number.isInteger(r.rowCount) ? (r.rowCount as number) : Infinity), 0) <= 1_048_576 &&
      rects.every(
        (r) =>
          isObject(r) &&
          [r.row, r.col, r.rowCount, r.colCount].every((x) => Number.isInteger(x) && (x as number) >= 0) &&
          (r.rowCount as number) >= 1 &&
          (r.colCount as number) >= 1 &&
          (r.row as number) + (r.rowCount as number) <= 1_048_576 &&
          (r.col as number) + (r.colCount as number) <= 16_384,
      ),
  );
}
