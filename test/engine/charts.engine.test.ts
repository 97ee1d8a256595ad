/**
 * The charts of the .xlsx as a real spreadsheet program imports them (issue 14): LibreOffice opens
 * both examples' workbooks, recalculates them and saves them as flat OpenDocument (.fods), where
 * every chart is an embedded chart object that names the cell ranges it reads. Each chart of the
 * plan must be there as a chart on its sheet and place, its series bound to the plan's ranges, and
 * draw the calculation's values. A copy whose input cell was changed (with every cached result and
 * chart cache left stale) must draw the values of the changed case: the charts follow the inputs.
 * (In the region example the change is a tariff: its regional totals do not yet follow a
 * municipality's volumes, issue 11.)
 * One soffice call for all files.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exampleCase } from "../../src/model";
import { buildPlan, type WorkbookPlan } from "../../src/workbook/plan";
import { planToXlsx } from "../../src/workbook/xlsx";
import { chartsInFods, plannedCharts, plannedValues, type ChartView } from "../support/charts";
import { closeTo, libreOfficeOrExplain, recalculate } from "../support/libreoffice";
import { BUILT_AT, validCase as validated } from "../support/plans";

jest.setTimeout(10 * 60 * 1000);

const soffice = libreOfficeOrExplain();
const describeWithEngine = soffice ? describe : describe.skip;

/** The plan with one input cell set to another value and every formula's cached result left as it was. */
function withStaleInput(plan: WorkbookPlan, pathOfInput: (string | number)[], value: number): WorkbookPlan {
  const copy = structuredClone(plan);
  const binding = copy.inputs.find((b) => JSON.stringify(b.path) === JSON.stringify(pathOfInput));
  if (!binding) throw new Error(`no input cell for ${pathOfInput.join(".")}`);
  const sheet = copy.sheets.find((s) => s.key === binding.sheet)!;
  const block = sheet.blocks.find((b) => b.cells[binding.row - b.row]?.[binding.col - b.col]);
  if (!block) throw new Error(`no cell at ${binding.sheet} ${binding.row},${binding.col}`);
  block.cells[binding.row - block.row][binding.col - block.col]!.value = value;
  return copy;
}

interface Source {
  name: string;
  plan: WorkbookPlan;
  /** The plan whose values the charts must draw after recalculation. */
  expected: WorkbookPlan;
}

function sources(): Source[] {
  const nl = validated(exampleCase());
  const region = validated(exampleCase("region"));
  const planNl = buildPlan(nl, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT });
  const planRegion = buildPlan(region, { lang: "en", addinVersion: "t", builtAt: BUILT_AT });
  // The changes: the first care form's target halved; in the region its first tariff raised by a fifth.
  const targetNl = (nl.careForms[0].target ?? 0) / 2;
  const tariffRegion = region.careForms[0].costs[0].amount * 1.2;
  const changedNl = validated({ ...exampleCase(), careForms: exampleCase().careForms.map((f, i) => (i === 0 ? { ...f, target: targetNl } : f)) });
  const regionFile = exampleCase("region");
  const changedRegion = validated({
    ...regionFile,
    careForms: regionFile.careForms.map((f, i) => (i === 0 ? { ...f, costs: f.costs.map((k, j) => (j === 0 ? { ...k, amount: tariffRegion } : k)) } : f)),
  });
  return [
    { name: "example-nl", plan: planNl, expected: planNl },
    { name: "example-region-en", plan: planRegion, expected: planRegion },
    {
      name: "changed-nl",
      plan: withStaleInput(planNl, ["careForms", 0, "target"], targetNl),
      expected: buildPlan(changedNl, { lang: "nl", addinVersion: "t", builtAt: BUILT_AT }),
    },
    {
      name: "changed-region-en",
      plan: withStaleInput(planRegion, ["careForms", 0, "costs", 0, "amount"], tariffRegion),
      expected: buildPlan(changedRegion, { lang: "en", addinVersion: "t", builtAt: BUILT_AT }),
    },
  ];
}

const key = (c: ChartView) => `${c.sheet} | ${c.title}`;
const sameNumbers = (got: number[], want: number[]) =>
  got.length === want.length && got.every((g, i) => (Number.isFinite(want[i]) ? Number.isFinite(g) && closeTo(g, want[i], 1e-6) : !Number.isFinite(g)));

describeWithEngine("charts in the .xlsx as LibreOffice imports them", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bc-charts-"));
  const all = sources();
  const imported = new Map<string, ReturnType<typeof chartsInFods>>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const s of all) {
      const file = path.join(work, `${s.name}.xlsx`);
      fs.writeFileSync(file, await planToXlsx(s.plan));
      files.push(file);
    }
    const converted = await recalculate(files, path.join(work, "fods"), "fods");
    all.forEach((s, k) => imported.set(s.name, chartsInFods(fs.readFileSync(converted[k], "utf8"))));
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test.each(["example-nl", "example-region-en"])(
    "%s: every chart imported as a chart on its sheet and place, its series bound to the plan's ranges",
    (name) => {
      const s = all.find((x) => x.name === name)!;
      const { charts } = imported.get(name)!;
      const planned = plannedCharts(s.plan);
      expect(planned.length).toBeGreaterThanOrEqual(name.includes("region") ? 5 : 4);
      expect([...charts].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...planned].sort((a, b) => key(a).localeCompare(key(b))));
    },
  );

  test.each(["example-nl", "example-region-en", "changed-nl", "changed-region-en"])(
    "%s: each chart draws the values of its case after recalculation",
    (name) => {
      const s = all.find((x) => x.name === name)!;
      const { charts, drawn } = imported.get(name)!;
      // The change moves no cell: the same charts over the same ranges.
      expect(plannedCharts(s.expected)).toEqual(plannedCharts(s.plan));
      const planned = plannedCharts(s.expected);
      const want = plannedValues(s.expected);
      const wrong: string[] = [];
      planned.forEach((p, j) => {
        const k = charts.findIndex((c) => key(c) === key(p));
        expect(k).toBeGreaterThanOrEqual(0);
        p.series.forEach((ser, i) => {
          if (!sameNumbers(drawn[k][i], want[j][i])) wrong.push(`${key(p)} / ${ser.name}: ${JSON.stringify(drawn[k][i])} != ${JSON.stringify(want[j][i])}`);
        });
      });
      expect(wrong).toEqual([]);
    },
  );

  test.each([
    ["changed-nl", "example-nl"],
    ["changed-region-en", "example-region-en"],
  ])("%s: the change reaches the charts (the saving per year and the tornado differ from the unchanged file's)", (changed, original) => {
    const before = imported.get(original)!;
    const after = imported.get(changed)!;
    const differing = after.charts.filter((c, k) => {
      const j = before.charts.findIndex((b) => key(b) === key(c));
      return c.series.some((_, i) => !sameNumbers(after.drawn[k][i], before.drawn[j][i]));
    });
    const plan = all.find((x) => x.name === changed)!.plan;
    const sheetOf = (k: string) => plan.sheets.find((s) => s.key === k)!.name;
    const moved = new Set(differing.map((c) => c.sheet));
    expect(moved).toEqual(new Set([sheetOf("results"), sheetOf("sensitivity")]));
    expect(differing.filter((c) => c.series.some((s) => s.as === "line") && c.series.some((s) => s.as === "column"))).toHaveLength(1);
  });
});
