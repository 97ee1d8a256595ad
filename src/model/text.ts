/**
 * Which characters a text in a case may hold. A workbook is XML, and XML 1.0 cannot hold U+FFFE,
 * U+FFFF, half of a surrogate pair or control characters other than tab and line breaks; the
 * workbook library's reader also refuses DEL (U+007F). The other control characters (U+0080 to
 * U+009F) are invisible and only ever arrive by accident. So a text holds no control character
 * but tab, line feed and carriage return, and none of the others named: one rule for validation,
 * for the writers' last check and for the reader's inspection of a file.
 */

// eslint-disable-next-line no-control-regex
const NOT_ALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What XML itself cannot hold (and the library's reader refuses): the part of the rule a file from elsewhere is held to. */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface CharacterAt {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** `U+FFFE`, as people look characters up. */
  code: string;
}

function find(text: string, rule: RegExp): CharacterAt | null {
  const m = rule.exec(text);
  return m ? { index: m.index, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` } : null;
}

/** The first character a case's text may not hold, or null. */
export function forbiddenCharacter(text: string): CharacterAt | null {
  return find(text, NOT_ALLOWED);
}

/** The first character no workbook (XML 1.0, and the library's reader) can hold, or null. */
export function characterNotInXml(text: string): CharacterAt | null {
  return find(text, NOT_IN_XML);
}

/** Whether a text has something to see: a character that is not a space, a control or an invisible format character. */
export function hasVisibleCharacter(text: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/u.test(text);
}
