/**
 * Reading a case file: the file, its JSON, then the model's validation. Every way this can go
 * wrong becomes a UsageError that names the file (and, for an invalid case, every field).
 */
/* global NodeJS, TextDecoder */
import { describeProblem, exampleCase, validateCase, type Case, type Lang, type Problem } from "../model";
import type { CliFileSystem } from "./context";
import { locateJsonError } from "./jsonError";
import { UsageError } from "./messages";

/** Far above any real case (the largest valid case is well under 1 MB); stops a wrong file early. */
export const MAX_CASE_FILE_MB = 20;

/** The parsed JSON of a file, or the reason it could not be had. */
export async function readJsonFile(fs: CliFileSystem, file: string, lang: Lang): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    const info = await fs.stat(file);
    if (info.isDirectory()) throw new UsageError("isDirectory", [file]);
    if (info.size > MAX_CASE_FILE_MB * 1024 * 1024) throw new UsageError("fileTooLarge", [file, MAX_CASE_FILE_MB]);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError("fileNotFound", [file]);
    if (code === "EISDIR") throw new UsageError("isDirectory", [file]);
    throw new UsageError("fileUnreadable", [file, code ?? String((e as Error).message)]);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError("notUtf8", [file]);
  }
  // Windows editors often start a UTF-8 file with a byte-order mark; JSON.parse rejects it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const where = locateJsonError(text, lang);
    if (where) throw new UsageError("invalidJson", [file, String(where.line), String(where.column), where.what]);
    throw new UsageError("invalidJson", [file, "?", "?", (e as Error).message]);
  }
}

/** The problems as `path: text`, one per line, in the requested language. */
export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  return problems.map((p) => describeProblem(p, lang));
}

/** A validated case from a file, or a UsageError listing every problem. */
export async function loadCase(fs: CliFileSystem, file: string, lang: Lang): Promise<Case> {
  const input = await readJsonFile(fs, file, lang);
  const result = validateCase(input);
  if (!result.ok) {
    throw new UsageError(
      "invalidCase",
      [file, result.problems.length],
      problemLines(result.problems, lang).map((l) => `  ${l}`),
    );
  }
  return result.value;
}

/** The case named on the command line: a file, or the built-in example with --example. */
export async function caseFromArgs(fs: CliFileSystem, command: string, positionals: readonly string[], useExample: boolean, lang: Lang): Promise<Case> {
  if (positionals.length > 1) throw new UsageError("tooManyArguments", [positionals[1]], [], true);
  if (useExample && positionals.length === 1) throw new UsageError("caseFileAndExample", [], [], true);
  if (useExample) {
    const result = validateCase(exampleCase("municipality"));
    // The example is part of the product; if it ever fails validation, that is our bug, not the user's.
    if (!result.ok) throw new Error(`built-in example is invalid: ${result.problems.map((p) => p.path).join(", ")}`);
    return result.value;
  }
  if (positionals.length === 0) throw new UsageError("missingCaseFile", [command], [], true);
  return loadCase(fs, positionals[0], lang);
}
