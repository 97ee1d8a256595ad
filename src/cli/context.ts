/**
 * Everything a command touches outside itself: output streams, the file system, the clock and
 * the version. Injected, so that each command can be tested without a child process and a
 * failing disk can be simulated.
 */
/* global __dirname */
import { constants as fsConstants, promises as fsp } from "node:fs";
import * as path from "node:path";
import type { Lang } from "../model";

export type FileKind = "file" | "directory" | "symlink" | "other";

export interface FileInfo {
  kind: FileKind;
  size: number;
  /** Device and inode: the same file under two names (a hard link, a path through a symbolic link) has the same pair. */
  dev: number;
  ino: number;
}

/** A file being written: created exclusively, so nobody else's file is ever opened for writing. */
export interface NewFile {
  write(data: Uint8Array): Promise<void>;
  /** Forces the bytes to the disk (fsync), so that a crash after the rename cannot leave an empty file. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The byte cap of readFile was reached: the source holds (or produces) more than that. */
export class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
    this.name = "TooLarge";
  }
}

/** The part of the file system the commands use. Errors are Node's, with their `code` (ENOENT, EACCES, ...). */
export interface CliFileSystem {
  /**
   * The whole content of a source, read in chunks and refused (TooLarge) beyond maxBytes: a regular
   * file, a device such as /dev/zero, a FIFO or /dev/stdin alike, so that nothing unbounded is read.
   */
  readFile(file: string, maxBytes: number): Promise<Uint8Array>;
  /** Follows symbolic links. */
  stat(file: string): Promise<FileInfo>;
  /** Does not follow a symbolic link at the end of the path. */
  lstat(file: string): Promise<FileInfo>;
  readlink(file: string): Promise<string>;
  /** Creates a new file; fails (EEXIST) when the name exists, also as a dangling symbolic link. */
  createExclusive(file: string): Promise<NewFile>;
  /** A second name for a file; fails (EEXIST) when the new name exists. */
  link(existing: string, newName: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Forces a folder's entries (a new or renamed name) to the disk; a no-op where the system cannot. */
  syncDir(dir: string): Promise<void>;
}

export interface CliContext {
  /** Writes one line (a newline is added) to standard output; control characters in it are shown escaped. */
  out(line: string): void;
  /** Writes one line to standard error, the same way. */
  err(line: string): void;
  /** Writes a value as an indented JSON document to standard output (control characters as \uXXXX escapes). */
  json(value: unknown): void;
  fs: CliFileSystem;
  now(): Date;
  /** The add-in's version, recorded in the workbooks it builds. */
  version: string;
  lang: Lang;
}

const CHUNK = 64 * 1024;

function info(s: import("node:fs").Stats): FileInfo {
  const kind: FileKind = s.isFile() ? "file" : s.isDirectory() ? "directory" : s.isSymbolicLink() ? "symlink" : "other";
  return { kind, size: s.size, dev: s.dev, ino: s.ino };
}

async function readCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(file, fsConstants.O_RDONLY);
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: "EISDIR" });
    // A regular file says its size up front; anything else (a device, a FIFO) is counted as it comes.
    if (st.isFile() && st.size > maxBytes) throw new TooLarge(maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new TooLarge(maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } finally {
    await handle.close();
  }
}

export function nodeFileSystem(): CliFileSystem {
  return {
    readFile: readCapped,
    stat: async (f) => info(await fsp.stat(f)),
    lstat: async (f) => info(await fsp.lstat(f)),
    readlink: (f) => fsp.readlink(f),
    createExclusive: async (f) => {
      const handle = await fsp.open(f, "wx");
      return {
        write: async (data) => {
          await handle.writeFile(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    link: (a, b) => fsp.link(a, b),
    rename: (a, b) => fsp.rename(a, b),
    unlink: (f) => fsp.unlink(f),
    syncDir: async (dir) => {
      let handle: import("node:fs/promises").FileHandle | undefined;
      try {
        handle = await fsp.open(dir, fsConstants.O_RDONLY);
        await handle.sync();
      } catch {
        // Windows cannot open or sync a folder; its renames are journaled by NTFS.
      } finally {
        await handle?.close().catch(() => undefined);
      }
    },
  };
}

/**
 * The version from package.json. The built command (dist-cli/cli/main.js) and the source
 * (src/cli/) are both two levels below the package root.
 */
export async function packageVersion(fs: CliFileSystem = nodeFileSystem()): Promise<string> {
  try {
    const text = new TextDecoder().decode(await fs.readFile(path.resolve(__dirname, "..", "..", "package.json"), 1024 * 1024));
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}
