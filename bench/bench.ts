/**
 * npm run bench: the performance budgets in one table (issues 3, 4 and 6). Exits 1 when a budget
 * is broken, so CI fails. Timings are medians of repeated runs on this machine.
 *
 *   Office.js writer, largest case        syncs <= 3 (and the operation count, request size)
 *   plan + .xlsx, 20 forms x 30 years      <= 1 s
 *   task pane initial JavaScript (gzip)    <= 200 KB (and the lazily loaded part)
 *   BC.SAVING over 10,000-row ranges       <= 5 ms per call
 *   production packages                    (reported; docs/writer-library.md)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { validateCase, type Case, type CaseFile } from "../src/model";
import { buildPlan } from "../src/workbook/plan";
import { planToXlsx } from "../src/workbook/xlsx";
import { saving } from "../src/functions/core";
import { largestCase } from "../test/support/largestCase";
import { measureOfficeWriter } from "./officeWriter";

interface Row {
  measure: string;
  value: string;
  budget: string;
  ok: boolean | null;
}

function valid(file: CaseFile): Case {
  const v = validateCase(file);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.en}`).join("\n"));
  return v.value;
}

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The budgets' case (20 forms x 30 years, without municipalities) and the largest case the schema allows. */
function benchCases() {
  const forms20 = valid({
    ...largestCase(),
    municipalities: undefined,
    careForms: largestCase().careForms.map((f, i) => ({ ...f, current: 10 + i, target: 8 + i })),
  });
  return { forms20, largest: valid(largestCase()) };
}

async function planAndXlsx(rows: Row[]): Promise<void> {
  const builtAt = new Date();
  const { forms20, largest } = benchCases();
  for (const [label, c, budget] of [
    ["plan + .xlsx, 20 forms x 30 years", forms20, 1000],
    ["plan + .xlsx, largest case (20 x 30, 10 scenarios, 100 municipalities)", largest, null],
  ] as const) {
    await planToXlsx(buildPlan(c, { lang: "nl", addinVersion: "bench", builtAt })); // warm-up
    const planMs = await median(5, () => buildPlan(c, { lang: "nl", addinVersion: "bench", builtAt }));
    const plan = buildPlan(c, { lang: "nl", addinVersion: "bench", builtAt });
    const xlsxMs = await median(5, () => planToXlsx(plan));
    const total = planMs + xlsxMs;
    rows.push({
      measure: label,
      value: `${total.toFixed(0)} ms (plan ${planMs.toFixed(0)} ms, .xlsx ${xlsxMs.toFixed(0)} ms)`,
      budget: budget === null ? "(reported)" : `<= ${budget} ms`,
      ok: budget === null ? null : total <= budget,
    });
  }
}

async function officeWriter(rows: Row[]): Promise<void> {
  const { forms20, largest } = benchCases();
  for (const [label, c] of [
    ["20 forms x 30 years", forms20],
    ["largest case", largest],
  ] as const) {
    const plan = buildPlan(c, { lang: "nl", addinVersion: "bench", builtAt: new Date() });
    const m = await measureOfficeWriter(plan);
    rows.push({ measure: `Office.js writer, ${label}: syncs`, value: String(m.syncs), budget: "<= 3", ok: m.syncs <= 3 });
    rows.push({ measure: `Office.js writer, ${label}: operations`, value: String(m.operations), budget: "(reported)", ok: null });
    rows.push({
      measure: `Office.js writer, ${label}: largest request`,
      value: `${(m.largestRequestBytes / 1024 / 1024).toFixed(2)} MB`,
      budget: "<= 5 MB (Excel on the web)",
      ok: m.largestRequestBytes <= 5 * 1024 * 1024,
    });
  }
}

/**
 * The page's initial JavaScript: every script taskpane.html loads (the webpack runtime, the shared
 * vendor chunk, the pane, the custom functions), gzip level 9, 1 KB = 1024 bytes. The start page
 * and the first step render from these alone; the later steps, dialogs, case menu, chart and
 * workbook writers are chunks fetched when shown or while the page is idle (reported as lazy).
 */
