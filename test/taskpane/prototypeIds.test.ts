/**
 * Issue 12, class 1, the pane: a care-form id that every JavaScript object already has, typed key
 * by key into the wizard. `"constructor" in volumes` is true for every object, so the rename once
 * left the municipalities' volumes under the half-typed `constructo`. Through the pane's reducer
 * (the same edit the id field makes): after every key the volumes are under the id as it stands,
 * and the finished case is the generated one with the form renamed, without a problem.
 */
import fc from "fast-check";
import { validateCase, type CaseFile } from "../../src/model";
import { stringsFor } from "../../src/taskpane/i18n";
import { describeField, checkState } from "../../src/taskpane/state/problems";
import { initialPaneState, paneReducer, type PaneState } from "../../src/taskpane/state/pane";
import { getAt, renameCareFormId, setAt, type JsonObject } from "../../src/taskpane/state/editorState";
import { enableMunicipalities } from "../../src/taskpane/state/municipalities";
import { caseFileArbitrary } from "../model/arbitraries";
import { PROTOTYPE_IDS, rename } from "../support/hostileCases";

const strings = { nl: stringsFor("nl"), en: stringsFor("en") };

/** What the id field does on each key: the whole text as it stands. */
const typeId = (st: PaneState, index: number, text: string) => paneReducer(st, { type: "edit", change: (e) => renameCareFormId(e, index, text) });

const volumeKeys = (doc: JsonObject) => (doc.municipalities as { volumes: object }[]).map((m) => Object.keys(m.volumes));

test("typing an id such as constructor key by key keeps every municipality's volumes under the id as it stands (property)", () => {
  const input = fc
    .record({
      file: caseFileArbitrary({ municipalities: "always", maxForms: 4 }),
      id: fc.constantFrom(...PROTOTYPE_IDS),
      pick: fc.nat(),
    })
    // Ids of the other forms that are no step on the way (typing another form's id is a clash of its own).
    .filter(({ file, id, pick }) => file.careForms.every((f, i) => i === pick % file.careForms.length || !id.startsWith(f.id)));
  fc.assert(
    fc.property(input, ({ file, id, pick }) => {
      const index = pick % file.careForms.length;
      const oldId = file.careForms[index].id;
      const before = volumeKeys(file as unknown as JsonObject);
      let st = paneReducer(initialPaneState({}, { inExcel: false, draft: null }), { type: "start", doc: JSON.parse(JSON.stringify(file)) as JsonObject });
      // Select the old id and type over it: "", "c", "co", ... "constructor".
      for (let n = 0; n <= id.length; n++) {
        const typed = id.slice(0, n);
        st = typeId(st, index, typed);
        expect(volumeKeys(st.editor.doc)).toEqual(before.map((keys) => keys.map((k) => (k === oldId ? typed : k))));
      }
      const want = JSON.parse(JSON.stringify(file)) as Record<string, any>;
      rename(
        want,
        want.careForms.map((f: { id: string }, i: number) => (i === index ? id : f.id)),
      );
      expect(st.editor.doc).toEqual(want);
      const checked = checkState(st.editor, strings);
      expect(checked.problems).toEqual([]);
      expect(checked.value).toEqual((validateCase(want as CaseFile) as { value: unknown }).value);
    }),
    { numRuns: 150 },
  );
});

test("switching to volumes per municipality with a form called constructor (or __proto__ while typing) keeps its volumes as a key of its own", () => {
  for (const id of ["constructor", "__proto__", "toString"]) {
    const doc = { careForms: [{ id, current: 3, target: 2 }], youthPopulation: 1000 };
    const st = enableMunicipalities({ doc, raw: {} }, "Stad");
    const volumes = (st.doc.municipalities as { volumes: object }[])[0].volumes;
    expect([id, Object.keys(volumes), Object.getPrototypeOf(volumes)]).toEqual([id, [id], Object.prototype]);
    expect(getAt(st.doc, ["municipalities", 0, "volumes", id, "current"])).toBe(3);
  }
  // No path lookup answers through the prototype, and a write makes a plain key.
  expect(getAt({ volumes: {} }, ["volumes", "constructor"])).toBeUndefined();
  const written = setAt({ volumes: {} } as JsonObject, ["volumes", "__proto__", "current"], 1);
  expect([Object.keys(written.volumes as object), Object.getPrototypeOf(written.volumes)]).toEqual([["__proto__"], Object.prototype]);
});

test("a field named constructor or toString in a file is named as such in the pane's problem list, not as a function", () => {
  for (const lang of ["nl", "en"] as const) {
    for (const key of ["constructor", "toString", "valueOf", "hasOwnProperty"]) {
      expect(describeField([key], {}, strings[lang])).toBe(key);
    }
  }
});

test("typing an id that passes through another form's id ('a' on the way to 'apply') moves only this form's volumes (property)", () => {
  const input = fc
    .record({
      file: caseFileArbitrary({ municipalities: "always", maxForms: 4 }),
      pick: fc.nat(),
      other: fc.nat(),
      suffix: fc.stringMatching(/^[a-z0-9_]{1,4}$/),
    })
    .filter(({ file }) => file.careForms.length >= 2)
    // The finished id is no other form's (that would be a clash validation names).
    .filter(({ file, pick, other, suffix }) => {
      const index = pick % file.careForms.length;
      const via = file.careForms[(index + 1 + (other % (file.careForms.length - 1))) % file.careForms.length].id;
      return file.careForms.every((f) => f.id !== via + suffix);
    });
  fc.assert(
    fc.property(input, ({ file, pick, other, suffix }) => {
      const index = pick % file.careForms.length;
      const via = file.careForms[(index + 1 + (other % (file.careForms.length - 1))) % file.careForms.length].id;
      const id = via + suffix;
      let st = paneReducer(initialPaneState({}, { inExcel: false, draft: null }), { type: "start", doc: JSON.parse(JSON.stringify(file)) as JsonObject });
      for (let n = 0; n <= id.length; n++) st = typeId(st, index, id.slice(0, n));
      const want = JSON.parse(JSON.stringify(file)) as Record<string, any>;
      rename(
        want,
        want.careForms.map((f: { id: string }, i: number) => (i === index ? id : f.id)),
      );
      expect(st.editor.doc).toEqual(want);
    }),
    { numRuns: 150 },
  );
});
