/**
 * Chromium for the end-to-end test: launched headless with the flags that work on machines without
 * a sandbox, a GPU or a network (no QUIC, no background networking, updates or sync), a fresh profile, every request that is not to the local server stopped,
 * office.js answered from the npm package, and every console error and uncaught exception kept.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([A-Za-z0-9._/-]+)$/;
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, except office.js's own telemetry frame that the CSP blocks on purpose. */
  errors: string[];
  /** Requests that were neither to the local server nor to Microsoft's office.js CDN. */
  foreign: string[];
  close: () => Promise<void>;
}

export async function openWatchedPage(origin: string, options: { locale: string; width: number; height: number }): Promise<Watched> {
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-e2e-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    locale: options.locale,
    viewport: { width: options.width, height: options.height },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    const cdn = OFFICE_CDN.exec(url.split(/[?#]/)[0]);
    if (cdn) {
      // office.js and the files it loads next to itself, from the npm package instead of the CDN.
      const file = path.join(OFFICE_JS_DIR, cdn[1]);
      if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
      }
      return route.abort();
    }
    foreign.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const text = m.text();
    // office.js opens a hidden telemetry frame to a Microsoft host; the page's CSP (frame-src 'self') blocks it by design.
    if (/^Framing 'https:\/\/[^/']*\.(microsoft|office|oaspapps)\.(com|net)\/' violates the following Content Security Policy directive: "frame-src 'self'"/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return {
    context,
    page,
    errors,
    foreign,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * axe-core inside the page (evaluated, so the page's own CSP stays on); the serious and critical
 * violations. Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`, which
 * Fluent UI puts around focus groups such as the chart to hand focus on) are left out: they are
 * invisible, take no part in the accessibility tree and exist to move focus, which is what axe's
 * aria-hidden-focus rule reports about them.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}
