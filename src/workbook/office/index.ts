/** Writer 1 and the reader inside Excel (Office.js). Loaded only where Excel is. */
export { applyPlan, buildModelInExcel, withInputValues, type BuildOptions, type BuildOutcome, type Conflict, type InputContent } from "./buildModel";
export { readModel, readModelFromExcel, type ReadOutcome } from "./readModel";
export { addCharts, addChartsInExcel } from "./addCharts";
