/**
 * The invalid corpus through the command line: `validate` and `build` give exit code 2, name the
 * file and every expected field with its text, never a stack trace, and `build` writes nothing.
 *
 * Every file goes through run(), the command line's own entry, with the real file system, in this
 * process: 201 child processes cost about 70 s of CPU, nearly all of it Node starting up. That the
 * real `node bin/businesscase.js` prints exactly what run() prints, byte for byte with the same
 * exit code, is proven on a sample of the corpus spread over its kinds of defect.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureCliCompiled, runCli, type CliRun } from "../cli/compileCli";
import { runInProcessAsText } from "../cli/support";
import { invalidCorpus, type CorpusEntry } from "./corpus";

jest.setTimeout(5 * 60 * 1000);
const corpus = invalidCorpus();
const out = fs.mkdtempSync(path.join(os.tmpdir(), "bc-corpus-"));

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** The three commands each file is given: validate in Dutch and in English, and build. */
function commands(entry: CorpusEntry): { validateNl: string[]; validateEn: string[]; build: string[]; target: string } {
  const target = path.join(out, `${path.basename(entry.file, ".json")}.xlsx`);
  return {
    validateNl: ["validate", entry.fullPath],
    validateEn: ["validate", entry.fullPath, "--lang", "en"],
    build: ["build", entry.fullPath, "--out", target],
    target,
  };
}

test.each(corpus.map((c) => [c.file, c] as const))("%s", async (file, entry) => {
  const run = commands(entry);
  const v = await runInProcessAsText(run.validateNl);
  expect(v.status).toBe(2);
  for (const p of entry.expected) expect(v.stdout).toContain(p.path === "" ? p.nl : `${p.path}: ${p.nl}`);
  expect(v.stderr).toContain(file);
  expect(`${v.stdout}${v.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

  const en = await runInProcessAsText(run.validateEn);
  for (const p of entry.expected) expect(en.stdout).toContain(p.path === "" ? p.en : `${p.path}: ${p.en}`);

  const b = await runInProcessAsText(run.build);
  expect(b.status).toBe(2);
  expect(b.stderr).toContain(file);
  expect(fs.existsSync(run.target)).toBe(false);
  expect(fs.readdirSync(out).filter((f) => f.includes(path.basename(file, ".json")))).toEqual([]);
});

// Every 16th file: the first and the last kinds of defect and three between (schema, fields, cross-field).
const sample = corpus.filter((_, k) => k % 16 === 0 || k === corpus.length - 1);

describe("the real command line prints what run() prints", () => {
  beforeAll(() => ensureCliCompiled(), 180_000);

  test.each(sample.map((c) => [c.file, c] as const))("%s", async (_file, entry) => {
    const run = commands(entry);
    for (const argv of [run.validateNl, run.validateEn, run.build]) {
      const inProcess = await runInProcessAsText(argv);
      const real: CliRun = runCli(argv);
      expect({ argv, ...real }).toEqual({ argv, ...inProcess });
    }
    expect(fs.existsSync(run.target)).toBe(false);
  });

  test("the sample spans the corpus", () => {
    expect(sample.length).toBeGreaterThanOrEqual(5);
    expect(sample[0]).toBe(corpus[0]);
    expect(sample[sample.length - 1]).toBe(corpus[corpus.length - 1]);
  });
});
