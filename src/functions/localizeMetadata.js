// Builds a localized custom-functions metadata file (e.g. functions.nl.json for Dutch Excel) from
// the generated functions.json and a hand-written file of translated names and texts. Only names
// and descriptions change; ids, types and dimensionality stay those of the generated file, so the
// two cannot drift apart. Plain CommonJS: webpack.config.js and the tests both load it.
/* global module */
"use strict";

/**
 * @param {string} generatedJson the metadata JSON text written by custom-functions-metadata
 * @param {Record<string, unknown>} translations the hand-written file, keyed by function id
 * @returns {string} the localized metadata JSON text
 */
function localizeMetadata(generatedJson, translations) {
  const metadata = JSON.parse(generatedJson);
  const problems = [];
  const known = new Set();
  for (const fn of metadata.functions) {
    known.add(fn.id);
    const t = translations[fn.id];
    if (!t || typeof t !== "object") {
      problems.push(`no translation for function ${fn.id}`);
      continue;
    }
    requireText(t, "name", fn.id, problems);
    requireText(t, "description", fn.id, problems);
    if (typeof t.name === "string") fn.name = t.name;
    if (typeof t.description === "string") fn.description = t.description;
    const params = t.parameters && typeof t.parameters === "object" ? t.parameters : {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const p of fn.parameters || []) {
      const tp = params[p.name];
      if (!tp) {
        problems.push(`no translation for parameter ${p.name} of ${fn.id}`);
        continue;
      }
      requireText(tp, "name", `${fn.id}.${p.name}`, problems);
      requireText(tp, "description", `${fn.id}.${p.name}`, problems);
      p.name = tp.name;
      p.description = tp.description;
    }
    for (const extra of Object.keys(params)) {
      if (!names.has(extra)) problems.push(`translation of ${fn.id} names parameter ${extra}, which the function does not have`);
    }
  }
  for (const id of Object.keys(translations)) {
    if (id !== "//" && !known.has(id)) problems.push(`translation for unknown function ${id}`);
  }
  if (problems.length > 0) throw new Error(`Localized custom functions metadata:\n  ${problems.join("\n  ")}`);
  return JSON.stringify(metadata, null, 4);
}

function requireText(obj, key, where, problems) {
  if (typeof obj[key] !== "string" || obj[key].trim() === "") problems.push(`${where}: ${key} is missing`);
}

module.exports = { localizeMetadata };
