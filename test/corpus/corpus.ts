/**
 * The corpus of invalid case files (issue 6): each file under invalid/ with the problems it must
 * give, by path and rule, in Dutch and English (invalid/expected.json). The command line, the
 * wizard's import and the workbook reader all run through it.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface ExpectedProblem {
  path: string;
  code: string;
  nl: string;
  en: string;
}

export interface CorpusEntry {
  file: string;
  fullPath: string;
  text: string;
  expected: ExpectedProblem[];
}

export const CORPUS_DIR = path.join(__dirname, "invalid");

export function invalidCorpus(): CorpusEntry[] {
  const expected: Record<string, ExpectedProblem[]> = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, "expected.json"), "utf8"));
  const files = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".json") && f !== "expected.json").sort();
  return files.map((file) => {
    if (!expected[file]) throw new Error(`No expected problems for ${file}`);
    const fullPath = path.join(CORPUS_DIR, file);
    return { file, fullPath, text: fs.readFileSync(fullPath, "utf8"), expected: expected[file] };
  });
}
