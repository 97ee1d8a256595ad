/**
 * The wizard end to end, in Chromium, against the production build: a Dutch user at 350 px walks
 * every step from the example, changes values by typing (Dutch notation), adds a municipality in
 * the grid, switches the scenario, saves the case file and downloads the .xlsx. LibreOffice then
 * recalculates the workbook and its defined names must equal calculate() of the case the wizard
 * should have produced (worked out below from the example, independently of the pane), at 1e-6,
 * and the file carries the charts of that case's plan, bound to its ranges.
 *
 * Uses dist/ as `npm run build` left it (npm test builds first); without dist/ it builds into a
 * temporary folder. Screenshots of every step go to test-output/screenshots/ (git-ignored).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Locator, Page } from "playwright-core";
import { calculate, exampleCase, validateCase, type Case, type CaseFile } from "../../src/model";
import { buildPlan } from "../../src/workbook/plan";
import { chartsInXlsx, plannedCharts, type ChartView } from "../support/charts";
import { closeTo, libreOfficeOrExplain, readDefinedNames, recalculate } from "../support/libreoffice";
import { CHROMIUM, openWatchedPage, seriousAxeViolations, type Watched } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = path.resolve(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const WIDTH = 350;

/** The case the wizard must produce from the example with the edits made below. */
function expectedCase(): CaseFile {
  const c = exampleCase() as unknown as Record<string, any>;
  c.indexation = 0.035; // typed "3,5%"
  c.careForms[0].costs[0].amount = 262.5; // typed "262,50"
  c.careForms[1].costs.push({ label: "Huisvesting", per: "month", amount: 1234.56 }); // typed "1.234,56"
  c.careForms[0].target = 22;
  // Volumes per municipality: today's volumes and population move to the first municipality.
  const first = { name: c.region, youthPopulation: 25000, volumes: {} as Record<string, unknown> };
  for (const f of c.careForms) {
    first.volumes[f.id] = { current: f.current, target: f.target };
    delete f.current;
    delete f.target;
  }
  delete c.youthPopulation;
  c.municipalities = [
    first,
    {
      name: "Dorpenland",
      youthPopulation: 9000,
      volumes: { residentieel: { current: 9, target: 6 }, gezinshuis: { current: 3, target: 4 }, pleegzorg: { current: 11, target: 13.5 } },
    },
  ];
  c.phasing.yearsToTarget = 4;
  c.oneOffCosts.push({ label: "Training pleegouders", year: 2027, amount: 75000 });
  c.scenarios[0].realisation = 0.6;
  c.activeScenario = "Ambitieus";
  // The values changed while their sources stayed: those sources are marked as belonging to the old value.
  c.careForms[0].costs[0].sourceOutdated = true;
  c.careForms[0].sourceOutdated = true;
  // Dorpenland's volumes and youths change every form's total and the region's population: the
  // sources given for the old totals no longer match them either.
  c.careForms[1].sourceOutdated = true;
  c.careForms[2].sourceOutdated = true;
  // Voorzichtig's realisation typed as 60%: the scenarios' stated reason no longer matches either.
  c.sources.outdated = ["indexation", "youthPopulation", "phasing", "scenarios"];
  return c as CaseFile;
}

let dist: string;
let builtHere: string | null = null;
let server: StaticServer;
let browser: Watched;

beforeAll(async () => {
  dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    builtHere = fs.mkdtempSync(path.join(os.tmpdir(), "bc-e2e-dist-"));
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const r = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", builtHere], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
    dist = builtHere;
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveDirectory(dist);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (builtHere) fs.rmSync(builtHere, { recursive: true, force: true });
});

/** Types as a person does: click into the field, select what is there, type the new text key by key. */
async function typeInto(field: Locator, text: string) {
  // Held as an element: a grid cell's label names its row, and changes while the row's name is typed.
  const element = await field.elementHandle();
  if (!element) throw new Error("no such field");
  await element.click();
  await element.press("ControlOrMeta+a");
  await element.press("Backspace");
  await element.type(text);
}

