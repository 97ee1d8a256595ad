/** Issue 13, section 3: a changed value marks its old source as outdated until the user gives a new one. */
import { exampleCase } from "../../src/model";
import { emptyEditorState, setNumberText, setValue, type JsonObject } from "../../src/taskpane/state/editorState";
import { isOutdated, setSource, sourceOf, sourceText } from "../../src/taskpane/state/sources";

const example = () => exampleCase() as unknown as JsonObject;
const number = (value: number) => ({ kind: "number" as const, value, percent: false });

it("maps every input to the source that describes it", () => {
  const doc = example();
  expect(sourceOf(["careForms", 0, "costs", 0, "amount"], doc)).toEqual({ kind: "item", holder: ["careForms", 0, "costs", 0] });
  expect(sourceOf(["careForms", 1, "ambulant", "share"], doc)).toEqual({ kind: "item", holder: ["careForms", 1, "ambulant"] });
  expect(sourceOf(["careForms", 1, "target"], doc)).toEqual({ kind: "item", holder: ["careForms", 1] });
  expect(sourceOf(["oneOffCosts", 0, "amount"], doc)).toEqual({ kind: "item", holder: ["oneOffCosts", 0] });
  expect(sourceOf(["indexation"], doc)).toEqual({ kind: "general", key: "indexation" });
  expect(sourceOf(["phasing", "yearsToTarget"], doc)).toEqual({ kind: "general", key: "phasing" });
  expect(sourceOf(["title"], doc)).toBeNull();
});

it("a new tariff marks the old source outdated; a new source clears the mark; the same value marks nothing", () => {
  const st = emptyEditorState(example());
  const ref = sourceOf(["careForms", 0, "costs", 0, "amount"], st.doc)!;
  const same = setNumberText(st, ["careForms", 0, "costs", 0, "amount"], "250", number(250));
  expect(isOutdated(same.doc, ref)).toBe(false);
  const changed = setNumberText(st, ["careForms", 0, "costs", 0, "amount"], "262,50", number(262.5));
  expect(isOutdated(changed.doc, ref)).toBe(true);
  expect(sourceText(changed.doc, ref)).toContain("Trouw");
  const fixed = setSource(changed.doc, ref, "Contract 2026: EUR 262,50 per dag");
  expect(isOutdated(fixed, ref)).toBe(false);
  expect((fixed.careForms as JsonObject[])[0]).toMatchObject({ costs: [{ source: "Contract 2026: EUR 262,50 per dag" }] });
  expect(JSON.stringify(fixed)).not.toContain("sourceOutdated");
});

it("the general inputs keep their marks in sources.outdated; a value without a source is not marked", () => {
  const st = emptyEditorState(example());
  const indexed = setNumberText(st, ["indexation"], "4%", number(0.04));
  expect((indexed.doc.sources as JsonObject).outdated).toEqual(["indexation"]);
  const phased = setNumberText(indexed, ["phasing", "yearsToTarget"], "4", number(4));
  expect((phased.doc.sources as JsonObject).outdated).toEqual(["indexation", "phasing"]);
  const noSource = setValue(emptyEditorState({ careForms: [{ costs: [{ amount: 1, per: "day" }] }] }), ["careForms", 0, "costs", 0, "per"], "week");
  expect(JSON.stringify(noSource.doc)).not.toContain("sourceOutdated");
});
