/**
 * The build: inside Excel the Office.js writer (with progress, conflicts asked about in a dialog,
 * the result listed), elsewhere the download of an .xlsx. Disabled, with the reason and links to
 * the problems, while anything is invalid.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, TableSimpleRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Case, Problem } from "../../model";
import { META_SHEET_NAME } from "../../workbook/plan/meta";
import type { HostKind } from "../office/environment";
import { buildInExcel, buildXlsx, type Conflict } from "../services/workbookService";
import { downloadBlob, XLSX_MIME } from "../util/download";
import { useEditor } from "./EditorContext";
import { useLayout } from "./layout";
import { ProblemList } from "./ProblemList";

type Outcome =
  | { kind: "built"; sheets: string[]; namesWritten: number; keptInputs: string[] }
  | { kind: "downloaded"; file: string }
  | { kind: "failed"; title: string; message: string; rolledBack?: boolean };

const KEY_NAMES = ["BC_StructuralSaving", "BC_NPV", "BC_BreakEvenYear"];

export interface BuildPanelProps {
  host: HostKind;
  caseValue: Case | null;
  problems: Problem[];
  onJump: (p: Problem) => void;
  workbookHasModel: boolean;
  sheetNameSuffix: string;
  onSheetNameSuffix: (suffix: string) => void;
  fileStem: string;
}

export function BuildPanel({ host, caseValue, problems, onJump, workbookHasModel, sheetNameSuffix, onSheetNameSuffix, fileStem }: BuildPanelProps) {
  const { s, lang } = useEditor();
  const ui = useLayout();
  const [busy, setBusy] = useState<{ fraction: number | undefined } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [conflicts, setConflicts] = useState<{ list: Conflict[]; suffix: string } | null>(null);
  const [keepInputEdits, setKeepInputEdits] = useState(false);
  const inExcel = host === "excel";
  const blocked = caseValue === null;

  const build = async (suffix: string) => {
    if (!caseValue) return;
    setOutcome(null);
    setBusy({ fraction: 0 });
    try {
      const result = await buildInExcel(caseValue, { lang, keepInputEdits, sheetNameSuffix: suffix, onProgress: (fraction) => setBusy({ fraction }) });
      if (result.ok) {
        onSheetNameSuffix(suffix);
        setOutcome({ kind: "built", sheets: result.sheets, namesWritten: result.namesWritten, keptInputs: result.keptInputs });
      } else if ("conflicts" in result) {
        setConflicts({ list: result.conflicts, suffix: nextSuffix(suffix) });
      } else {
        setOutcome({ kind: "failed", title: s.buildFailed, message: lang === "nl" ? result.error.nl : result.error.en, rolledBack: result.rolledBack });
      }
    } catch (e) {
      setOutcome({ kind: "failed", title: s.buildFailed, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    if (!caseValue) return;
    setOutcome(null);
    setBusy({ fraction: undefined });
    try {
      const bytes = await buildXlsx(caseValue, lang);
      const file = `${fileStem}.xlsx`;
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_MIME }), file);
      setOutcome({ kind: "downloaded", file });
    } catch (e) {
      setOutcome({ kind: "failed", title: s.downloadFailed, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={ui.section} aria-labelledby="build-heading">
      <h3 className={ui.subheading} id="build-heading">
        {s.buildHeading}
      </h3>
      {blocked && (
        <MessageBar intent="warning" layout="multiline" id="build-blocked">
          <MessageBarBody>
            <MessageBarTitle>{s.buildBlocked(problems.length)}</MessageBarTitle>
            <ProblemList problems={problems} max={5} onJump={onJump} />
          </MessageBarBody>
        </MessageBar>
      )}
      {inExcel && workbookHasModel && (
        <Checkbox checked={keepInputEdits} onChange={(_, d) => setKeepInputEdits(d.checked === true)} label={`${s.keepInputEdits}. ${s.keepInputEditsHint}`} />
      )}
      <div>
        <Button
          appearance="primary"
          icon={inExcel ? <TableSimpleRegular /> : <ArrowDownloadRegular />}
          disabledFocusable={blocked || busy !== null}
          aria-describedby={blocked ? "build-blocked" : undefined}
          onClick={() => (inExcel ? void build(sheetNameSuffix) : void download())}
        >
          {inExcel ? s.buildExcel : s.downloadXlsx}
        </Button>
      </div>
      {busy && <ProgressBar value={busy.fraction} thickness="large" aria-label={s.building} />}
      {busy && (
        <span className={ui.small} role="status">
          {s.building}
        </span>
      )}
      {outcome?.kind === "built" && (
        <MessageBar intent="success" layout="multiline" data-testid="build-result">
          <MessageBarBody>
            <MessageBarTitle>{s.builtTitle}</MessageBarTitle>
            <div>{s.builtSheets(outcome.sheets.join(", "))}</div>
            <div>{s.builtNames(outcome.namesWritten, KEY_NAMES.join(", "))}</div>
            {outcome.keptInputs.length > 0 && <div>{s.keptInputs(outcome.keptInputs.length)}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "downloaded" && (
        <MessageBar intent="success" data-testid="build-result">
          <MessageBarBody>{s.downloaded(outcome.file)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="build-result">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            <div>{outcome.message}</div>
            {outcome.rolledBack !== undefined && <div>{outcome.rolledBack ? s.rolledBack : s.notRolledBack}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {conflicts && (
        <ConflictDialog
          conflicts={conflicts.list}
          suffix={conflicts.suffix}
          onCancel={() => setConflicts(null)}
          onBuildWithSuffix={() => {
            const suffix = conflicts.suffix;
            setConflicts(null);
            void build(suffix);
          }}
        />
      )}
    </section>
  );
}

/** " (2)" after "", " (3)" after " (2)", and so on. */
export function nextSuffix(suffix: string): string {
  const m = /^ \((\d+)\)$/.exec(suffix);
  return ` (${m ? Number(m[1]) + 1 : 2})`;
}

