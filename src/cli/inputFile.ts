/**
 * Reading a file named on the command line (a case file, a workbook): every source with a byte
 * cap (a regular file, a device, a FIFO, /dev/stdin), and every way it can fail as its own
 * message that names the file.
 */
/* global NodeJS */
import { TooLarge, type CliFileSystem } from "./context";
import { UsageError } from "./messages";

/** Far above any real case (the largest valid case is well under 1 MB); stops a wrong file early. */
export const MAX_CASE_FILE_MB = 20;
/** Far above any model the add-in makes (50 to 300 kB as a file), with room for the user's own sheets; what it inflates to has its own limit. */
export const MAX_WORKBOOK_MB = 50;

export type InputKind = "case" | "workbook";

export async function readInputFile(fs: CliFileSystem, file: string, kind: InputKind): Promise<Uint8Array> {
  const mb = kind === "case" ? MAX_CASE_FILE_MB : MAX_WORKBOOK_MB;
  try {
    return await fs.readFile(file, mb * 1024 * 1024);
  } catch (e) {
    if (e instanceof TooLarge) throw kind === "case" ? new UsageError("fileTooLarge", [file, mb]) : new UsageError("workbookTooLarge", [file, mb]);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError("fileNotFound", [file]);
    if (code === "EISDIR") throw new UsageError("isDirectory", [file]);
    throw new UsageError("fileUnreadable", [file, code ?? "?"]);
  }
}
