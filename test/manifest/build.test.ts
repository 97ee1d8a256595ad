/**
 * The production build, `npm run build` (webpack), as it left dist/ (npm test builds first; the
 * build runs once): every file the add-in needs, the production URL in the manifest, the
 * Content-Security-Policy and office.js in the page, no eval, and the page itself in Chromium: it
 * renders under its own CSP and registers the six functions. Without dist/ (jest run on its own
 * in a fresh clone) it builds into a temporary folder first.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";

const ROOT = path.resolve(__dirname, "..", "..");
const PROD = "https://addin.contoso.test/bc";
const URL_DEV = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const IDS = ["PLACEMENTCOST", "NETCOST", "PHASEDVOLUME", "SAVING", "PER1000YOUTHS", "BREAKEVENYEAR"];

let out: string;
let builtHere: string | null = null;
let build: { status: number | null; output: string };
const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

beforeAll(() => {
  out = path.join(ROOT, "dist");
  if (fs.existsSync(path.join(out, "taskpane.html"))) {
    build = { status: 0, output: "dist/ as npm run build left it" };
    return;
  }
  builtHere = out = fs.mkdtempSync(path.join(os.tmpdir(), "bc-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  build = { status: r.status, output: `${r.stdout}${r.stderr}` };
  if (r.status === 0 && !build.output.includes("compiled successfully")) build.status = -1;
}, 300_000);

afterAll(() => builtHere && fs.rmSync(builtHere, { recursive: true, force: true }));

/** The manifest transform of webpack.config.js's production build, with ADDIN_URL_PROD set to `url`. */
async function manifestFor(url: string | undefined): Promise<string> {
  const saved = process.env.ADDIN_URL_PROD;
  if (url === undefined) delete process.env.ADDIN_URL_PROD;
  else process.env.ADDIN_URL_PROD = url;
  try {
    const config = require(path.join(ROOT, "webpack.config.js")) as (
      env: object,
      argv: object,
    ) => Promise<{ plugins: { patterns?: { to?: string; transform?: (c: Buffer) => string }[] }[] }>;
    const { plugins } = await config({ WEBPACK_BUILD: true }, { mode: "production" });
    const pattern = plugins.flatMap((p) => p.patterns ?? []).find((x) => x.to === "manifest.xml");
    if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml with a transform");
    return pattern.transform(fs.readFileSync(path.join(ROOT, "manifest.xml")));
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL_PROD;
    else process.env.ADDIN_URL_PROD = saved;
  }
}

