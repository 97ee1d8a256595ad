/**
 * Issue 12, classes 7, 8 and 10 through the real command line: `businesscase read` on zip bombs,
 * damaged zips, other formats and a damaged BC_Meta exits 2 at once with the file named and what
 * is wrong with it, never a stack trace or JavaScript's own words.
 *
 * Each file goes through run(), the command line's own entry, with the real file system, in this
 * process; a sample also through the real `node bin/businesscase.js`, which must print the same,
 * byte for byte, with the same exit code (a child process costs 0.3 s of CPU to start).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { HOSTILE_WORKBOOKS } from "../support/hostileWorkbooks";
import { full, META_DAMAGES, metaRows, xlsxWithMetaRows } from "../support/hostileMeta";
import { ensureCliCompiled, runCli } from "./compileCli";
import { removeTempDirs, runInProcessAsText, tempDir } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);
jest.setTimeout(180_000);

const INTERNALS = /\n\s+at |is not a function|Cannot read prop|Invalid time value|undefined|TypeError|RangeError|node:internal/;

test(`${HOSTILE_WORKBOOKS.length} files that are no sound workbook: exit 2, the file and the reason`, async () => {
  const dir = tempDir();
  for (const [k, h] of HOSTILE_WORKBOOKS.entries()) {
    const file = path.join(dir, `hostile-${k}.xlsx`);
    fs.writeFileSync(file, await h.bytes());
    const argv = ["read", file, ...(k % 2 ? ["--lang", "en"] : [])];
    const r = await runInProcessAsText(argv);
    // One in four also as a child process: the same bytes and exit code.
    if (k % 4 === 0) expect({ name: h.name, ...runCli(argv) }).toEqual({ name: h.name, ...r });
    const expected = k % 2 ? `Error: ${file} is not a readable Excel workbook (${h.en})\n` : `Fout: ${file} is geen leesbare Excel-werkmap (${h.nl})\n`;
    expect({ name: h.name, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ name: h.name, status: 2, stderr: expected, stdout: "" });
  }
});

// The readers' and the writer's tests take all of them; here one of each kind (the first also as a
// child process).
const representative = [
  "a hand-added row case#999999999",
  "the row with the case removed",
  "the sheets an object instead of a list",
  "the build time not a time",
  "a recorded case that does not pass validation",
];

test(`${representative.length} damages of BC_Meta: exit 2 at once, saying what is wrong`, async () => {
  const dir = tempDir();
  for (const [k, d] of META_DAMAGES.filter((x) => representative.includes(x.name)).entries()) {
    const file = path.join(dir, `meta-${k}.xlsx`);
    fs.writeFileSync(file, await xlsxWithMetaRows(d.damage(metaRows)));
    const r = await runInProcessAsText(["read", file]);
    if (k === 0) expect({ name: d.name, ...runCli(["read", file]) }).toEqual({ name: d.name, ...r });
    expect({ name: d.name, status: r.status, stderr: r.stderr }).toEqual({ name: d.name, status: 2, stderr: `Fout: ${file}: ${full(d).nl}\n` });
    expect(r.stderr).not.toMatch(INTERNALS);
  }
});
