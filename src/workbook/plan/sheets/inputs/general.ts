/** Inputs sheet, section "General": title, region, base year, horizon, population, indexation, discount rate, budget year. */
import { LIMITS } from "../../../../model";
import { cell } from "../../builder";
import { header, note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";

export function defaultBudgetYear(baseYear: number): number {
  return baseYear + 1;
}

/** Lays out the section from `row`; returns the row where the next section starts. */
export function generalSection(s: InputCells, row: number): number {
  const { m, b } = s;
  const { c, ctx, tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("Algemeen", "General")));
  b.setRow(r++, 0, [
    header(tr("Invoer", "Input")),
    header(tr("Waarde", "Value")),
    header(tr("Eenheid", "Unit")),
    header(""),
    header(tr("Bron en toelichting", "Source and notes")),
  ]);
  b.set(r, 0, text(tr("Titel", "Title")));
  s.input(r++, COL.value, { value: c.title, path: ["title"], type: "text", format: "text", name: "BC_Title", comment: "Title of the business case" });
  b.set(r, 0, text(tr("Gemeente of regio", "Municipality or region")));
  s.input(r++, COL.value, { value: c.region, path: ["region"], type: "text", format: "text", name: "BC_Region", comment: "Municipality or region" });
  s.generalInput(
    r++,
    tr("Basisjaar (jaar 0, huidige aantallen)", "Base year (year 0, current volumes)"),
    {
      value: c.baseYear,
      path: ["baseYear"],
      type: "integer",
      format: "year",
      name: "BC_BaseYear",
      comment: "Year 0 of the model",
      validation: s.number(LIMITS.minBaseYear, LIMITS.maxBaseYear, true),
    },
    tr("jaar", "year"),
  );
  // The horizon fixes the columns of the calculation: it is shown, not an input.
  b.set(r, 0, text(tr("Horizon", "Horizon")));
  b.set(r, COL.value, { value: c.horizonYears, style: "constant", numberFormat: "integer" });
  ctx.name("BC_Horizon", "inputs", cell(r, COL.value), "Years projected after the base year (fixed by the build)");
  b.set(r, COL.unit, unit(tr("jaren", "years")));
  b.set(
    r++,
    COL.source,
    note(
      tr(
        "Vast: wijzig de horizon met de invoegtoepassing, de kolommen van de berekening hangen ervan af.",
        "Fixed: change the horizon with the add-in; the columns of the calculation depend on it.",
      ),
    ),
  );
  if (c.youthPopulation !== undefined) {
    s.generalInput(
      r++,
      tr("Jeugdigen 0-17 jaar in de regio", "Youths aged 0-17 in the region"),
      {
        value: c.youthPopulation,
        path: ["youthPopulation"],
        type: "number",
        format: "integer",
        name: "BC_YouthPopulation",
        comment: "Youths aged 0-17 (for the per-1,000 figures)",
        validation: s.number(1, LIMITS.maxYouthPopulation),
      },
      tr("jeugdigen", "youths"),
      ["sources", "youthPopulation"],
      c.sources?.youthPopulation,
    );
  }
  s.generalInput(
    r++,
    tr("Indexatie van tarieven (voor de begroting)", "Indexation of tariffs (for the budget)"),
    {
      value: c.indexation,
      path: ["indexation"],
      type: "number",
      format: "percent2",
      name: "BC_Indexation",
      comment: "Yearly price growth for the nominal view",
      validation: s.number(-0.5, 1),
    },
    tr("per jaar", "per year"),
    ["sources", "indexation"],
    c.sources?.indexation,
  );
  s.generalInput(
    r++,
    tr("Discontovoet (reëel)", "Discount rate (real)"),
    {
      value: c.discountRate,
      path: ["discountRate"],
      type: "number",
      format: "percent2",
      name: "BC_DiscountRate",
      comment: "Real discount rate for the net present value",
      validation: s.number(-0.5, 1),
    },
    tr("per jaar", "per year"),
    ["sources", "discountRate"],
    c.sources?.discountRate,
  );
  s.generalInput(
    r,
    tr("Begrotingsjaar (eerste jaar van de meerjarenbegroting)", "Budget year (first year of the four-year budget)"),
    {
      value: c.budgetYear ?? defaultBudgetYear(c.baseYear),
      path: ["budgetYear"],
      type: "integer",
      format: "year",
      name: "BC_BudgetYear",
      comment: "First year of the four-year budget view",
      validation: s.number(c.baseYear, c.baseYear + c.horizonYears, true),
    },
    tr("jaar", "year"),
  );
  return r + 2;
}
