/** Inputs sheet, section "Monitoring thresholds": how far from the plan a realised figure may be and still be green or orange. */
import { DEFAULT_GREEN_WITHIN, DEFAULT_ORANGE_WITHIN } from "../../../../model";
import { note, section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";
import { TEXTS } from "./texts";

export function monitoringThresholdsSection(s: InputCells, row: number): { next: number } {
  const { m, b } = s;
  const { c } = m;
  const t = m.texts(TEXTS);
  let r = row;
  b.set(r++, 0, section(t.monitoringThresholds));
  b.set(r, 0, text(t.greenWithin));
  s.input(r, COL.value, {
    value: c.monitoring?.greenWithin ?? DEFAULT_GREEN_WITHIN,
    path: ["monitoring", "greenWithin"],
    type: "number",
    format: "percent",
    name: "BC_GreenWithin",
    comment: "Deviation still green",
    validation: s.number(0, 1),
  });
  b.set(r++, COL.unit, unit(t.ofThePlan));
  b.set(r, 0, text(t.orangeWithin));
  s.input(r, COL.value, {
    value: c.monitoring?.orangeWithin ?? DEFAULT_ORANGE_WITHIN,
    path: ["monitoring", "orangeWithin"],
    type: "number",
    format: "percent",
    name: "BC_OrangeWithin",
    comment: "Deviation still orange",
    validation: s.number(0, 1),
  });
  b.set(r++, COL.unit, unit(t.ofThePlan));
  b.set(r, 0, note(t.thresholdsAssumption));
  return { next: r + 2 };
}
