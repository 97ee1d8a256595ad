/**
 * What an .xlsx file is before a library opens it: a zip whose parts stay within limits (declared
 * and actual sizes, so a zip bomb is stopped before it fills the memory), with the parts of an
 * Excel workbook, each part intact (length and checksum) and, when asked, well-formed XML. The
 * reader runs this before exceljs loads a file; the .xlsx writer runs it on its own output before
 * it reports success. Every finding has a text in Dutch and English that says what is wrong.
 */
import { SaxParser } from "@cj-tech-master/excelts/xml";
import { catalogue, characterNotInXml, type Lang } from "../../model";
import { inflateEntry, readZipDirectory, ZipDamage, ZipTooLarge, type ZipEntry } from "./zip";

export interface XlsxLimits {
  /** Parts in the zip. */
  maxEntries: number;
  /** Inflated bytes of one part. */
  maxEntryBytes: number;
  /** Inflated bytes of all parts together. */
  maxTotalBytes: number;
}

/**
 * For reading a workbook: twenty times a model the add-in makes (0.25 MB inflated, 1.9 MB for the
 * largest case with 100 municipalities), room for the user's own sheets, and still bounded for the
 * spreadsheet library that reads it next (exceljs took 485 MB of memory for 20 MB of sheet XML).
 */
export const READ_LIMITS: XlsxLimits = { maxEntries: 10_000, maxEntryBytes: 40 * 2 ** 20, maxTotalBytes: 40 * 2 ** 20 };

export type XlsxProblemCode =
  "notZip" | "oldOrEncrypted" | "json" | "openDocument" | "notWorkbook" | "damaged" | "encrypted" | "tooLarge" | "tooManyParts" | "notXml";

export interface XlsxProblem {
  code: XlsxProblemCode;
  /** The part it is about, when one is. */
  part?: string;
  nl: string;
  en: string;
}

const MB = (bytes: number) => Math.round(bytes / 2 ** 20);

const TEXTS = catalogue(
  {
    notZip: () => "het is geen zip-bestand, en een .xlsx-werkmap is dat wel",
    oldOrEncrypted: () =>
      "het is een oud Excel-bestand (.xls, Excel 97-2003) of een werkmap met een wachtwoord; sla het in Excel op als .xlsx zonder wachtwoord",
    json: () => "het is een JSON-bestand, geen werkmap (een casusbestand? gebruik dan validate, summary of build)",
    openDocument: () => "het is een OpenDocument-rekenblad (.ods); sla het op als Excel-werkmap (.xlsx)",
    notWorkbook: () => "het is een zip-bestand, maar geen Excel-werkmap (er is geen xl/workbook.xml)",
    damaged: (part: string) => `het zip-bestand is beschadigd${part ? ` (onderdeel ${part})` : ""}; is het bestand afgebroken bij het kopiëren of downloaden?`,
    encrypted: (part: string) => `onderdeel ${part} is versleuteld; sla de werkmap op zonder wachtwoord`,
    tooLarge: (part: string, mb: number) =>
      `onderdeel ${part} wordt uitgepakt groter dan ${mb} MB; zo groot is geen model van de invoegtoepassing (een zip-bom?)`,
    tooLargeTotal: (mb: number) => `de onderdelen samen worden uitgepakt groter dan ${mb} MB; zo groot is geen model van de invoegtoepassing (een zip-bom?)`,
    tooManyParts: (n: number, max: number) => `het zip-bestand heeft ${n} onderdelen, meer dan de ${max} die een werkmap kan hebben`,
    notUtf8: (part: string) => `onderdeel ${part} is geen UTF-8-tekst`,
    xmlChar: (part: string, line: number, column: number, char: string) =>
      `onderdeel ${part} bevat op regel ${line}, kolom ${column} het teken ${char}, dat in XML niet is toegestaan`,
    notXml: (part: string, line: number, column: number) => `onderdeel ${part} is geen goed gevormde XML (regel ${line}, kolom ${column})`,
  },
  {
    notZip: () => "it is not a zip file, which an .xlsx workbook is",
    oldOrEncrypted: () => "it is an old Excel file (.xls, Excel 97-2003) or a workbook with a password; save it in Excel as .xlsx without a password",
    json: () => "it is a JSON file, not a workbook (a case file? then use validate, summary or build)",
    openDocument: () => "it is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)",
    notWorkbook: () => "it is a zip file, but not an Excel workbook (there is no xl/workbook.xml)",
    damaged: (part) => `the zip file is damaged${part ? ` (part ${part})` : ""}; was it cut off while copying or downloading?`,
    encrypted: (part) => `part ${part} is encrypted; save the workbook without a password`,
    tooLarge: (part, mb) => `part ${part} inflates to more than ${mb} MB; no model made by the add-in is that large (a zip bomb?)`,
    tooLargeTotal: (mb) => `the parts together inflate to more than ${mb} MB; no model made by the add-in is that large (a zip bomb?)`,
    tooManyParts: (n, max) => `the zip file has ${n} parts, more than the ${max} a workbook can have`,
    notUtf8: (part) => `part ${part} is not UTF-8 text`,
    xmlChar: (part, line, column, char) => `part ${part} holds, at line ${line}, column ${column}, the character ${char}, which XML does not allow`,
    notXml: (part, line, column) => `part ${part} is not well-formed XML (line ${line}, column ${column})`,
  },
);

