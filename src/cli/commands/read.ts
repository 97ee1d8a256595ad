/**
 * `businesscase read WORKBOOK.xlsx`: takes the case back from a model the add-in (or `build`)
 * made, including what a user changed in its input cells. Prints the case as JSON on standard
 * output, and on standard error which inputs differ from the last build. A damaged model gives
 * every problem with its cell and field, and exit code 2.
 */
import type { ParsedArgs } from "../args";
import type { CliContext } from "../context";
import { readInputFile } from "../inputFile";
import { message, UsageError } from "../messages";

export async function readCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError("missingWorkbook", [], [], true);
  if (args.positionals.length > 1) throw new UsageError("tooManyArguments", [args.positionals[1]], [], true);
  const file = args.positionals[0];
  const bytes = await readInputFile(ctx.fs, file, "workbook");
  // Loaded only here: the workbook modules are not needed by the other commands.
  const { readCaseFromXlsx, describeCellProblem } = await import("../../workbook/read");
  const outcome = await readCaseFromXlsx(bytes);
  if (!outcome.found) {
    const why = ctx.lang === "nl" ? outcome.nl : outcome.en;
    throw outcome.reason === "unreadable" ? new UsageError("notAWorkbook", [file, why]) : new UsageError("noModel", [file, why]);
  }
  if (outcome.problems.length > 0) {
    for (const p of outcome.problems) ctx.err(describeCellProblem(p, ctx.lang));
    ctx.err(message("damagedModel", ctx.lang, file, outcome.problems.length));
    return 2;
  }
  ctx.json(outcome.caseFile);
  if (outcome.differences.length === 0) ctx.err(message("noDifferences", ctx.lang));
  else {
    ctx.err(message("differences", ctx.lang, outcome.differences.length));
    for (const d of outcome.differences) ctx.err(`  ${d.path}: ${JSON.stringify(d.before)} -> ${JSON.stringify(d.now)}`);
  }
  return 0;
}
