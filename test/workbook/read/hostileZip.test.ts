/**
 * Issue 12, classes 8 and 10: a file handed to the reader as a workbook is inspected before any
 * library inflates it. A zip bomb (sizes declared honestly or not) is stopped at the limit with
 * bounded memory; a file that is no workbook, or a damaged one, is named for what it is, in Dutch
 * and English, with no JavaScript internals. Through the inspection, the .xlsx reader and the
 * command line.
 */
import { readCaseFromXlsx } from "../../../src/workbook/read";
import { inspectXlsx, READ_LIMITS } from "../../../src/workbook/zip/inspectXlsx";
import { HOSTILE_WORKBOOKS as hostile, INTERNALS, MB, modelBytes, modelWith, replacePart } from "../../support/hostileWorkbooks";
import { deflatedZeros, utf8 } from "../../support/zipFiles";

test("an untouched model passes the inspection, and the limits hold twenty times the largest model", async () => {
  expect(await inspectXlsx(await modelBytes, { limits: READ_LIMITS, xml: true })).toBeNull();
  expect(READ_LIMITS.maxTotalBytes).toBeGreaterThanOrEqual(20 * 1.9 * MB);
});

test.each(hostile.map((h) => [h.name, h] as const))("%s: the inspection and the reader say what it is", async (_name, h) => {
  const bytes = await h.bytes();
  const found = await inspectXlsx(bytes, { limits: READ_LIMITS, xml: true });
  expect({ code: found?.code, nl: found?.nl, en: found?.en }).toEqual({ code: h.code, nl: h.nl, en: h.en });
  const read = await readCaseFromXlsx(bytes);
  expect(read).toEqual({ found: false, reason: "unreadable", nl: h.nl, en: h.en });
  expect(`${h.nl} ${h.en}`).not.toMatch(INTERNALS);
});

test("a bomb is stopped at the limit: memory grows by far less than what it would inflate to", async () => {
  const bomb = await modelWith((es) => [
    ...es,
    { name: "xl/media/bomb.bin", data: new Uint8Array(0), deflated: deflatedZeros(2048), declaredSize: 1024, crc: 0 },
  ]);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const read = await readCaseFromXlsx(bomb);
  const grown = process.memoryUsage().rss - before;
  expect(read.found).toBe(false);
  // 2 GB if it were inflated; the inspection reads a little past the 1 kB it declares.
  expect(grown).toBeLessThan(200 * MB);
});

test("the workbook library is handed no file the inspection refused (the reader never throws on a hostile file)", async () => {
  for (const h of hostile) await expect(readCaseFromXlsx(await h.bytes())).resolves.toMatchObject({ found: false });
  // Sound zip and XML that the library cannot follow: its own words stay out of the message.
  const odd = await modelWith(
    replacePart(
      "xl/workbook.xml",
      utf8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet/></sheets></workbook>'),
    ),
  );
  const read = await readCaseFromXlsx(odd);
  if (read.found) throw new Error("read a broken workbook");
  expect(read.nl).not.toMatch(INTERNALS);
});
