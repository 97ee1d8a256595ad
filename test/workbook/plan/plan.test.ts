/**
 * The workbook plan against the modelling rules of issue 3 (FAST Standard / ICAEW code) and the
 * contract of method.md section 4. The numbers themselves are proven in LibreOffice
 * (test/engine); here: structure, names, formulas' shape, protection, languages.
 */
import { calculate, exampleCase, type CaseFile } from "../../../src/model";
import { buildPlan, cellA1, META_SHEET_NAME, decodeMeta, type CellPlan, type WorkbookPlan, type SheetPlan } from "../../../src/workbook/plan";
import { readCaseFromNamedRanges, readExtents, describeCellProblem, type NamedRangeRead } from "../../../src/workbook/read";
import { ALLOWED_CONSTANTS, ALLOWED_FUNCTIONS, functionsCalled, numericConstants, relativeShape } from "./formulaRules";
import { generatedCases } from "../../support/generatedCases";
import { BUILT_AT, planOf, validCase as valid } from "../../support/plans";

const plan = (file?: CaseFile, lang: "nl" | "en" = "nl") => planOf(file, lang, "1.2.3");

function cells(sheet: SheetPlan): { row: number; col: number; cell: CellPlan }[] {
  const out: { row: number; col: number; cell: CellPlan }[] = [];
  for (const b of sheet.blocks) b.cells.forEach((line, dr) => line.forEach((cell, dc) => cell && out.push({ row: b.row + dr, col: b.col + dc, cell })));
  return out;
}

const allPlans = () => [plan(), plan(exampleCase(), "en"), plan(exampleCase("region")), ...generatedCases(8).map((g) => plan(g.caseFile))];

describe("sheets", () => {
  test("Dutch names by default, English with lang en, in the order cover, inputs, calculation, results", () => {
    expect(plan().sheets.map((s) => s.name)).toEqual([
      "Over",
      "Aannames",
      "Berekening",
      "Resultaat",
      "Gevoeligheid",
      "Monitoring",
      "Controles",
      META_SHEET_NAME,
    ]);
    expect(plan(exampleCase(), "en").sheets.map((s) => s.name)).toEqual([
      "About",
      "Inputs",
      "Calculation",
      "Results",
      "Sensitivity",
      "Monitoring",
      "Checks",
      META_SHEET_NAME,
    ]);
    expect(plan(exampleCase("region")).sheets.map((s) => s.name)).toContain("Gemeenten");
  });

  test("every visible sheet shows the master check at the top, and the scenario warning under it", () => {
    for (const sheet of plan().sheets.filter((s) => s.visibility === "visible")) {
      const top = cells(sheet).filter((c) => c.row <= 2 && c.col === 0);
      expect(top.find((c) => c.row === 1)?.cell.formula).toMatch(/^=IF\(BC_ChecksOK=1,/);
      expect(top.find((c) => c.row === 2)?.cell.formula).toMatch(/BC_ScenarioIndex>1/);
    }
  });

  test("the scenario warning is empty for the base case and names the active scenario otherwise", () => {
    const base = cells(plan().sheets[1]).find((c) => c.row === 2 && c.col === 0)!.cell;
    expect(base.result).toBe("");
    const file = exampleCase();
    file.activeScenario = "Voorzichtig";
    const active = cells(plan(file).sheets[1]).find((c) => c.row === 2 && c.col === 0)!.cell;
    expect(active.result).toContain("Voorzichtig");
  });

  test("the meta sheet is very hidden and records the sheets, names and the case", () => {
    const p = plan();
    const meta = p.sheets.find((s) => s.key === "meta")!;
    expect(meta.visibility).toBe("veryHidden");
    const rows = meta.blocks[0].cells.map((line) => line.map((c) => c?.value));
    const decoded = decodeMeta(rows);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.meta.addinVersion).toBe("1.2.3");
    expect(decoded.meta.names).toEqual(p.names.map((n) => n.name));
    expect(decoded.meta.sheets.map((s) => s.name)).toEqual(p.sheets.map((s) => s.name));
    expect(JSON.parse(decoded.meta.caseJson)).toEqual(valid(exampleCase()));
  });
});

