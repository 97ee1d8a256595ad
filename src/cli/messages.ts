/**
 * Every text the command line shows, in Dutch and English, in the one catalogue shape. A message
 * is a code plus parameters, so that tests can check the code and people read the sentence; an
 * error carries both until it is reported in the language asked for.
 */
import { catalogue, type Lang } from "../model";

/** What a system error code means, for the reasons in parentheses; an unknown code is shown as it is. */
const SYSTEM_REASONS = catalogue<Readonly<Record<string, string>>>(
  {
    EACCES: "geen toestemming",
    EPERM: "geen toestemming",
    EROFS: "alleen-lezen bestandssysteem",
    ENOSPC: "de schijf is vol",
    EDQUOT: "de schijfruimte van deze gebruiker is op",
    EIO: "leesfout of schrijffout van het apparaat",
    ELOOP: "te veel symbolische koppelingen achter elkaar",
    ENAMETOOLONG: "de naam is te lang",
    ENOENT: "de map neemt geen nieuwe bestanden aan, of bestaat niet meer",
    ENOTDIR: "een deel van het pad is geen map",
    ENXIO: "geen gewoon bestand (een socket of een apparaat zonder lezer)",
    EMFILE: "te veel open bestanden",
    EBUSY: "in gebruik door een ander programma",
    EXDEV: "een ander bestandssysteem",
  },
  {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "read-only file system",
    ENOSPC: "the disk is full",
    EDQUOT: "this user's disk quota is used up",
    EIO: "input/output error of the device",
    ELOOP: "too many symbolic links in a row",
    ENAMETOOLONG: "the name is too long",
    ENOENT: "the folder takes no new files, or no longer exists",
    ENOTDIR: "a part of the path is not a folder",
    ENXIO: "not a regular file (a socket, or a device without a reader)",
    EMFILE: "too many open files",
    EBUSY: "in use by another program",
    EXDEV: "a different file system",
  },
);

/** `EACCES` -> `geen toestemming (EACCES)`: the meaning for people, the code for a search. */
export function systemReason(code: string, lang: Lang): string {
  const text = Object.hasOwn(SYSTEM_REASONS[lang], code) ? SYSTEM_REASONS[lang][code] : undefined;
  return text ? `${text}, ${code}` : code;
}

const problems = (n: number) => `${n} ${n === 1 ? "probleem" : "problemen"}`;
const problemsEn = (n: number) => `${n} ${n === 1 ? "problem" : "problems"}`;

