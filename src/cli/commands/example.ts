/** `businesscase example [--region]`: the built-in example case as JSON, to copy and edit. */
import { exampleCase } from "../../model";
import type { CliContext } from "../context";
import type { ParsedArgs } from "../args";
import { UsageError } from "../messages";

export async function exampleCommand(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError("tooManyArguments", [args.positionals[0]], [], true);
  const kind = args.options.region === true ? "region" : "municipality";
  ctx.json(exampleCase(kind));
  return 0;
}
