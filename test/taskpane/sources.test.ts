/** Issue 13, section 3: a changed value marks its old source as outdated until the user gives a new one. */
import { exampleCase } from "../../src/model";
import { emptyEditorState, setNumberText, setValue, type JsonObject } from "../../src/taskpane/state/editorState";
import { isOutdated, setSource, sourceOf, sourceText } from "../../src/taskpane/state/sources";
import { withStandardScenarios } from "../../src/taskpane/state/templates";

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

it("the scenarios' parameters have the scenarios' source (an assumption with its reason): a changed realisation marks it outdated", () => {
  const st = emptyEditorState(example());
  const ref = sourceOf(["scenarios", 0, "realisation"], st.doc)!;
  expect(ref).toEqual({ kind: "general", key: "scenarios" });
  expect(sourceOf(["scenarios", 0, "name"], st.doc)).toBeNull();
  expect(sourceText(st.doc, ref)).toMatch(/^Aanname: /);
  const changed = setNumberText(st, ["scenarios", 0, "realisation"], "60%", { kind: "number", value: 0.6, percent: true });
  expect(isOutdated(changed.doc, ref)).toBe(true);
});

it("the ready scenarios repeat no base case and come with a reason saying they are assumptions", () => {
  const doc = { ...example(), scenarios: [], sources: {} } as JsonObject;
  const added = withStandardScenarios(doc, "nl");
  // The example phases over three years: cautious half the shift in five, ambitious all of it in two.
  expect(added.scenarios).toEqual([
    { name: "Voorzichtig", realisation: 0.5, yearsToTarget: 5 },
    { name: "Ambitieus", realisation: 1, yearsToTarget: 2 },
  ]);
  expect(sourceText(added, { kind: "general", key: "scenarios" })).toBe(
    "Aanname: Voorzichtig = de helft van de verschuiving, in 5 jaar (als werving van pleegouders en gezinshuisouders tegenvalt); Ambitieus = de hele verschuiving in 2 jaar (als er snel genoeg plaatsen zijn).",
  );
  // Reached in one year already: no faster scenario exists, so none is offered that equals the base case.
  const oneYear = withStandardScenarios({ ...doc, phasing: { yearsToTarget: 1 } }, "en");
  expect((oneYear.scenarios as JsonObject[]).map((s) => s.name)).toEqual(["Cautious"]);
  expect(sourceText(oneYear, { kind: "general", key: "scenarios" })).toMatch(/^Assumption: Cautious = half the shift, in 3 years/);
  // A reason the user gave stays.
  const given = withStandardScenarios({ ...doc, sources: { scenarios: "Eigen onderbouwing" } }, "nl");
  expect(sourceText(given, { kind: "general", key: "scenarios" })).toBe("Eigen onderbouwing");
});
