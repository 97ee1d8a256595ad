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

export type MetaReadResult = { ok: true; meta: ModelMeta } | { ok: false; reason: "absent" | "damaged"; detail: string };

/** Reads the key/value rows of BC_Meta back; anything unexpected is reported, never guessed. */
export function decodeMeta(rows: readonly (readonly unknown[])[]): MetaReadResult {
  const single = new Map<string, unknown>();
  const chunks = new Map<string, string[]>();
  for (const row of rows) {
    const key = row[0];
    if (typeof key !== "string" || key === "") continue;
    const m = /^(.+)#(\d+)$/.exec(key);
    if (m) {
      const parts = chunks.get(m[1]) ?? [];
      parts[Number(m[2])] = row[1] === undefined || row[1] === null ? "" : String(row[1]);
      chunks.set(m[1], parts);
    } else {
      single.set(key, row[1]);
    }
  }
  if (single.get("marker") !== META_MARKER) return { ok: false, reason: "absent", detail: "no marker" };
  const joined = (key: string) => {
    const parts = chunks.get(key);
    if (!parts || parts.some((p) => p === undefined)) throw new Error(`missing ${key}`);
    return parts.join("");
  };
  try {
    const lang = single.get("lang");
    if (lang !== "nl" && lang !== "en") throw new Error("lang");
    return {
      ok: true,
      meta: {
        addinVersion: String(single.get("addinVersion") ?? ""),
        lang,
        builtAt: String(single.get("builtAt") ?? ""),
        sheets: JSON.parse(joined("sheets")),
        names: JSON.parse(joined("names")),
        footprint: JSON.parse(joined("footprint")),
        caseJson: joined("case"),
      },
    };
  } catch (e) {
    return { ok: false, reason: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
}
