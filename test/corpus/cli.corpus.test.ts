/**
 * The invalid corpus through the real command line (`node bin/businesscase.js`): `validate` and
 * `build` give exit code 2, name the file and every expected field with its text, never a stack
 * trace, and `build` writes nothing.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureCliCompiled, runCli } from "../cli/compileCli";
import { invalidCorpus } from "./corpus";

jest.setTimeout(5 * 60 * 1000);
const corpus = invalidCorpus();
const out = fs.mkdtempSync(path.join(os.tmpdir(), "bc-corpus-"));

beforeAll(() => ensureCliCompiled());
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test.each(corpus.map((c) => [c.file, c] as const))("%s", (file, entry) => {
  const v = runCli(["validate", entry.fullPath]);
  expect(v.status).toBe(2);
  for (const p of entry.expected) expect(v.stdout).toContain(p.path === "" ? p.nl : `${p.path}: ${p.nl}`);
  expect(v.stderr).toContain(file);
  expect(`${v.stdout}${v.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

  const en = runCli(["validate", entry.fullPath, "--lang", "en"]);
  for (const p of entry.expected) expect(en.stdout).toContain(p.path === "" ? p.en : `${p.path}: ${p.en}`);

  const target = path.join(out, `${path.basename(file, ".json")}.xlsx`);
  const b = runCli(["build", entry.fullPath, "--out", target]);
  expect(b.status).toBe(2);
  expect(b.stderr).toContain(file);
  expect(fs.existsSync(target)).toBe(false);
  expect(fs.readdirSync(out).filter((f) => f.includes(path.basename(file, ".json")))).toEqual([]);
});
