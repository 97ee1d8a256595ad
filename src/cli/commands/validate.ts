/**
 * `businesscase validate CASE.json`: `ok` (and on standard error a note for each key of an earlier
 * version that was read differently), or every problem as `path: text` on standard output (one per
 * line, so that they can be counted or grepped) and exit code 2.
 */
import { validateCase } from "../../model";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { noteLines, problemLines, readJsonFile } from "../loadCase";
import { message, UsageError } from "../messages";

export async function validateCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError("missingCaseFile", ["validate"], [], true);
  if (args.positionals.length > 1) throw new UsageError("tooManyArguments", [args.positionals[1]], [], true);
  const file = args.positionals[0];
  const result = validateCase(await readJsonFile(ctx.fs, file, ctx.lang));
  if (result.ok) {
    ctx.out(message("valid", ctx.lang));
    for (const line of noteLines(result.notes, ctx.lang)) ctx.err(line);
    return 0;
  }
  for (const line of problemLines(result.problems, ctx.lang)) ctx.out(line);
  ctx.err(message("invalidCase", ctx.lang, file, result.problems.length).replace(/:$/, ""));
  return 2;
}
