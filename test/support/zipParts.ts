/**
 * The parts of an .xlsx file (a zip) as text, for tests that look at the XML itself where the
 * workbook library does not read a setting back (charts, drawings, calculation properties).
 */
import { unzip } from "@cj-tech-master/excelts/archive";

export async function xlsxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  const reader = unzip(bytes);
  for await (const entry of reader.entries()) {
    if (entry.type === "file") parts.set(entry.path, new TextDecoder().decode(await entry.bytes()));
  }
  return parts;
}

/** One part's text; throws with the parts there are when it is missing. */
export function part(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`no part ${path} in the file (parts: ${[...parts.keys()].join(", ")})`);
  return text;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text an XML attribute or element holds, its entities and character references resolved. */
export function xmlText(escaped: string): string {
  return escaped.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e],
  );
}
