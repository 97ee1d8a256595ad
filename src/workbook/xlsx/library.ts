/**
 * The workbook library (ExcelTS, @cj-tech-master/excelts; docs/writer-library.md says why), set up
 * once for the writer, the reader and the tests: with its chart support installed, which it needs
 * to write charts and also to open any file that holds charts (it throws on those otherwise).
 */
import { installChartSupport } from "@cj-tech-master/excelts/chart";

installChartSupport();

export * from "@cj-tech-master/excelts";
