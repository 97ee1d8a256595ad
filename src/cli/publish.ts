/**
 * Writing the built workbook so that nothing is ever lost or half-written:
 *
 * - before the build, the target is checked: a folder, a symbolic link, a device, the input file
 *   itself or (without --force) an existing file is refused, each with its own message;
 * - the bytes go to a hidden temporary file in the same folder (a rename or link is only atomic
 *   within one file system), created exclusively before the build starts, and forced to disk;
 * - without --force the temporary file is published with link(), which fails if the name exists,
 *   so a file that appeared during the build (another build, a user's save) is never replaced;
 *   with --force it is renamed over the target; then the folder is forced to disk too;
 * - on any failure, and on Ctrl-C or SIGTERM, the temporary file is removed.
 */
/* global process, NodeJS */
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { CliFileSystem, FileInfo, NewFile } from "./context";
import { removeOnInterrupt } from "./interrupt";
import { message, UsageError } from "./messages";
import type { Lang } from "../model";

export function temporaryNameFor(target: string): string {
  const dir = path.dirname(target);
  // Hidden, and unique per process and call, so that two builds to one folder do not collide.
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

async function lstatOrNull(fs: CliFileSystem, file: string): Promise<FileInfo | null> {
  try {
    return await fs.lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

/** Refuses what the target must not be, with the reason; `input` is the file the case comes from, if any. */
export async function checkTarget(fs: CliFileSystem, out: string, options: { force: boolean; input?: string }): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  let dirInfo: FileInfo | undefined;
  try {
    dirInfo = await fs.stat(dir);
  } catch {
    dirInfo = undefined;
  }
  if (dirInfo?.kind !== "directory") throw new UsageError("outDirMissing", [path.dirname(out)]);

  let existing: FileInfo | null;
  try {
    existing = await lstatOrNull(fs, out);
  } catch (e) {
    throw new UsageError("writeFailed", [out, code(e)]);
  }
  if (!existing) return;
  if (existing.kind === "symlink") throw new UsageError("outIsSymlink", [out, await fs.readlink(out).catch(() => "?")]);
  if (existing.kind === "directory") throw new UsageError("outIsDirectory", [out]);
  if (existing.kind === "other") throw new UsageError("outNotAFile", [out]);
  if (options.input !== undefined) {
    const input = await fs.stat(options.input).catch(() => null);
    if (input && input.dev === existing.dev && input.ino === existing.ino) throw new UsageError("outIsInput", [out, options.input]);
  }
  if (!options.force) throw new UsageError("outExists", [out]);
}

/** A claimed temporary file beside the target, to be published once the workbook is built. */
export interface Draft {
  /** Writes the bytes and puts them at the target; afterwards the temporary file is gone. */
  publish(bytes: Uint8Array): Promise<void>;
  /** Removes the temporary file if it is still there (after a failure). */
  discard(): Promise<void>;
}

/**
 * Claims the temporary file now: a folder that takes no new files is reported before the build,
 * and from here on an interruption removes it.
 */
export async function startDraft(fs: CliFileSystem, out: string, options: { force: boolean; lang: Lang }): Promise<Draft> {
  const temp = temporaryNameFor(out);
  let file: NewFile;
  try {
    file = await fs.createExclusive(temp);
  } catch (e) {
    throw new UsageError("writeFailed", [out, code(e)]);
  }
  const registration = removeOnInterrupt(temp, () => message("interrupted", options.lang, out));
  let closed = false;
  let tempExists = true;

  const removeTemp = async () => {
    if (!closed) await file.close().catch(() => undefined);
    closed = true;
    if (tempExists) await fs.unlink(temp).catch(() => undefined);
    tempExists = false;
    registration.done();
  };

  return {
    async publish(bytes) {
      try {
        await file.write(bytes);
        await file.sync();
        await file.close();
        closed = true;
        if (options.force) {
          await replace(fs, temp, out);
          tempExists = false;
        } else {
          await publishNew(fs, temp, out, bytes, options.lang);
        }
      } catch (e) {
        await removeTemp();
        if (e instanceof UsageError) throw e;
        throw new UsageError("writeFailed", [out, code(e)]);
      }
      // Published: what follows cannot lose the result any more.
      registration.published();
      await removeTemp();
      await fs.syncDir(path.dirname(path.resolve(out)));
    },
    discard: removeTemp,
  };
}

/** --force: the temporary file replaces the target in one rename; a link put there meanwhile is still refused. */
async function replace(fs: CliFileSystem, temp: string, out: string): Promise<void> {
  const now = await lstatOrNull(fs, out);
  if (now?.kind === "symlink") throw new UsageError("outIsSymlink", [out, await fs.readlink(out).catch(() => "?")]);
  if (now?.kind === "directory") throw new UsageError("outIsDirectory", [out]);
  if (now?.kind === "other") throw new UsageError("outNotAFile", [out]);
  await fs.rename(temp, out);
}

/** Codes of a file system that has no hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"]);

/** Without --force: a second name for the temporary file, which fails if the name exists by now. */
async function publishNew(fs: CliFileSystem, temp: string, out: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  try {
    await fs.link(temp, out);
    return;
  } catch (e) {
    const c = (e as NodeJS.ErrnoException).code;
    if (c === "EEXIST") throw await appeared(fs, out);
    if (c === undefined || !NO_HARD_LINKS.has(c)) throw e;
  }
  // No hard links here: create the target exclusively and write it in place, removing it if that fails.
  let target: NewFile;
  try {
    target = await fs.createExclusive(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw await appeared(fs, out);
    throw e;
  }
  const partial = removeOnInterrupt(out, () => message("interrupted", lang, out));
  try {
    await target.write(bytes);
    await target.sync();
    await target.close();
  } catch (e) {
    await target.close().catch(() => undefined);
    await fs.unlink(out).catch(() => undefined);
    throw e;
  } finally {
    partial.done();
  }
}

async function appeared(fs: CliFileSystem, out: string): Promise<UsageError> {
  const now = await lstatOrNull(fs, out).catch(() => null);
  if (now?.kind === "symlink") return new UsageError("outIsSymlink", [out, await fs.readlink(out).catch(() => "?")]);
  return new UsageError("outAppeared", [out]);
}
