/** Step 3: youths placed per care form now and in the target situation, optionally per municipality. */
import { Switch, mergeClasses } from "@fluentui/react-components";
import type { Lang } from "../../model";
import { useEditor } from "../components/EditorContext";
import { NumberField } from "../components/fields";
import { useLayout } from "../components/layout";
import { formatCount } from "../numbers/format";
import { asArray, getAt, isObject, type JsonObject } from "../state/editorState";
import { disableMunicipalities, enableMunicipalities } from "../state/municipalities";
import { MunicipalityGrid } from "./MunicipalityGrid";

export function VolumesStep() {
  const { s, state, edit, lang } = useEditor();
  const ui = useLayout();
  const forms = asArray(state.doc.careForms).map((f) => (isObject(f) ? f : {}));
  const byMunicipality = Array.isArray(state.doc.municipalities);
  const volumes = forms.map((f) => formVolumes(state.doc, f, byMunicipality));
  const totalNow = sumKnown(volumes.map((v) => v.current));
  const totalTarget = sumKnown(volumes.map((v) => v.target));
  const formName = (f: JsonObject, i: number) => (typeof f.name === "string" && f.name.trim() !== "" ? f.name : s.unnamedForm(i + 1));

  return (
    <div className={ui.stack}>
      <p className={ui.small}>{s.volumesIntro}</p>
      <div className={ui.tableBox}>
        <table className={mergeClasses(ui.table, ui.inputTable)}>
          <thead>
            <tr>
              <th scope="col">{s.careForm}</th>
              <th scope="col" style={{ textAlign: "right" }}>
                {s.current}
              </th>
              <th scope="col" style={{ textAlign: "right" }}>
                {s.target}
              </th>
              <th scope="col" style={{ textAlign: "right" }}>
                {s.difference}
              </th>
            </tr>
          </thead>
          <tbody>
            {forms.map((f, i) => (
              <tr key={i}>
                <th scope="row" className={byMunicipality ? undefined : ui.besideInput} style={{ fontWeight: "normal" }}>
                  {formName(f, i)}
                </th>
                {(["current", "target"] as const).map((which) => (
                  <td key={which} className={byMunicipality ? ui.numberCell : undefined}>
                    {byMunicipality ? (
                      <span title={s.sumOfMunicipalities}>{showCount(volumes[i][which], lang)}</span>
                    ) : (
                      <NumberField
                        className={mergeClasses(ui.cellInput, ui.atCellEnd)}
                        segments={["careForms", i, which]}
                        label={s.volumeLabel(formName(f, i), which)}
                        kind="count"
                        labelHidden
                      />
                    )}
                  </td>
                ))}
                <td className={mergeClasses(ui.numberCell, !byMunicipality && ui.besideInput)} data-testid={`difference-${i}`}>
                  {signed(difference(volumes[i]), lang)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{s.total}</th>
              <td className={ui.numberCell} data-testid="total-current">
                {showCount(totalNow, lang)}
              </td>
              <td className={ui.numberCell} data-testid="total-target">
                {showCount(totalTarget, lang)}
              </td>
              <td className={ui.numberCell} data-testid="total-difference">
                {signed(totalNow === null || totalTarget === null ? null : totalTarget - totalNow, lang)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {totalNow !== null && totalTarget !== null && (
        <p className={ui.small} role="status" data-testid="total-note">
          {Math.abs(totalTarget - totalNow) > 1e-9
            ? s.totalChanges(formatCount(totalNow, lang), formatCount(totalTarget, lang), signed(totalTarget - totalNow, lang))
            : s.totalSame(formatCount(totalNow, lang))}
        </p>
      )}
      <Switch
        label={s.perMunicipality}
        checked={byMunicipality}
        onChange={(_, d) =>
          edit((st) =>
            d.checked
              ? enableMunicipalities(st, typeof st.doc.region === "string" && st.doc.region.trim() !== "" ? st.doc.region : s.newMunicipality(1))
              : disableMunicipalities(st),
          )
        }
      />
      <p className={ui.small}>{s.perMunicipalityHint}</p>
      {byMunicipality && <MunicipalityGrid />}
    </div>
  );
}

interface Volumes {
  current: number | null;
  target: number | null;
}

function formVolumes(doc: JsonObject, form: JsonObject, byMunicipality: boolean): Volumes {
  const finite = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  if (!byMunicipality) return { current: finite(form.current), target: finite(form.target) };
  const id = typeof form.id === "string" ? form.id : "";
  let current = 0;
  let target = 0;
  for (const m of asArray(doc.municipalities)) {
    current += finite(getAt(m, ["volumes", id, "current"])) ?? 0;
    target += finite(getAt(m, ["volumes", id, "target"])) ?? 0;
  }
  return { current, target };
}

function sumKnown(values: (number | null)[]): number | null {
  return values.every((v) => v !== null) ? (values as number[]).reduce((a, b) => a + b, 0) : null;
}

function difference(v: Volumes): number | null {
  return v.current === null || v.target === null ? null : v.target - v.current;
}

function showCount(v: number | null, lang: Lang): string {
  return v === null ? "–" : formatCount(v, lang);
}

function signed(v: number | null, lang: Lang): string {
  if (v === null) return "–";
  const text = formatCount(Math.abs(v), lang);
  return v > 1e-12 ? `+${text}` : v < -1e-12 ? `−${text}` : text;
}
