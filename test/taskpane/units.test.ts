/** Pure modules of the task pane: environment detection, the draft store, edits of the case, and paste from Excel. */
import { detectEnvironment } from "../../src/taskpane/office/environment";
import { languageFromTag } from "../../src/taskpane/i18n";
import { DRAFT_KEY, debouncedSaver, loadDraft, saveDraft } from "../../src/taskpane/draft/draftStore";
import { emptyEditorState, removeItem, renameCareFormId, setNumberText } from "../../src/taskpane/state/editorState";
import { enableMunicipalities, pasteIntoGrid } from "../../src/taskpane/state/municipalities";
import { parseNumber } from "../../src/taskpane/numbers/parseNumber";
import { exampleDoc } from "../../src/taskpane/state/templates";
import { nextSuffix } from "../../src/taskpane/components/BuildPanel";

const store = () => {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
};

describe("environment", () => {
  it("no office.js: a plain browser, language from the browser", async () => {
    expect(await detectEnvironment(undefined, "nl-NL")).toEqual({ host: "browser", lang: "nl" });
    expect(await detectEnvironment(undefined, "en-US")).toEqual({ host: "browser", lang: "en" });
  });
  it("office.js outside Office (host null): a plain browser", async () => {
    const office = { onReady: async () => ({ host: null, platform: null }), context: { displayLanguage: "en-US" } };
    expect(await detectEnvironment(office, "nl-BE")).toEqual({ host: "browser", lang: "nl" });
  });
  it("inside Excel: the display language of Office decides", async () => {
    const office = { onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }), context: { displayLanguage: "en-GB" }, HostType: { Excel: "Excel" } };
    expect(await detectEnvironment(office, "nl-NL")).toEqual({ host: "excel", lang: "en" });
    const dutch = { ...office, context: { displayLanguage: "nl-NL" } };
    expect(await detectEnvironment(dutch, "en-US")).toEqual({ host: "excel", lang: "nl" });
    const word = { ...office, onReady: async () => ({ host: "Word", platform: "PC" }) };
    expect((await detectEnvironment(word, "nl-NL")).host).toBe("otherOffice");
  });
  it("an office.js that never gets ready does not stop the pane", async () => {
    const office = { onReady: () => new Promise<{ host: unknown; platform: unknown }>(() => undefined) };
    expect(await detectEnvironment(office, "nl-NL", 20)).toEqual({ host: "browser", lang: "nl" });
  });
  it("Dutch unless the tag is English", () => {
    expect(languageFromTag("en")).toBe("en");
    expect(languageFromTag("EN-gb")).toBe("en");
    expect(languageFromTag("nl-NL")).toBe("nl");
    expect(languageFromTag("de-DE")).toBe("nl");
    expect(languageFromTag(undefined)).toBe("nl");
  });
});

describe("draft store", () => {
  it("saves and loads a draft; rubbish in storage is no draft", () => {
    const s = store();
    expect(loadDraft(s)).toBeNull();
    saveDraft({ doc: { title: "x" }, raw: {}, step: 2 }, new Date("2026-01-02T03:04:05Z"), s);
    expect(loadDraft(s)).toEqual({ version: 1, savedAt: "2026-01-02T03:04:05.000Z", doc: { title: "x" }, raw: {}, step: 2 });
    s.data.set(DRAFT_KEY, "{not json");
    expect(loadDraft(s)).toBeNull();
    s.data.set(DRAFT_KEY, JSON.stringify({ version: 2, savedAt: "2026-01-01", doc: {} }));
    expect(loadDraft(s)).toBeNull();
  });
  it("storage that throws is treated as absent", () => {
    const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("full"); }, removeItem: () => undefined };
    expect(() => saveDraft({ doc: {}, raw: {}, step: 0 }, new Date(), throwing)).not.toThrow();
    expect(loadDraft(throwing)).toBeNull();
  });
  it("debounces: one save for a burst of changes, the last one; flush saves at once", () => {
    jest.useFakeTimers();
    const saved: number[] = [];
    const saver = debouncedSaver(500, (d) => saved.push(d.step));
    saver.schedule({ doc: {}, raw: {}, step: 1 });
    saver.schedule({ doc: {}, raw: {}, step: 2 });
    jest.advanceTimersByTime(499);
    expect(saved).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(saved).toEqual([2]);
    saver.schedule({ doc: {}, raw: {}, step: 3 });
    saver.flush();
    expect(saved).toEqual([2, 3]);
    jest.advanceTimersByTime(1000);
    expect(saved).toEqual([2, 3]);
    jest.useRealTimers();
  });
});

describe("edits of the case", () => {
  it("removing an item moves the typed texts of later items up with them", () => {
    let st = emptyEditorState(exampleDoc());
    st = setNumberText(st, ["careForms", 2, "ambulant", "amount"], "7.5OO", parseNumber("7.5OO", "nl"));
    st = setNumberText(st, ["careForms", 0, "current"], "41", parseNumber("41", "nl"));
    st = removeItem(st, ["careForms"], 1);
    expect(Object.keys(st.raw).sort()).toEqual(["careForms[0].current", "careForms[1].ambulant.amount"]);
    expect(st.raw["careForms[1].ambulant.amount"]).toMatchObject({ text: "7.5OO", invalid: true, segments: ["careForms", 1, "ambulant", "amount"] });
    expect((st.doc.careForms as { current: number }[])[0].current).toBe(41);
  });
  it("renaming a care form's id moves its volumes in every municipality", () => {
    let st = enableMunicipalities(emptyEditorState(exampleDoc()), "Stad");
    st = renameCareFormId(st, 1, "gh");
    const volumes = (st.doc.municipalities as { volumes: Record<string, unknown> }[])[0].volumes;
    expect(Object.keys(volumes).sort()).toEqual(["gh", "pleegzorg", "residentieel"]);
    expect(volumes.gh).toEqual({ current: 12, target: 18 });
  });
  it("paste from Excel: rows and tabs from the cell pasted into, English notation in an English pane, a header row skipped", () => {
    const st = enableMunicipalities(emptyEditorState(exampleDoc()), "Stad");
    const next = pasteIntoGrid(st, 1, 0, "Name\tYouths\nRiverside\t14,500\t21\t13\n", "en")!;
    const m = (next.doc.municipalities as Record<string, any>[])[1];
    expect(m).toEqual({ name: "Riverside", youthPopulation: 14500, volumes: { residentieel: { current: 21, target: 13 } } });
    expect(pasteIntoGrid(st, 0, 1, "12", "nl")).toBeNull();
  });
  it("suffixes for other sheet names count up", () => {
    expect(nextSuffix("")).toBe(" (2)");
    expect(nextSuffix(" (2)")).toBe(" (3)");
  });
});
