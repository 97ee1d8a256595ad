/**
 * Where a JSON text first goes wrong, as a line and column people can find in their editor.
 * JSON.parse in Node 20 does not always say (`[1,]` gives no position), so this walks the text
 * with the JSON grammar (RFC 8259) and stops at the first character that does not fit.
 * Only called after JSON.parse has failed.
 */
import { catalogue, type Lang } from "../model";

export interface JsonErrorLocation {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** What is wrong there, in the requested language. */
  what: string;
}

type Problem = { offset: number; kind: "end" | "char" | "control" | "escape" | "number" };

class Stop {
  constructor(readonly problem: Problem) {}
}

export function locateJsonError(text: string, lang: Lang): JsonErrorLocation | null {
  const problem = findProblem(text);
  if (!problem) return null;
  const { line, column } = lineAndColumn(text, problem.offset);
  return { line, column, what: describe(problem, text, lang) };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const JSON_TEXTS = catalogue(
  {
    end: "het bestand houdt onverwacht op (ontbreekt er een } of ]?)",
    control: "een regeleinde of tab binnen een tekst tussen aanhalingstekens",
    escape: "ongeldige \\-reeks in een tekst",
    number: "ongeldig getal (gebruik een punt als decimaalteken, geen voorloopnullen)",
    char: (ch: string, afterComma: boolean) =>
      `onverwacht teken '${ch}'${ch === "'" ? " (JSON gebruikt dubbele aanhalingstekens)" : afterComma && (ch === "}" || ch === "]") ? " (een komma te veel?)" : ""}`,
  },
  {
    end: "the file ends too early (is a } or ] missing?)",
    control: "a line break or tab inside a quoted text",
    escape: "invalid \\ escape in a text",
    number: "invalid number (use a point as decimal separator, no leading zeros)",
    char: (ch, afterComma) =>
      `unexpected character '${ch}'${ch === "'" ? " (JSON uses double quotes)" : afterComma && (ch === "}" || ch === "]") ? " (one comma too many?)" : ""}`,
  },
);

function describe(p: Problem, text: string, lang: Lang): string {
  const t = JSON_TEXTS[lang];
  // A closing bracket right after a comma: the comma is the mistake, not the bracket.
  return p.kind === "char" ? t.char(text[p.offset], /,\s*$/.test(text.slice(Math.max(0, p.offset - 200), p.offset))) : t[p.kind];
}

function findProblem(text: string): Problem | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (kind: Problem["kind"], at = i): never => {
    throw new Stop({ offset: at, kind: at >= text.length ? "end" : kind });
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail("char");
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail("end");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail("control");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("escape");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail("escape");
        continue;
      }
      i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) fail("number");
    i += m![0].length;
    // A digit right after a complete number: a leading zero such as 01.
    if (/[0-9.]/.test(text[i] ?? "")) fail("number");
  };
  // Iterative, with the open brackets on a stack of its own: a file nested a million levels deep
  // is walked like any other (a recursive walk would run out of call stack and find nothing).
  const closers: ("}" | "]")[] = [];
  const key = () => {
    ws();
    string();
    ws();
    expect(":");
  };
  try {
    value: for (;;) {
      ws();
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        ws();
        const closer = c === "{" ? "}" : "]";
        if (text[i] === closer) i++;
        else {
          closers.push(closer);
          if (closer === "}") key();
          continue value;
        }
      } else if (c === '"') string();
      else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
      else if (c === "t") literal("true");
      else if (c === "f") literal("false");
      else if (c === "n") literal("null");
      else fail("char");
      // A value is complete: a comma brings the next one in its list or object, else its bracket closes.
      for (;;) {
        ws();
        const open = closers[closers.length - 1];
        if (open === undefined) {
          if (i < text.length) fail("char");
          return null;
        }
        if (text[i] === ",") {
          i++;
          if (open === "}") key();
          continue value;
        }
        expect(open);
        closers.pop();
      }
    }
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
}
