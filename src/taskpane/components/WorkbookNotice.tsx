/**
 * Inside Excel, when the workbook already holds a model made by the add-in: says the case was read
 * from its input cells, lists the inputs that differ from the last build and the cells that could
 * not be read, and offers to add the charts to a model made outside Excel.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang, PathSegment } from "../../model";
import type { Strings } from "../i18n";
import { formatCount } from "../numbers/format";
import type { WorkbookModel } from "../services/workbookService";
import { describeField } from "../state/problems";
import { useEditor } from "./EditorContext";

type FoundModel = Extract<WorkbookModel, { kind: "found" }>;

export function WorkbookNotice({ model, onDismiss }: { model: FoundModel; onDismiss: () => void }) {
  const { s, lang, state } = useEditor();
  const [charts, setCharts] = useState<"missing" | "adding" | "added" | { error: string }>(model.chartsMissing ? "missing" : "added");
  const addCharts = async () => {
    setCharts("adding");
    try {
      await model.addCharts();
      setCharts("added");
    } catch (e) {
      setCharts({ error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <MessageBar intent={model.problems.length > 0 ? "warning" : "info"} layout="multiline" data-testid="workbook-notice">
      <MessageBarBody>
        <MessageBarTitle>{s.workbookModelFound}</MessageBarTitle>
        {model.differences.length === 0 ? (
          <div>{s.noDifferences}</div>
        ) : (
          <>
            <div>{s.differencesHeading}</div>
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="workbook-differences">
              {model.differences.map((d) => (
                <li key={d.path}>{`${describeField(segmentsOfPath(d.path), state.doc, s)}: ${show(d.before, lang, s)} → ${show(d.now, lang, s)}`}</li>
              ))}
            </ul>
          </>
        )}
        {model.problems.length > 0 && (
          <>
            <div>{s.readProblemsHeading}</div>
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="workbook-problems">
              {model.problems.map((p, i) => (
                <li key={i}>{`${p.cell ? `${p.cell} ` : ""}(${describeField(segmentsOfPath(p.path), state.doc, s)}): ${lang === "nl" ? p.nl : p.en}`}</li>
              ))}
            </ul>
          </>
        )}
        {charts === "missing" && <div>{s.chartsMissing}</div>}
        {charts === "added" && model.chartsMissing && <div>{s.chartsAdded}</div>}
        {typeof charts === "object" && <div>{charts.error}</div>}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button size="small" appearance="transparent" icon={<DismissRegular />} aria-label={s.close} onClick={onDismiss} />}>
        {(charts === "missing" || charts === "adding") && (
          <Button size="small" disabled={charts === "adding"} onClick={() => void addCharts()}>
            {s.addCharts}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** `careForms[1].costs[0].amount` -> ["careForms", 1, "costs", 0, "amount"] */
export function segmentsOfPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

function show(v: unknown, lang: Lang, s: Strings): string {
  if (v === undefined || v === null || v === "") return s.emptyValue;
  if (typeof v === "number") return formatCount(v, lang);
  return typeof v === "string" ? v : JSON.stringify(v);
}
