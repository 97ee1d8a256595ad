/** `businesscase --help`: usage in the language asked for (Dutch unless --lang en). */
import { catalogue, type Lang } from "../../model";

const HELP = catalogue<readonly string[]>(
  [
    "businesscase - de businesscase gezinsgerichte zorg vanaf de opdrachtregel",
    "",
    "Gebruik:",
    "  businesscase example [--region]                    voorbeeldcasus als JSON (--region: met gemeenten)",
    "  businesscase validate CASUS.json                   controleert een casus: 'ok' of de problemen",
    "  businesscase summary CASUS.json [--json]           kerncijfers en jaaroverzicht (--json: alle cijfers ongerond)",
    "  businesscase build CASUS.json --out WERKMAP.xlsx [--force]",
    "                                                     bouwt de Excel-werkmap (--force: bestaand bestand overschrijven)",
    "  businesscase read WERKMAP.xlsx                     leest de casus terug uit een gebouwd model (met wat de gebruiker wijzigde)",
    "",
    "Gebruik --example in plaats van CASUS.json voor de ingebouwde voorbeeldcasus.",
    "Algemene opties: --lang nl|en (taal van meldingen en werkmap; standaard nl), --help, --version",
    "Afsluitcode: 0 goed, 2 fout in de invoer, 1 interne fout.",
    "",
    "In English: businesscase --help --lang en",
  ],
  [
    "businesscase - the family-based care business case from the command line",
    "",
    "Usage:",
    "  businesscase example [--region]                    the example case as JSON (--region: with municipalities)",
    "  businesscase validate CASE.json                    checks a case: 'ok' or its problems",
    "  businesscase summary CASE.json [--json]            key figures and the yearly table (--json: every figure unrounded)",
    "  businesscase build CASE.json --out FILE.xlsx [--force]",
    "                                                     builds the Excel workbook (--force: overwrite an existing file)",
    "  businesscase read FILE.xlsx                        reads the case back from a built model (with what the user changed)",
    "",
    "Use --example instead of CASE.json for the built-in example case.",
    "General options: --lang nl|en (language of messages and workbook; default nl), --help, --version",
    "Exit code: 0 success, 2 bad input, 1 internal error.",
    "",
    "In het Nederlands: businesscase --help",
  ],
);

export function helpLines(lang: Lang): readonly string[] {
  return HELP[lang];
}
