/**
 * What reaches the terminal shows every character and acts on none: a case file or a workbook can
 * hold an escape sequence (clear the screen, set the window title, rewrite the line) in a title,
 * a key or a file name. Control characters (C0, DEL, C1), line and paragraph separators and the
 * bidirectional overrides are shown as \uXXXX, the way JSON writes them.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same except the line break, which is how a JSON document is laid out (inside its strings JSON.stringify escapes it).
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_JSON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One line of text for the terminal: a line break inside it is shown too, so a line stays one line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** A value as indented JSON for the terminal; still valid JSON with the same value (\uXXXX means the character). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escape);
}
