/** What every step and field needs: the language and texts, the case being edited, its problems and a way to change it. */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang, PathSegment } from "../../model";
import type { Strings } from "../i18n";
import type { EditorState } from "../state/editorState";
import type { Checked } from "../state/problems";

export interface Editor {
  lang: Lang;
  s: Strings;
  state: EditorState;
  checked: Checked;
  /** Applies a pure edit to the case being edited. */
  edit: (change: (state: EditorState) => EditorState) => void;
  /** The user has been in this field: its problems are shown from now on. */
  touch: (segments: PathSegment[]) => void;
}

/** The build panel, shown by the last step. */
export const BuildSlot = createContext<ReactNode>(null);

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("useEditor outside EditorContext");
  return editor;
}

/** Only the language and texts, for parts of the pane that do not edit the case. */
export interface Texts {
  lang: Lang;
  s: Strings;
}
export const TextsContext = createContext<Texts | null>(null);

export function useTexts(): Texts {
  const t = useContext(TextsContext);
  if (!t) throw new Error("useTexts outside TextsContext");
  return t;
}
