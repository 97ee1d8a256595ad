/**
 * The .xlsx writer draws the plan's charts as native charts: each on its sheet, over the cells the
 * plan names, with the plan's title, kind per series (columns, bars, lines, columns with a line)
 * and place, and with the calculation's values cached in every series. The same description the
 * Office.js writer draws (officeSample.test.ts); that LibreOffice imports them bound to these
 * ranges is test/engine/charts.engine.test.ts.
 */
import { exampleCase, validateCase } from "../../../src/model";
import { buildPlan, type WorkbookPlan } from "../../../src/workbook/plan";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { chartsInXlsx, plannedCharts, plannedValues } from "../../support/charts";
import { generatedCases } from "../../support/generatedCases";
import { samplePlan } from "../../support/samplePlans";
import { part, xlsxParts } from "../../support/zipParts";

function planOfExample(kind: "municipality" | "region", lang: "nl" | "en"): WorkbookPlan {
  const v = validateCase(exampleCase(kind));
  if (!v.ok) throw new Error("invalid example");
  return buildPlan(v.value, { lang, addinVersion: "t", builtAt: new Date("2026-11-22T10:00:00Z") });
}

const cases: [string, () => WorkbookPlan][] = [
  ["the sample plan", samplePlan],
  ["the example (nl)", () => planOfExample("municipality", "nl")],
  ["the region example (en)", () => planOfExample("region", "en")],
  ...generatedCases()
    .slice(0, 4)
    .map((g): [string, () => WorkbookPlan] => [
      g.name,
      () => {
        const v = validateCase(g.caseFile);
        if (!v.ok) throw new Error(`invalid ${g.name}`);
        return buildPlan(v.value, { lang: "nl", addinVersion: "t", builtAt: new Date("2026-11-22T10:00:00Z") });
      },
    ]),
];

test.each(cases)("%s: every chart of the plan, bound to its ranges, with the calculation's values cached", async (_label, make) => {
  const plan = make();
  expect(plan.charts.length).toBeGreaterThan(0);
  const { charts, cached } = await chartsInXlsx(await planToXlsx(plan));
  const byTitle = (list: { title: string }[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));
  expect(byTitle(charts)).toEqual(byTitle(plannedCharts(plan)));
  // Cached values in the chart's order against the plan's results in the plan's order.
  const planned = plannedCharts(plan);
  const values = plannedValues(plan);
  charts.forEach((c, k) => {
    const j = planned.findIndex((p) => p.title === c.title && p.sheet === c.sheet);
    const want = values[j].map((line) => line.map((v) => (Number.isFinite(v) ? v : null)));
    const got = cached[k].map((line) => line.map((v) => (Number.isFinite(v) ? v : null)));
    expect(got).toEqual(want);
  });
});

test("the region example has the charts of results, sensitivity (tornado) and municipalities", async () => {
  const plan = planOfExample("region", "nl");
  const { charts } = await chartsInXlsx(await planToXlsx(plan));
  const sheets = new Map(plan.sheets.map((s) => [s.key, s.name]));
  expect(new Set(charts.map((c) => c.sheet))).toEqual(new Set([sheets.get("results"), sheets.get("sensitivity"), sheets.get("regions")]));
  expect(charts.find((c) => c.sheet === sheets.get("sensitivity"))!.series.map((s) => s.as)).toEqual(["bar", "bar"]);
  expect(charts.find((c) => c.series.some((s) => s.as === "line") && c.series.some((s) => s.as === "column"))).toBeDefined();
});

test("horizontal bars (the tornado, the municipalities) read top-down in the table's order, labels at the left edge, the value axis at the bottom", async () => {
  const parts = await xlsxParts(await planToXlsx(planOfExample("region", "nl")));
  const charts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => part(parts, p));
  const bars = charts.filter((x) => x.includes('<c:barDir val="bar"/>'));
  const columns = charts.filter((x) => x.includes('<c:barDir val="col"/>'));
  expect(bars).toHaveLength(2);
  expect(columns.length).toBeGreaterThan(0);
  const axis = (chart: string, tag: "catAx" | "valAx") => new RegExp(`<c:${tag}>[\\s\\S]*?</c:${tag}>`).exec(chart)![0];
  for (const chart of bars) {
    expect(axis(chart, "catAx")).toContain('<c:orientation val="maxMin"/>');
    expect(axis(chart, "catAx")).toContain('<c:tickLblPos val="low"/>');
    expect(axis(chart, "valAx")).toContain('<c:crosses val="max"/>');
  }
  // Columns keep Excel's order: the first category on the left.
  for (const chart of columns) expect(axis(chart, "catAx")).not.toContain('val="maxMin"');
});
