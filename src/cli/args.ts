/**
 * Argument parsing for `businesscase`. Hand-written (no dependency) because the grammar is small:
 * `businesscase COMMAND [CASE.json] [--option[=value]]...`, options anywhere after the command.
 */
import type { Lang } from "../model";
import { UsageError } from "./messages";

export const COMMANDS = ["example", "validate", "summary", "build", "read", "help"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options each command accepts, besides the global --lang, --help and --version. */
const COMMAND_OPTIONS: Record<CommandName, readonly string[]> = {
  example: ["region"],
  validate: [],
  summary: ["json", "example"],
  build: ["out", "force", "example"],
  read: [],
  help: [],
};
const GLOBAL_OPTIONS = ["lang", "help", "version"];
/** Options that take a value; the rest are flags. */
const VALUE_OPTIONS = new Set(["lang", "out"]);
const SHORT_ALIASES: Record<string, string> = { "-h": "help", "-o": "out" };

export interface ParsedArgs {
  command: CommandName | undefined;
  /** Positional arguments after the command (the case file). */
  positionals: string[];
  /** Flags are `true`, value options their string. */
  options: Record<string, string | true>;
  lang: Lang;
}

/**
 * The language to speak in, looked up before anything else so that even a parse error is
 * reported in the language asked for. An unknown language is itself an error (in both languages).
 */
export function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let value: string | undefined;
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
    else continue;
    if (value === "nl" || value === "en") return value;
    // Missing or unknown: parseArgs reports it; keep Dutch until then.
    return "nl";
  }
  return "nl";
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  let command: CommandName | undefined;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!onlyPositionals && arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const isOption = !onlyPositionals && arg.startsWith("-") && arg !== "-";
    if (!isOption) {
      if (command === undefined) {
        if (!(COMMANDS as readonly string[]).includes(arg)) throw new UsageError("unknownCommand", [arg], [], true);
        command = arg as CommandName;
      } else {
        positionals.push(arg);
      }
      continue;
    }

    const eq = arg.indexOf("=");
    const written = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = SHORT_ALIASES[written] ?? (written.startsWith("--") ? written.slice(2) : "");
    const allowed = [...GLOBAL_OPTIONS, ...(command ? COMMAND_OPTIONS[command] : [])];
    if (!allowed.includes(name)) throw new UsageError("unknownOption", [written, command ?? "businesscase"], [], true);
    if (name in options) throw new UsageError("optionTwice", [written], [], true);

    if (VALUE_OPTIONS.has(name)) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
      if (value === undefined || value === "") throw new UsageError("optionNeedsValue", [written], [], true);
      options[name] = value;
    } else {
      if (eq >= 0) throw new UsageError("optionTakesNoValue", [written], [], true);
      options[name] = true;
    }
  }

  const lang = options.lang ?? "nl";
  if (lang !== "nl" && lang !== "en") throw new UsageError("badLang", [String(lang)], [], true);
  return { command, positionals, options, lang };
}
