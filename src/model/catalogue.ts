/**
 * The one shape of every bilingual text in the product: a catalogue per domain (the model's rules,
 * the command line, the workbook plan, the custom functions, the writers, the task pane). The Dutch
 * texts define the keys and the parameters of each text; the English ones must have exactly the same,
 * which the compiler checks (`NoInfer`: the type comes from the Dutch side only). Dutch is the default.
 *
 *     const TEXTS = catalogue(
 *       { saved: (file: string) => `${file} is opgeslagen.`, cancel: "Annuleren" },
 *       { saved: (file: string) => `${file} has been saved.`, cancel: "Cancel" },
 *     );
 *     TEXTS[lang].saved("a.json");
 */
export type Lang = "nl" | "en";

export type Catalogue<T> = Readonly<Record<Lang, T>>;

export function catalogue<T>(nl: T, en: NoInfer<T>): Catalogue<T> {
  return { nl, en };
}

/**
 * Both languages of one text, where a caller needs both at once (a problem carries nl and en). The
 * language is passed too, for a parameter that is itself bilingual: `(t, lang) => t.damaged(why[lang])`.
 */
export function bothLanguages<T, R>(texts: Catalogue<T>, pick: (t: T, lang: Lang) => R): Record<Lang, R> {
  return { nl: pick(texts.nl, "nl"), en: pick(texts.en, "en") };
}
