/**
 * Reading a case file: the file, its JSON, then the model's validation. Every way this can go
 * wrong becomes a UsageError that names the file (and, for an invalid case, every field).
 */
/* global TextDecoder */
import { describeProblem, exampleCase, validateCase, type Case, type Lang, type Problem } from "../model";
import type { CliFileSystem } from "./context";
import { locateJsonError } from "./jsonError";
import { readInputFile } from "./inputFile";
import { message, UsageError } from "./messages";

/** The parsed JSON of a file, or the reason it could not be had. */
export async function readJsonFile(fs: CliFileSystem, file: string, lang: Lang): Promise<unknown> {
  const bytes = await readInputFile(fs, file, "case");

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

/** A valid case's notes (keys of an earlier version read differently, method.md section 7) as lines to show. */
export function noteLines(notes: readonly Problem[], lang: Lang): string[] {
  return notes.map((n) => message("note", lang, describeProblem(n, lang)));
}

/** A validated case from a file, or a UsageError listing every problem. Its notes go to `note`, one line each. */
export async function loadCase(fs: CliFileSystem, file: string, lang: Lang, note: (line: string) => void = () => {}): Promise<Case> {
  const input = await readJsonFile(fs, file, lang);
  const result = validateCase(input);
  if (!result.ok) {
    throw new UsageError(
      "invalidCase",
      [file, result.problems.length],
      problemLines(result.problems, lang).map((l) => `  ${l}`),
    );
  }
  for (const line of noteLines(result.notes, lang)) note(line);
  return result.value;
}

/** The case named on the command line: a file, or the built-in example with --example. */
export async function caseFromArgs(
  fs: CliFileSystem,
  command: string,
  positionals: readonly string[],
  useExample: boolean,
  lang: Lang,
  note: (line: string) => void = () => {},
): Promise<Case> {
  if (positionals.length > 1) throw new UsageError("tooManyArguments", [positionals[1]], [], true);
  if (useExample && positionals.length === 1) throw new UsageError("caseFileAndExample", [], [], true);
  if (useExample) {
    const result = validateCase(exampleCase("municipality"));
    // The example is part of the product; if it ever fails validation, that is our bug, not the user's.
    if (!result.ok) throw new Error(`built-in example is invalid: ${result.problems.map((p) => p.path).join(", ")}`);
    return result.value;
  }
  if (positionals.length === 0) throw new UsageError("missingCaseFile", [command], [], true);
  return loadCase(fs, positionals[0], lang, note);
}
