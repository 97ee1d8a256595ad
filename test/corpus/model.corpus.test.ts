/** Every invalid case file gives exactly the problems it must, and validation accepts nothing of it. */
import { validateCase, describeProblem } from "../../src/model";
import { invalidCorpus } from "./corpus";

const corpus = invalidCorpus();

test("the corpus holds at least 40 invalid case files", () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
});

test.each(corpus.map((c) => [c.file, c] as const))("%s", (_file, entry) => {
  const result = validateCase(JSON.parse(entry.text));
  expect(result.ok).toBe(false);
  const byPlace = (a: { path: string; code: string }, b: { path: string; code: string }) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`);
  const got = result.problems.map((p) => ({ path: p.path, code: p.code, nl: p.nl, en: p.en })).sort(byPlace);
  expect(got).toEqual([...entry.expected].sort(byPlace));
  // The message names the field it is about.
  for (const p of result.problems) {
    if (p.path !== "") expect(describeProblem(p, "nl").startsWith(`${p.path}: `)).toBe(true);
  }
});
