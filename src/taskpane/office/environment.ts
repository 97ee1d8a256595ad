/**
 * Where the pane runs, found out once at start: inside Excel (the Office.js writer and reader are
 * usable), inside another Office host, or in a plain browser (office.js absent, or present and
 * reporting no host). Also the language: Office's display language inside Office, the browser's
 * outside. This is the only module that looks at the `Office` global for that purpose
 * (@microsoft/office-js-helpers is deprecated and not used).
 */
import type { Lang } from "../../model";
import { languageFromTag } from "../i18n";

export type HostKind = "excel" | "otherOffice" | "browser";

export interface Environment {
  host: HostKind;
  lang: Lang;
}

/** The parts of the Office global this module reads; declared so that tests can hand in a fake. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
  HostType?: { Excel?: unknown };
}

/** Office.onReady resolves quickly in a browser; if office.js is broken, the pane still starts. */
export const OFFICE_READY_TIMEOUT_MS = 8000;

export async function detectEnvironment(
  office: OfficeLike | undefined = globalOffice(),
  browserLanguage: string | undefined = typeof navigator !== "undefined" ? navigator.language : undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<Environment> {
  const browser: Environment = { host: "browser", lang: languageFromTag(browserLanguage) };
  if (!office || typeof office.onReady !== "function") return browser;
  let info: { host: unknown } | null;
  try {
    info = await withTimeout(office.onReady(), timeoutMs);
  } catch {
    info = null;
  }
  if (!info || info.host === null || info.host === undefined) return browser;
  const excel = office.HostType?.Excel ?? "Excel";
  const host: HostKind = info.host === excel ? "excel" : "otherOffice";
  return { host, lang: languageFromTag(office.context?.displayLanguage ?? browserLanguage) };
}

function globalOffice(): OfficeLike | undefined {
  const g = globalThis as { Office?: OfficeLike };
  return g.Office;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
