/** Step 1: the region and the starting points of the calculation. */
import { NumberField, SourceField, TextField } from "../components/fields";
import { useEditor } from "../components/EditorContext";
import { useLayout } from "../components/layout";
import { asArray } from "../state/editorState";

export function RegionStep() {
  const { s, state } = useEditor();
  const ui = useLayout();
  const byMunicipality = asArray(state.doc.municipalities).length > 0;
  return (
    <div className={ui.stack}>
      <TextField segments={["title"]} label={s.title} required />
      <TextField segments={["region"]} label={s.region} required />
      <div className={ui.row}>
        <NumberField className={ui.growWide} segments={["baseYear"]} label={s.baseYear} kind="integer" required />
        <NumberField className={ui.growWide} segments={["horizonYears"]} label={s.horizonYears} kind="integer" required />
      </div>
      <p className={ui.small}>{s.baseYearHint}</p>
      <NumberField
        segments={["youthPopulation"]}
        label={s.youthPopulation}
        kind="count"
        hint={byMunicipality ? s.youthPopulationRegionHint : s.youthPopulationHint}
      />
      <SourceField source={{ kind: "general", key: "youthPopulation" }} />
      <NumberField segments={["indexation"]} label={s.indexation} kind="share" hint={s.indexationHint} />
      <SourceField source={{ kind: "general", key: "indexation" }} />
      <NumberField segments={["discountRate"]} label={s.discountRate} kind="share" hint={s.discountRateHint} />
      <SourceField source={{ kind: "general", key: "discountRate" }} />
    </div>
  );
}