/**
 * Asks what to do about sheets or names in the way. Taken sheet names can be avoided by other
 * sheet names; a taken defined name must be renamed or removed by the user first. Nothing is
 * written unless the user chooses to build.
 */
export function ConflictDialog({
  conflicts,
  suffix,
  onCancel,
  onBuildWithSuffix,
}: {
  conflicts: Conflict[];
  suffix: string;
  onCancel: () => void;
  onBuildWithSuffix: () => void;
}) {
  const { s, lang } = useEditor();
  const sheets = conflicts.filter((c) => c.kind === "sheet");
  const names = conflicts.filter((c) => c.kind === "name");
  const cells = conflicts.filter((c) => c.kind === "cell");
  // Other sheet names avoid the user's sheets; they cannot help with a damaged BC_Meta (never renamed), names or cells.
  const canUseSuffix = sheets.length > 0 && names.length === 0 && cells.length === 0 && sheets.every((c) => c.name !== META_SHEET_NAME);
  const text = (c: Conflict) => (lang === "nl" ? c.message.nl : c.message.en);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface aria-describedby="conflict-body">
        <DialogBody>
          <DialogTitle>{s.conflictTitle}</DialogTitle>
          <DialogContent id="conflict-body">
            {sheets.length > 0 && (
              <>
                <p>{s.conflictSheets}</p>
                <ul data-testid="conflict-sheets">
                  {sheets.map((c) => (
                    <li key={`${c.kind}|${c.name}`}>{c.name === META_SHEET_NAME ? text(c) : c.name}</li>
                  ))}
                </ul>
                {canUseSuffix && <p>{s.conflictSuffixOffer(suffix)}</p>}
              </>
            )}
            {names.length > 0 && (
              <>
                <p>{s.conflictNames}</p>
                <ul data-testid="conflict-names">
                  {names.map((c) => (
                    <li key={`${c.kind}|${c.name}|${c.address ?? ""}`}>{text(c)}</li>
                  ))}
                </ul>
              </>
            )}
            {cells.length > 0 && (
              <>
                <p>{s.conflictCells}</p>
                <ul data-testid="conflict-cells">
                  {cells.map((c) => (
                    <li key={`${c.kind}|${c.sheet ?? ""}|${c.address ?? c.name}`}>{text(c)}</li>
                  ))}
                </ul>
              </>
            )}
            <p>{s.conflictNothingWritten}</p>
          </DialogContent>
          <DialogActions>
            {canUseSuffix && (
              <Button appearance="primary" onClick={onBuildWithSuffix}>
                {s.conflictBuildWithSuffix}
              </Button>
            )}
            <Button appearance={canUseSuffix ? "secondary" : "primary"} onClick={onCancel}>
              {canUseSuffix ? s.cancel : s.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
