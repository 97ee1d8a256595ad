/**
 * The part of the custom functions runtime (office.js, shared runtime) these functions use.
 * No installed @types package declares it; this mirrors office.js: `CustomFunctions.Error` with a
 * code and a message, and the `ErrorCode` values, which are the error texts Excel shows.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message: string;
  }
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
