/** Inputs sheet, section "General": title, region, base year, horizon, population, indexation, discount rate, budget year. */
import { defaultBudgetYear, LIMITS } from "../../../../model";
import { cell } from "../../builder";
import { header, note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";
import { TEXTS } from "./texts";

/** Lays out the section from `row`; returns the row where the next section starts. */
export function generalSection(s: InputCells, row: number): number {
  const { m, b } = s;
  const { c, ctx } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.general));
  b.setRow(r++, 0, [header(t.input), header(t.value), header(t.unit), header(""), header(t.sourceNotes)]);
  b.set(r, 0, text(t.title));
  s.input(r++, COL.value, { value: c.title, path: ["title"], type: "text", format: "text", name: "BC_Title", comment: "Title of the business case" });
  b.set(r, 0, text(t.municipalityRegion));
  s.input(r++, COL.value, { value: c.region, path: ["region"], type: "text", format: "text", name: "BC_Region", comment: "Municipality or region" });
  s.generalInput(
    r++,
    t.baseYear,
    {
      value: c.baseYear,
      path: ["baseYear"],
      type: "integer",
      format: "year",
      name: "BC_BaseYear",
      comment: "Year 0 of the model",
      validation: s.number(LIMITS.minBaseYear, LIMITS.maxBaseYear, true),
    },
    t.year,
  );
  // The horizon fixes the columns of the calculation: it is shown, not an input.
  b.set(r, 0, text(t.horizon));
  b.set(r, COL.value, { value: c.horizonYears, style: "constant", numberFormat: "integer" });
  ctx.name("BC_Horizon", "inputs", cell(r, COL.value), "Years projected after the base year (fixed by the build)");
  b.set(r, COL.unit, unit(t.years));
  b.set(r++, COL.source, note(t.horizonNote));
  if (c.youthPopulation !== undefined) {
    s.generalInput(
      r++,
      t.youthPopulation,
      {
        value: c.youthPopulation,
        path: ["youthPopulation"],
        type: "number",
        format: "integer",
        name: "BC_YouthPopulation",
        comment: "Youths aged 0-17 (for the per-1,000 figures)",
        validation: s.number(1, LIMITS.maxYouthPopulation),
      },
      t.youths,
      ["sources", "youthPopulation"],
      c.sources?.youthPopulation,
    );
  }
  s.generalInput(
    r++,
    t.indexationLabel,
    {
      value: c.indexation,
      path: ["indexation"],
      type: "number",
      format: "percent2",
      name: "BC_Indexation",
      comment: "Yearly price growth for the nominal view",
      validation: s.number(-0.5, 1),
    },
    t.perYearUnit,
    ["sources", "indexation"],
    c.sources?.indexation,
  );
  s.generalInput(
    r++,
    t.discountRateLabel,
    {
      value: c.discountRate,
      path: ["discountRate"],
      type: "number",
      format: "percent2",
      name: "BC_DiscountRate",
      comment: "Real discount rate for the net present value",
      validation: s.number(-0.5, 1),
    },
    t.perYearUnit,
    ["sources", "discountRate"],
    c.sources?.discountRate,
  );
  s.generalInput(
    r,
    t.budgetYearLabel,
    {
      value: c.budgetYear ?? defaultBudgetYear(c.baseYear),
      path: ["budgetYear"],
      type: "integer",
      format: "year",
      name: "BC_BudgetYear",
      comment: "First year of the four-year budget view",
      validation: s.modelYear(),
    },
    t.year,
  );
  return r + 2;
}
