/**
 * The draft: the case being edited, the texts typed in its number fields and the step, kept so
 * that closing the pane loses nothing.
 *
 * Where: `localStorage`. It works the same in a plain browser, in Excel on the web and in the
 * desktop task pane (shared runtime included), and it is synchronous, so the last keystrokes can
 * be written when the pane is hidden. The alternatives were weighed: `OfficeRuntime.storage`
 * exists only inside Office, and `Office.context.document.settings` ties the draft to one
 * document and needs an asynchronous save; the case of the last build already travels with the
 * workbook (its BC_Meta sheet). Storage that throws (private windows, full quota) is treated as
 * absent: the wizard keeps working, it only cannot offer the draft next time.
 */
import type { RawEntry } from "../state/editorState";

export const DRAFT_KEY = "businesscase-gezinsgerichte-zorg.draft.v1";

export interface Draft {
  version: 1;
  /** ISO time of the save, shown in the offer to continue. */
  savedAt: string;
  doc: Record<string, unknown>;
  raw: Record<string, RawEntry>;
  step: number;
}

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(storage: DraftStorage | null = browserStorage()): Draft | null {
  if (!storage) return null;
  try {
    const text = storage.getItem(DRAFT_KEY);
    if (!text) return null;
    const d = JSON.parse(text) as Partial<Draft>;
    if (d.version !== 1 || typeof d.savedAt !== "string" || typeof d.doc !== "object" || d.doc === null || Array.isArray(d.doc)) return null;
    if (Number.isNaN(Date.parse(d.savedAt))) return null;
    return { version: 1, savedAt: d.savedAt, doc: d.doc, raw: isRawMap(d.raw) ? d.raw : {}, step: typeof d.step === "number" ? d.step : 0 };
  } catch {
    return null;
  }
}

export function saveDraft(draft: Omit<Draft, "version" | "savedAt">, now = new Date(), storage: DraftStorage | null = browserStorage()): void {
  if (!storage) return;
  try {
    const full: Draft = { version: 1, savedAt: now.toISOString(), ...draft };
    storage.setItem(DRAFT_KEY, JSON.stringify(full));
  } catch {
    // Full or forbidden storage: the draft is simply not kept.
  }
}

export function clearDraft(storage: DraftStorage | null = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // as above
  }
}

/** Saves at most once per `delayMs` while the user types; `flush` writes a pending save at once (the pane is closing). */
export function debouncedSaver(delayMs: number, save: (d: Omit<Draft, "version" | "savedAt">) => void) {
  let pending: Omit<Draft, "version" | "savedAt"> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) save(pending);
    pending = null;
  };
  return {
    schedule(d: Omit<Draft, "version" | "savedAt">) {
      pending = d;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

function isRawMap(v: unknown): v is Record<string, RawEntry> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return Object.values(v).every(
    (e) =>
      typeof e === "object" &&
      e !== null &&
      Array.isArray((e as RawEntry).segments) &&
      typeof (e as RawEntry).text === "string" &&
      typeof (e as RawEntry).invalid === "boolean",
  );
}
