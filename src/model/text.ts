/**
 * Which characters a text in a case may hold. A workbook is XML, and XML 1.0 cannot hold U+FFFE,
 * U+FFFF, half of a surrogate pair or control characters other than tab and line breaks; the
 * workbook library's reader also refuses DEL (U+007F). The other control characters (U+0080 to
 * U+009F) are invisible and only ever arrive by accident, and a carriage return comes back from a
 * workbook as a line feed (XML reads every line end so). So a text holds no control character but
 * tab and line feed, and none of the others named: one rule for validation and the writers' last
 * check; a file from elsewhere is held only to what XML and the reader refuse.
 */

// eslint-disable-next-line no-control-regex
const NOT_ALLOWED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What XML itself cannot hold (and the library's reader refuses): the part of the rule a file from elsewhere is held to. */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface CharacterAt {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** `U+FFFE`, as people look characters up. */
  code: string;
  /** An invisible control character, a code that is no character (U+FFFE, U+FFFF), or half of a pair (a broken emoji). */
  kind: "control" | "noncharacter" | "surrogate";
}

function find(text: string, rule: RegExp): CharacterAt | null {
  const m = rule.exec(text);
  if (!m) return null;
  const unit = m[0].charCodeAt(0);
  const kind = unit >= 0xd800 && unit <= 0xdfff ? "surrogate" : unit >= 0xfffe ? "noncharacter" : "control";
  return { index: m.index, code: `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`, kind };
}

/** The first character a case's text may not hold, or null. */
export function forbiddenCharacter(text: string): CharacterAt | null {
  return find(text, NOT_ALLOWED);
}

/** The first character no workbook (XML 1.0, and the library's reader) can hold, or null. */
export function characterNotInXml(text: string): CharacterAt | null {
  return find(text, NOT_IN_XML);
}

/**
 * Excel reads _xHHHH_ in a workbook file as the character HHHH (ECMA-376 22.4.2.4), and the
 * workbook library escapes such text (_x005F_ for the underscore) except where one sequence's
 * closing underscore opens the next: "_x0041_x0042_" would come back as "_x0041B". Such a text is
 * refused rather than changed.
 */
export function escapeClash(text: string): { index: number; sequence: string } | null {
  const m = /_x[0-9A-Fa-f]{4}_x[0-9A-Fa-f]{4}_/.exec(text);
  return m ? { index: m.index, sequence: m[0] } : null;
}

/** Whether a text has something to see: a character that is not a space, a control or an invisible format character. */
export function hasVisibleCharacter(text: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/u.test(text);
}
