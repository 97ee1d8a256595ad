/**
 * The last build of a model, recovered from its BC_Meta rows: the validated case and the plan the
 * add-in wrote then (regenerated, so that its input bindings and cell values are known). Shared by
 * the Office.js reader and writer and by the .xlsx reader.
 */
import { catalogue, validateCase, type Case, type Lang } from "../../model";
import { buildPlan, sheetNames } from "../plan/buildPlan";
import { decodeMeta, type MetaDamage, type ModelMeta } from "../plan/meta";
import type { WorkbookPlan } from "../plan/types";

export type LastBuild =
  { ok: true; meta: ModelMeta; caseValue: Case; plan: WorkbookPlan } | { ok: false; reason: "absent" | "damaged"; nl: string; en: string };

export function lastBuildFromMetaRows(rows: readonly (readonly unknown[])[]): LastBuild {
  const decoded = decodeMeta(rows);
  if (!decoded.ok) {
    return decoded.reason === "absent"
      ? { ok: false, reason: "absent", nl: "geen model van de invoegtoepassing", en: "no model made by the add-in" }
      : damaged((lang) => describeDamage(decoded.damage, lang));
  }
  const meta = decoded.meta;
  let parsed: unknown;
  try {
    parsed = JSON.parse(meta.caseJson);
  } catch {
    return damaged((lang) => describeDamage({ kind: "field", field: "case" }, lang));
  }
  const v = validateCase(parsed);
  if (!v.ok) {
    const first = v.problems[0];
    return damaged((lang) => TEXTS[lang].caseInvalid(first.path, lang === "nl" ? first.nl : first.en, v.problems.length));
  }
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

const TEXTS = catalogue(
  {
    damaged: (detail: string) => `het verborgen blad BC_Meta van het model is beschadigd: ${detail}; bouw het model opnieuw op vanuit een casusbestand`,
    partBeyondRows: (key: string, part: number, rows: number) => `de rij ${key} noemt deel ${part}, maar het blad heeft maar ${rows} rijen`,
    partMissing: (key: string) => `de rij ${key} ontbreekt`,
    keyTwice: (key: string) => `de sleutel ${key} staat er twee keer`,
    field: (field: string) => `de waarde bij ${field} is niet zoals de invoegtoepassing die schreef`,
    caseInvalid: (path: string, text: string, n: number) =>
      `de vastgelegde casus is niet geldig (${n === 1 ? "" : `${n} problemen, het eerste: `}${path || "casus"}: ${text})`,
  },
  {
    damaged: (detail) => `the model's hidden sheet BC_Meta is damaged: ${detail}; build the model again from a case file`,
    partBeyondRows: (key, part, rows) => `the row ${key} names part ${part}, but the sheet has only ${rows} rows`,
    partMissing: (key) => `the row ${key} is missing`,
    keyTwice: (key) => `the key ${key} is there twice`,
    field: (field) => `the value of ${field} is not as the add-in wrote it`,
    caseInvalid: (path, text, n) => `the recorded case is not valid (${n === 1 ? "" : `${n} problems, the first: `}${path || "case"}: ${text})`,
  },
);

function describeDamage(d: MetaDamage, lang: Lang): string {
  const t = TEXTS[lang];
  switch (d.kind) {
    case "partBeyondRows":
      return t.partBeyondRows(d.key, d.part, d.rows);
    case "partMissing":
      return t.partMissing(d.key);
    case "keyTwice":
      return t.keyTwice(d.key);
    case "field":
      return t.field(d.field);
  }
}

function damaged(detail: (lang: Lang) => string): LastBuild {
  return { ok: false, reason: "damaged", nl: TEXTS.nl.damaged(detail("nl")), en: TEXTS.en.damaged(detail("en")) };
}