describe("production build", () => {
  it("succeeds", () => {
    if (build.status !== 0) throw new Error(build.output);
  });

  it("writes the page, the bundles, both function metadata files, the manifest and the icons", () => {
    const files = fs.readdirSync(out);
    for (const f of ["taskpane.html", "functions.js", "functions.json", "functions.nl.json", "manifest.xml"]) expect(files).toContain(f);
    expect(files.filter((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
    expect(files.filter((f) => /^runtime\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
    expect(fs.readdirSync(path.join(out, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it("points the manifest at the production URL (ADDIN_URL_PROD, a slash added)", async () => {
    const manifest = await manifestFor(PROD);
    expect(manifest).not.toContain("https://localhost");
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${PROD}/taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Override Locale="en-US" Value="${PROD}/functions.json"/>`);
    expect(manifest.split(`${PROD}/`).length - 1).toBe(11);
  });

  it("writes that manifest: every development URL replaced by the one production URL, valid against the schema", async () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("https://localhost");
    const bases = new Set([...manifest.matchAll(/DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/g)].map((m) => m[1]));
    expect(bases.size).toBe(1);
    const [base] = [...bases];
    expect(manifest).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8").split(URL_DEV).join(base));
    expect(manifest).toBe(await manifestFor(base === "https://businesscase.example.invalid/" ? undefined : base));
    const validator = path.join(ROOT, "schemas", "manifest", "validate-manifest.sh");
    // Without xmllint (outside CI) manifest.test.ts says what is missing; under CI it fails there.
    if (!spawnSync("xmllint", ["--version"], { stdio: "ignore" }).error) {
      const r = spawnSync("sh", [validator, path.join(out, "manifest.xml")], { encoding: "utf8" });
      expect(r.status).toBe(0);
    }
  });

  it("puts a strict Content-Security-Policy first, then office.js from Microsoft's CDN exactly once, then the bundles", () => {
    const html = read("taskpane.html");
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    if (!csp) throw new Error(`no CSP meta tag in ${html}`);
    const directives = Object.fromEntries(
      csp[1]
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(csp[1]).not.toContain("unsafe-eval");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS);
    expect(scripts.filter((s) => s === OFFICE_JS)).toHaveLength(1);
    for (const s of scripts.slice(1)) expect(s).toMatch(/^[\w.]+\.js$/);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("uses no eval: separate source maps, and no eval or new Function in the add-in's own bundles", () => {
    for (const f of fs.readdirSync(out).filter((f) => /^(runtime|taskpane|functions)\b.*\.js$/.test(f))) {
      const js = read(f);
      expect(js).not.toMatch(/\beval\(|new Function\(/);
      expect(fs.existsSync(path.join(out, `${f}.map`))).toBe(true);
    }
  });

  it("writes functions.json (English) and functions.nl.json (Dutch) with the same ids", () => {
    const en = JSON.parse(read("functions.json")).functions;
    const nl = JSON.parse(read("functions.nl.json")).functions;
    expect(en.map((f: { id: string }) => f.id)).toEqual(IDS);
    expect(nl.map((f: { id: string }) => f.id)).toEqual(IDS);
    expect(nl.map((f: { name: string }) => f.name)).toEqual([
      "PLAATSINGSKOSTEN",
      "NETTOKOSTEN",
      "GEFASEERDVOLUME",
      "BESPARING",
      "PER1000JEUGDIGEN",
      "TERUGVERDIENJAAR",
    ]);
  });

  it("refuses a production URL that is not https", async () => {
    const saved = process.env.ADDIN_URL_PROD;
    process.env.ADDIN_URL_PROD = "http://intranet.example/bc/";
    try {
      const config = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<unknown>;
      await expect(config({ WEBPACK_BUILD: true }, { mode: "production" })).rejects.toThrow("must use https");
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL_PROD;
      else process.env.ADDIN_URL_PROD = saved;
    }
  });
});

describe("the built page in Chromium", () => {
  const CHROMIUM = "/usr/bin/chromium";
  const available = fs.existsSync(CHROMIUM);
  if (!available && !process.env.CI) {
    console.warn("Chromium missing (apt-get install -y chromium): the page check is skipped.");
    it.skip("renders under its CSP (Chromium missing)", () => undefined);
    return;
  }

  it("renders under its own CSP without violations or errors, and registers the six BC functions", async () => {
    if (build.status !== 0) throw new Error("the build failed");
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const server = http.createServer((req, res) => {
      const file = path.join(out, decodeURIComponent((req.url ?? "/").split("?")[0]));
      if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
      res.writeHead(200, { "content-type": type }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // office.js from the npm package stands in for the CDN; nothing else leaves the machine.
      const officeJs = fs.readFileSync(require.resolve("@microsoft/office-js/dist/office.js"));
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
        if (url.startsWith(origin)) return route.continue();
        return route.abort();
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0, undefined, { timeout: 15_000 });
      const registered = await page.evaluate(() => {
        const cf = (window as unknown as { CustomFunctions?: { _association?: { mappings?: Record<string, unknown> } } }).CustomFunctions;
        return Object.keys(cf?._association?.mappings ?? {});
      });
      expect(registered.sort()).toEqual([...IDS].sort());
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      // office.js's hidden telemetry frame to a Microsoft host is blocked on purpose (frame-src 'self').
      const unexpected = violations.filter((v) => !/^frame-src https:\/\/[^/]*\.(microsoft|office)\.(com|net)\//.test(v));
      expect(unexpected).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});
