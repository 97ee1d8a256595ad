/**
 * The repository stands on its own (issue 14): a user's clone has nothing beside it, so no file of
 * the product, its tests, its scripts or its build may reach outside it for the method, schemas or
 * test recipes. Everything they need is here (docs/method.md, schemas/manifest).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const TOP_FILES = ["README.md", "package.json", "webpack.config.js", "jest.config.js", "eslint.config.mjs", ".ci/run"];
const FOLDERS = ["docs", "src", "test", "scripts", "bench", "bin", "schemas"];
// The shared/ folder beside the repository, written as a path (either slash) or built from segments.
const OUTSIDE = /\.\.[\\/]shared\b|["']\.\.["']\s*,\s*["']shared["']/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

test("nothing in README, docs, src, test, scripts or the build refers to a folder beside the repository", () => {
  const files = [
    ...TOP_FILES.map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
    ...fs.readdirSync(ROOT).filter((f) => /^tsconfig.*\.json$/.test(f)).map((f) => path.join(ROOT, f)),
    ...FOLDERS.flatMap((d) => filesUnder(path.join(ROOT, d))),
  ];
  expect(files.length).toBeGreaterThan(100);
  const outside = files.filter((f) => OUTSIDE.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
  expect(outside).toEqual([]);
});

test("the method and the manifest schemas the tests use are part of the repository", () => {
  expect(fs.readFileSync(path.join(ROOT, "docs", "method.md"), "utf8")).toMatch(/## 4\. .*workbook/i);
  expect(fs.existsSync(path.join(ROOT, "schemas", "manifest", "OfficeAppManifestV1_1.xsd"))).toBe(true);
});
