/**
 * The `businesscase` command line: parses the arguments, runs one command, and turns every
 * failure into a one-line message and an exit code (2 for bad input, 1 for our own bugs).
 * bin/businesscase.js calls runFromProcess(); tests call run() with their own context.
 */
/* global NodeJS, process */
import { detectLang, parseArgs, type ParsedArgs } from "./args";
import { buildCommand } from "./commands/build";
import { readCommand } from "./commands/read";
import { exampleCommand } from "./commands/example";
import { helpLines } from "./commands/help";
import { summaryCommand } from "./commands/summary";
import { validateCommand } from "./commands/validate";
import { nodeFileSystem, packageVersion, type CliContext } from "./context";
import { installInterruptCleanup } from "./interrupt";
import { terminalJson, terminalLine } from "./terminal";
import { message, UsageError } from "./messages";
import type { Lang } from "../model";

/** The process around the commands: raw output streams (each call one line or document), the file system, clock and version. */
export type ContextWithoutLang = Omit<CliContext, "lang" | "json">;

export async function run(argv: readonly string[], raw: ContextWithoutLang): Promise<number> {
  let lang: Lang = detectLang(argv);
  // Everything printed goes through here, so no command can pass a control character to the terminal.
  const base: ContextWithoutLang & Pick<CliContext, "json"> = {
    ...raw,
    out: (line) => raw.out(terminalLine(line)),
    err: (line) => raw.err(terminalLine(line)),
    json: (value) => raw.out(terminalJson(value)),
  };
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    const ctx: CliContext = { ...base, lang };
    if (args.options.version === true) {
      ctx.out(ctx.version);
      return 0;
    }
    if (args.options.help === true || args.command === "help") {
      for (const line of helpLines(lang)) ctx.out(line);
      return 0;
    }
    return await dispatch(args, ctx);
  } catch (e) {
    return report(e, lang, base);
  }
}

async function dispatch(args: ParsedArgs, ctx: CliContext): Promise<number> {
  switch (args.command) {
    case "example":
      return exampleCommand(args, ctx);
    case "validate":
      return validateCommand(args, ctx);
    case "summary":
      return summaryCommand(args, ctx);
    case "build":
      return buildCommand(args, ctx);
    case "read":
      return readCommand(args, ctx);
    default:
      throw new UsageError("missingCommand", [], [], true);
  }
}

function report(e: unknown, lang: Lang, base: ContextWithoutLang): number {
  const prefix = message("errorPrefix", lang);
  if (e instanceof UsageError) {
    if (e.code === "badLang") {
      // The language itself is what is wrong: say it in both.
      base.err(`Fout: ${e.text("nl")} / Error: ${e.text("en")}`);
      return 2;
    }
    base.err(`${prefix}: ${e.text(lang)}`);
    for (const line of e.details) base.err(line);
    if (e.hintHelp) base.err(message("seeHelp", lang));
    return 2;
  }
  // A writer's refusal (WorkbookFault) says in both languages what it would have got wrong.
  const bilingual = e instanceof Error && typeof (e as { nl?: unknown }).nl === "string" && typeof (e as { en?: unknown }).en === "string";
  const why = bilingual ? (e as unknown as Record<Lang, string>)[lang] : e instanceof Error ? e.message.split("\n")[0] : String(e);
  base.err(`${prefix}: ${message("internal", lang, why)}`);
  return 1;
}

/** The real process: its arguments, streams, file system and clock. */
export async function runFromProcess(): Promise<void> {
  const write = (stream: NodeJS.WriteStream) => (line: string) => void stream.write(`${line}\n`);
  let code: number;
  installInterruptCleanup((line) => write(process.stderr)(terminalLine(line)));
  try {
    const version = await packageVersion();
    code = await run(process.argv.slice(2), {
      out: write(process.stdout),
      err: write(process.stderr),
      fs: nodeFileSystem(),
      now: () => new Date(),
      version,
    });
  } catch (e) {
    process.stderr.write(`${terminalLine(`Fout / Error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`)}\n`);
    code = 1;
  }
  // exitCode instead of exit(): lets stdout drain when it is a pipe.
  process.exitCode = code;
}
