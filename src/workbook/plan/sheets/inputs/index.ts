/**
 * The inputs sheet (Aannames / Inputs): every assumption of the case, each with its unit and its
 * source, in the input style. Only these cells are unlocked. Structure (the number of care forms,
 * cost components, scenarios, municipalities, the horizon) is fixed by the build; the values are
 * the user's to change. The sheet is a column of sections, each laid out from the row where the
 * previous one ended; what later sheets need of it is the layout this returns.
 */
import type { SheetBuilder } from "../../builder";
import { sheetTop } from "../../common";
import type { LayoutContext } from "../../layoutContext";
import { TAB_COLORS } from "../../styles";
import { careFormsSection, type CareFormsLayout } from "./careForms";
import { fixedDataSection } from "./fixedData";
import { generalSection } from "./general";
import { InputCells } from "./inputCells";
import { monitoringThresholdsSection } from "./monitoringThresholds";
import { municipalitiesSection, type MunicipalitiesLayout } from "./municipalities";
import { oneOffCostsSection, type OneOffLayout } from "./oneOffCosts";
import { phasingSection, type PhasingLayout } from "./phasing";
import { scenariosSection, type ScenariosLayout } from "./scenarios";
import { sensitivityRangesSection, type SensitivityRangesLayout } from "./sensitivityRanges";
import { TEXTS } from "./texts";

export { PHASING_METHOD_FIELD } from "./phasing";
export { SPARE_ONE_OFF_ROWS } from "./oneOffCosts";
export { sensitivityLabel } from "./sensitivityRanges";
export type { ComponentCells } from "./careForms";

/** Positions on the inputs sheet that the formulas of later sheets refer to. */
export interface InputsLayout extends CareFormsLayout, PhasingLayout, OneOffLayout, ScenariosLayout, SensitivityRangesLayout {
  /** A region only: the municipality grid. */
  municipalities?: MunicipalitiesLayout;
}

export function buildInputsSheet(m: LayoutContext): { sheet: SheetBuilder; layout: InputsLayout } {
  const t = m.texts(TEXTS);
  const b = m.sheet("inputs");
  b.tabColor = TAB_COLORS.inputs;
  b.widths({ 0: 46, 1: 16, 2: 14, 3: 12, 4: 80 });
  sheetTop(m, b, t.inputs, t.purpose);
  const s = new InputCells(m, b);
  const afterGeneral = generalSection(s, b.row);
  const { next: afterForms, ...careForms } = careFormsSection(s, afterGeneral);
  const { next: afterPhasing, ...phasing } = phasingSection(s, afterForms);
  const { next: afterOneOffs, ...oneOffs } = oneOffCostsSection(s, afterPhasing);
  const { next: afterScenarios, ...scenarios } = scenariosSection(s, afterOneOffs);
  const { next: afterMunicipalities, layout: municipalities } = municipalitiesSection(s, afterScenarios);
  const { next: afterRanges, ...ranges } = sensitivityRangesSection(s, afterMunicipalities);
  const { next: afterThresholds } = monitoringThresholdsSection(s, afterRanges);
  b.row = fixedDataSection(s, afterThresholds).next;
  b.freeze = { rows: 4, columns: 1 };
  return { sheet: b, layout: { ...careForms, ...phasing, ...oneOffs, ...scenarios, ...ranges, municipalities } };
}
