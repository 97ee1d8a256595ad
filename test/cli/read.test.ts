/**
 * `businesscase read` through a real child process: a model built by `businesscase build` is
 * read back as the case it was built from; a changed input is listed as a difference; a damaged
 * model, a file that is no workbook, a workbook without a model and a missing file each give
 * exit code 2 and a message on standard error that names the file (and the cell), never a stack.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { exampleCase, validateCase } from "../../src/model";
import { ensureCliCompiled, runCli } from "./compileCli";
import { removeTempDirs, tempDir, writeJson } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);

function buildExample(dir: string): string {
  const out = path.join(dir, "model.xlsx");
  const r = runCli(["build", writeJson(dir, "case.json", exampleCase()), "--out", out]);
  expect(r.status).toBe(0);
  return out;
}

/** Replaces the value of the cell a defined name points at, as a user typing over it would. */
async function typeInto(file: string, name: string, value: ExcelJS.CellValue): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const [, sheet, cell] = /^'?(.+?)'?!(\$?[A-Z]+\$?\d+)$/.exec(ref) as RegExpExecArray;
  const address = cell.replace(/\$/g, "");
  wb.getWorksheet(sheet)!.getCell(address).value = value;
  await wb.xlsx.writeFile(file);
  return `${sheet}!${address}`;
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error: .*\n.*node:/);

describe("businesscase read", () => {
  it("reads back the case the model was built from, and says that nothing changed", () => {
    const dir = tempDir();
    const file = buildExample(dir);
    const r = runCli(["read", file]);
    expect(r.status).toBe(0);
    const read = JSON.parse(r.stdout);
    const validated = (c: unknown) => {
      const v = validateCase(c);
      if (!v.ok) throw new Error(JSON.stringify(v.problems));
      return v.value;
    };
    expect(validated(read)).toEqual(validated(exampleCase()));
    expect(r.stderr.trim()).toBe("Geen invoer gewijzigd sinds de laatste opbouw.");
  }, 60_000);

  it("lists an input changed in the workbook, and the case it prints has the new value", async () => {
    const dir = tempDir();
    const file = buildExample(dir);
    const form = exampleCase().careForms[0];
    await typeInto(file, `BC_Target_${form.id}`, 20);
    const r = runCli(["read", file, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).careForms[0].target).toBe(20);
    expect(r.stderr).toContain("Changed since the last build (1):");
    expect(r.stderr).toContain(`careForms[0].target: ${form.target} -> 20`);
  }, 60_000);

  it("a number replaced by text is reported with its cell and field, exit 2, nothing printed as a case", async () => {
    const dir = tempDir();
    const file = buildExample(dir);
    const form = exampleCase().careForms[0];
    const cell = await typeInto(file, `BC_Current_${form.id}`, "ongeveer 250");
    const r = runCli(["read", file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${cell} (careForms[0].current)`);
    expect(r.stderr).toContain("ongeveer 250");
    expect(r.stderr).toContain(`${file}: het model is beschadigd (1 probleem, zie hierboven); er is niets gelezen`);
    noStack(r.stderr);
  }, 60_000);

  it("a file that is no workbook, a workbook without a model and a missing file: exit 2 with the file named", async () => {
    const dir = tempDir();
    const notXlsx = path.join(dir, "notes.xlsx");
    fs.writeFileSync(notXlsx, "just text");
    const plain = path.join(dir, "plain.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    await wb.xlsx.writeFile(plain);
    const missing = path.join(dir, "missing.xlsx");

    for (const [file, expected] of [
      [notXlsx, `${notXlsx} is geen leesbare Excel-werkmap`],
      [plain, `${plain}: `],
      [missing, missing],
    ] as const) {
      const r = runCli(["read", file]);
      expect({ file, status: r.status, stdout: r.stdout }).toEqual({ file, status: 2, stdout: "" });
      expect(r.stderr).toContain(expected);
      expect(r.stderr.startsWith("Fout: ")).toBe(true);
      noStack(r.stderr);
    }
  }, 60_000);
});
