/** Step 4: how fast the target is reached, and the one-off transition costs. */
import { Button, Field, Radio, RadioGroup, mergeClasses } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { LIMITS, phaseShares } from "../../model";
import { useEditor } from "../components/EditorContext";
import { GroupProblems, NumberField, TextField, SourceField } from "../components/fields";
import { useLayout } from "../components/layout";
import { asArray, dropRawUnder, getAt, insertItem, isObject, removeItem, setAt, type EditorState } from "../state/editorState";

export function PhasingStep() {
  const { s, state, edit } = useEditor();
  const ui = useLayout();
  const shares = getAt(state.doc, ["phasing", "shares"]);
  const mode = Array.isArray(shares) ? "shares" : "linear";
  const baseYear = typeof state.doc.baseYear === "number" ? state.doc.baseYear : null;
  const oneOff = asArray(state.doc.oneOffCosts);
  // The years a one-off cost may fall in: the base year up to the horizon's last year.
  const horizon = typeof state.doc.horizonYears === "number" ? state.doc.horizonYears : 5;
  const yearRange = typeof state.doc.baseYear === "number" ? { first: state.doc.baseYear, last: state.doc.baseYear + horizon } : null;

  return (
    <div className={ui.stack}>
      <Field label={s.phasingMethod} size="small">
        <RadioGroup value={mode} onChange={(_, d) => edit((st) => (d.value === "shares" ? toYearlyShares(st) : toLinearPhasing(st)))}>
          <Radio value="linear" label={s.phasingLinear} />
          <Radio value="shares" label={s.phasingShares} />
        </RadioGroup>
      </Field>
      <NumberField segments={["phasing", "yearsToTarget"]} label={s.yearsToTarget} kind="integer" required />
      {Array.isArray(shares) && (
        <div className={ui.subsection}>
          <p className={ui.small}>{s.sharesHint}</p>
          <GroupProblems segments={["phasing", "shares"]} />
          {shares.map((_, i) => (
            <NumberField
              key={i}
              segments={["phasing", "shares", i]}
              label={s.shareInYear(baseYear === null ? "" : String(baseYear + i + 1), i + 1)}
              kind="share"
            />
          ))}
        </div>
      )}
      <GroupProblems segments={["phasing"]} />
      <SourceField source={{ kind: "general", key: "phasing" }} />

      <section className={ui.stack} aria-labelledby="oneoff-heading">
        <h3 className={ui.subheading} id="oneoff-heading">
          {s.oneOffHeading}
        </h3>
        <p className={ui.small}>{s.oneOffIntro}</p>
        <GroupProblems segments={["oneOffCosts"]} />
        {oneOff.length === 0 && <p className={ui.small}>{s.noOneOff}</p>}
        {oneOff.map((o, k) => {
          const label = isObject(o) && typeof o.label === "string" && o.label.trim() !== "" ? o.label : s.unnamedOneOff(k + 1);
          return (
            <div key={k} className={ui.section} role="group" aria-label={label}>
              <div className={mergeClasses(ui.row, ui.rowWithButton)}>
                <TextField className={ui.grow} segments={["oneOffCosts", k, "label"]} label={s.oneOffLabel} required />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={s.removeOneOff(label)}
                  title={s.removeOneOff(label)}
                  onClick={() => edit((st) => removeItem(st, ["oneOffCosts"], k))}
                />
              </div>
              <div className={ui.row}>
                <NumberField className={ui.narrow} segments={["oneOffCosts", k, "year"]} label={s.oneOffYear} kind="integer" required />
                <NumberField className={ui.grow} segments={["oneOffCosts", k, "amount"]} label={s.oneOffAmount} kind="amount" required />
              </div>
              {yearRange && <p className={ui.small}>{s.oneOffYearHint(yearRange.first, yearRange.last)}</p>}
              <SourceField source={{ kind: "item", holder: ["oneOffCosts", k] }} />
            </div>
          );
        })}
        <div>
          <Button
            size="small"
            icon={<AddRegular />}
            disabled={oneOff.length >= LIMITS.maxOneOffCosts}
            onClick={() =>
              edit((st) =>
                insertItem(st, ["oneOffCosts"], { label: s.newOneOffLabel, year: typeof st.doc.baseYear === "number" ? st.doc.baseYear + 1 : undefined }),
              )
            }
          >
            {s.addOneOff}
          </Button>
        </div>
      </section>
    </div>
  );
}

/** To yearly shares, starting from the linear phasing the user had, so nothing jumps. */
function toYearlyShares(st: EditorState): EditorState {
  const horizon =
    typeof st.doc.horizonYears === "number" && Number.isInteger(st.doc.horizonYears) && st.doc.horizonYears >= 1
      ? Math.min(st.doc.horizonYears, LIMITS.maxHorizonYears)
      : 5;
  const ytt = getAt(st.doc, ["phasing", "yearsToTarget"]);
  const years = typeof ytt === "number" && ytt >= 1 ? ytt : horizon;
  const shares = phaseShares(horizon, years).slice(1);
  return { doc: setAt(st.doc, ["phasing", "shares"], shares), raw: dropRawUnder(st.raw, ["phasing", "shares"]) };
}

function toLinearPhasing(st: EditorState): EditorState {
  return { doc: setAt(st.doc, ["phasing", "shares"], undefined), raw: dropRawUnder(st.raw, ["phasing", "shares"]) };
}
