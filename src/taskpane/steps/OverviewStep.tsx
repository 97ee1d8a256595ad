/**
 * Step 5: the key figures computed live with src/model, the saving per year (chart and table),
 * the scenarios side by side, the sensitivity, and then the build.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useContext, useMemo } from "react";
import {
  calculate,
  scenarioSummaries,
  sensitivity,
  switchingRealisation,
  type Case,
  type Results,
  type ScenarioSummary,
  type SensitivityResult,
} from "../../model";
import { BuildSlot, useEditor } from "../components/EditorContext";
import { useLayout } from "../components/layout";
import type { Strings } from "../i18n";
import { formatEuro, formatEuroRounded, formatSmallShare } from "../numbers/format";
import { ScenarioCards } from "./ScenarioCards";
import { asArray, isObject } from "../state/editorState";

const SavingsChart = lazy(() => import("../overview/SavingsChart"));

interface Figures {
  results: Results;
  scenarios: ScenarioSummary[];
  switching: number | null;
  sensitivity: SensitivityResult;
}

export function OverviewStep() {
  const { s, checked, lang } = useEditor();
  const buildPanel = useContext(BuildSlot);
  const ui = useLayout();
  const value = checked.value;
  const figures = useMemo(() => (value ? computeFigures(value) : null), [value]);
  return (
    <div className={ui.stack}>
      {figures ? (
        <>
          <KeyFigures results={figures.results} />
          <AwayFromHome results={figures.results} />
          <section className={ui.stack} aria-labelledby="chart-heading">
            <h3 className={ui.subheading} id="chart-heading">
              {s.chartHeading}
            </h3>
            <div data-testid="savings-chart" style={{ minHeight: 220 }}>
              <Suspense fallback={<Spinner size="tiny" label={s.chartLoading} />}>
                <SavingsChart
                  lang={lang}
                  years={figures.results.years}
                  net={figures.results.netNominal}
                  cumulative={figures.results.cumulativeNominal}
                  netLabel={s.chartNet}
                  cumulativeLabel={s.chartCumulative}
                  title={s.chartHeading}
                />
              </Suspense>
            </div>
            <SavingsTable results={figures.results} />
          </section>
        </>
      ) : (
        <p className={ui.small} role="status">
          {s.notValidYet(checked.all.length)}
        </p>
      )}
      <ScenarioCards summaries={figures?.scenarios ?? null} switching={figures ? figures.switching : undefined} baseYear={figures?.results.baseYear} />
      {figures && <Tornado result={figures.sensitivity} />}
      {buildPanel}
    </div>
  );
}

function computeFigures(c: Case): Figures {
  return { results: calculate(c), scenarios: scenarioSummaries(c), switching: switchingRealisation(c), sensitivity: sensitivity(c) };
}

function KeyFigures({ results }: { results: Results }) {
  const { s, lang } = useEditor();
  const ui = useLayout();
  const items: [string, string, string][] = [
    ["structural-saving", s.structuralSaving, formatEuro(results.structuralSaving, lang)],
    ["npv", s.npv, formatEuro(results.npv, lang)],
    ["break-even", s.breakEven, s.breakEvenYear(results.breakEvenYear, results.baseYear)],
  ];
  return (
    <section className={ui.section} aria-labelledby="keyfigures-heading">
      <h3 className={ui.subheading} id="keyfigures-heading">
        {s.keyFigures}
        {results.scenario ? ` (${results.scenario})` : ""}
      </h3>
      <dl style={{ margin: 0, display: "grid", gridTemplateColumns: "1fr auto", rowGap: 4, columnGap: 8, alignItems: "baseline" }}>
        {items.map(([id, label, text]) => (
          <div key={id} style={{ display: "contents" }}>
            <dt className={ui.small}>{label}</dt>
            <dd className={ui.figure} style={{ margin: 0, textAlign: "right" }} data-testid={`figure-${id}`}>
              {text}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function AwayFromHome({ results }: { results: Results }) {
  const { s, lang } = useEditor();
  const ui = useLayout();
  const share = results.awayFromHomeShare;
  const rows: { label: string; value: number; own: boolean }[] = share
    ? [
        { label: s.awayNow, value: share[0], own: true },
        { label: s.awayTarget, value: share[share.length - 1], own: true },
        ...s.referencePoints.map((r) => ({ label: r.label, value: r.value, own: false })),
      ]
    : s.referencePoints.map((r) => ({ label: r.label, value: r.value, own: false }));
  const max = Math.max(...rows.map((r) => r.value), 1e-9);
  return (
    <section className={ui.section} aria-labelledby="away-heading">
      <h3 className={ui.subheading} id="away-heading">
        {s.awayHeading}
      </h3>
      {!share && <p className={ui.small}>{s.awayNeedsPopulation}</p>}
      <table className={ui.table} data-testid="away-table">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row" style={{ fontWeight: r.own ? 600 : 400 }}>
                {r.label}
              </th>
              <td style={{ width: "40%" }} aria-hidden="true">
                <div
                  style={{
                    height: 8,
                    width: `${(r.value / max) * 100}%`,
                    background: r.own ? "var(--colorBrandBackground)" : "var(--colorNeutralStroke1)",
                    borderRadius: 2,
                  }}
                />
              </td>
              <td className={ui.numberCell}>{formatSmallShare(r.value, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SavingsTable({ results }: { results: Results }) {
  const { s, lang } = useEditor();
  const ui = useLayout();
  return (
    <div className={ui.tableBox}>
      <table className={ui.table} data-testid="savings-table">
        <caption className={ui.small} style={{ textAlign: "left" }}>
          {s.chartTableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.year}</th>
            <th scope="col" style={{ textAlign: "right" }}>
              {s.tableNet}
            </th>
            <th scope="col" style={{ textAlign: "right" }}>
              {s.tableCumulative}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.years.map((y, i) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td className={ui.numberCell}>{formatEuroRounded(results.netNominal[i], lang)}</td>
              <td className={ui.numberCell}>{formatEuroRounded(results.cumulativeNominal[i], lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Tornado({ result }: { result: SensitivityResult }) {
  const { s, state, lang } = useEditor();
  const ui = useLayout();
  const items = result.items;
  const maxDelta = Math.max(1, ...items.flatMap((it) => [Math.abs(it.npvLow - result.npv), Math.abs(it.npvHigh - result.npv)]));
  return (
    <section className={ui.section} aria-labelledby="tornado-heading">
      <h3 className={ui.subheading} id="tornado-heading">
        {s.sensitivityHeading}
      </h3>
      <p className={ui.small}>{s.sensitivityIntro}</p>
      <table className={ui.table} data-testid="tornado">
        <thead>
          <tr>
            <td />
            <th scope="col" style={{ textAlign: "right" }}>
              {s.sensitivityLow}
            </th>
            <td aria-hidden="true" />
            <th scope="col">{s.sensitivityHigh}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.key}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {sensitivityLabel(it.key, it.formId, state.doc, s)}
              </th>
              <td className={ui.numberCell}>{formatEuroRounded(it.npvLow, lang)}</td>
              <td aria-hidden="true" style={{ width: "30%" }}>
                <Bar low={it.npvLow - result.npv} high={it.npvHigh - result.npv} max={maxDelta} />
              </td>
              <td className={ui.numberCell}>{formatEuroRounded(it.npvHigh, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One tornado bar: the change of NPV at the low and the high value, around the base NPV in the middle. */
function Bar({ low, high, max }: { low: number; high: number; max: number }) {
  const left = Math.min(low, high, 0);
  const right = Math.max(low, high, 0);
  const pct = (x: number) => `${50 + (x / max) * 50}%`;
  return (
    <div style={{ position: "relative", height: 10, background: "var(--colorNeutralBackground3)" }}>
      <div
        style={{
          position: "absolute",
          left: pct(left),
          width: `${((right - left) / max) * 50}%`,
          top: 0,
          bottom: 0,
          background: "var(--colorBrandBackground)",
        }}
      />
      <div style={{ position: "absolute", left: "50%", top: -2, bottom: -2, width: 1, background: "var(--colorNeutralForeground1)" }} />
    </div>
  );
}

function sensitivityLabel(key: string, formId: string | undefined, doc: Record<string, unknown>, s: Strings): string {
  if (formId !== undefined) {
    const form = asArray(doc.careForms).find((f) => isObject(f) && f.id === formId);
    const name = isObject(form) && typeof form.name === "string" ? form.name : formId;
    return s.sensitivityKeys.cost(name);
  }
  const general = s.sensitivityKeys as unknown as Record<string, unknown>;
  return typeof general[key] === "string" ? (general[key] as string) : key;
}