const CLI_TEXTS = catalogue(
  {
    unknownCommand: (command: string) => `onbekende opdracht '${command}'`,
    missingCommand: () => "geef een opdracht: example, validate, summary of build",
    unknownOption: (option: string, command: string) => `onbekende optie '${option}' bij '${command}'`,
    optionNeedsValue: (option: string) => `optie '${option}' heeft een waarde nodig`,
    optionTakesNoValue: (option: string) => `optie '${option}' heeft geen waarde`,
    optionTwice: (option: string) => `optie '${option}' is twee keer gegeven`,
    badLang: (lang: string) => `onbekende taal '${lang}': kies nl of en`,
    missingCaseFile: (command: string) => `'${command}' heeft een casusbestand nodig (CASUS.json)${command === "validate" ? "" : " of --example"}`,
    caseFileAndExample: () => "geef een casusbestand of --example, niet allebei",
    tooManyArguments: (extra: string) => `te veel argumenten: '${extra}'`,
    missingOut: () => "'build' heeft --out WERKMAP.xlsx nodig",
    outNotXlsx: (file: string) => `--out ${file}: de naam moet op .xlsx eindigen`,
    fileNotFound: (file: string) => `bestand niet gevonden: ${file}`,
    isDirectory: (file: string) => `${file} is een map, geen bestand`,
    fileUnreadable: (file: string, code: string) => `kan ${file} niet lezen (${systemReason(code, "nl")})`,
    fileTooLarge: (file: string, mb: number) => `${file} is groter dan ${mb} MB; een casusbestand is veel kleiner`,
    workbookTooLarge: (file: string, mb: number) => `${file} is groter dan ${mb} MB; een model van de invoegtoepassing is veel kleiner`,
    notUtf8: (file: string) => `${file} is geen UTF-8-tekst`,
    invalidJson: (file: string, line: string, column: string, what: string) => `${file}: geen geldige JSON op regel ${line}, kolom ${column}: ${what}`,
    invalidCase: (file: string, n: number) => `${file} is geen geldige casus (${problems(n)}):`,
    outExists: (file: string) => `${file} bestaat al; gebruik --force om het te overschrijven`,
    outAppeared: (file: string) => `${file} is verschenen terwijl de werkmap werd gebouwd; er is niets overschreven (gebruik --force om het te vervangen)`,
    outIsSymlink: (file: string, target: string) =>
      `--out ${file} is een symbolische koppeling (naar ${target}); geef het bestand zelf op, of verwijder de koppeling eerst`,
    outIsInput: (file: string, input: string) => `--out ${file} is hetzelfde bestand als de invoer ${input}; kies een andere naam`,
    outNotAFile: (file: string) => `--out ${file} is geen gewoon bestand (een apparaat, FIFO of socket); geef een bestandsnaam`,
    interrupted: (file: string) => `onderbroken: ${file} is niet geschreven en er is niets achtergebleven`,
    outIsDirectory: (file: string) => `--out ${file} is een map; geef een bestandsnaam`,
    outDirMissing: (dir: string) => `de map ${dir} bestaat niet`,
    writeFailed: (file: string, code: string) => `kan ${file} niet schrijven (${systemReason(code, "nl")}); er is niets veranderd`,
    workbookModulesMissing: (why: string) => `de werkmap-bouwer is niet beschikbaar in deze installatie (${why}); voer 'npm run prepare' uit`,
    internal: (why: string) => `interne fout: ${why}. Meld dit bij de beheerders, met de opdracht die u gaf.`,
    seeHelp: () => "Zie 'businesscase --help'.",
    missingWorkbook: () => "geef een werkmap (.xlsx) op, bijvoorbeeld: businesscase read model.xlsx",
    notAWorkbook: (file: string, why: string) => `${file} is geen leesbare Excel-werkmap (${why})`,
    noModel: (file: string, why: string) => `${file}: ${why}`,
    damagedModel: (file: string, n: number) => `${file}: het model is beschadigd (${problems(n)}, zie hierboven); er is niets gelezen`,
    noDifferences: () => "Geen invoer gewijzigd sinds de laatste opbouw.",
    differences: (n: number) => `Gewijzigd sinds de laatste opbouw (${n}):`,
    errorPrefix: () => "Fout",
    valid: () => "ok",
    note: (line: string) => `let op: ${line}`,
    written: (file: string, kb: number) => `Werkmap geschreven: ${file} (${kb} kB)`,
  },
  {
    unknownCommand: (command) => `unknown command '${command}'`,
    missingCommand: () => "give a command: example, validate, summary or build",
    unknownOption: (option, command) => `unknown option '${option}' for '${command}'`,
    optionNeedsValue: (option) => `option '${option}' needs a value`,
    optionTakesNoValue: (option) => `option '${option}' takes no value`,
    optionTwice: (option) => `option '${option}' is given twice`,
    badLang: (lang) => `unknown language '${lang}': choose nl or en`,
    missingCaseFile: (command) => `'${command}' needs a case file (CASE.json)${command === "validate" ? "" : " or --example"}`,
    caseFileAndExample: () => "give a case file or --example, not both",
    tooManyArguments: (extra) => `too many arguments: '${extra}'`,
    missingOut: () => "'build' needs --out FILE.xlsx",
    outNotXlsx: (file) => `--out ${file}: the name must end in .xlsx`,
    fileNotFound: (file) => `file not found: ${file}`,
    isDirectory: (file) => `${file} is a folder, not a file`,
    fileUnreadable: (file, code) => `cannot read ${file} (${systemReason(code, "en")})`,
    fileTooLarge: (file, mb) => `${file} is larger than ${mb} MB; a case file is much smaller`,
    workbookTooLarge: (file, mb) => `${file} is larger than ${mb} MB; a model made by the add-in is much smaller`,
    notUtf8: (file) => `${file} is not UTF-8 text`,
    invalidJson: (file, line, column, what) => `${file}: not valid JSON at line ${line}, column ${column}: ${what}`,
    invalidCase: (file, n) => `${file} is not a valid case (${problemsEn(n)}):`,
    outExists: (file) => `${file} already exists; use --force to overwrite it`,
    outAppeared: (file) => `${file} appeared while the workbook was being built; nothing was overwritten (use --force to replace it)`,
    outIsSymlink: (file, target) => `--out ${file} is a symbolic link (to ${target}); give the file itself, or remove the link first`,
    outIsInput: (file, input) => `--out ${file} is the same file as the input ${input}; choose another name`,
    outNotAFile: (file) => `--out ${file} is not a regular file (a device, FIFO or socket); give a file name`,
    interrupted: (file) => `interrupted: ${file} was not written and nothing was left behind`,
    outIsDirectory: (file) => `--out ${file} is a folder; give a file name`,
    outDirMissing: (dir) => `the folder ${dir} does not exist`,
    writeFailed: (file, code) => `cannot write ${file} (${systemReason(code, "en")}); nothing was changed`,
    workbookModulesMissing: (why) => `the workbook builder is not available in this installation (${why}); run 'npm run prepare'`,
    internal: (why) => `internal error: ${why}. Please report this to the maintainers, with the command you gave.`,
    seeHelp: () => "See 'businesscase --help --lang en'.",
    missingWorkbook: () => "give a workbook (.xlsx), for example: businesscase read model.xlsx",
    notAWorkbook: (file, why) => `${file} is not a readable Excel workbook (${why})`,
    noModel: (file, why) => `${file}: ${why}`,
    damagedModel: (file, n) => `${file}: the model is damaged (${problemsEn(n)}, see above); nothing was read`,
    noDifferences: () => "No input changed since the last build.",
    differences: (n) => `Changed since the last build (${n}):`,
    errorPrefix: () => "Error",
    valid: () => "ok",
    note: (line) => `note: ${line}`,
    written: (file, kb) => `Workbook written: ${file} (${kb} kB)`,
  },
);

type CliTexts = (typeof CLI_TEXTS)["nl"];
export type MessageCode = keyof CliTexts;
/** The parameters a message takes, as its Dutch text names them. */
export type MessageParams<K extends MessageCode> = Parameters<CliTexts[K]>;

export function message<K extends MessageCode>(code: K, lang: Lang, ...params: MessageParams<K>): string {
  return (CLI_TEXTS[lang][code] as (...p: MessageParams<K>) => string)(...params);
}

/** Bad input from the user: exit code 2, a message on stderr, never a stack trace. */
export class UsageError<K extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly code: K,
    readonly params: MessageParams<K>,
    /** Extra lines after the message, e.g. the problems of an invalid case. */
    readonly details: readonly string[] = [],
    /** Whether to point at --help (for mistakes in the command, not in the files). */
    readonly hintHelp = false,
  ) {
    super(`${code}: ${params.join(", ")}`);
    this.name = "UsageError";
  }

  /** The message in one language. */
  text(lang: Lang): string {
    return message(this.code, lang, ...this.params);
  }
}
