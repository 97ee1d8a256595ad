/** The pane's state as a reducer: the steps list, the rule that asks before work is lost, and when problems show. */
import { hasWorkToLose, initialPaneState, isShown, paneReducer, type PaneAction, type PaneState } from "../../src/taskpane/state/pane";
import { STEPS, stepOf } from "../../src/taskpane/steps/steps";
import { setValue } from "../../src/taskpane/state/editorState";
import type { Draft } from "../../src/taskpane/draft/draftStore";

const run = (st: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, st);
const draft: Draft = { version: 1, savedAt: "2026-01-02T10:00:00.000Z", doc: { title: "mijn concept" }, raw: {}, step: 2 };

describe("the steps list", () => {
  it("puts every field on the step that edits it, the most specific key first", () => {
    expect(STEPS).toHaveLength(5);
    expect(stepOf([])).toBe(0);
    expect(stepOf(["discountRate"])).toBe(0);
    expect(stepOf(["careForms", 1, "costs", 0, "amount"])).toBe(1);
    expect(stepOf(["careForms", 1, "current"])).toBe(2);
    expect(stepOf(["municipalities", 0, "name"])).toBe(2);
    expect(stepOf(["oneOffCosts", 0, "year"])).toBe(3);
    expect(stepOf(["scenarios", 0, "realisation"])).toBe(4);
    expect(stepOf(["anUnknownKey"])).toBe(4);
  });
});

describe("replacing the case", () => {
  it("asks while a draft is on offer, also from the start page", () => {
    const st = initialPaneState({ title: "voorbeeld" }, { inExcel: false, draft });
    expect(hasWorkToLose(st)).toBe(true);
    const asked = run(st, { type: "askToReplace", doc: { title: "leeg" } });
    expect(asked.page).toBe("start");
    expect(asked.pendingReplace?.doc).toEqual({ title: "leeg" });
    expect(run(asked, { type: "cancelReplace" })).toMatchObject({ page: "start", draftOffer: draft, pendingReplace: null });
    expect(run(asked, { type: "confirmReplace" })).toMatchObject({ page: "wizard", draftOffer: null, editor: { doc: { title: "leeg" } } });
  });

  it("asks once the case in the wizard was changed, not before, and not after saving", () => {
    const fresh = run(initialPaneState({}, { inExcel: false, draft: null }), { type: "start", doc: { title: "a" } });
    expect(run(fresh, { type: "askToReplace", doc: { title: "b" } }).editor.doc).toEqual({ title: "b" });
    const changed = run(fresh, { type: "edit", change: (e) => setValue(e, ["title"], "a2") });
    expect(run(changed, { type: "askToReplace", doc: { title: "b" } }).pendingReplace).not.toBeNull();
    const saved = run(changed, { type: "saved", notice: { intent: "success", text: "ok" } });
    expect(run(saved, { type: "askToReplace", doc: { title: "b" } }).editor.doc).toEqual({ title: "b" });
  });
});

describe("when problems show", () => {
  it("after the user was in the field, or left its step with Next, or opened a file", () => {
    const st = run(initialPaneState({}, { inExcel: false, draft: null }), { type: "start", doc: {} });
    expect(isShown(st, ["region"])).toBe(false);
    expect(isShown(run(st, { type: "touch", segments: ["region"] }), ["region"])).toBe(true);
    const next = run(st, { type: "next" });
    expect([isShown(next, ["region"]), isShown(next, ["careForms", 0, "name"])]).toEqual([true, false]);
    expect(isShown(run(st, { type: "start", doc: {}, revealAll: true }), ["scenarios", 0, "name"])).toBe(true);
  });
});
