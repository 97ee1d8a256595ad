/**
 * The pane's one door to the workbook code: the plan (src/workbook/plan), the Office.js writer
 * and reader (src/workbook/office) and the .xlsx writer (src/workbook/xlsx). Each is loaded with
 * a dynamic import() only when needed, so the pane's first load stays small (the workbook library alone is
 * several hundred kilobytes) and a plain browser never loads Office.js code. Component tests
 * replace this module with a mock.
 */
import type { Case, Lang } from "../../model";
import type { CellProblem, Difference } from "../../workbook/read/readCase";
import packageJson from "../../../package.json";

export type { CellProblem, Difference };

export interface Bilingual {
  nl: string;
  en: string;
}

export interface Conflict {
  kind: "sheet" | "name" | "cell";
  name: string;
  sheet?: string;
  address?: string;
  message: Bilingual;
}

export type BuildOutcome =
  | { ok: true; sheets: string[]; namesWritten: number; syncs: number; keptInputs: string[] }
  | { ok: false; conflicts: Conflict[] }
  | { ok: false; error: Bilingual; rolledBack: boolean };

export interface BuildInExcelOptions {
  lang: Lang;
  keepInputEdits: boolean;
  /** Appended to the sheet names when the user chose to build beside sheets of the same name. */
  sheetNameSuffix?: string;
  onProgress?: (fraction: number, label: string) => void;
}

export type WorkbookModel =
  | { kind: "none" }
  | { kind: "damaged"; message: Bilingual }
  | {
      kind: "found";
      /** The case as read from the input cells (not necessarily valid). */
      caseFile: Record<string, unknown>;
      problems: CellProblem[];
      differences: Difference[];
      /** The suffix the last build gave its sheet names ("" normally). */
      sheetNameSuffix: string;
      /** True when the model was made outside Excel and has no charts yet. */
      chartsMissing: boolean;
      addCharts: () => Promise<void>;
    };

export const ADDIN_VERSION: string = packageJson.version;

/** The model in the open workbook, when the add-in made one there. Inside Excel only. */
export async function readWorkbookModel(): Promise<WorkbookModel> {
  const office = await import("../../workbook/office");
  const read = await office.readModelFromExcel();
  if (read.found === false) return { kind: "none" };
  if (read.found === "damaged") return { kind: "damaged", message: { nl: read.nl, en: read.en } };
  const { sheetNames } = await import("../../workbook/plan");
  const inputsName = read.plan.sheets.find((s) => s.key === "inputs")?.name ?? "";
  const base = sheetNames(read.plan.lang).inputs;
  const plan = read.plan;
  return {
    kind: "found",
    caseFile: read.caseFile,
    problems: read.problems,
    differences: read.differences,
    sheetNameSuffix: inputsName.startsWith(base) ? inputsName.slice(base.length) : "",
    chartsMissing: read.chartCount === 0 && plan.charts.length > 0,
    addCharts: () => office.addChartsInExcel(plan),
  };
}

/** What a chosen .xlsx file holds: a model the add-in made (with its case), another workbook, or no workbook at all. */
export type WorkbookFileModel =
  | { kind: "found"; caseFile: Record<string, unknown>; problems: CellProblem[] }
  | { kind: "noModel"; message: Bilingual }
  | { kind: "unreadable"; detail: string };

/** Reads the case back from an .xlsx file, as `businesscase read` does (loaded only when a workbook is opened). */
export async function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookFileModel> {
  const { readCaseFromXlsx } = await import("../../workbook/read");
  let outcome;
  try {
    outcome = await readCaseFromXlsx(bytes);
  } catch (e) {
    return { kind: "unreadable", detail: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
  if (!outcome.found) return { kind: "noModel", message: { nl: outcome.nl, en: outcome.en } };
  return { kind: "found", caseFile: outcome.caseFile, problems: outcome.problems };
}

/** Builds the model of a validated case in the open workbook (Office.js writer). */
export async function buildInExcel(caseValue: Case, options: BuildInExcelOptions): Promise<BuildOutcome> {
  const [{ buildPlan }, office] = await Promise.all([import("../../workbook/plan"), import("../../workbook/office")]);
  const plan = buildPlan(caseValue, {
    lang: options.lang,
    addinVersion: ADDIN_VERSION,
    builtAt: new Date(),
    sheetNameSuffix: options.sheetNameSuffix || undefined,
  });
  return office.buildModelInExcel(plan, { keepInputEdits: options.keepInputEdits, onProgress: options.onProgress });
}

/** The .xlsx file of a validated case (ExcelTS writer), for the download outside Excel. */
export async function buildXlsx(caseValue: Case, lang: Lang): Promise<Uint8Array> {
  const [{ buildPlan }, { planToXlsx }] = await Promise.all([import("../../workbook/plan"), import("../../workbook/xlsx")]);
  const plan = buildPlan(caseValue, { lang, addinVersion: ADDIN_VERSION, builtAt: new Date() });
  return planToXlsx(plan);
}
