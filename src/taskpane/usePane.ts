/**
 * The pane's state (state/pane.ts) with what it needs from outside: the model in the workbook when
 * running in Excel, the draft saved while the user works, and focus moved where an action asked.
 */
import { useEffect, useMemo, useReducer, useRef, type Dispatch, type RefObject } from "react";
import type { Lang } from "../model";
import { debouncedSaver, loadDraft, saveDraft, type DraftStorage } from "./draft/draftStore";
import type { Strings } from "./i18n";
import { readWorkbookModel } from "./services/workbookService";
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from "./state/pane";
import { exampleDoc } from "./state/templates";

const DRAFT_SAVE_DELAY_MS = 500;

export function usePane(
  host: string,
  lang: Lang,
  s: Strings,
  storage: DraftStorage | null,
): { st: PaneState; dispatch: Dispatch<PaneAction>; headingRef: RefObject<HTMLHeadingElement | null> } {
  const [st, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(exampleDoc(), { inExcel: host === "excel", draft: loadDraft(storage) }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useWorkbookModel(host, lang, s, dispatch);
  useDraftSaving(st, storage);
  useEffect(() => {
    if (!st.focus) return;
    const target = st.focus.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el !== null) ?? headingRef.current;
    target?.focus();
    if (target && typeof target.scrollIntoView === "function") target.scrollIntoView({ block: "center" });
    dispatch({ type: "focused" });
  }, [st.focus]);
  return { st, dispatch, headingRef };
}

/** Inside Excel: open the model the add-in made in this workbook, if there is one. */
function useWorkbookModel(host: string, lang: Lang, s: Strings, dispatch: Dispatch<PaneAction>) {
  useEffect(() => {
    if (host !== "excel") return;
    let cancelled = false;
    readWorkbookModel()
      .then((model) => {
        if (cancelled) return;
        if (model.kind === "found") dispatch({ type: "workbookFound", model });
        else if (model.kind === "damaged")
          dispatch({ type: "workbookAbsent", notice: { intent: "error", title: s.workbookReadFailed, text: model.message[lang] } });
        else dispatch({ type: "workbookAbsent" });
      })
      .catch((e: unknown) => {
        if (!cancelled)
          dispatch({ type: "workbookAbsent", notice: { intent: "error", title: s.workbookReadFailed, text: e instanceof Error ? e.message : String(e) } });
      });
    return () => {
      cancelled = true;
    };
  }, [host, lang, s, dispatch]);
}

/** The draft: saved on every change (debounced) once the user is in the wizard and has answered the offer. */
function useDraftSaving(st: PaneState, storage: DraftStorage | null) {
  const saver = useMemo(() => debouncedSaver(DRAFT_SAVE_DELAY_MS, (d) => saveDraft(d, new Date(), storage)), [storage]);
  useEffect(() => {
    if (st.page !== "wizard" || st.draftOffer !== null) return;
    saver.schedule({ doc: st.editor.doc, raw: st.editor.raw, step: st.step });
  }, [st.editor, st.step, st.page, st.draftOffer, saver]);
  useEffect(() => {
    const flush = () => saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saver.flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      saver.flush();
    };
  }, [saver]);
}
