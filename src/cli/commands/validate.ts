/**
 * `businesscase validate CASE.json`: `ok`, or every problem as `path: text` on standard output
 * (one per line, so that they can be counted or grepped) and exit code 2.
 */
import { validateCase } from "../../model";
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { problemLines, readJsonFile } from "../loadCase";
import { message, UsageError } from "../messages";

export async function validateCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError("missingCaseFile", ["validate"], [], true);
  if (args.positionals.length > 1) throw new UsageError("tooManyArguments", [args.positionals[1]], [], true);
  const file = args.positionals[0];
  const result = validateCase(await readJsonFile(ctx.fs, file, ctx.lang));
  if (result.ok) {
    ctx.out(message("valid", ctx.lang));
    return 0;
  }
  for (const line of problemLines(result.problems, ctx.lang)) ctx.out(line);
  ctx.err(message("invalidCase", ctx.lang, file, result.problems.length).replace(/:$/, ""));
  return 2;
}
