/**
 * The example and the region example on paper (issue 11, point 9), through LibreOffice's PDF: one
 * soffice call turns both workbooks into PDF, and pdftotext reads each page's text.
 *
 * The plan places every page break itself (plan/print.ts): before a block of rows that would not
 * fit on what is left of the page, so that no table splits from its header and no header stands
 * alone at a page's foot. The proof that the engine prints those pages and no others:
 * - each sheet takes exactly the plan's breaks + 1 pages (the footer names the sheet): no
 *   automatic break inside a table, and no columns spilling onto pages of their own;
 * - each page of a sheet starts, under the repeated title rows, with the row the plan breaks at;
 * - the check banner and every header text of the sheet are on its pages, whole.
 * The pure rules (a header row never ends a page, a block that fits a page is never split) are
 * tested on the plan in test/workbook/plan/print.test.ts.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCase } from "../../src/model";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { libreOfficeOrExplain, recalculate } from "../support/libreoffice";
import { planOf } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();

/** Words of a text, for comparing what a page shows with what the plan wrote (line breaks and spacing differ). */
const words = (s: string) => s.split(/\s+/).filter((w) => w !== "");
const squeeze = (s: string) => words(s).join(" ");

function pagesOf(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, k) => execFileSync("pdftotext", ["-f", String(k + 1), "-l", String(k + 1), pdf, "-"], { encoding: "utf8" }));
}

const textOf = (c: CellPlan | null | undefined) => (c == null ? "" : typeof c.value === "string" ? c.value : typeof c.result === "string" ? c.result : "");

/** The cells of one row of a sheet, left to right. */
function rowCells(sheet: SheetPlan, row: number): CellPlan[] {
  const block = sheet.blocks.find((b) => row >= b.row && row < b.row + b.cells.length);
  return block ? (block.cells[row - block.row].filter((c) => c !== null) as CellPlan[]) : [];
}

/** The first text a page shows under the title rows: the first texted cell of the row the page starts with. */
function firstText(sheet: SheetPlan, row: number): string {
  for (let r = row; r < row + 50; r++) {
    const t = rowCells(sheet, r)
      .map(textOf)
      .find((x) => x.trim() !== "" && !/^\d/.test(x.trim()));
    if (t) return words(t)[0];
  }
  throw new Error(`${sheet.name}: no text from row ${row + 1}`);
}

interface Printed {
  name: string;
  plan: WorkbookPlan;
  pages: string[];
}

const describeWithEngine = soffice && hasPoppler() ? describe : describe.skip;
function hasPoppler(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    // A machine without poppler-utils: say how to get it, as libreOfficeOrExplain does for soffice.
    console.warn("pdftotext (poppler-utils) is not installed: sudo apt-get install -y poppler-utils");
    return false;
  }
}

describeWithEngine("the examples on paper (LibreOffice's PDF)", () => {
  let printed: Printed[] = [];
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-paper-"));
    const cases = [
      { name: "example", plan: planOf(exampleCase(), "nl", "t") },
      { name: "region", plan: planOf(exampleCase("region"), "nl", "t") },
      { name: "region-en", plan: planOf(exampleCase("region"), "en", "t") },
    ];
    const files: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(c.plan));
      files.push(file);
    }
    const pdfs = await recalculate(files, path.join(dir, "pdf"), "pdf");
    printed = cases.map((c, k) => ({ ...c, pages: pagesOf(pdfs[k]) }));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The pages of one sheet, known by the footer the plan gives every page ("<sheet> - <page> / <pages>"). */
  const pagesOfSheet = (p: Printed, sheet: SheetPlan) => p.pages.filter((text) => new RegExp(`^${sheet.name} - \\d+ / \\d+$`, "m").test(text));
  const visible = (p: Printed) => p.plan.sheets.filter((s) => s.print);

  test("each sheet prints on exactly the pages the plan breaks it into: no table split by the engine, no columns on pages of their own", () => {
    for (const p of printed) {
      const counts = visible(p).map((s) => `${s.name}: ${pagesOfSheet(p, s).length}`);
      expect(counts).toEqual(visible(p).map((s) => `${s.name}: ${s.print!.rowBreaks.length + 1}`));
      expect(p.pages.length).toBe(visible(p).reduce((n, s) => n + s.print!.rowBreaks.length + 1, 0));
    }
  });

  test("each page starts, under the repeated title rows, with the row the plan breaks at", () => {
    for (const p of printed) {
      for (const sheet of visible(p)) {
        const pages = pagesOfSheet(p, sheet);
        const titleTexts = new Set(Array.from({ length: sheet.print!.titleRows }, (_, r) => rowCells(sheet, r).flatMap((c) => words(textOf(c)))).flat());
        sheet.print!.rowBreaks.forEach((row, k) => {
          const page = pages[k + 1];
          const firstWord = words(page).find((w) => !titleTexts.has(w) && !/^\d/.test(w));
          expect(`${p.name} ${sheet.name} page ${k + 2}: ${firstWord}`).toBe(`${p.name} ${sheet.name} page ${k + 2}: ${firstText(sheet, row)}`);
        });
      }
    }
  });

  test("no table's header stands alone at the foot of a page: the row after every header row is on the header's page", () => {
    for (const p of printed) {
      for (const sheet of visible(p)) {
        const breaks = new Set(sheet.print!.rowBreaks);
        for (const b of sheet.blocks)
          b.cells.forEach((line, i) => {
            const row = b.row + i;
            if (line.some((c) => c?.style === "header" || c?.style === "section"))
              expect(`${sheet.name} row ${row + 2} starts a page: ${breaks.has(row + 1)}`).toBe(`${sheet.name} row ${row + 2} starts a page: false`);
          });
      }
    }
  });

  test("the check banner is printed whole on every page, and every word of every table header is printed", () => {
    for (const p of printed) {
      for (const sheet of visible(p)) {
        const pages = pagesOfSheet(p, sheet);
        const banner = rowCells(sheet, 1).find((c) => c.style === "check")!;
        for (const page of pages) expect(squeeze(page)).toContain(squeeze(textOf(banner)));
        // A wrapped header's lines interleave with its neighbours' in the text, so its words are compared.
        const printedWords = new Set(pages.flatMap(words));
        const headers = sheet.blocks.flatMap((b) => b.cells.flat().filter((c): c is CellPlan => c?.style === "header"));
        // A word may wrap after a hyphen: its parts are printed ("0-" and "17"), or pdftotext joins them ("017").
        const printedWhole = (w: string) =>
          printedWords.has(w) || printedWords.has(w.replace(/-/g, "")) || w.split(/(?<=-)/).every((part) => printedWords.has(part));
        const missing = headers.flatMap((c) => words(textOf(c))).filter((w) => !printedWhole(w));
        expect(`${p.name} ${sheet.name}: ${missing.join(" ")}`).toBe(`${p.name} ${sheet.name}: `);
      }
    }
  });
});
