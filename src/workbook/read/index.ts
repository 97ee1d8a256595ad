/** Reading a case back from a model in a workbook. */
export * from "./readCase";
export * from "./model";
export { readCaseFromXlsx, type XlsxReadOutcome } from "./xlsx";
