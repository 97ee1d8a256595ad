/**
 * Every text the command line shows, in Dutch and English. A message is a code plus parameters,
 * so that tests can check the code and people read the sentence.
 */
import type { Lang } from "../model";

type Text = (p: readonly string[]) => string;

const MESSAGES = {
  unknownCommand: {
    nl: ([c]) => `onbekende opdracht '${c}'`,
    en: ([c]) => `unknown command '${c}'`,
  },
  missingCommand: {
    nl: () => "geef een opdracht: example, validate, summary of build",
    en: () => "give a command: example, validate, summary or build",
  },
  unknownOption: {
    nl: ([o, c]) => `onbekende optie '${o}' bij '${c}'`,
    en: ([o, c]) => `unknown option '${o}' for '${c}'`,
  },
  optionNeedsValue: {
    nl: ([o]) => `optie '${o}' heeft een waarde nodig`,
    en: ([o]) => `option '${o}' needs a value`,
  },
  optionTakesNoValue: {
    nl: ([o]) => `optie '${o}' heeft geen waarde`,
    en: ([o]) => `option '${o}' takes no value`,
  },
  optionTwice: {
    nl: ([o]) => `optie '${o}' is twee keer gegeven`,
    en: ([o]) => `option '${o}' is given twice`,
  },
  badLang: {
    nl: ([l]) => `onbekende taal '${l}': kies nl of en`,
    en: ([l]) => `unknown language '${l}': choose nl or en`,
  },
  missingCaseFile: {
    nl: ([c]) => `'${c}' heeft een casusbestand nodig (CASUS.json)${c === "validate" ? "" : " of --example"}`,
    en: ([c]) => `'${c}' needs a case file (CASE.json)${c === "validate" ? "" : " or --example"}`,
  },
  caseFileAndExample: {
    nl: () => "geef een casusbestand of --example, niet allebei",
    en: () => "give a case file or --example, not both",
  },
  tooManyArguments: {
    nl: ([extra]) => `te veel argumenten: '${extra}'`,
    en: ([extra]) => `too many arguments: '${extra}'`,
  },
  missingOut: {
    nl: () => "'build' heeft --out WERKMAP.xlsx nodig",
    en: () => "'build' needs --out FILE.xlsx",
  },
  outNotXlsx: {
    nl: ([f]) => `--out ${f}: de naam moet op .xlsx eindigen`,
    en: ([f]) => `--out ${f}: the name must end in .xlsx`,
  },
  fileNotFound: {
    nl: ([f]) => `bestand niet gevonden: ${f}`,
    en: ([f]) => `file not found: ${f}`,
  },
  isDirectory: {
    nl: ([f]) => `${f} is een map, geen bestand`,
    en: ([f]) => `${f} is a folder, not a file`,
  },
  fileUnreadable: {
    nl: ([f, why]) => `kan ${f} niet lezen (${why})`,
    en: ([f, why]) => `cannot read ${f} (${why})`,
  },
  fileTooLarge: {
    nl: ([f, mb]) => `${f} is groter dan ${mb} MB; een casusbestand is veel kleiner`,
    en: ([f, mb]) => `${f} is larger than ${mb} MB; a case file is much smaller`,
  },
  notUtf8: {
    nl: ([f]) => `${f} is geen UTF-8-tekst`,
    en: ([f]) => `${f} is not UTF-8 text`,
  },
  invalidJson: {
    nl: ([f, line, col, what]) => `${f}: geen geldige JSON op regel ${line}, kolom ${col}: ${what}`,
    en: ([f, line, col, what]) => `${f}: not valid JSON at line ${line}, column ${col}: ${what}`,
  },
  invalidCase: {
    nl: ([f, n]) => `${f} is geen geldige casus (${n} ${n === "1" ? "probleem" : "problemen"}):`,
    en: ([f, n]) => `${f} is not a valid case (${n} ${n === "1" ? "problem" : "problems"}):`,
  },
  outExists: {
    nl: ([f]) => `${f} bestaat al; gebruik --force om het te overschrijven`,
    en: ([f]) => `${f} already exists; use --force to overwrite it`,
  },
  outIsDirectory: {
    nl: ([f]) => `--out ${f} is een map; geef een bestandsnaam`,
    en: ([f]) => `--out ${f} is a folder; give a file name`,
  },
  outDirMissing: {
    nl: ([d]) => `de map ${d} bestaat niet`,
    en: ([d]) => `the folder ${d} does not exist`,
  },
  writeFailed: {
    nl: ([f, why]) => `kan ${f} niet schrijven (${why}); er is niets veranderd`,
    en: ([f, why]) => `cannot write ${f} (${why}); nothing was changed`,
  },
  workbookModulesMissing: {
    nl: ([why]) => `de werkmap-bouwer is niet beschikbaar in deze installatie (${why}); voer 'npm run prepare' uit`,
    en: ([why]) => `the workbook builder is not available in this installation (${why}); run 'npm run prepare'`,
  },
  internal: {
    nl: ([why]) => `interne fout: ${why}. Meld dit bij de beheerders, met de opdracht die u gaf.`,
    en: ([why]) => `internal error: ${why}. Please report this to the maintainers, with the command you gave.`,
  },
  seeHelp: {
    nl: () => "Zie 'businesscase --help'.",
    en: () => "See 'businesscase --help --lang en'.",
  },
  missingWorkbook: {
    nl: () => "geef een werkmap (.xlsx) op, bijvoorbeeld: businesscase read model.xlsx",
    en: () => "give a workbook (.xlsx), for example: businesscase read model.xlsx",
  },
  notAWorkbook: {
    nl: ([f, why]) => `${f} is geen leesbare Excel-werkmap (${why})`,
    en: ([f, why]) => `${f} is not a readable Excel workbook (${why})`,
  },
  noModel: {
    nl: ([f, why]) => `${f}: ${why}`,
    en: ([f, why]) => `${f}: ${why}`,
  },
  damagedModel: {
    nl: ([f, n]) => `${f}: het model is beschadigd (${n} ${n === "1" ? "probleem" : "problemen"}, zie hierboven); er is niets gelezen`,
    en: ([f, n]) => `${f}: the model is damaged (${n} ${n === "1" ? "problem" : "problems"}, see above); nothing was read`,
  },
  noDifferences: {
    nl: () => "Geen invoer gewijzigd sinds de laatste opbouw.",
    en: () => "No input changed since the last build.",
  },
  differences: {
    nl: ([n]) => `Gewijzigd sinds de laatste opbouw (${n}):`,
    en: ([n]) => `Changed since the last build (${n}):`,
  },
  errorPrefix: { nl: () => "Fout", en: () => "Error" },
  valid: { nl: () => "ok", en: () => "ok" },
  written: {
    nl: ([f, kb]) => `Werkmap geschreven: ${f} (${kb} kB)`,
    en: ([f, kb]) => `Workbook written: ${f} (${kb} kB)`,
  },
} satisfies Record<string, { nl: Text; en: Text }>;

export type MessageCode = keyof typeof MESSAGES;

export function message(code: MessageCode, lang: Lang, params: readonly string[] = []): string {
  return MESSAGES[code][lang](params);
}

/** Bad input from the user: exit code 2, a message on stderr, never a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: readonly string[] = [],
    /** Extra lines after the message, e.g. the problems of an invalid case. */
    readonly details: readonly string[] = [],
    /** Whether to point at --help (for mistakes in the command, not in the files). */
    readonly hintHelp = false,
  ) {
    super(`${code}: ${params.join(", ")}`);
    this.name = "UsageError";
  }
}
