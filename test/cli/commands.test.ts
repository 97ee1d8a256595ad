/**
 * The command line in-process: argument parsing, JSON error positions, each command with an
 * injected context, and the build command's file handling with a stand-in workbook builder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs, detectLang } from "../../src/cli/args";
import { buildCommand, type WorkbookBuilder } from "../../src/cli/commands/build";
import { locateJsonError } from "../../src/cli/jsonError";
import { UsageError } from "../../src/cli/messages";
import { nodeFileSystem, type CliContext } from "../../src/cli/context";
import { exampleCase, summarize, validateCase, type Case } from "../../src/model";
import { failingFs, removeTempDirs, runInProcess, tempDir, writeJson } from "./support";

afterAll(removeTempDirs);

function usageCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e.code;
    throw e;
  }
  throw new Error("no UsageError thrown");
}

describe("parseArgs", () => {
  it("reads the command, the case file and options in any order", () => {
    const a = parseArgs(["summary", "--json", "case.json", "--lang", "en"]);
    expect(a.command).toBe("summary");
    expect(a.positionals).toEqual(["case.json"]);
    expect(a.options).toEqual({ json: true, lang: "en" });
    expect(a.lang).toBe("en");
  });

  it("accepts --name=value, -o and -h, and global options before the command", () => {
    expect(parseArgs(["build", "--out=a.xlsx", "--example"]).options).toEqual({ out: "a.xlsx", example: true });
    expect(parseArgs(["build", "-o", "b.xlsx", "--example"]).options.out).toBe("b.xlsx");
    expect(parseArgs(["-h"]).options.help).toBe(true);
    expect(parseArgs(["--lang=en", "validate", "x.json"]).lang).toBe("en");
  });

  it("defaults to Dutch", () => {
    expect(parseArgs(["validate", "x.json"]).lang).toBe("nl");
    expect(detectLang(["validate", "x.json"])).toBe("nl");
    expect(detectLang(["validate", "--lang", "en", "--bogus"])).toBe("en");
  });

  it("treats everything after -- as a file name", () => {
    expect(parseArgs(["validate", "--", "-odd.json"]).positionals).toEqual(["-odd.json"]);
  });

  it("rejects unknown commands and options, missing and unexpected values, repeats and unknown languages", () => {
    expect(usageCode(() => parseArgs(["sumary"]))).toBe("unknownCommand");
    expect(usageCode(() => parseArgs(["build", "--json"]))).toBe("unknownOption");
    expect(usageCode(() => parseArgs(["example", "--example"]))).toBe("unknownOption");
    expect(usageCode(() => parseArgs(["summary", "--lang"]))).toBe("optionNeedsValue");
    expect(usageCode(() => parseArgs(["build", "--out", "--force"]))).toBe("optionNeedsValue");
    expect(usageCode(() => parseArgs(["build", "--force=yes"]))).toBe("optionTakesNoValue");
    expect(usageCode(() => parseArgs(["summary", "--json", "--json"]))).toBe("optionTwice");
    expect(usageCode(() => parseArgs(["summary", "--lang", "fr"]))).toBe("badLang");
  });
});

describe("locateJsonError", () => {
  it("finds a missing comma (line and column counted by hand)", () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    expect(locateJsonError(text, "nl")).toEqual({ line: 3, column: 7, what: "onverwacht teken '2'" });
    expect(locateJsonError(text, "en")?.what).toBe("unexpected character '2'");
  });

  it("finds a trailing comma, which JSON.parse does not place", () => {
    const loc = locateJsonError("[1,]", "en");
    expect([loc?.line, loc?.column]).toEqual([1, 4]);
    expect(loc?.what).toContain("one comma too many");
  });

  it("reports an early end at the end of the text", () => {
    const loc = locateJsonError('{"a": 1', "nl");
    expect([loc?.line, loc?.column]).toEqual([1, 8]);
    expect(loc?.what).toContain("houdt onverwacht op");
  });

  it("explains single quotes, leading zeros and line breaks inside strings", () => {
    expect(locateJsonError("{'a': 1}", "en")).toMatchObject({ line: 1, column: 2 });
    expect(locateJsonError("{'a': 1}", "en")?.what).toContain("double quotes");
    expect(locateJsonError('{"a": 01}', "en")).toMatchObject({ line: 1, column: 8 });
    expect(locateJsonError('{"a": "x\ny"}', "en")).toMatchObject({ line: 1, column: 9 });
    expect(locateJsonError('{"a": "x\\q"}', "en")).toMatchObject({ line: 1, column: 9 });
  });

  it("finds nothing wrong in valid JSON", () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9"]}', "nl")).toBeNull();
  });
});

/** The example with two mistakes whose messages are known from messages.ts's rules. */
function brokenExample(): Record<string, unknown> {
  const c = exampleCase() as unknown as Record<string, unknown> & { careForms: { ambulant: { share: number } }[] };
  c.careForms[1].ambulant.share = 1.5;
  c.titel = "typo";
  return c;
}

