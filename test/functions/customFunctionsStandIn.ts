/**
 * A stand-in for the custom functions runtime of office.js, enough for functions.ts: the
 * `CustomFunctions.Error` class (code + message) and the `ErrorCode` values, as office.js defines
 * them (custom-functions-runtime.js: invalidValue = "#VALUE!", ...). Importing this file installs it.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  readonly code: string;
  constructor(errorCode?: string, errorMessage?: string) {
    super(errorMessage ?? "");
    this.code = errorCode ?? ErrorCode.invalidValue;
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionError,
  ErrorCode,
  associate: () => undefined,
};

/** Sets what Office.context.displayLanguage reports, or removes Office altogether. */
export function setDisplayLanguage(language: string | undefined): void {
  if (language === undefined) delete (globalThis as Record<string, unknown>).Office;
  else (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: language } };
}