type Texts = (typeof TEXTS)["nl"];

function problem<K extends keyof Texts>(code: XlsxProblemCode, part: string | undefined, key: K, ...params: Parameters<Texts[K]>): XlsxProblem {
  const text = (lang: Lang) => (TEXTS[lang][key] as (...p: Parameters<Texts[K]>) => string)(...params);
  return { code, ...(part !== undefined ? { part } : {}), nl: text("nl"), en: text("en") };
}

/** Recognises what people hand us instead of a workbook, from its first bytes. */
function notAZip(bytes: Uint8Array): XlsxProblem {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // Compound File Binary: .xls, and also every .xlsx that Excel encrypted with a password.
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return problem("oldOrEncrypted", undefined, "oldOrEncrypted");
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return problem("json", undefined, "json");
  return problem("notZip", undefined, "notZip");
}

/**
 * The first thing wrong with the bytes as an .xlsx file, or null. Sizes are checked as declared
 * first (nothing inflated), then each part is inflated and held to its declared size and checksum.
 */
export async function inspectXlsx(bytes: Uint8Array, options: { limits: XlsxLimits; xml: boolean }): Promise<XlsxProblem | null> {
  const { limits } = options;
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipDamage && e.kind === "notZip") return notAZip(bytes);
    return problem("damaged", undefined, "damaged", "");
  }
  if (entries.length > limits.maxEntries) return problem("tooManyParts", undefined, "tooManyParts", entries.length, limits.maxEntries);
  let declared = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) return problem("tooLarge", e.name, "tooLarge", e.name, MB(limits.maxEntryBytes));
    declared += e.uncompressedSize;
    if (declared > limits.maxTotalBytes) return problem("tooLarge", undefined, "tooLargeTotal", MB(limits.maxTotalBytes));
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("mimetype") && names.has("content.xml")) return problem("openDocument", undefined, "openDocument");
    return problem("notWorkbook", undefined, "notWorkbook");
  }

  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    let content: Uint8Array;
    try {
      content = await inflateEntry(bytes, e, limits.maxEntryBytes);
    } catch (err) {
      if (err instanceof ZipTooLarge) return problem("tooLarge", e.name, "tooLarge", e.name, MB(limits.maxEntryBytes));
      if (err instanceof ZipDamage && err.kind === "encrypted") return problem("encrypted", e.name, "encrypted", e.name);
      return problem("damaged", e.name, "damaged", e.name);
    }
    if (options.xml && /\.(xml|rels)$/i.test(e.name)) {
      const found = xmlProblem(e.name, content);
      if (found) return found;
    }
  }
  return null;
}

function xmlProblem(part: string, content: Uint8Array): XlsxProblem | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return problem("notXml", part, "notUtf8", part);
  }
  const bad = characterNotInXml(text);
  if (bad) {
    const before = text.slice(0, bad.index);
    const line = before.split("\n").length;
    const column = bad.index - before.lastIndexOf("\n");
    return problem("notXml", part, "xmlChar", part, line, column, bad.code);
  }
  // The library's own parser: what it cannot parse, the reader cannot read.
  const parser = new SaxParser();
  let failure: { line?: number; column?: number } | undefined;
  parser.on("error", (e) => void (failure ??= e as { line?: number; column?: number }));
  try {
    parser.write(text);
    parser.close();
  } catch (e) {
    failure ??= e as { line?: number; column?: number };
  }
  // Its columns count from 0; people's from 1.
  return failure ? problem("notXml", part, "notXml", part, failure.line ?? 1, (failure.column ?? 0) + 1) : null;
}
