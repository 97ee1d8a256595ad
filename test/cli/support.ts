/** An in-memory context for running the command line inside jest. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { nodeFileSystem, type CliFileSystem } from "../../src/cli/context";
import { run, type ContextWithoutLang } from "../../src/cli/main";

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
