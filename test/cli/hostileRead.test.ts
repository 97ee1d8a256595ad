/**
 * Issue 12, classes 7, 8 and 10 through the real command line: `businesscase read` on zip bombs,
 * damaged zips, other formats and a damaged BC_Meta exits 2 at once with the file named and what
 * is wrong with it, never a stack trace or JavaScript's own words.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { HOSTILE_WORKBOOKS } from "../support/hostileWorkbooks";
import { full, META_DAMAGES, metaRows, xlsxWithMetaRows } from "../support/hostileMeta";
import { ensureCliCompiled, runCli } from "./compileCli";
import { removeTempDirs, tempDir } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);
jest.setTimeout(180_000);

const INTERNALS = /\n\s+at |is not a function|Cannot read prop|Invalid time value|undefined|TypeError|RangeError|node:internal/;

test(`${HOSTILE_WORKBOOKS.length} files that are no sound workbook: exit 2, the file and the reason`, async () => {
  const dir = tempDir();
  for (const [k, h] of HOSTILE_WORKBOOKS.entries()) {
    const file = path.join(dir, `hostile-${k}.xlsx`);
    fs.writeFileSync(file, await h.bytes());
    const r = runCli(["read", file, ...(k % 2 ? ["--lang", "en"] : [])]);
    const expected = k % 2 ? `Error: ${file} is not a readable Excel workbook (${h.en})\n` : `Fout: ${file} is geen leesbare Excel-werkmap (${h.nl})\n`;
    expect({ name: h.name, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ name: h.name, status: 2, stderr: expected, stdout: "" });
  }
});

// The readers' and the writer's tests take all of them; here one of each kind.
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
    const r = runCli(["read", file]);
    expect({ name: d.name, status: r.status, stderr: r.stderr }).toEqual({ name: d.name, status: 2, stderr: `Fout: ${file}: ${full(d).nl}\n` });
    expect(r.stderr).not.toMatch(INTERNALS);
  }
});
