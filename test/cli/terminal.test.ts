/**
 * Issue 12, class 11: what the command line prints can never drive the terminal (escape sequences
 * in keys, titles and file names are shown, not obeyed).
 */
import * as path from "node:path";
import fc from "fast-check";
import { exampleCase } from "../../src/model";
import { terminalJson, terminalLine } from "../../src/cli/terminal";
import { ensureCliCompiled, runCli } from "./compileCli";
import { removeTempDirs, runInProcess, tempDir, writeJson } from "./support";
import { anyCodePoint } from "../support/hostileCases";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);

/** What a terminal may act on: C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls. */
// eslint-disable-next-line no-control-regex
const ACTS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("\u001b", "\u0007", "\u009b", "\r", "\n", "\t", "\u202e", "\u2028", "\u0000", "[", "]", "2J"),
    fc.string({ unit: anyCodePoint, maxLength: 1 }),
  ),
});

describe("class 11: control characters are shown escaped in all terminal output", () => {
  it("a line never holds a character a terminal acts on, and nothing else changes (property)", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const shown = terminalLine(s);
        expect(shown).not.toMatch(ACTS);
        expect(shown.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))).toBe(
          s.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("a JSON document stays valid JSON with the same value, and only its line breaks are raw (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(hostileText, fc.oneof(hostileText, fc.integer(), fc.array(hostileText, { maxLength: 3 }))), (value) => {
        const text = terminalJson(value);
        expect(JSON.parse(text)).toEqual(value);
        expect(text.replace(/\n/g, "")).not.toMatch(ACTS);
      }),
      { numRuns: 300 },
    );
  });

  it("validate, summary, read and error messages show an escape sequence instead of sending it (real process)", () => {
    const dir = tempDir();
    const keyed = writeJson(dir, "keyed.json", { ...exampleCase(), "\u001b]0;owned\u0007": 1 });
    const v = runCli(["validate", keyed]);
    expect(v.status).toBe(2);
    expect(v.stdout).toBe("\\u001b]0;owned\\u0007: onbekend veld '\\u001b]0;owned\\u0007' (tikfout?)\n");

    // A right-to-left override is a valid character in a title, but turns the line around on screen.
    const titled = writeJson(dir, "titled.json", { ...exampleCase(), title: "Begroting \u202e9102\u202c" });
    const s = runCli(["summary", titled]);
    expect(s.status).toBe(0);
    expect(s.stdout.split("\n")[0]).toBe("Begroting \\u202e9102\\u202c - Gemeente Voorbeeldstad (fictief)");
    // A C1 control (CSI) is no valid character in a case (issue 12, class 3): validation names it, and the message carries no control either.
    const controlled = writeJson(dir, "controlled.json", { ...exampleCase(), title: "Begroting \u009b2J" });
    const c = runCli(["validate", controlled]);
    expect(c.status).toBe(2);
    expect(c.stdout).toContain("U+009B");
    expect(`${c.stdout}${c.stderr}`.replace(/\n/g, "")).not.toMatch(ACTS);
    expect(s.stdout.replace(/\n/g, "")).not.toMatch(ACTS);
    const j = runCli(["summary", titled, "--json"]);
    expect(j.stdout.replace(/\n/g, "")).not.toMatch(ACTS);
    JSON.parse(j.stdout);

    const named = path.join(dir, "\u001b[2J\u001b[H.json");
    const n = runCli(["validate", named]);
    expect(n.stderr).toBe(`Fout: bestand niet gevonden: ${dir}/\\u001b[2J\\u001b[H.json\n`);
    for (const r of [v, s, j, n]) expect(`${r.stdout}${r.stderr}`.replace(/\n/g, "")).not.toMatch(ACTS);
  });

  it("in-process output goes through the same door", async () => {
    const r = await runInProcess(["validate", "\u001b]2;title\u0007.json", "--lang", "en"]);
    expect(r.err).toEqual(["Error: file not found: \\u001b]2;title\\u0007.json"]);
  });
});
