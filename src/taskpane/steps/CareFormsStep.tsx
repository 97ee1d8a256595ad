/** Step 2: care forms and what one placement-year of each costs, shown live. */
import { Button, mergeClasses } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { z } from "zod";
import { AmbulantSchema, CARE_FORM_KINDS, COST_PERIODS, CostComponentSchema, LIMITS, costPerPlacementYear, hasOwn } from "../../model";
import { useEditor } from "../components/EditorContext";
import { GroupProblems, NumberField, SelectField, SentenceField, SourceField, TextField } from "../components/fields";
import { useLayout } from "../components/layout";
import { formatEuro } from "../numbers/format";
import { asArray, freshCareFormId, insertItem, isObject, removeItem, renameCareFormId, type JsonObject } from "../state/editorState";
import { fieldId } from "../state/problems";

export function CareFormsStep() {
  const { s, state, edit } = useEditor();
  const ui = useLayout();
  const forms = asArray(state.doc.careForms);
  const add = () =>
    edit((st) => {
      const n = asArray(st.doc.careForms).length + 1;
      const form = {
        id: freshCareFormId(st.doc),
        name: s.newFormName(n),
        kind: "other",
        costs: [{ label: s.newCostLabel, per: "day" }],
        ambulant: { amount: 0, share: 0 },
        current: 0,
        target: 0,
      };
      const municipalities = asArray(st.doc.municipalities);
      // With volumes per municipality, a form carries no volumes of its own.
      if (municipalities.length > 0) {
        delete (form as Partial<typeof form>).current;
        delete (form as Partial<typeof form>).target;
      }
      return insertItem(st, ["careForms"], form);
    });
  return (
    <div className={ui.stack}>
      <p className={ui.small}>{s.careFormsIntro}</p>
      <GroupProblems segments={["careForms"]} />
      {forms.map((f, i) => (
        <CareFormEditor key={i} index={i} form={isObject(f) ? f : {}} canRemove={forms.length > 1} />
      ))}
      <div>
        <Button icon={<AddRegular />} size="small" onClick={add} disabled={forms.length >= LIMITS.maxCareForms}>
          {s.addCareForm}
        </Button>
      </div>
    </div>
  );
}

function CareFormEditor({ index, form, canRemove }: { index: number; form: JsonObject; canRemove: boolean }) {
  const { s, edit, lang } = useEditor();
  const ui = useLayout();
  const base: (string | number)[] = ["careForms", index];
  const name = typeof form.name === "string" && form.name.trim() !== "" ? form.name : s.unnamedForm(index + 1);
  const costs = asArray(form.costs);
  const cost = liveCost(form);
  const headingId = `${fieldId(base)}-heading`;
  return (
    <section className={ui.section} aria-labelledby={headingId}>
      <div className={ui.row} style={{ justifyContent: "space-between", alignItems: "center" }}>
        <h3 className={ui.subheading} id={headingId}>
          {name}
        </h3>
        {canRemove && (
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={s.removeCareForm(name)}
            title={s.removeCareForm(name)}
            onClick={() => edit((st) => removeCareForm(st, index))}
          />
        )}
      </div>
      <TextField segments={[...base, "name"]} label={s.careFormName} required />
      <div className={ui.row}>
        <SelectField
          className={ui.growWide}
          segments={[...base, "kind"]}
          label={s.careFormKind}
          options={CARE_FORM_KINDS.map((k) => ({ value: k, text: s.kinds[k] }))}
        />
        <TextField className={ui.grow} segments={[...base, "id"]} label={s.careFormId} onText={(text) => edit((st) => renameCareFormId(st, index, text))} />
      </div>
      <div className={ui.subsection}>
        <h4 className={ui.subheading}>{s.costsHeading}</h4>
        <GroupProblems segments={[...base, "costs"]} />
        {costs.map((c, k) => {
          const component = isObject(c) ? c : {};
          const label = typeof component.label === "string" && component.label.trim() !== "" ? component.label : s.unnamedCost(k + 1);
          const at = [...base, "costs", k];
          return (
            <div key={k} className={ui.tightStack} role="group" aria-label={`${name}: ${label}`}>
              <div className={mergeClasses(ui.row, ui.rowWithButton)}>
                <TextField className={ui.grow} segments={[...at, "label"]} label={s.costLabel} required />
                {costs.length > 1 && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={s.removeCost(label)}
                    title={s.removeCost(label)}
                    onClick={() => edit((st) => removeItem(st, [...base, "costs"], k))}
                  />
                )}
              </div>
              <div className={ui.row}>
                <NumberField className={ui.grow} segments={[...at, "amount"]} label={s.costAmount} kind="amount" required />
                <SelectField
                  className={ui.narrow}
                  segments={[...at, "per"]}
                  label={s.costPer}
                  options={COST_PERIODS.map((p) => ({ value: p, text: s.periods[p] }))}
                />
              </div>
              {component.per === "day" && (
                <NumberField segments={[...at, "daysPerYear"]} label={s.daysPerYear} kind="integer" placeholder="365" hint={s.daysPerYearHint} />
              )}
              <SourceField source={{ kind: "item", holder: at }} />
              <PriceLevelFields at={at} />
            </div>
          );
        })}
        <div>
          <Button
            size="small"
            icon={<AddRegular />}
            disabled={costs.length >= LIMITS.maxCostComponents}
            onClick={() => edit((st) => insertItem(st, [...base, "costs"], { label: s.newCostLabel, per: "day" }))}
          >
            {s.addCost}
          </Button>
        </div>
      </div>
      <div className={ui.subsection}>
        <h4 className={ui.subheading}>{s.ambulantHeading}</h4>
        <GroupProblems segments={[...base, "ambulant"]} />
        <NumberField segments={[...base, "ambulant", "amount"]} label={s.ambulantAmount} kind="amount" required />
        <NumberField segments={[...base, "ambulant", "share"]} label={s.ambulantShare} kind="share" hint={s.ambulantShareHint} required />
        <SourceField source={{ kind: "item", holder: [...base, "ambulant"] }} />
      </div>
      <div aria-live="polite" data-testid={`cost-per-placement-${index}`}>
        <span>{s.costPerPlacement}: </span>
        <strong>{cost === null ? s.costPerPlacementPending : formatEuro(cost, lang)}</strong>
      </div>
    </section>
  );
}

