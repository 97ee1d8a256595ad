/** Inputs sheet, section "Monitoring thresholds": how far from the plan a realised figure may be and still be green or orange. */
import { section, text, unit } from "../../layoutContext";
import { COL, type InputCells } from "./inputCells";

export function monitoringThresholdsSection(s: InputCells, row: number): { next: number } {
  const { m, b } = s;
  const { c, tr } = m;
  let r = row;
  b.set(r++, 0, section(tr("Monitoring: signaalwaarden", "Monitoring: thresholds")));
  b.set(r, 0, text(tr("Groen: afwijking van de planning hoogstens", "Green: deviation from the plan at most")));
  s.input(r, COL.value, {
    value: c.monitoring?.greenWithin ?? 0.05,
    path: ["monitoring", "greenWithin"],
    type: "number",
    format: "percent",
    name: "BC_GreenWithin",
    comment: "Deviation still green",
    validation: s.number(0, 1),
  });
  b.set(r++, COL.unit, unit(tr("van de planning", "of the plan")));
  b.set(r, 0, text(tr("Oranje: afwijking hoogstens (daarboven rood)", "Orange: deviation at most (red above)")));
  s.input(r, COL.value, {
    value: c.monitoring?.orangeWithin ?? 0.15,
    path: ["monitoring", "orangeWithin"],
    type: "number",
    format: "percent",
    name: "BC_OrangeWithin",
    comment: "Deviation still orange",
    validation: s.number(0, 1),
  });
  b.set(r, COL.unit, unit(tr("van de planning", "of the plan")));
  return { next: r + 2 };
}
