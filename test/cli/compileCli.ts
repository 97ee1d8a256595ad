/**
 * Builds the command line into dist-cli/ (as `npm install` does, scripts/build-cli.js) once per
 * change of the sources, for the tests that run the real `node bin/businesscase.js`. Several jest
 * workers may ask at the same time: a lock directory serialises them, and a stamp newer than every
 * source skips the work. Type errors are `npm run typecheck`'s to find, as for the rest of the code.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "businesscase.js");
const STAMP = path.join(ROOT, "dist-cli", ".compiled-by-tests");
const SOURCES = ["src/cli", "src/model", "src/workbook", "scripts/build-cli.js", "package-lock.json"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const s of SOURCES) visit(path.join(ROOT, s));
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureCliCompiled(): void {
  const lock = path.join(os.tmpdir(), `businesscase-cli-compile-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes belongs to a run that died.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(200);
    }
  }
  try {
    // npm's prepare step compiles dist-cli/ afresh (it removes the folder first) without this
    // stamp: then its main.js tells when, and a fresh clone does not compile twice.
    const compiled = fs.existsSync(STAMP) ? STAMP : path.join(ROOT, "dist-cli", "cli", "main.js");
    if (fs.existsSync(compiled) && fs.statSync(compiled).mtimeMs >= newestSourceTime()) return;
    const { buildCli } = require(path.join(ROOT, "scripts", "build-cli.js")) as { buildCli: () => void };
    buildCli();
    fs.writeFileSync(STAMP, new Date().toISOString());
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/businesscase.js ARGS` in `cwd`, the way a user would. */
export function runCli(args: readonly string[], cwd: string = ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