describe("validate", () => {
  it("prints ok for the example", async () => {
    const dir = tempDir();
    const r = await runInProcess(["validate", writeJson(dir, "case.json", exampleCase())]);
    expect(r).toEqual({ code: 0, out: ["ok"], err: [] });
  });

  it("prints every problem as path: text, Dutch by default, and exits 2", async () => {
    const file = writeJson(tempDir(), "case.json", brokenExample());
    const nl = await runInProcess(["validate", file]);
    expect(nl.code).toBe(2);
    expect([...nl.out].sort()).toEqual([
      "careForms[1].ambulant.share: moet tussen 0% en 100% liggen; bedoelt u 1,5%?",
      "titel: onbekend veld 'titel' (tikfout?)",
    ]);
    expect(nl.err).toEqual([`${file} is geen geldige casus (2 problemen)`]);

    const en = await runInProcess(["validate", file, "--lang", "en"]);
    expect([...en.out].sort()).toEqual([
      "careForms[1].ambulant.share: must be between 0% and 100%; did you mean 1.5%?",
      "titel: unknown key 'titel' (a typo?)",
    ]);
  });
});

describe("a case file of an earlier version (sensitivity keys, method.md 7)", () => {
  const old = () => ({
    ...exampleCase(),
    sensitivity: { shift_residentieel: { low: -0.2, high: 0.2 }, indexation: { low: -0.01, high: 0.01 }, yearsToTarget: { low: -0.2, high: 0.2 } },
  });

  it("validate: ok, with a note on standard error for each key read differently", async () => {
    const r = await runInProcess(["validate", writeJson(tempDir(), "old.json", old())]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["ok"]);
    expect(r.err).toEqual([
      "let op: sensitivity.shift_residentieel: wordt niet meer gevarieerd en is genegeerd: de verschuiving van één zorgvorm gaf dezelfde uitkomst als haar kosten en veranderde het aantal geplaatste jeugdigen; de verschuiving als geheel heet nu realisation",
      "let op: sensitivity.indexation: wordt niet meer gevarieerd en is genegeerd: indexatie verandert de netto contante waarde en de structurele besparing niet (beide reëel, in prijzen van het basisjaar)",
      "let op: sensitivity.yearsToTarget: was een relatieve bandbreedte (-20% / 20%) en is omgerekend naar hele jaren: -1 jaar / +1 jaar bij 3 jaar tot het doel",
    ]);
  });

  it("summary: the same notes on standard error, the report on standard output", async () => {
    const r = await runInProcess(["summary", writeJson(tempDir(), "old.json", old()), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err.map((l) => l.split(":").slice(0, 2).join(":"))).toEqual([
      "note: sensitivity.shift_residentieel",
      "note: sensitivity.indexation",
      "note: sensitivity.yearsToTarget",
    ]);
  });
});

describe("summary", () => {
  const line = (out: string[], label: string) => out.find((l) => l.startsWith(label)) ?? `(no line ${label})`;

  it("says 'direct' when the cumulative is never below zero, not the base year", async () => {
    const file = writeJson(tempDir(), "direct.json", { ...exampleCase(), oneOffCosts: [] });
    const nl = await runInProcess(["summary", file]);
    expect(line(nl.out, "Terugverdienjaar (cumulatief")).toMatch(/ direct \(geen terugverdientijd\)$/);
    // The scenarios table: every scenario breaks even in 2025 as well.
    expect(nl.out.filter((l) => /^(Voorzichtig|Ambitieus) /.test(l)).map((l) => l.endsWith("direct (geen terugverdientijd)"))).toEqual([true, true]);
    const en = await runInProcess(["summary", file, "--lang", "en"]);
    expect(line(en.out, "Break-even year (cumulative")).toMatch(/ immediately \(no payback period\)$/);
  });

  it("has no switching value ('n.v.t.') when the structural saving is negative", async () => {
    const c = exampleCase();
    c.careForms[1].costs[0].amount = 1000;
    const file = writeJson(tempDir(), "negative.json", c);
    const nl = await runInProcess(["summary", file]);
    expect(line(nl.out, "Omslagpunt")).toMatch(/ n\.v\.t\. \(meer verschuiving maakt de NCW niet hoger\)$/);
    const en = await runInProcess(["summary", file, "--lang", "en"]);
    expect(line(en.out, "Switching value")).toMatch(/ n\/a \(more of the shift does not raise the NPV\)$/);
    // The example itself has one, in percent.
    expect(line((await runInProcess(["summary", "--example"])).out, "Omslagpunt")).toMatch(/ \d+,\d%$/);
  });

  it("--json prints exactly summarize(case)", async () => {
    const r = await runInProcess(["summary", "--example", "--json"]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out.join("\n"));
    const c = validateCase(exampleCase());
    if (!c.ok) throw new Error("example invalid");
    expect(printed).toEqual(JSON.parse(JSON.stringify(summarize(c.value))));
  });

  it("names the file and every field of an invalid case on stderr", async () => {
    const file = writeJson(tempDir(), "wrong.json", brokenExample());
    const r = await runInProcess(["summary", file]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe(`Fout: ${file} is geen geldige casus (2 problemen):`);
    expect(r.err).toContain("  careForms[1].ambulant.share: moet tussen 0% en 100% liggen; bedoelt u 1,5%?");
  });
});

describe("errors", () => {
  it("turns an unexpected exception into one line and exit code 1", async () => {
    const r = await runInProcess(["example"], {
      out: () => {
        throw new TypeError("stdout closed");
      },
    });
    expect(r.code).toBe(1);
    expect(r.err).toEqual(["Fout: interne fout: stdout closed. Meld dit bij de beheerders, met de opdracht die u gaf."]);
  });

  it("reports an unreadable file with the system's reason", async () => {
    const fsWithError = failingFs({
      readFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    });
    const file = writeJson(tempDir(), "case.json", exampleCase());
    const r = await runInProcess(["validate", file, "--lang", "en"], { fs: fsWithError });
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`Error: cannot read ${file} (permission denied, EACCES)`]);
  });

  it("accepts a UTF-8 byte-order mark and rejects bytes that are not UTF-8", async () => {
    const dir = tempDir();
    const bom = path.join(dir, "bom.json");
    fs.writeFileSync(bom, "\ufeff" + JSON.stringify(exampleCase()));
    expect((await runInProcess(["validate", bom])).out).toEqual(["ok"]);
    const latin1 = path.join(dir, "latin1.json");
    fs.writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const r = await runInProcess(["validate", latin1]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`Fout: ${latin1} is geen UTF-8-tekst`]);
  });
});

