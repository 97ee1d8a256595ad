/**
 * Files handed to the reader as a workbook that are not one, or not a sound one (issue 12, classes
 * 8 and 10): zip bombs, damaged zips, other formats, broken XML. Each with the reason the reader
 * must give, in Dutch and English. Used by the reader's tests and the command line's.
 */
import { exampleCase } from "../../src/model";
import { buildPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import type { XlsxProblemCode } from "../../src/workbook/zip/inspectXlsx";
import { BUILT_AT, validCase } from "./plans";
import { deflatedZeros, makeZip, unzip, utf8, type HandEntry } from "./zipFiles";

export const INTERNALS =
  /is not a function|Cannot read prop|Invalid time value|undefined|Unexpected token|at position|ENOENT|Error:|zlib|header check|invalid stored block|End of data|Corrupted zip/i;
export const modelBytes = (async () => planToXlsx(buildPlan(validCase(exampleCase()), { lang: "nl", addinVersion: "t", builtAt: BUILT_AT })))();
const parts = (async () => unzip(await modelBytes))();
/** The model with some of its parts changed, added or removed. */
export async function modelWith(change: (entries: HandEntry[]) => HandEntry[]): Promise<Uint8Array> {
  return makeZip(change((await parts).map((e) => ({ ...e }))));
}
export const replacePart =
  (name: string, data: Uint8Array, extra: Partial<HandEntry> = {}) =>
  (entries: HandEntry[]) =>
    entries.map((e) => (e.name === name ? { ...e, data, ...extra } : e));
const sheetXml = (body: string) =>
  utf8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`);

export interface Hostile {
  name: string;
  bytes: () => Promise<Uint8Array>;
  code: XlsxProblemCode;
  nl: string;
  en: string;
}

export const MB = 2 ** 20;
export const HOSTILE_WORKBOOKS: Hostile[] = [
  {
    name: "a zip bomb that declares its size: 1 GB in one part",
    bytes: () =>
      modelWith((es) => [...es, { name: "xl/media/bomb.bin", data: new Uint8Array(0), deflated: deflatedZeros(1024), declaredSize: 1024 * MB, crc: 0 }]),
    code: "tooLarge",
    nl: "onderdeel xl/media/bomb.bin wordt uitgepakt groter dan 40 MB; zo groot is geen model van de invoegtoepassing (een zip-bom?)",
    en: "part xl/media/bomb.bin inflates to more than 40 MB; no model made by the add-in is that large (a zip bomb?)",
  },
  {
    name: "a zip bomb that lies about its size: declares 1 kB, inflates to 1 GB",
    bytes: () => modelWith((es) => [...es, { name: "xl/media/bomb.bin", data: new Uint8Array(0), deflated: deflatedZeros(1024), declaredSize: 1024, crc: 0 }]),
    code: "damaged",
    nl: "het zip-bestand is beschadigd (onderdeel xl/media/bomb.bin); is het bestand afgebroken bij het kopiëren of downloaden?",
    en: "the zip file is damaged (part xl/media/bomb.bin); was it cut off while copying or downloading?",
  },
  {
    name: "a lying bomb in the sheet XML itself",
    bytes: () => modelWith(replacePart("xl/worksheets/sheet2.xml", new Uint8Array(0), { deflated: deflatedZeros(512), declaredSize: 2048, crc: 0 })),
    code: "damaged",
    nl: "het zip-bestand is beschadigd (onderdeel xl/worksheets/sheet2.xml); is het bestand afgebroken bij het kopiëren of downloaden?",
    en: "the zip file is damaged (part xl/worksheets/sheet2.xml); was it cut off while copying or downloading?",
  },
  {
    name: "parts within the limit each, together above it",
    bytes: () =>
      modelWith((es) => [
        ...es,
        ...[1, 2, 3].map((k) => ({ name: `xl/media/part${k}.bin`, data: new Uint8Array(0), deflated: deflatedZeros(20), declaredSize: 20 * MB, crc: 0 })),
      ]),
    code: "tooLarge",
    nl: "de onderdelen samen worden uitgepakt groter dan 40 MB; zo groot is geen model van de invoegtoepassing (een zip-bom?)",
    en: "the parts together inflate to more than 40 MB; no model made by the add-in is that large (a zip bomb?)",
  },
  {
    name: "ten thousand and one parts",
    bytes: async () => makeZip(Array.from({ length: 10_001 }, (_, k) => ({ name: `x/${k}`, data: new Uint8Array(0), method: 0 }))),
    code: "tooManyParts",
    nl: "het zip-bestand heeft 10001 onderdelen, meer dan de 10000 die een werkmap kan hebben",
    en: "the zip file has 10001 parts, more than the 10000 a workbook can have",
  },
  {
    name: "a workbook cut off halfway",
    bytes: async () => (await modelBytes).subarray(0, Math.floor((await modelBytes).length / 2)),
    code: "damaged",
    nl: "het zip-bestand is beschadigd; is het bestand afgebroken bij het kopiëren of downloaden?",
    en: "the zip file is damaged; was it cut off while copying or downloading?",
  },
  {
    name: "a part whose checksum does not match",
    bytes: () => modelWith((es) => es.map((e) => (e.name === "xl/workbook.xml" ? { ...e, crc: 12345 } : e))),
    code: "damaged",
    nl: "het zip-bestand is beschadigd (onderdeel xl/workbook.xml); is het bestand afgebroken bij het kopiëren of downloaden?",
    en: "the zip file is damaged (part xl/workbook.xml); was it cut off while copying or downloading?",
  },
  {
    name: "a part flagged as encrypted",
    bytes: () => modelWith((es) => es.map((e) => (e.name === "xl/styles.xml" ? { ...e, flags: 1 } : e))),
    code: "encrypted",
    nl: "onderdeel xl/styles.xml is versleuteld; sla de werkmap op zonder wachtwoord",
    en: "part xl/styles.xml is encrypted; save the workbook without a password",
  },
  {
    name: "a part in a compression method nobody uses",
    bytes: () => modelWith((es) => es.map((e) => (e.name === "xl/styles.xml" ? { ...e, method: 14 } : e))),
    code: "damaged",
    nl: "het zip-bestand is beschadigd (onderdeel xl/styles.xml); is het bestand afgebroken bij het kopiëren of downloaden?",
    en: "the zip file is damaged (part xl/styles.xml); was it cut off while copying or downloading?",
  },
  {
    name: "U+FFFE in a sheet's XML",
    bytes: () =>
      modelWith(
        replacePart("xl/worksheets/sheet2.xml", sheetXml('<sheetData>\n<row r="1"><c r="A1" t="inlineStr"><is><t>a\ufffeb</t></is></c></row></sheetData>')),
      ),
    code: "notXml",
    nl: "onderdeel xl/worksheets/sheet2.xml bevat op regel 2, kolom 44 het teken U+FFFE, dat in XML niet is toegestaan",
    en: "part xl/worksheets/sheet2.xml holds, at line 2, column 44, the character U+FFFE, which XML does not allow",
  },
  {
    name: "an escape character in the shared strings",
    bytes: () =>
      modelWith(
        replacePart(
          "xl/sharedStrings.xml",
          utf8('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>\u001b[2J</t></si></sst>'),
        ),
      ),
    code: "notXml",
    nl: "onderdeel xl/sharedStrings.xml bevat op regel 1, kolom 100 het teken U+001B, dat in XML niet is toegestaan",
    en: "part xl/sharedStrings.xml holds, at line 1, column 100, the character U+001B, which XML does not allow",
  },
  {
    name: "a sheet whose XML is not closed",
    bytes: () => modelWith(replacePart("xl/worksheets/sheet2.xml", sheetXml('<sheetData><row r="1">'))),
    code: "notXml",
    nl: "onderdeel xl/worksheets/sheet2.xml is geen goed gevormde XML (regel 1, kolom 150)",
    en: "part xl/worksheets/sheet2.xml is not well-formed XML (line 1, column 150)",
  },
  {
    name: "a part that is not UTF-8",
    bytes: () => modelWith(replacePart("xl/workbook.xml", new Uint8Array([0x3c, 0x61, 0xff, 0x3e]))),
    code: "notXml",
    nl: "onderdeel xl/workbook.xml is geen UTF-8-tekst",
    en: "part xl/workbook.xml is not UTF-8 text",
  },
  {
    name: "a case file (JSON) given as a workbook",
    bytes: async () => utf8(JSON.stringify(exampleCase())),
    code: "json",
    nl: "het is een JSON-bestand, geen werkmap (een casusbestand? gebruik dan validate, summary of build)",
    en: "it is a JSON file, not a workbook (a case file? then use validate, summary or build)",
  },
  {
    name: "an old .xls or a workbook with a password (Compound File Binary)",
    bytes: async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    code: "oldOrEncrypted",
    nl: "het is een oud Excel-bestand (.xls, Excel 97-2003) of een werkmap met een wachtwoord; sla het in Excel op als .xlsx zonder wachtwoord",
    en: "it is an old Excel file (.xls, Excel 97-2003) or a workbook with a password; save it in Excel as .xlsx without a password",
  },
  {
    name: "an OpenDocument spreadsheet",
    bytes: async () =>
      makeZip([
        { name: "mimetype", data: utf8("application/vnd.oasis.opendocument.spreadsheet"), method: 0 },
        { name: "content.xml", data: utf8("<x/>") },
      ]),
    code: "openDocument",
    nl: "het is een OpenDocument-rekenblad (.ods); sla het op als Excel-werkmap (.xlsx)",
    en: "it is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)",
  },
  {
    name: "a Word document (a zip, but no workbook)",
    bytes: async () =>
      makeZip([
        { name: "[Content_Types].xml", data: utf8("<Types/>") },
        { name: "word/document.xml", data: utf8("<w/>") },
      ]),
    code: "notWorkbook",
    nl: "het is een zip-bestand, maar geen Excel-werkmap (er is geen xl/workbook.xml)",
    en: "it is a zip file, but not an Excel workbook (there is no xl/workbook.xml)",
  },
  {
    name: "an empty file",
    bytes: async () => new Uint8Array(0),
    code: "notZip",
    nl: "het is geen zip-bestand, en een .xlsx-werkmap is dat wel",
    en: "it is not a zip file, which an .xlsx workbook is",
  },
];
