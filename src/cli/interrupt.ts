/**
 * Files that must not outlive an interrupted command: the temporary file of a build (and, on a
 * file system without hard links, a target being written in place). Ctrl-C (SIGINT), SIGTERM
 * and a closed terminal (SIGHUP) remove them before the process ends as the signal asks.
 */
/* global process, NodeJS */
import { unlinkSync } from "node:fs";

interface Pending {
  /** What to say when the command is interrupted while this file exists; undefined once the result is published. */
  notice?: () => string;
}

const pending = new Map<string, Pending>();

export interface Registration {
  /** The result is in place: an interruption from now on loses nothing (the file is still removed). */
  published(): void;
  /** The file is gone (removed or renamed); nothing to do on an interruption. */
  done(): void;
}

export function removeOnInterrupt(file: string, notice: () => string): Registration {
  const entry: Pending = { notice };
  pending.set(file, entry);
  return {
    published: () => void (entry.notice = undefined),
    done: () => void pending.delete(file),
  };
}

/** Removes every pending file now (synchronously: a signal handler cannot wait) and returns what to say. */
export function removePendingFiles(): string[] {
  const notices: string[] = [];
  for (const [file, entry] of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
    if (entry.notice) notices.push(entry.notice());
  }
  pending.clear();
  return notices;
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** For the real process only (bin/businesscase.js): tests in jest keep the runner's own handling. */
export function installInterruptCleanup(report: (line: string) => void): void {
  const handler = (signal: NodeJS.Signals) => {
    for (const line of new Set(removePendingFiles())) report(line);
    for (const s of SIGNALS) process.removeListener(s, handler);
    // Ends the process as the signal would have (exit status 128 + its number, as shells expect).
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, handler);
}