describe("defined names (method.md section 4)", () => {
  const H = valid(exampleCase()).horizonYears;
  test("the contract's names exist with the right shape", () => {
    const p = plan();
    const byName = new Map(p.names.map((n) => [n.name, n]));
    const single = [
      "BC_YearsToTarget",
      "BC_Indexation",
      "BC_DiscountRate",
      "BC_YouthPopulation",
      "BC_StructuralSaving",
      "BC_NPV",
      "BC_BreakEvenYear",
      "BC_Scenario",
      "BC_SwitchingRealisation",
    ];
    for (const id of ["residentieel", "gezinshuis", "pleegzorg"]) single.push(`BC_Current_${id}`, `BC_Target_${id}`, `BC_CostPerPlacement_${id}`);
    for (const n of single) expect([n, byName.get(n)?.range.rowCount, byName.get(n)?.range.colCount]).toEqual([n, 1, 1]);
    for (const n of ["BC_Years", "BC_SavingReal", "BC_NetNominal", "BC_CumulativeNominal"]) {
      expect([n, byName.get(n)?.range.rowCount, byName.get(n)?.range.colCount]).toEqual([n, 1, H + 1]);
    }
  });

  test("inputs are named on the inputs sheet, results on the calculation sheet", () => {
    const p = plan();
    const sheetOf = (n: string) => p.names.find((x) => x.name === n)!.sheet;
    expect(
      ["BC_Current_pleegzorg", "BC_Target_pleegzorg", "BC_YearsToTarget", "BC_Indexation", "BC_DiscountRate", "BC_YouthPopulation", "BC_Scenario"].map(sheetOf),
    ).toEqual(Array(7).fill("inputs"));
    expect(
      [
        "BC_CostPerPlacement_pleegzorg",
        "BC_StructuralSaving",
        "BC_NPV",
        "BC_BreakEvenYear",
        "BC_Years",
        "BC_SavingReal",
        "BC_NetNominal",
        "BC_CumulativeNominal",
      ].map(sheetOf),
    ).toEqual(Array(8).fill("calc"));
  });

  test("BC_YouthPopulation only when a population is given or follows from the municipalities", () => {
    const file = exampleCase();
    delete file.youthPopulation;
    expect(plan(file).names.some((n) => n.name === "BC_YouthPopulation")).toBe(false);
    expect(plan(exampleCase("region")).names.some((n) => n.name === "BC_YouthPopulation")).toBe(true);
  });

  test("names are unique (Excel does not distinguish case) and each cell of a name is written", () => {
    for (const p of allPlans()) {
      const lower = p.names.map((n) => n.name.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
      for (const n of p.names) {
        const sheet = p.sheets.find((s) => s.key === n.sheet)!;
        const written = new Set(cells(sheet).map((c) => `${c.row}:${c.col}`));
        // Every name's top-left cell is part of the model (not a stray reference).
        expect([n.name, written.has(`${n.range.row}:${n.range.col}`)]).toEqual([n.name, true]);
      }
    }
  });
});

describe("formulas follow the modelling rules", () => {
  test("native functions only: no custom functions, LET, XLOOKUP, LAMBDA or dynamic arrays", () => {
    const used = new Set<string>();
    for (const p of allPlans())
      for (const s of p.sheets) for (const { cell } of cells(s)) if (cell.formula) functionsCalled(cell.formula).forEach((f) => used.add(f));
    const unknown = [...used].filter((f) => !ALLOWED_FUNCTIONS.has(f));
    expect(unknown).toEqual([]);
    expect(used.has("SUMPRODUCT")).toBe(true);
  });

  test("no constants inside formulas except 0, 1, 7, 12, 52, 100, 1000", () => {
    const offenders: string[] = [];
    for (const p of allPlans()) {
      for (const s of p.sheets) {
        for (const { row, col, cell } of cells(s)) {
          if (!cell.formula) continue;
          const bad = numericConstants(cell.formula).filter((n) => !ALLOWED_CONSTANTS.has(n));
          if (bad.length) offenders.push(`${s.name} r${row} c${col}: ${cell.formula} (${bad.join(", ")})`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test("the rule checker itself finds a constant and tells references and names apart", () => {
    expect(numericConstants("=A1*365")).toEqual([365]);
    expect(numericConstants("=Aannames!$B$12*BC_Current_f2_x+1")).toEqual([1]);
    expect(numericConstants('=IF(A1="2019",0,1)')).toEqual([0, 1]);
    expect(relativeShape("=D5+$C$3", 4, 3)).toBe(relativeShape("=E5+$C$3", 4, 4));
    expect(relativeShape("=D5+$C$3", 4, 3)).not.toBe(relativeShape("=E6+$C$3", 4, 4));
  });

  test("on the calculation sheet every row has one formula, the same across all years", () => {
    for (const p of allPlans()) {
      const calc = p.sheets.find((s) => s.key === "calc")!;
      const byRow = new Map<number, { col: number; cell: CellPlan }[]>();
      for (const c of cells(calc)) if (c.col >= 3 && c.cell.formula) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
      expect(byRow.size).toBeGreaterThan(20);
      for (const [row, line] of byRow) {
        const shapes = new Set(line.map((c) => relativeShape(c.cell.formula!, row, c.col)));
        expect([row, [...shapes]]).toEqual([row, [[...shapes][0]]]);
      }
    }
  });

  // The checks of every cell are gathered and asserted once: an expect() per cell cost seconds.
  test("formulas are English and carry a cached result", () => {
    const wrong: string[] = [];
    for (const p of allPlans()) {
      for (const s of p.sheets) {
        for (const { row, col, cell } of cells(s)) {
          if (!cell.formula) continue;
          const at = `${s.name}!${cellA1(row, col)} ${cell.formula}`;
          if (!cell.formula.startsWith("=")) wrong.push(`${at}: no leading =`);
          if (cell.result === undefined) wrong.push(`${at}: no cached result`);
          if (/\b(ALS|SOM|INDEX\.|VERT\.ZOEKEN)\(/.test(cell.formula)) wrong.push(`${at}: a Dutch function name`);
          if (typeof cell.result === "number" && !Number.isFinite(cell.result)) wrong.push(`${at}: cached result ${cell.result}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("text in formulas is properly quoted (no unbalanced quotes)", () => {
    for (const s of plan().sheets) for (const { cell } of cells(s)) if (cell.formula) expect((cell.formula.match(/"/g) ?? []).length % 2).toBe(0);
  });
});

describe("inputs, protection and formats", () => {
  test("input cells look like inputs and are the only unlocked cells; every input is bound and named", () => {
    for (const p of allPlans()) {
      for (const s of p.sheets) {
        const unlocked = cells(s).filter((c) => c.cell.style && p.styles[c.cell.style].unlocked);
        for (const u of unlocked) expect(["input", "inputText", "inputNote"]).toContain(u.cell.style);
        if (s.key !== "meta") expect(s.protect).toBe(true);
      }
      const inputCells = p.sheets.flatMap((s) =>
        cells(s)
          .filter((c) => c.cell.style === "input" || c.cell.style === "inputText" || c.cell.style === "inputNote")
          .map((c) => `${s.key}:${c.row}:${c.col}`),
      );
      const bound = new Set(p.inputs.map((b) => `${b.sheet}:${b.row}:${b.col}`));
      const unbound = inputCells.filter((x) => !bound.has(x));
      // Every input cell the reader takes back; the phasing shares' year 0 is fixed data, not an input.
      expect(unbound).toEqual([]);
      const names = new Set(p.names.map((n) => n.name));
      for (const b of p.inputs) expect([b.name, names.has(b.name)]).toEqual([b.name, true]);
    }
  });

  test("amounts, counts and percentages have number formats", () => {
    const p = plan();
    const inputs = p.sheets.find((s) => s.key === "inputs")!;
    const at = (path: string) => {
      const b = p.inputs.find((x) => x.path.join(".") === path)!;
      return cells(inputs).find((c) => c.row === b.row && c.col === b.col)!.cell.numberFormat;
    };
    expect(at("careForms.1.costs.0.amount")).toBe("eur2");
    expect(at("careForms.1.ambulant.share")).toBe("percent");
    expect(at("careForms.1.current")).toBe("count");
    expect(at("indexation")).toBe("percent2");
    expect(p.numberFormats.eur).toContain("€");
  });

  test("every style and number format a cell names exists", () => {
    const missing: string[] = [];
    for (const p of allPlans()) {
      for (const s of p.sheets) {
        for (const { row, col, cell } of cells(s)) {
          if (cell.style && p.styles[cell.style] === undefined) missing.push(`${s.name}!${cellA1(row, col)}: style ${cell.style}`);
          if (cell.numberFormat && p.numberFormats[cell.numberFormat] === undefined)
            missing.push(`${s.name}!${cellA1(row, col)}: number format ${cell.numberFormat}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test("drop-downs choose the period, the kind, the phasing method and the scenario", () => {
    const inputs = plan().sheets.find((s) => s.key === "inputs")!;
    const sources = new Set(inputs.validations.filter((v) => v.type === "list").map((v) => v.source));
    expect([...sources].sort()).toEqual(["=BC_List_Kind", "=BC_List_Method", "=BC_List_Per", "=BC_ScenarioNames"]);
    for (const v of inputs.validations) expect(v.errorMessage.length).toBeGreaterThan(10);
  });
});

describe("the case read back from the input cells", () => {
  /** What a workbook built from the plan holds for each defined name, read as the readers read it. */
  function namedRanges(p: WorkbookPlan): Map<string, NamedRangeRead> {
    const extents = readExtents(p);
    const out = new Map<string, NamedRangeRead>();
    for (const n of p.names) {
      const sheet = p.sheets.find((s) => s.key === n.sheet)!;
      const grid = new Map(cells(sheet).map((c) => [`${c.row}:${c.col}`, c.cell]));
      const e = extents.get(n.name)!;
      const values = Array.from({ length: e.rows }, (_, r) =>
        Array.from({ length: e.cols }, (_, c) => {
          const cell = grid.get(`${n.range.row + r}:${n.range.col + c}`);
          return cell?.formula !== undefined ? cell.result : cell?.value;
        }),
      );
      out.set(n.name, { exists: true, refError: false, sheet: sheet.name, row: n.range.row, col: n.range.col, values });
    }
    return out;
  }

  test.each([
    ["the example", exampleCase()],
    ["the region", exampleCase("region")],
    ...generatedCases(10).map((g) => [g.name, g.caseFile] as [string, CaseFile]),
  ])("%s comes back as the case that was built, with no differences", (_name, file) => {
    const c = valid(file);
    const p = buildPlan(c, { lang: "nl", addinVersion: "x", builtAt: BUILT_AT });
    const back = readCaseFromNamedRanges(c, p, namedRanges(p));
    expect(back.problems).toEqual([]);
    expect(back.differences).toEqual([]);
    expect(back.value).toEqual(c);
  });

  test("a number replaced by text, a missing name and a broken name are reported with their cells", () => {
    const c = valid(exampleCase());
    const p = buildPlan(c, { lang: "nl", addinVersion: "x", builtAt: BUILT_AT });
    const ranges = namedRanges(p);
    const costs = ranges.get("BC_Costs_residentieel")!;
    costs.values![0][1] = "ongeveer 250";
    ranges.set("BC_Indexation", { exists: false, refError: false });
    ranges.set("BC_Target_pleegzorg", { exists: true, refError: true });
    const back = readCaseFromNamedRanges(c, p, ranges);
    expect(back.value).toBeUndefined();
    const texts = back.problems.map((x) => describeCellProblem(x, "nl"));
    const amountCell = p.inputs.find((b) => b.path.join(".") === "careForms.0.costs.0.amount")!;
    expect(texts).toContain(
      `Aannames!${cellA1(amountCell.row, amountCell.col)} (careForms[0].costs[0].amount): moet een getal zijn, maar de cel bevat "ongeveer 250"`,
    );
    expect(texts.some((t) => t.includes("BC_Indexation ontbreekt"))).toBe(true);
    expect(texts.some((t) => t.includes("BC_Target_pleegzorg verwijst naar een verwijderde cel"))).toBe(true);
  });

  test("the example's price levels come back: each tariff's price year, index factor and the factor's source", () => {
    const c = valid(exampleCase());
    const p = buildPlan(c, { lang: "nl", addinVersion: "x", builtAt: BUILT_AT });
    const back = readCaseFromNamedRanges(c, p, namedRanges(p));
    const levels = back.value!.careForms.flatMap((f) => f.costs.map((k) => [k.priceYear, k.indexFactor, k.indexSource?.slice(0, 40)]));
    expect(levels).toEqual([
      [2019, 1.2676, "CBS, consumentenprijsindex (CPI), jaarmu"],
      [2024, 1.033, "CBS, consumentenprijsindex (CPI), jaarmu"],
      [2024, 1.033, "CBS, consumentenprijsindex (CPI), jaarmu"],
      [2019, 1.2676, "CBS, consumentenprijsindex (CPI), jaarmu"],
    ]);
  });

  test("defaults a case spells out (price year = base year, factor 1, 365 days) are no edits nobody made", () => {
    const file = exampleCase();
    file.careForms[0].costs[0] = { ...file.careForms[0].costs[0], priceYear: 2025, indexFactor: 1, daysPerYear: 365 };
    const c = valid(file);
    const p = buildPlan(c, { lang: "nl", addinVersion: "x", builtAt: BUILT_AT });
    const back = readCaseFromNamedRanges(c, p, namedRanges(p));
    expect(back.problems).toEqual([]);
    expect(back.differences).toEqual([]);
  });

  test("an edited index factor and price year show as differences, and the factor reaches the cost per placement", () => {
    const c = valid(exampleCase());
    const p = buildPlan(c, { lang: "en", addinVersion: "x", builtAt: BUILT_AT });
    const ranges = namedRanges(p);
    const level = ranges.get("BC_PriceLevel_residentieel")!;
    level.values![0][1] = 2020;
    level.values![0][2] = 1.25;
    const back = readCaseFromNamedRanges(c, p, ranges);
    expect(back.differences).toEqual([
      { path: "careForms[0].costs[0].priceYear", before: 2019, now: 2020 },
      { path: "careForms[0].costs[0].indexFactor", before: 1.2676, now: 1.25 },
    ]);
    expect(calculate(back.value!).costPerPlacement.residentieel).toBeCloseTo(114062.5, 6); // 250 x 1.25 x 365
  });

  test("an emptied index factor is reported at its cell: the base-year amount multiplies by it", () => {
    const c = valid(exampleCase());
    const p = buildPlan(c, { lang: "nl", addinVersion: "x", builtAt: BUILT_AT });
    const ranges = namedRanges(p);
    ranges.get("BC_PriceLevel_pleegzorg")!.values![1][2] = null;
    const back = readCaseFromNamedRanges(c, p, ranges);
    expect(back.value).toBeUndefined();
    expect(back.problems.map((x) => [x.path, x.code])).toEqual([["careForms[2].costs[1].indexFactor", "required"]]);
  });

  test("an edited input shows as a difference from the last build", () => {
    const c = valid(exampleCase());
    const p = buildPlan(c, { lang: "en", addinVersion: "x", builtAt: BUILT_AT });
    const ranges = namedRanges(p);
    ranges.get("BC_Target_pleegzorg")!.values![0][0] = 45;
    const back = readCaseFromNamedRanges(c, p, ranges);
    expect(back.differences).toEqual([{ path: "careForms[2].target", before: 40, now: 45 }]);
    expect(back.value?.careForms[2].target).toBe(45);
  });
});

describe("text stays within the tables' width (on screen and on paper)", () => {
  /** A column character is the width of a digit; prose runs about 10 % narrower. */
  const fits = (text: string, widthChars: number) => text.length <= widthChars * 1.1;
  const widthOf = (sheet: SheetPlan, from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += sheet.columnWidths[c] ?? 8.43;
    return w;
  };

  test("a text longer than its room wraps inside a merge to the table's edge, in a row tall enough for it", () => {
    const overflowing: string[] = [];
    for (const p of allPlans()) {
      for (const sheet of p.sheets.filter((s) => s.visibility === "visible")) {
        const all = cells(sheet);
        const lastCol = Math.max(...all.map((x) => x.col));
        for (const { row, col, cell } of all) {
          const text = typeof cell.value === "string" ? cell.value : typeof cell.result === "string" ? cell.result : "";
          if (text === "") continue;
          const merge = sheet.merges.find((m) => m.row === row && m.col === col);
          const right = merge ? merge.col + merge.colCount - 1 : col;
          if (fits(text, widthOf(sheet, col, right))) continue;
          // Longer than its cell: it may run on over empty cells up to the table's edge, or wrap.
          const nextUsed = Math.min(...all.filter((x) => x.row === row && x.col > right).map((x) => x.col), lastCol + 1);
          const wraps = cell.style !== undefined && p.styles[cell.style].wrap === true;
          if (!wraps && fits(text, widthOf(sheet, col, nextUsed - 1))) continue;
          if (wraps) {
            const height = sheet.rowHeights?.[row];
            // A wrapped cell needs a row tall enough, unless it is alone in its column width (Excel fits that row itself).
            const lines = Math.ceil(text.length / (widthOf(sheet, col, right) * 1.1));
            if (merge ? height !== undefined && height >= lines * 15 : true) continue;
          }
          overflowing.push(`${sheet.name}!${cellA1(row, col)} (${cell.style}, ${text.length} chars): ${text.slice(0, 60)}`);
        }
      }
    }
    expect([...new Set(overflowing)]).toEqual([]);
  });
});

describe("printing", () => {
  test("every visible sheet prints with its title rows repeated and a footer; narrow sheets fit one page wide, wide ones do not shrink to unreadable", () => {
    const p = plan();
    for (const sheet of p.sheets) {
      if (sheet.visibility !== "visible") {
        expect(sheet.print).toBeUndefined();
        continue;
      }
      expect(sheet.print).toMatchObject({ titleRows: sheet.freeze?.rows ?? 0, footer: "&A - &P / &N" });
    }
    // Narrow enough to read one page wide: a scale below 100 that fits it; too wide: 100 %.
    expect(p.sheets.find((s) => s.key === "results")!.print!.scale).toBeLessThan(100);
    expect(p.sheets.find((s) => s.key === "cover")!.print!.orientation).toBe("portrait");
    const long = { ...exampleCase(), horizonYears: 30, phasing: { yearsToTarget: 3 } } as CaseFile;
    expect(plan(long).sheets.find((s) => s.key === "calc")!.print!.scale).toBe(100);
  });

  test("a sentence set as prose must have its row to itself", () => {
    const { SheetBuilder } = jest.requireActual("../../../src/workbook/plan/builder") as typeof import("../../../src/workbook/plan/builder");
    const b = new SheetBuilder("results", "Resultaat");
    b.prose(0, 0, { value: "Een zin.", style: "sentence" });
    b.set(0, 2, { value: 1 });
    expect(() => b.toPlan()).toThrow("prose at row 1 shares its row with other cells");
  });
});
