/** An in-memory context for running the command line inside jest, and helpers for real child processes. */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { nodeFileSystem, type CliFileSystem } from "../../src/cli/context";
import { run, type ContextWithoutLang } from "../../src/cli/main";
import { BIN } from "./compileCli";

export interface Captured {
  code: number;
  out: string[];
  err: string[];
}

export async function runInProcess(argv: string[], overrides: Partial<ContextWithoutLang> = {}): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    fs: nodeFileSystem(),
    now: () => new Date("2025-03-01T10:00:00Z"),
    version: "9.9.9-test",
    ...overrides,
  });
  return { code, out, err };
}

/**
 * run() in this process, its output as the real command line prints it (each line ends in a
 * newline): the same shape as runCli's, so a test can hold the two side by side.
 */
export async function runInProcessAsText(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const r = await runInProcess(argv);
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
  return { status: r.code, stdout: text(r.out), stderr: text(r.err) };
}

const made: string[] = [];

/** A fresh folder under the system's temp folder, removed by removeTempDirs(). */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bc-cli-"));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** The real file system, with one operation replaced (to simulate a full disk and such). */
export function failingFs(overrides: Partial<CliFileSystem>): CliFileSystem {
  return { ...nodeFileSystem(), ...overrides };
}

export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `node bin/businesscase.js ARGS` running in the background, to be signalled or fed while it works. */
export function startCli(args: readonly string[], options: { stdin?: "ignore" | "pipe" | number } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const finished = new Promise<Finished>((resolve) => child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, finished };
}

/** A named pipe: the command blocks reading it until the test writes the case, so the test decides when the build goes on. */
export function makeFifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  const r = spawnSync("mkfifo", [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  return file;
}

/** Waits (without a fixed delay) until `condition` holds, e.g. a temporary file exists. */
export async function until(condition: () => boolean, what: string, limitMs = 60_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The hidden temporary files a build leaves in `dir` (there must be none once it is done). */
export const temporaries = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));
