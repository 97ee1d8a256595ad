/** The task pane's texts: one module per language, picked by `Lang`; Dutch is the default. */
import type { Lang } from "../../model";
import { en } from "./en";
import { nl, type Strings } from "./nl";

export type { Strings };

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : nl;
}

/**
 * The pane's language from a language tag (Office's display language, or the browser's):
 * English for any English tag, Dutch for everything else (the users are Dutch municipalities).
 */
export function languageFromTag(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^en\b/i.test(tag.trim()) ? "en" : "nl";
}
