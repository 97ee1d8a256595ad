/** The workbook plan: a case -> sheets, cells, formulas, names, styles; the layout lives here alone. */
export { buildPlan, sheetNames, type PlanOptions } from "./buildPlan";
export { tidyReadCase } from "./tidy";
export * from "./types";
export * from "./meta";
export * from "./address";
export { STYLES, NUMBER_FORMATS } from "./styles";
export { PHASING_METHOD_FIELD } from "./sheets/inputs";
