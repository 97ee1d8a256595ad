/**
 * What the pane shows and holds, as one state with named actions (a reducer): the page, the step,
 * the case being edited, the draft on offer, the model found in the workbook, the notice, and the
 * question before a case is replaced. Pure: no DOM, no storage; the hook in usePane.ts does those.
 *
 * The rule that keeps work from being lost lives here: every action that puts another case in
 * place of the current one goes through `askToReplace`, which asks first while there is work the
 * user could lose (a changed case in the wizard, or a saved draft still on offer).
 */
import type { PathSegment } from "../../model";
import type { Draft } from "../draft/draftStore";
import type { WorkbookModel } from "../services/workbookService";
import { clampStep, STEP_COUNT, stepOf } from "../steps/steps";
import { emptyEditorState, type EditorState, type JsonObject } from "./editorState";
import { fieldId } from "./problems";

export type Page = "loading" | "start" | "wizard";
export type Notice = { intent: "success" | "warning" | "error" | "info"; title?: string; text: string; lines?: string[] };
export type FoundModel = Extract<WorkbookModel, { kind: "found" }>;

export interface PaneState {
  page: Page;
  step: number;
  editor: EditorState;
  /** The case was changed since it was started, opened or saved. */
  dirty: boolean;
  draftOffer: Draft | null;
  workbook: FoundModel | null;
  sheetNameSuffix: string;
  notice: Notice | null;
  /** A case waiting for the user's answer to "replace the current case?". */
  pendingReplace: { doc: JsonObject; notice?: Notice; revealAll?: boolean } | null;
  /** DOM ids to focus after the next render, the first that exists (none: the step heading). */
  focus: string[] | null;
  /** Fields the user has been in (paths): their problems are shown. */
  touched: Record<string, true>;
  /** Steps whose problems are all shown: left with Next, or opened from a file, a draft or a workbook. */
  revealed: boolean[];
}

export type PaneAction =
  | { type: "edit"; change: (editor: EditorState) => EditorState }
  | { type: "touch"; segments: PathSegment[] }
  | { type: "start"; doc: JsonObject; notice?: Notice; revealAll?: boolean }
  | { type: "askToReplace"; doc: JsonObject; notice?: Notice; revealAll?: boolean }
  | { type: "confirmReplace" }
  | { type: "cancelReplace" }
  | { type: "continueDraft" }
  | { type: "discardDraft" }
  | { type: "notice"; notice: Notice | null }
  | { type: "goToStep"; step: number }
  | { type: "next" }
  | { type: "jumpTo"; segments: PathSegment[] }
  | { type: "focused" }
  | { type: "workbookFound"; model: FoundModel }
  | { type: "workbookAbsent"; notice?: Notice }
  | { type: "dismissWorkbook" }
  | { type: "saved"; notice: Notice }
  | { type: "sheetNameSuffix"; suffix: string };

const noneRevealed = (): boolean[] => Array.from({ length: STEP_COUNT }, () => false);
const allRevealed = (): boolean[] => Array.from({ length: STEP_COUNT }, () => true);

export function initialPaneState(doc: JsonObject, options: { inExcel: boolean; draft: Draft | null }): PaneState {
  return {
    page: options.inExcel ? "loading" : "start",
    step: 0,
    editor: emptyEditorState(doc),
    dirty: false,
    draftOffer: options.draft,
    workbook: null,
    sheetNameSuffix: "",
    notice: null,
    pendingReplace: null,
    focus: null,
    touched: {},
    revealed: noneRevealed(),
  };
}

/** Work the user could lose if the case were replaced now. */
export function hasWorkToLose(st: PaneState): boolean {
  return (st.page === "wizard" && st.dirty) || st.draftOffer !== null;
}

export function paneReducer(st: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "edit":
      // Editing while the draft is on offer means working on this case instead: the offer goes and
      // the draft follows this case from now on (else closing the pane would lose it).
      return { ...st, editor: action.change(st.editor), dirty: true, draftOffer: null };
    case "touch": {
      const key = fieldId(action.segments);
      return st.touched[key] ? st : { ...st, touched: { ...st.touched, [key]: true } };
    }
    case "start":
      return started(st, action.doc, action.notice, action.revealAll);
    case "askToReplace":
      if (!hasWorkToLose(st)) return started(st, action.doc, action.notice, action.revealAll);
      return { ...st, pendingReplace: { doc: action.doc, notice: action.notice, revealAll: action.revealAll } };
    case "confirmReplace":
      if (!st.pendingReplace) return st;
      return started({ ...st, pendingReplace: null }, st.pendingReplace.doc, st.pendingReplace.notice, st.pendingReplace.revealAll);
    case "cancelReplace":
      return { ...st, pendingReplace: null };
    case "continueDraft": {
      const d = st.draftOffer;
      if (!d) return st;
      const step = clampStep(d.step);
      return {
        ...st,
        page: "wizard",
        step,
        editor: { doc: d.doc, raw: d.raw },
        dirty: true,
        draftOffer: null,
        workbook: null,
        focus: [],
        touched: Object.fromEntries(Object.values(d.raw).map((e) => [fieldId(e.segments), true as const])),
        revealed: noneRevealed().map((_, i) => i < step),
      };
    }
    case "discardDraft":
      return { ...st, draftOffer: null };
    case "notice":
      return { ...st, notice: action.notice };
    case "goToStep":
      return { ...st, step: clampStep(action.step), focus: [] };
    case "next":
      return { ...st, step: clampStep(st.step + 1), focus: [], revealed: st.revealed.map((r, i) => r || i === st.step) };
    case "jumpTo": {
      const step = stepOf(action.segments);
      const focus: string[] = [];
      for (let k = action.segments.length; k >= 1; k--) focus.push(fieldId(action.segments.slice(0, k)));
      return { ...st, step, focus, revealed: st.revealed.map((r, i) => r || i === step) };
    }
    case "focused":
      return { ...st, focus: null };
    case "workbookFound":
      return {
        ...started(st, action.model.caseFile, st.notice ?? undefined, true),
        dirty: false,
        draftOffer: st.draftOffer,
        workbook: action.model,
        sheetNameSuffix: action.model.sheetNameSuffix,
      };
    case "workbookAbsent":
      return { ...st, page: "start", notice: action.notice ?? st.notice };
    case "dismissWorkbook":
      return { ...st, workbook: null };
    case "saved":
      return { ...st, dirty: false, notice: action.notice };
    case "sheetNameSuffix":
      return { ...st, sheetNameSuffix: action.suffix };
  }
}

function started(st: PaneState, doc: JsonObject, notice: Notice | undefined, revealAll = false): PaneState {
  return {
    ...st,
    page: "wizard",
    step: 0,
    editor: emptyEditorState(doc),
    dirty: false,
    draftOffer: null,
    workbook: null,
    notice: notice ?? null,
    focus: [],
    touched: {},
    revealed: revealAll ? allRevealed() : noneRevealed(),
  };
}

/** Whether a field's problems are shown: once the user has been in it, or its step was revealed. */
export function isShown(st: Pick<PaneState, "touched" | "revealed">, segments: readonly PathSegment[]): boolean {
  return st.revealed[stepOf(segments)] === true || st.touched[fieldId(segments)] === true;
}
