/**
 * `businesscase build` with the real workbook plan and xlsx writer (src/workbook/plan and
 * src/workbook/xlsx): the file is a real .xlsx that exceljs reads back, existing files are kept
 * unless --force, and the write is atomic.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { buildCommand } from "../../src/cli/commands/build";
import { nodeFileSystem, type CliContext } from "../../src/cli/context";
import { exampleCase } from "../../src/model";
import { ensureCliCompiled, runCli } from "./compileCli";
import { failingFs, removeTempDirs, tempDir, writeJson } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);

const temporaries = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

describe("businesscase build", () => {
  it("writes an .xlsx (a zip, starting with PK) that a spreadsheet library opens, in Dutch by default", async () => {
    const dir = tempDir();
    const caseFile = writeJson(dir, "case.json", exampleCase());
    const out = path.join(dir, "businesscase.xlsx");
    const r = runCli(["build", caseFile, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Werkmap geschreven: .*businesscase\.xlsx \(\d+ kB\)\n$/);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const names = await sheetNames(out);
    expect(names).toEqual(expect.arrayContaining(["Aannames", "Berekening", "Resultaat"]));
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);

  it("builds the example in English with --example --lang en", async () => {
    const dir = tempDir();
    const out = path.join(dir, "example.xlsx");
    const r = runCli(["build", "--example", "--out", out, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Workbook written: /);
    expect(await sheetNames(out)).toEqual(expect.arrayContaining(["Inputs", "Calculation", "Results"]));
  }, 60_000);

  it("refuses to overwrite an existing file without --force (exit 2, message) and overwrites it with --force", async () => {
    const dir = tempDir();
    const out = path.join(dir, "existing.xlsx");
    fs.writeFileSync(out, "keep me");
    const refused = runCli(["build", "--example", "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`Fout: ${out} bestaat al; gebruik --force om het te overschrijven`);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");

    const forced = runCli(["build", "--example", "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);

  it("writes through a temporary file in the same folder and leaves nothing behind when the rename fails", async () => {
    const dir = tempDir();
    const out = path.join(dir, "case.xlsx");
    fs.writeFileSync(out, "old");
    const seen: string[] = [];
    const real = nodeFileSystem();
    const ctx: CliContext = {
      out: () => undefined,
      err: () => undefined,
      json: () => undefined,
      now: () => new Date("2025-03-01T10:00:00Z"),
      version: "0.0.0-test",
      lang: "nl",
      fs: failingFs({
        createExclusive: async (f) => {
          seen.push(f);
          return real.createExclusive(f);
        },
        rename: async () => {
          throw Object.assign(new Error("EIO"), { code: "EIO" });
        },
      }),
    };
    const args = {
      command: "build" as const,
      positionals: [],
      options: { example: true, force: true, out } as Record<string, string | true>,
      lang: "nl" as const,
    };
    await expect(buildCommand(args, ctx)).rejects.toMatchObject({ code: "writeFailed" });
    expect(seen).toHaveLength(1);
    expect(path.dirname(seen[0])).toBe(dir);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);

  it("reports a folder it cannot write to, with the reason in words, without leaving files", () => {
    const dir = tempDir();
    const caseFile = writeJson(dir, "case.json", exampleCase());
    // /proc exists but takes no new files, even for root.
    const r = runCli(["build", caseFile, "--out", "/proc/businesscase-test.xlsx", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "Error: cannot write /proc/businesscase-test.xlsx (the folder takes no new files, or no longer exists, ENOENT); nothing was changed\n",
    );
  }, 60_000);
});
