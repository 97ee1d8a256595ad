/**
 * The scenarios, one card each, stacked: every name and figure readable in a 350 px pane, with the
 * realisation, the years to the target and the cost factor per kind of care editable, and as many
 * scenarios as the case allows. The figures of all cards share one scale.
 */
import { Button, mergeClasses } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { CARE_FORM_KINDS, LIMITS, type ScenarioSummary } from "../../model";
import { useEditor } from "../components/EditorContext";
import { GroupProblems, NumberField, SelectField, SourceField, TextField } from "../components/fields";
import { useLayout } from "../components/layout";
import { euroScale, formatPercentShort } from "../numbers/format";
import { asArray, getAt, insertItem, isObject, removeItem, setAt, setValue, type EditorState } from "../state/editorState";
import { withStandardScenarios } from "../state/templates";

export function ScenarioCards({
  summaries,
  switching,
  baseYear,
}: {
  summaries: ScenarioSummary[] | null;
  switching: number | null | undefined;
  /** The case's base year: a break-even in it reads "direct" (no payback period). */
  baseYear: number | undefined;
}) {
  const { s, state, edit, lang } = useEditor();
  const ui = useLayout();
  const scenarios = asArray(state.doc.scenarios);
  const names = scenarios.map((sc, k) => (isObject(sc) && typeof sc.name === "string" && sc.name.trim() !== "" ? sc.name : s.unnamedScenario(k + 1)));
  const euro = euroScale(summaries?.flatMap((f) => [f.structuralSaving, f.npv]) ?? [], lang);
  return (
    <section className={ui.section} aria-labelledby="scenarios-heading">
      <h3 className={ui.subheading} id="scenarios-heading">
        {s.scenariosHeading}
      </h3>
      <p className={ui.small}>{s.scenariosIntro}</p>
      <GroupProblems segments={["scenarios"]} />
      {scenarios.length === 0 ? (
        <div>
          <Button size="small" icon={<AddRegular />} onClick={() => edit((st) => ({ ...st, doc: withStandardScenarios(st.doc, lang) }))}>
            {s.addStandardScenarios}
          </Button>
        </div>
      ) : (
        <>
          {names.map((name, k) => (
            <ScenarioCard key={k} index={k} name={name} summary={summaries?.[k] ?? null} euro={euro} baseYear={baseYear ?? 0} />
          ))}
          <SourceField source={{ kind: "general", key: "scenarios" }} />
          <SelectField
            segments={["activeScenario"]}
            label={s.activeScenario}
            emptyOption={s.baseCase}
            options={scenarios.flatMap((sc) =>
              isObject(sc) && typeof sc.name === "string" && sc.name.trim() !== "" ? [{ value: sc.name, text: sc.name }] : [],
            )}
          />
        </>
      )}
      {switching !== undefined && (
        <p className={ui.small} data-testid="switching">
          {switching === null ? s.switchingNone : s.switching(formatPercentShort(switching, lang))}
        </p>
      )}
      {scenarios.length > 0 && (
        <div>
          <Button
            size="small"
            appearance="subtle"
            icon={<AddRegular />}
            disabled={scenarios.length >= LIMITS.maxScenarios}
            onClick={() => edit((st) => insertItem(st, ["scenarios"], { name: freshScenarioName(st, s.unnamedScenario), realisation: 1 }))}
          >
            {s.addScenario}
          </Button>
        </div>
      )}
    </section>
  );
}

function ScenarioCard({
  index: k,
  name,
  summary,
  euro,
  baseYear,
}: {
  index: number;
  name: string;
  summary: ScenarioSummary | null;
  euro: (v: number) => string;
  baseYear: number;
}) {
  const { s, edit } = useEditor();
  const ui = useLayout();
  const at = ["scenarios", k];
  const figures: [string, string, string][] = summary
    ? [
        ["structural-saving", s.structuralSaving, euro(summary.structuralSaving)],
        ["npv", s.npv, euro(summary.npv)],
        ["break-even", s.breakEven, s.breakEvenYear(summary.breakEvenYear, baseYear)],
      ]
    : [];
  return (
    <section className={ui.subsection} role="group" aria-label={name} data-testid={`scenario-card-${k}`}>
      <div className={mergeClasses(ui.row, ui.rowWithButton)}>
        <TextField
          className={ui.grow}
          segments={[...at, "name"]}
          label={`${s.scenarioName} (${k + 1})`}
          onText={(t) => edit((st) => renameScenario(st, k, t))}
        />
        <Button
          size="small"
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={s.removeScenario(name)}
          title={s.removeScenario(name)}
          onClick={() => edit((st) => removeScenario(st, k))}
        />
      </div>
      <div className={ui.row}>
        <NumberField className={ui.grow} segments={[...at, "realisation"]} label={s.realisation} kind="share" />
        <NumberField className={ui.grow} segments={[...at, "yearsToTarget"]} label={s.scenarioYears} kind="integer" placeholder={s.scenarioYearsPlaceholder} />
      </div>
      <details>
        <summary className={ui.small}>{s.costFactorsHeading}</summary>
        <p className={ui.small}>{s.costFactorsHint}</p>
        {CARE_FORM_KINDS.map((kind) => (
          <NumberField key={kind} segments={[...at, "costFactor", kind]} label={s.costFactorOf(s.kinds[kind])} kind="count" placeholder="1" />
        ))}
      </details>
      {figures.length > 0 && (
        <dl style={{ margin: 0, display: "grid", gridTemplateColumns: "1fr auto", rowGap: 2, columnGap: 8 }}>
          {figures.map(([id, label, text]) => (
            <div key={id} style={{ display: "contents" }}>
              <dt className={ui.small}>{label}</dt>
              <dd className={ui.figure} style={{ margin: 0, textAlign: "right" }} data-testid={`scenario-${id}-${k}`}>
                {text}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** Renames a scenario; the active scenario follows its own renaming. */
function renameScenario(st: EditorState, k: number, text: string): EditorState {
  const old = getAt(st.doc, ["scenarios", k, "name"]);
  const next = setValue(st, ["scenarios", k, "name"], text);
  return typeof old === "string" && st.doc.activeScenario === old ? { ...next, doc: setAt(next.doc, ["activeScenario"], text) } : next;
}

function removeScenario(st: EditorState, k: number): EditorState {
  const old = getAt(st.doc, ["scenarios", k, "name"]);
  let next = removeItem(st, ["scenarios"], k);
  if (st.doc.activeScenario === old) next = { ...next, doc: setAt(next.doc, ["activeScenario"], undefined) };
  if (asArray(next.doc.scenarios).length === 0) next = { ...next, doc: setAt(next.doc, ["scenarios"], undefined) };
  return next;
}

/** "scenario 5", or the first number no scenario's name has taken (names must differ). */
function freshScenarioName(st: EditorState, unnamed: (n: number) => string): string {
  const taken = new Set(asArray(st.doc.scenarios).map((sc) => (isObject(sc) && typeof sc.name === "string" ? sc.name.trim().toLowerCase() : "")));
  for (let n = asArray(st.doc.scenarios).length + 1; ; n++) if (!taken.has(unnamed(n).toLowerCase())) return unnamed(n);
}
