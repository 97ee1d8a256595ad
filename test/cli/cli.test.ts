/**
 * The real command: `node bin/businesscase.js ...` in a child process, after compiling it the way
 * `npm install` does. Output, exit codes, every kind of bad input, and the example's headline
 * figures worked by hand from method.md.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCase, summarize, validateCase } from "../../src/model";
import { ensureCliCompiled, ROOT, runCli } from "./compileCli";
import { removeTempDirs, tempDir, writeJson } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);

/** A stack trace line, which a user must never see. */
const STACK = /\n\s+at .+\(.+:\d+:\d+\)/;

// The example case by hand (method.md section 3; figures from section 5 via src/model/example.ts):
// at base-year prices (2025), each tariff times its CPI factor from its price year (2019: 1.2676, 2024: 1.0330):
// c_residential = 250 x 1.2676 x 365 = 115,668.50; c_familyHome = 163.59 x 1.033 x 365 + 7,500 x 0.56 = 65,880.79;
// c_foster = (25.73 x 1.033 + 19.66 x 1.2676) x 365 + 4,200 = 22,997.54. Current 40/12/30, target 24/18/40.
const C_RESIDENTIAL = 250 * 1.2676 * 365;
const C_FAMILY_HOME = 163.59 * 1.033 * 365 + 7_500 * 0.56;
const C_FOSTER = (25.73 * 1.033 + 19.66 * 1.2676) * 365 + 7_500 * 0.56;
const S = 16 * C_RESIDENTIAL - 6 * C_FAMILY_HOME - 10 * C_FOSTER; // 1,225,435.86
const P = [0, 1 / 3, 2 / 3, 1, 1, 1]; // yearsToTarget 3, horizon 5
const ONE_OFF = [150_000, 240_000, 0, 0, 0, 0];
const NET_REAL = P.map((p, i) => p * S - ONE_OFF[i]);
const NET_NOMINAL = NET_REAL.map((x, i) => x * 1.0394 ** i);
const CUMULATIVE = NET_NOMINAL.map((_, i) => NET_NOMINAL.slice(0, i + 1).reduce((a, b) => a + b, 0));
const NPV = NET_REAL.reduce((s, x, i) => s + x / 1.0225 ** i, 0);

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe("businesscase (child process)", () => {
  it("has the hand-worked structural saving of the example", () => {
    close(S, 1_225_435.8638);
  });

  it("--help prints Dutch usage with a pointer to English, and English with --lang en", () => {
    const nl = runCli(["--help"]);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain("Gebruik:");
    expect(nl.stdout).toContain("businesscase summary CASUS.json");
    expect(nl.stdout).toContain("In English: businesscase --help --lang en");
    const en = runCli(["help", "--lang", "en"]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("Usage:");
    expect(en.stdout).toContain("businesscase build CASE.json --out FILE.xlsx");
  });

  it("--version prints the package version", () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    expect(runCli(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("example prints the example case as JSON, and --region the regional one", () => {
    const r = runCli(["example"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(exampleCase());
    const region = JSON.parse(runCli(["example", "--region"]).stdout);
    expect(region.municipalities.map((m: { name: string }) => m.name)).toEqual(["Voorbeeldstad", "Dorpenland", "Rivierstreek"]);
  });

  it("validate prints ok and exits 0 for a valid case", () => {
    const file = writeJson(tempDir(), "case.json", exampleCase());
    expect(runCli(["validate", file])).toEqual({ status: 0, stdout: "ok\n", stderr: "" });
  });

  it("validate prints each problem as path: text and exits 2", () => {
    const c = exampleCase() as unknown as { careForms: { costs: { per: string }[]; current: number }[] };
    c.careForms[0].costs[0].per = "dag";
    c.careForms[2].current = -1;
    const file = writeJson(tempDir(), "case.json", c);
    const nl = runCli(["validate", file]);
    expect(nl.status).toBe(2);
    expect(nl.stdout.trim().split("\n").sort()).toEqual([
      "careForms[0].costs[0].per: moet een van deze zijn: day, week, month, year",
      "careForms[2].current: moet tussen 0 en 1.000.000 liggen",
    ]);
    expect(nl.stderr).toContain("case.json is geen geldige casus (2 problemen)");
    const en = runCli(["validate", file, "--lang", "en"]);
    expect(en.stdout.trim().split("\n").sort()).toEqual([
      "careForms[0].costs[0].per: must be one of: day, week, month, year",
      "careForms[2].current: must be between 0 and 1,000,000",
    ]);
  });

  it("summary --json prints exactly summarize(case), with the hand-worked figures", () => {
    const file = writeJson(tempDir(), "case.json", exampleCase());
    const r = runCli(["summary", file, "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const printed = JSON.parse(r.stdout);
    const valid = validateCase(exampleCase());
    if (!valid.ok) throw new Error("example invalid");
    expect(printed).toEqual(JSON.parse(JSON.stringify(summarize(valid.value))));

    close(printed.costPerPlacement.residentieel, 115_668.5);
    close(printed.costPerPlacement.gezinshuis, 65_880.79155);
    close(printed.costPerPlacement.pleegzorg, 22_997.53869);
    close(printed.structuralSaving, 1_225_435.8638);
    expect(printed.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    P.forEach((p, i) => close(printed.savingReal[i], p * S));
    NET_REAL.forEach((x, i) => close(printed.netReal[i], x));
    NET_NOMINAL.forEach((x, i) => close(printed.netNominal[i], x));
    CUMULATIVE.forEach((x, i) => close(printed.cumulativeNominal[i], x));
    close(printed.npv, NPV);
    // Cumulative: -150,000; -150,000 + (408,478.62 - 240,000) x 1.0394 = 25,116.68; then larger.
    close(printed.cumulativeNominal[1], 25_116.678944);
    expect(printed.breakEvenYear).toBe(2026);
    close(printed.volumes[1].residentieel, 40 - 16 / 3);
    close(printed.volumes[1].gezinshuis, 14);
    close(printed.awayFromHomeShare[0], 82 / 24_000);
    // Scenarios: "Voorzichtig" realises half the shift; "Ambitieus" all of it, in two years. None repeats the base case.
    expect(printed.scenarios.map((s: { name: string }) => s.name)).toEqual(["Voorzichtig", "Ambitieus"]);
    close(printed.scenarios[0].structuralSaving, 0.5 * S);
    close(printed.scenarios[1].structuralSaving, S);
    expect(Math.abs(printed.scenarios[1].npv - NPV)).toBeGreaterThan(1000);
    // NPV is linear in the realisation r: NPV(r) = NPV(0) + r x (NPV(1) - NPV(0)).
    const npv0 = -150_000 - 240_000 / 1.0225;
    close(printed.switchingRealisation, -npv0 / (NPV - npv0));
  });

  it("summary --example prints a readable report in Dutch euros, or English with --lang en", () => {
    const nl = runCli(["summary", "--example"]);
    expect(nl.status).toBe(0);
    const line = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start)) ?? "";
    expect(line(nl.stdout, "Structurele besparing per jaar")).toMatch(/€ 1\.225\.436$/);
    expect(line(nl.stdout, "Residentiële jeugdhulp")).toMatch(/€ 115\.668,50$/);
    expect(line(nl.stdout, "Gezinshuis ")).toMatch(/€ 65\.880,79$/);
    expect(line(nl.stdout, "Terugverdienjaar")).toMatch(/2026$/);
    // Year 2026: volumes 34.67 / 14 / 33.33, saving 408,479, one-off 240,000, net 168,479, nominal x 1.0394 = 175,117.
    expect(line(nl.stdout, "2026").split(/\s{2,}/)).toEqual(["2026", "34,67", "14", "33,33", "€ 408.479", "€ 240.000", "€ 168.479", "€ 175.117", "€ 25.117"]);
    expect(nl.stdout).toContain("Scenario's");
    expect(line(nl.stdout, "Voorzichtig")).toContain("€ 612.718");

    const en = runCli(["summary", "--example", "--lang", "en"]);
    expect(line(en.stdout, "Structural saving per year")).toMatch(/€1,225,436$/);
    expect(line(en.stdout, "2025").split(/\s{2,}/)).toEqual(["2025", "40", "12", "30", "€0", "€150,000", "-€150,000", "-€150,000", "-€150,000"]);
    expect(en.stdout).toContain("Switching value");
  });

  describe("bad input: exit 2, a message naming the file or option, no stack trace", () => {
    const expectBad = (r: { status: number | null; stderr: string; stdout: string }, ...parts: string[]) => {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      for (const p of parts) expect(r.stderr).toContain(p);
      expect(r.stderr).not.toMatch(STACK);
    };

    it("a missing file", () => {
      expectBad(runCli(["summary", "nope.json"]), "Fout: bestand niet gevonden: nope.json");
      expectBad(runCli(["summary", "nope.json", "--lang", "en"]), "Error: file not found: nope.json");
    });

    it("a folder instead of a file", () => {
      const dir = tempDir();
      expectBad(runCli(["validate", dir]), `${dir} is een map, geen bestand`);
    });

    it("invalid JSON, with line and column", () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, "broken.json"), '{\n  "schemaVersion": 1,\n  "title": "x"\n  "region": "y"\n}');
      expectBad(runCli(["summary", "broken.json"], dir), "broken.json: geen geldige JSON op regel 4, kolom 3: onverwacht teken '\"'");
      expectBad(runCli(["validate", "broken.json", "--lang", "en"], dir), "broken.json: not valid JSON at line 4, column 3");
    });

    it("an invalid case: the file and every field", () => {
      const c = exampleCase() as unknown as { careForms: { ambulant: { share: number } }[] };
      c.careForms[1].ambulant.share = 56;
      const file = writeJson(tempDir(), "case.json", c);
      expectBad(
        runCli(["summary", file]),
        `Fout: ${file} is geen geldige casus (1 probleem):`,
        "careForms[1].ambulant.share: moet tussen 0% en 100% liggen; bedoelt u 56%?",
      );
      expectBad(
        runCli(["build", file, "--out", path.join(path.dirname(file), "x.xlsx"), "--lang", "en"]),
        "careForms[1].ambulant.share: must be between 0% and 100%; did you mean 56%?",
      );
    });

    it("an unknown command or option", () => {
      expectBad(runCli(["summarise", "--example"]), "Fout: onbekende opdracht 'summarise'", "businesscase --help");
      expectBad(runCli(["summary", "--example", "--csv"]), "Fout: onbekende optie '--csv' bij 'summary'");
      expectBad(runCli(["summary", "--example", "--csv", "--lang", "en"]), "Error: unknown option '--csv' for 'summary'");
    });

    it("a missing argument or option value", () => {
      expectBad(runCli(["validate"]), "'validate' heeft een casusbestand nodig");
      expectBad(runCli(["summary"]), "'summary' heeft een casusbestand nodig (CASUS.json) of --example");
      expectBad(runCli(["build", "--example"]), "'build' heeft --out WERKMAP.xlsx nodig");
      expectBad(runCli(["build", "--example", "--out"]), "optie '--out' heeft een waarde nodig");
      expectBad(runCli(["summary", "a.json", "b.json"]), "te veel argumenten: 'b.json'");
      expectBad(runCli(["summary", "a.json", "--example"]), "geef een casusbestand of --example, niet allebei");
      expectBad(runCli([]), "geef een opdracht: example, validate, summary of build");
    });

    it("an unknown language, in both languages", () => {
      expectBad(runCli(["summary", "--example", "--lang", "de"]), "onbekende taal 'de': kies nl of en", "unknown language 'de': choose nl or en");
    });
  });

  it("the bin shim explains what to do when the command was never compiled", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "bin"));
    fs.copyFileSync(path.join(ROOT, "bin", "businesscase.js"), path.join(dir, "bin", "businesscase.js"));
    const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
    const r = spawnSync(process.execPath, [path.join(dir, "bin", "businesscase.js"), "--help"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("npm install");
    expect(r.stderr).toContain("npm run prepare");
  });
});