/**
 * A component's price level: the year whose prices its amount has (empty: the base year), the
 * factor that brings it to base-year prices (empty: 1) and where that factor comes from.
 */
function PriceLevelFields({ at }: { at: (string | number)[] }) {
  const { s, state } = useEditor();
  const ui = useLayout();
  const baseYear = typeof state.doc.baseYear === "number" ? String(state.doc.baseYear) : "";
  return (
    <>
      <div className={ui.row}>
        <NumberField className={ui.growWide} segments={[...at, "priceYear"]} label={s.priceYear} kind="integer" placeholder={baseYear} hint={s.priceYearHint} />
        <NumberField className={ui.growWide} segments={[...at, "indexFactor"]} label={s.indexFactor} kind="count" placeholder="1" hint={s.indexFactorHint} />
      </div>
      <SentenceField segments={[...at, "indexSource"]} label={s.indexSource} />
    </>
  );
}

/**
 * The cost per placement-year of a form as it stands: its costs and ambulant care checked by the
 * model's own schema, then the model's costPerPlacementYear (the tariff rule lives in src/model
 * only). Null while any of them is missing or invalid: no figure is shown from invalid input.
 */
export function liveCost(form: JsonObject): number | null {
  const costs = z.array(CostComponentSchema).min(1).safeParse(form.costs);
  const ambulant = AmbulantSchema.safeParse(form.ambulant);
  if (!costs.success || !ambulant.success) return null;
  return costPerPlacementYear({ costs: costs.data, ambulant: ambulant.data });
}

/** Removes a care form and its volumes in every municipality. */
function removeCareForm(st: Parameters<typeof removeItem>[0], index: number) {
  const id = asArray(st.doc.careForms)[index];
  const formId = isObject(id) && typeof id.id === "string" ? id.id : null;
  let next = removeItem(st, ["careForms"], index);
  if (formId !== null && isObject(next.doc.sensitivity)) {
    const sensitivity = Object.fromEntries(Object.entries(next.doc.sensitivity).filter(([k]) => k !== `cost_${formId}` && k !== `shift_${formId}`));
    next = { ...next, doc: { ...next.doc, sensitivity } };
  }
  if (formId !== null && asArray(next.doc.municipalities).length > 0) {
    const municipalities = asArray(next.doc.municipalities).map((m) => {
      if (!isObject(m) || !isObject(m.volumes) || !hasOwn(m.volumes, formId)) return m;
      const volumes = { ...m.volumes };
      delete volumes[formId];
      return { ...m, volumes };
    });
    next = {
      doc: { ...next.doc, municipalities },
      raw: Object.fromEntries(Object.entries(next.raw).filter(([, e]) => !(e.segments[0] === "municipalities" && e.segments[3] === formId))),
    };
  }
  return next;
}
