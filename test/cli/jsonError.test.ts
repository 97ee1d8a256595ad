/**
 * Issue 12, class 12: a JSON error is placed by line and column however deeply the text is nested
 * (the walk keeps its own stack), and exactly when JSON.parse refuses the text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { exampleCase } from "../../src/model";
import { locateJsonError } from "../../src/cli/jsonError";
import { ensureCliCompiled, runCli } from "./compileCli";
import { removeTempDirs, tempDir } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);

describe("class 12: a JSON error is placed by line and column at any depth", () => {
  it("an array nested 200,000 deep with a trailing comma, and an object nested as deep with a missing value", () => {
    const arrays = `${"[".repeat(200_000)}1,]`;
    expect(locateJsonError(arrays, "nl")).toEqual({ line: 1, column: 200_003, what: "onverwacht teken ']' (een komma te veel?)" });
    const objects = `${'{"a":\n'.repeat(100_000)}}`;
    expect(locateJsonError(objects, "en")).toEqual({ line: 100_001, column: 1, what: "unexpected character '}'" });
  });

  it("through the real command line", () => {
    const dir = tempDir();
    const file = path.join(dir, "deep.json");
    fs.writeFileSync(file, `{"title": ${"[".repeat(100_000)}"x",\n]}`);
    const r = runCli(["validate", file, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`Error: ${file}: not valid JSON at line 2, column 1: unexpected character ']' (one comma too many?)\n`);
  });

  it("finds a problem exactly when JSON.parse fails, on damaged copies of a real case file (property)", () => {
    const text = JSON.stringify(exampleCase("region"), null, 2);
    const damage = fc.array(
      fc.record({
        at: fc.nat({ max: text.length }),
        cut: fc.nat({ max: 3 }),
        put: fc.constantFrom("", ",", "]", "}", "{", "[", '"', ":", "0", "-", "\\", "'", "\n", "\u0001", "tru", " "),
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(damage, (edits) => {
        let t = text;
        for (const e of edits) t = t.slice(0, e.at) + e.put + t.slice(e.at + e.cut);
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        const found = locateJsonError(t, "en");
        expect(found === null).toBe(parses);
        if (found) expect(found.line).toBeLessThanOrEqual(t.split("\n").length);
      }),
      { numRuns: 1000 },
    );
  });
});
