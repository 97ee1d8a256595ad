/**
 * Everything a command touches outside itself: output streams, the file system, the clock and
 * the version. Injected, so that each command can be tested without a child process and a
 * failing disk can be simulated.
 */
/* global TextDecoder, __dirname */
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import type { Lang } from "../model";

/** The part of node:fs/promises the commands use. */
export interface CliFileSystem {
  readFile(file: string): Promise<Uint8Array>;
  stat(file: string): Promise<{ isDirectory(): boolean; size: number }>;
  /** Writes a new file; `flag: "wx"` fails when it exists. */
  writeFile(file: string, data: Uint8Array, options: { flag: "wx" }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

export interface CliContext {
  /** Writes one line (a newline is added) to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  fs: CliFileSystem;
  now(): Date;
  /** The add-in's version, recorded in the workbooks it builds. */
  version: string;
  lang: Lang;
}

export function nodeFileSystem(): CliFileSystem {
  return {
    readFile: (f) => fsp.readFile(f),
    stat: (f) => fsp.stat(f),
    writeFile: (f, data, options) => fsp.writeFile(f, data, options),
    rename: (a, b) => fsp.rename(a, b),
    unlink: (f) => fsp.unlink(f),
  };
}

/**
 * The version from package.json. The compiled file lives in dist-cli/cli/ and the source in
 * src/cli/: both are two levels below the package root.
 */
export async function packageVersion(fs: CliFileSystem = nodeFileSystem()): Promise<string> {
  try {
    const text = new TextDecoder().decode(await fs.readFile(path.resolve(__dirname, "..", "..", "package.json")));
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}