async function checkStep(page: Page, step: number, name: string) {
  const heading = page.locator("#step-heading");
  await heading.waitFor();
  expect(await heading.textContent()).toContain(name);
  // Focus moves to the step heading on a step change.
  await page.waitForFunction(() => document.activeElement?.id === "step-heading", undefined, { timeout: 5_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `step-${step}.png`), fullPage: true });
  await expectFits(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Nothing past the right edge of the pane, and no input whose value is cut off. */
async function expectFits(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  const cut = await page.evaluate((width) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("input, select, textarea, button, th, td, dt, dd, h1, h2, h3, h4, label"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const name = el.getAttribute("aria-label") ?? el.id ?? el.tagName;
      if (r.right > width + 0.5) out.push(`${name}: past the right edge (${Math.round(r.right)} px)`);
      // An input's text wider than its box is cut off (an empty one shows its placeholder, measured as such).
      if ((el instanceof HTMLInputElement && el.type !== "file") || el instanceof HTMLSelectElement) {
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${name}: value cut off ("${el.value}")`);
      }
      // A text area wraps; its text is cut off when it is taller than the box.
      if (el instanceof HTMLTextAreaElement && el.scrollHeight > el.clientHeight + 2) out.push(`${name}: text cut off ("${el.value}")`);
    }
    return out;
  }, WIDTH);
  expect(cut).toEqual([]);
}

/** The Fluent Field around a control: its hint and validation message. */
const fieldOf = (control: Locator) => control.locator("xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' fui-Field ')][1]");
const next = (page: Page) => page.getByRole("button", { name: "Volgende", exact: true }).click();
const textbox = (scope: Page | Locator, name: string) => scope.getByRole("textbox", { name, exact: true });
const euro = (x: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(x).replace(/\u00a0/g, " ");
const plain = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

const describeInChromium = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

describeInChromium("the wizard in Chromium at 350 px", () => {
  it("walks every step with the example, saves the case file and downloads a workbook that LibreOffice recalculates to calculate()", async () => {
    browser = await openWatchedPage(server.origin, { locale: "nl-NL", width: WIDTH, height: 900 });
    const { page } = browser;
    const expected = validateCase(expectedCase());
    if (!expected.ok) throw new Error(`the expected case is invalid: ${JSON.stringify(expected.problems)}`);
    const results = calculate(expected.value);

    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Beginnen met het voorbeeld" }).click();

    // Step 1
    await checkStep(page, 1, "Regio en uitgangspunten");
    await typeInto(textbox(page, "Indexatie per jaar"), "3,5%");
    await typeInto(textbox(page, "Jeugdigen 0-17 jaar"), "25.000");
    expect(plain(await fieldOf(textbox(page, "Jeugdigen 0-17 jaar")).textContent())).toContain("= 25.000");
    await next(page);

    // Step 2
    await checkStep(page, 2, "Zorgvormen en kosten");
    const residential = page.getByRole("region", { name: "Residentiële jeugdhulp (24-uursgroep)" });
    await typeInto(textbox(residential, "Bedrag"), "262,50");
    // The example's 2019 tariff is brought to 2025 prices by its index factor (CBS CPI 1,2676).
    expect(plain(await page.getByTestId("cost-per-placement-0").textContent())).toContain(euro(262.5 * 1.2676 * 365));
    const familyHome = page.getByRole("region", { name: "Gezinshuis" });
    await familyHome.getByRole("button", { name: "Kostencomponent toevoegen" }).click();
    await typeInto(familyHome.getByRole("textbox", { name: "Omschrijving", exact: true }).nth(1), "Huisvesting");
    await familyHome.getByRole("combobox", { name: "Per", exact: true }).nth(1).selectOption("month");
    const rent = familyHome.getByRole("textbox", { name: "Bedrag", exact: true }).nth(1);
    await typeInto(rent, "1.234,56");
    expect(plain(await fieldOf(rent).textContent())).toContain("= € 1.234,56");
    // 163,59 x 1,033 (2024 to 2025) x 365 + 1.234,56 x 12 (a new component: base-year prices) + 7.500 x 0,56
    expect(plain(await page.getByTestId("cost-per-placement-1").textContent())).toContain(euro(163.59 * 1.033 * 365 + 1234.56 * 12 + 7500 * 0.56));
    await next(page);

    // Step 3, with a municipality added in the grid
    await checkStep(page, 3, "Aantallen");
    await typeInto(textbox(page, "Residentiële jeugdhulp (24-uursgroep), doel"), "22");
    expect(await page.getByTestId("total-note").textContent()).toContain("verandert van 82 naar 80");
    await page.getByRole("switch", { name: "Aantallen per gemeente invoeren" }).click();
    await page.getByRole("button", { name: "Gemeente toevoegen" }).click();
    const grid = page.getByTestId("municipality-grid");
    await typeInto(textbox(grid, "Gemeente 2: Gemeente"), "Dorpenland");
    await typeInto(textbox(grid, "Dorpenland: Jeugdigen 0-17"), "9.000");
    const volumes: [string, string, string][] = [
      ["Residentiële jeugdhulp (24-uursgroep)", "9", "6"],
      ["Gezinshuis", "3", "4"],
      ["Pleegzorg", "11", "13,5"],
    ];
    for (const [form, now, target] of volumes) {
      await typeInto(textbox(grid, `Dorpenland: ${form} nu`), now);
      await typeInto(textbox(grid, `Dorpenland: ${form} doel`), target);
    }
    expect(await page.getByTestId("total-current").textContent()).toBe("105");
    expect(await page.getByTestId("total-target").textContent()).toBe("103,5");
    await page.screenshot({ path: path.join(SCREENSHOTS, "step-3-municipalities.png"), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expectFits(page);
    await next(page);

    // Step 4
    await checkStep(page, 4, "Fasering en eenmalige kosten");
    await typeInto(textbox(page, "Jaren tot het doel"), "4");
    await page.getByRole("button", { name: "Eenmalige kosten toevoegen" }).click();
    const added = page.getByRole("group", { name: "Transitiekosten" });
    await typeInto(textbox(added, "Jaar"), "2027");
    await typeInto(textbox(added, "Bedrag"), "75.000");
    await typeInto(textbox(added, "Omschrijving"), "Training pleegouders");
    await next(page);

    // Step 5: the base case first, then a changed scenario and a switch to the ambitious one
    await checkStep(page, 5, "Overzicht");
    const base = calculate(expected.value, { name: null, realisation: 1, costFactor: { residential: 1, familyHome: 1, foster: 1, other: 1 } });
    expect(plain(await page.getByTestId("figure-structural-saving").textContent())).toBe(euro(base.structuralSaving));
    await typeInto(textbox(page.getByRole("group", { name: "Voorzichtig" }), "Realisatie"), "60%");
    await page.getByRole("combobox", { name: "Scenario voor de resultaten" }).selectOption("Ambitieus");
    await page.getByRole("heading", { name: "Kerncijfers (Ambitieus)" }).waitFor();
    expect(plain(await page.getByTestId("figure-structural-saving").textContent())).toBe(euro(results.structuralSaving));
    expect(plain(await page.getByTestId("figure-npv").textContent())).toBe(euro(results.npv));
    expect(await page.getByTestId("figure-break-even").textContent()).toBe(
      results.breakEvenYear === null ? "niet binnen de horizon" : String(results.breakEvenYear),
    );
    await page.locator(".fui-VerticalBarChart, [data-testid=savings-chart] svg").first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, "step-5-ambitious.png"), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The case file as saved equals the case worked out above.
    await page.getByRole("button", { name: "Casus", exact: true }).click();
    const [caseDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "Opslaan als casusbestand" }).click()]);
    const casePath = path.join(os.tmpdir(), `bc-e2e-${process.pid}-${caseDownload.suggestedFilename()}`);
    await caseDownload.saveAs(casePath);
    expect(JSON.parse(fs.readFileSync(casePath, "utf8"))).toEqual(JSON.parse(JSON.stringify(expectedCase())));
    fs.rmSync(casePath, { force: true });

    // The workbook.
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe("businesscase-gemeente-voorbeeldstad-fictief-2025.xlsx");
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-e2e-xlsx-"));
    const xlsxPath = path.join(workDir, xlsxDownload.suggestedFilename());
    await xlsxDownload.saveAs(xlsxPath);
    expect(fs.readFileSync(xlsxPath).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(await page.getByTestId("build-result").textContent()).toContain("is gedownload");
    // The download has the native charts of the case's plan (a browser build of the same writer).
    const byTitle = (list: ChartView[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));
    const { charts } = await chartsInXlsx(fs.readFileSync(xlsxPath));
    const planned = plannedCharts(buildPlan(expected.value, { lang: "nl", addinVersion: "e2e", builtAt: new Date() }));
    expect(planned.length).toBeGreaterThanOrEqual(4);
    expect(byTitle(charts)).toEqual(byTitle(planned));

    expect(browser.errors).toEqual([]);
    expect(browser.foreign).toEqual([]);

    if (!libreOfficeOrExplain()) return;
    const [recalculated] = await recalculate([xlsxPath]);
    const checked = await expectNamesToMatch(recalculated, expected.value);
    // 2 results + 3 x 3 per form + 3 inputs + break-even + 4 rows
    expect(checked).toBe(19);
    fs.rmSync(workDir, { recursive: true, force: true });
  }, 600_000);

  it("walks every step in English with a four-scenario case: nothing cut off, nothing past the edge", async () => {
    const english = await openWatchedPage(server.origin, { locale: "en-GB", width: WIDTH, height: 900 });
    const { page } = english;
    try {
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Start from the example" }).click();
      for (const [step, name] of [
        [1, "Region and starting points"],
        [2, "Care forms and costs"],
        [3, "Volumes"],
        [4, "Phasing and one-off costs"],
      ] as const) {
        await page.locator("#step-heading", { hasText: name }).waitFor();
        await page.screenshot({ path: path.join(SCREENSHOTS, `en-step-${step}.png`), fullPage: true });
        await expectFits(page);
        await page.getByRole("button", { name: "Next", exact: true }).click();
      }
      await page.locator("#step-heading", { hasText: "Overview" }).waitFor();
      // The example has two scenarios; a third, and a fourth with a long name and its own cost factor.
      await page.getByRole("button", { name: "Add a scenario" }).click();
      await typeInto(page.getByRole("group", { name: "scenario 3" }).getByRole("textbox", { name: "Name (3)" }), "Slower");
      await page.getByRole("button", { name: "Add a scenario" }).click();
      const fourth = page.getByRole("group", { name: "scenario 4" });
      await typeInto(fourth.getByRole("textbox", { name: "Name (4)" }), "Pessimistic with dearer foster care");
      const card = page.getByRole("group", { name: "Pessimistic with dearer foster care" });
      await typeInto(card.getByRole("textbox", { name: "Realisation" }), "40%");
      await card.getByText("Costs per kind of care in this scenario").click();
      await typeInto(card.getByRole("textbox", { name: "Factor Foster care" }), "1.2");
      await page.getByTestId("scenario-npv-3").waitFor();
      expect(await page.getByTestId("scenario-npv-3").textContent()).toMatch(/^-?€/);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOTS, "en-step-5-four-scenarios.png"), fullPage: true });
      await expectFits(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(english.errors).toEqual([]);
    } finally {
      await english.close();
    }
  }, 300_000);

  it("opens in English when the browser is English, and works with the keyboard alone, focus following the page", async () => {
    const english = await openWatchedPage(server.origin, { locale: "en-GB", width: WIDTH, height: 900 });
    const { page } = english;
    /** Presses Tab until the focused element's accessible text matches; returns the focused elements on the way. */
    const tabTo = async (label: RegExp, max = 40) => {
      const path: { text: string; top: number }[] = [];
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const labels = (el as HTMLInputElement).labels;
          const label = el.getAttribute("aria-label") ?? (labels && labels.length > 0 ? labels[0].textContent : null) ?? el.textContent ?? "";
          return { text: label.trim(), top: r.top + window.scrollY };
        });
        if (!focused) continue;
        path.push(focused);
        if (label.test(focused.text)) return path;
      }
      throw new Error(`Tab never reached ${label}: ${path.map((p) => p.text).join(" | ")}`);
    };
    try {
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Start from the example" }).waitFor();
      await tabTo(/^Start from the example$/);
      await page.keyboard.press("Enter");
      await page.locator("#step-heading").waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "step-heading", undefined, { timeout: 5_000 });
      expect(await page.locator("#step-heading").textContent()).toContain("Region and starting points");
      // From the heading down to Next: every stop lies below the previous one (the order of the page).
      const stops = await tabTo(/^Next$/);
      const tops = stops.map((s) => s.top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(stops.map((s) => s.text)).toEqual(expect.arrayContaining(["Title", "Municipality or region"].map((t) => expect.stringContaining(t))));
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () => document.activeElement?.id === "step-heading" && /Care forms and costs/.test(document.activeElement.textContent ?? ""),
        undefined,
        { timeout: 5_000 },
      );
      expect(english.errors).toEqual([]);
      expect(english.foreign).toEqual([]);
    } finally {
      await english.close();
    }
  }, 120_000);
});

async function expectNamesToMatch(file: string, c: Case): Promise<number> {
  const names = await readDefinedNames(file);
  const r = calculate(c);
  let count = 0;
  const near = (name: string, want: number) => {
    count++;
    const got = names.get(name);
    if (typeof got !== "number" || !closeTo(got, want)) throw new Error(`${name}: workbook ${JSON.stringify(got)}, calculate() ${want}`);
  };
  near("BC_StructuralSaving", r.structuralSaving);
  near("BC_NPV", r.npv);
  for (const f of r.forms) near(`BC_CostPerPlacement_${f.id}`, f.costPerPlacement);
  for (const f of c.careForms) {
    const v = r.forms.find((x) => x.id === f.id)!;
    near(`BC_Current_${f.id}`, v.current);
    near(`BC_Target_${f.id}`, v.target);
  }
  near("BC_YearsToTarget", c.phasing.yearsToTarget);
  near("BC_Indexation", c.indexation);
  near("BC_DiscountRate", c.discountRate);
  if (r.breakEvenYear === null) {
    count++;
    expect(typeof names.get("BC_BreakEvenYear")).not.toBe("number");
  } else near("BC_BreakEvenYear", r.breakEvenYear);
  const rows: [string, number[]][] = [
    ["BC_Years", r.years],
    ["BC_SavingReal", r.savingReal],
    ["BC_NetNominal", r.netNominal],
    ["BC_CumulativeNominal", r.cumulativeNominal],
  ];
  for (const [name, want] of rows) {
    count++;
    const got = names.get(name);
    if (!Array.isArray(got) || got.length !== want.length) throw new Error(`${name}: workbook ${JSON.stringify(got)}, calculate() ${JSON.stringify(want)}`);
    want.forEach((w, i) => {
      if (typeof got[i] !== "number" || !closeTo(got[i] as number, w)) throw new Error(`${name}[${i}]: workbook ${JSON.stringify(got[i])}, calculate() ${w}`);
    });
  }
  return count;
}
