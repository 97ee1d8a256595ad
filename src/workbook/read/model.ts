/**
 * The last build of a model, recovered from its BC_Meta rows: the validated case and the plan the
 * add-in wrote then (regenerated, so that its input bindings and cell values are known). Shared by
 * the Office.js reader and writer and by the .xlsx reader.
 */
import { validateCase, type Case } from "../../model";
import { buildPlan, sheetNames } from "../plan/buildPlan";
import { decodeMeta, type ModelMeta } from "../plan/meta";
import type { WorkbookPlan } from "../plan/types";

export type LastBuild =
  { ok: true; meta: ModelMeta; caseValue: Case; plan: WorkbookPlan } | { ok: false; reason: "absent" | "damaged"; nl: string; en: string };

export function lastBuildFromMetaRows(rows: readonly (readonly unknown[])[]): LastBuild {
  const decoded = decodeMeta(rows);
  if (!decoded.ok) {
    return decoded.reason === "absent"
      ? { ok: false, reason: "absent", nl: "geen model van de invoegtoepassing", en: "no model made by the add-in" }
      : damaged(decoded.detail);
  }
  const meta = decoded.meta;
  let parsed: unknown;
  try {
    parsed = JSON.parse(meta.caseJson);
  } catch {
    return damaged("case JSON");
  }
  const v = validateCase(parsed);
  if (!v.ok) return damaged(v.problems[0]?.path ?? "case");
  const suffix = sheetSuffix(meta);
  const plan = buildPlan(v.value, { lang: meta.lang, addinVersion: meta.addinVersion, builtAt: new Date(meta.builtAt), sheetNameSuffix: suffix });
  return { ok: true, meta, caseValue: v.value, plan };
}

/** The suffix the last build gave its sheet names (empty unless the user chose to build beside sheets of the same name). */
export function sheetSuffix(meta: ModelMeta): string {
  const base = sheetNames(meta.lang).inputs;
  const inputs = meta.sheets.find((s) => s.key === "inputs")?.name ?? base;
  return inputs.startsWith(base) ? inputs.slice(base.length) : "";
}

function damaged(detail: string): LastBuild {
  return {
    ok: false,
    reason: "damaged",
    nl: `het verborgen blad BC_Meta van het model is beschadigd (${detail}); bouw het model opnieuw op vanuit een casusbestand`,
    en: `the model's hidden sheet BC_Meta is damaged (${detail}); build the model again from a case file`,
  };
}