const INITIAL_BUDGET_KB = 200;

function bundle(rows: Row[]): void {
  const dist = path.join(__dirname, "..", "dist");
  const html = path.join(dist, "taskpane.html");
  if (!fs.existsSync(html)) {
    rows.push({ measure: "task pane initial JavaScript (gzip)", value: "no build: run npm run build", budget: `<= ${INITIAL_BUDGET_KB} KB`, ok: false });
    return;
  }
  const page = fs.readFileSync(html, "utf8");
  const initial = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  const initialBytes = initial.reduce((s, f) => s + gz(f), 0);
  const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  const lazyBytes = lazy.reduce((s, f) => s + gz(f), 0);
  rows.push({
    measure: `task pane initial JavaScript (gzip; ${initial.join(", ")})`,
    value: `${(initialBytes / 1024).toFixed(1)} KB`,
    budget: `<= ${INITIAL_BUDGET_KB} KB`,
    ok: initialBytes <= INITIAL_BUDGET_KB * 1024,
  });
  rows.push({
    measure: `task pane lazily loaded JavaScript (gzip; ${lazy.length} chunks)`,
    value: `${(lazyBytes / 1024).toFixed(0)} KB`,
    budget: "(reported)",
    ok: null,
  });
}

/**
 * What the add-in ships: the packages `npm ci --omit=dev` installs, from package-lock.json (every
 * entry that is not a development dependency), and any the lockfile records as deprecated.
 */
function productionPackages(rows: Row[]): void {
  const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean; deprecated?: string }>;
  };
  const shipped = Object.entries(lock.packages).filter(([at, p]) => at !== "" && !p.dev && !p.devOptional);
  const deprecated = shipped.filter(([, p]) => p.deprecated).map(([at, p]) => `${at.replace(/.*node_modules\//, "")}@${p.version}`);
  rows.push({ measure: "production packages (package-lock.json, without dev)", value: String(shipped.length), budget: "(reported)", ok: null });
  rows.push({
    measure: "production packages marked deprecated in package-lock.json",
    value: deprecated.length === 0 ? "0" : deprecated.join(", "),
    budget: "0",
    ok: deprecated.length === 0,
  });
}

async function customFunction(rows: Row[]): Promise<void> {
  const n = 10000;
  const column = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => [f(i)]);
  const costs = column((i) => 10000 + (i % 97) * 13.5);
  const current = column((i) => i % 40);
  const target = column((i) => (i * 7) % 35);
  const result = saving(costs, current, target);
  if (!result.ok) throw new Error(`BC.SAVING failed: ${result.error.en}`);
  const calls = 50;
  const total = await median(3, () => {
    for (let k = 0; k < calls; k++) saving(costs, current, target);
  });
  const perCall = total / calls;
  rows.push({ measure: "BC.SAVING over 10,000-row ranges, per call", value: `${perCall.toFixed(2)} ms`, budget: "<= 5 ms", ok: perCall <= 5 });
}

function print(rows: Row[]): void {
  const w = [
    Math.max(...rows.map((r) => r.measure.length), 7),
    Math.max(...rows.map((r) => r.value.length), 5),
    Math.max(...rows.map((r) => r.budget.length), 6),
  ];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padEnd(w[2])}  ${d}`;
  console.log(line("measure", "value", "budget", "result"));
  console.log(line("-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "------"));
  for (const r of rows) console.log(line(r.measure, r.value, r.budget, r.ok === null ? "" : r.ok ? "ok" : "OVER BUDGET"));
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  await officeWriter(rows);
  await planAndXlsx(rows);
  bundle(rows);
  productionPackages(rows);
  await customFunction(rows);
  print(rows);
  if (rows.some((r) => r.ok === false)) {
    console.error("\nA performance budget is broken.");
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
