/**
 * Writing a file so that readers never see half of it: the bytes go to a temporary file in the
 * same folder (a rename is only atomic within one file system), which is then renamed over the
 * target. On any failure the temporary file is removed and the target is left as it was.
 */
/* global process */
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { CliFileSystem } from "./context";

export function temporaryNameFor(target: string): string {
  const dir = path.dirname(target);
  // Hidden, and unique per process and call, so that two builds to one folder do not collide.
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeFileAtomic(fs: CliFileSystem, target: string, data: Uint8Array): Promise<void> {
  const temp = temporaryNameFor(target);
  try {
    await fs.writeFile(temp, data, { flag: "wx" });
    await fs.rename(temp, target);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}