describe("build command with a stand-in builder", () => {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
  let calls: { c: Case; options: unknown }[];
  const builder = async (): Promise<WorkbookBuilder> => ({
    buildPlan: (c, options) => {
      calls.push({ c, options });
      return { sheets: [] } as never;
    },
    planToXlsx: async () => bytes,
  });
  const context = (overrides: Partial<CliContext> = {}): { ctx: CliContext; out: string[] } => {
    const out: string[] = [];
    const ctx: CliContext = {
      out: (l) => out.push(l),
      err: () => undefined,
      json: (v) => out.push(JSON.stringify(v)),
      fs: nodeFileSystem(),
      now: () => new Date("2025-03-01T10:00:00Z"),
      version: "1.2.3",
      lang: "en",
      ...overrides,
    };
    return { ctx, out };
  };
  const args = (out: string, extra: Record<string, string | true> = {}) => ({
    command: "build" as const,
    positionals: [],
    options: { example: true, out, ...extra } as Record<string, string | true>,
    lang: "en" as const,
  });
  const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

  beforeEach(() => {
    calls = [];
  });

  it("passes the case, language, version and time to buildPlan and writes the bytes", async () => {
    const dir = tempDir();
    const out = path.join(dir, "case.xlsx");
    const { ctx, out: lines } = context();
    expect(await buildCommand(args(out), ctx, builder)).toBe(0);
    expect(new Uint8Array(fs.readFileSync(out))).toEqual(bytes);
    expect(calls).toHaveLength(1);
    expect(calls[0].c.region).toBe("Gemeente Voorbeeldstad (fictief)");
    expect(calls[0].options).toEqual({ lang: "en", addinVersion: "1.2.3", builtAt: new Date("2025-03-01T10:00:00Z") });
    expect(lines).toEqual([`Workbook written: ${out} (1 kB)`]);
    expect(leftovers(dir)).toEqual([]);
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    const dir = tempDir();
    const out = path.join(dir, "case.xlsx");
    fs.writeFileSync(out, "old");
    const { ctx } = context();
    await expect(buildCommand(args(out), ctx, builder)).rejects.toMatchObject({ code: "outExists" });
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect(calls).toHaveLength(0);
    expect(await buildCommand(args(out, { force: true }), ctx, builder)).toBe(0);
    expect(new Uint8Array(fs.readFileSync(out))).toEqual(bytes);
  });

  it("leaves the old file and no temporary file when the rename fails", async () => {
    const dir = tempDir();
    const out = path.join(dir, "case.xlsx");
    fs.writeFileSync(out, "old");
    const { ctx } = context({
      fs: failingFs({
        rename: async () => {
          throw Object.assign(new Error("EXDEV"), { code: "EXDEV" });
        },
      }),
    });
    await expect(buildCommand(args(out, { force: true }), ctx, builder)).rejects.toMatchObject({ code: "writeFailed", params: [out, "EXDEV"] });
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect(leftovers(dir)).toEqual([]);
  });

  it("removes a half-written temporary file when writing fails", async () => {
    const dir = tempDir();
    const out = path.join(dir, "case.xlsx");
    const real = nodeFileSystem();
    const { ctx } = context({
      fs: failingFs({
        createExclusive: async (f) => {
          const file = await real.createExclusive(f);
          return {
            ...file,
            write: async (data) => {
              await file.write(data.slice(0, 2));
              throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
            },
          };
        },
      }),
    });
    await expect(buildCommand(args(out), ctx, builder)).rejects.toMatchObject({ code: "writeFailed", params: [out, "ENOSPC"] });
    expect(fs.existsSync(out)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("checks the target before building: missing folder, a folder as target, missing --out, not .xlsx", async () => {
    const dir = tempDir();
    const { ctx } = context();
    await expect(buildCommand(args(path.join(dir, "nope", "a.xlsx")), ctx, builder)).rejects.toMatchObject({ code: "outDirMissing" });
    fs.mkdirSync(path.join(dir, "folder.xlsx"));
    await expect(buildCommand(args(path.join(dir, "folder.xlsx"), { force: true }), ctx, builder)).rejects.toMatchObject({ code: "outIsDirectory" });
    await expect(buildCommand({ ...args(""), options: { example: true } }, ctx, builder)).rejects.toMatchObject({ code: "missingOut" });
    await expect(buildCommand(args(path.join(dir, "a.xls")), ctx, builder)).rejects.toMatchObject({ code: "outNotXlsx" });
    expect(calls).toHaveLength(0);
  });

  it("says how to repair an installation without the workbook modules", async () => {
    const { ctx } = context();
    const missing = async (): Promise<WorkbookBuilder> => {
      throw new Error("Cannot find module '../../workbook/xlsx'\nRequire stack: ...");
    };
    await expect(buildCommand(args(path.join(tempDir(), "a.xlsx")), ctx, missing)).rejects.toMatchObject({
      code: "workbookModulesMissing",
      params: ["Cannot find module '../../workbook/xlsx'"],
    });
  });
});
