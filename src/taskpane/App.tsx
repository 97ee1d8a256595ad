/**
 * The task pane: a start page, then the five steps of the wizard with Back/Next, the case menu, the
 * offer to continue a draft, and (inside Excel) the model found in the workbook. State lives in
 * memory (office.js nulls history.pushState in a plain browser); the draft is kept in localStorage.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular, DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import type { PathSegment, Problem } from "../model";
import { BuildPanel } from "./components/BuildPanel";
import { CaseFileMenu } from "./components/CaseFileMenu";
import { EditorContext, TextsContext, type Editor } from "./components/EditorContext";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StepIndicator } from "./components/StepIndicator";
import { WorkbookNotice } from "./components/WorkbookNotice";
import { browserStorage, clearDraft, debouncedSaver, loadDraft, saveDraft, type Draft, type DraftStorage } from "./draft/draftStore";
import { en } from "./i18n/en";
import { nl } from "./i18n/nl";
import { stringsFor } from "./i18n";
import { formatDateTime } from "./numbers/format";
import type { Environment } from "./office/environment";
import { readWorkbookModel, type WorkbookModel } from "./services/workbookService";
import { caseFileText, openCaseText } from "./state/caseFile";
import { emptyEditorState, type EditorState, type JsonObject } from "./state/editorState";
import { checkState, describeField, fieldId, STEP_COUNT, stepOf } from "./state/problems";
import { emptyDoc, exampleDoc } from "./state/templates";
import { CareFormsStep } from "./steps/CareFormsStep";
import { OverviewStep } from "./steps/OverviewStep";
import { PhasingStep } from "./steps/PhasingStep";
import { RegionStep } from "./steps/RegionStep";
import { VolumesStep } from "./steps/VolumesStep";
import { downloadBlob, fileStem, readFileText } from "./util/download";

const DRAFT_SAVE_DELAY_MS = 500;

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    minHeight: "100vh",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  stepHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    outlineOffset: "2px",
  },
  stepOf: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  nav: {
    display: "flex",
    justifyContent: "space-between",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  startButtons: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
  hidden: { display: "none" },
});

type Page = "loading" | "start" | "wizard";
type Notice = { intent: "success" | "warning" | "error" | "info"; title?: string; text: string; lines?: string[] };
type FoundModel = Extract<WorkbookModel, { kind: "found" }>;

export interface AppProps {
  env: Environment;
  /** Where the draft is kept; localStorage unless a test hands in another. */
  storage?: DraftStorage | null;
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} lang={props.env.lang}>
      <ErrorBoundary s={stringsFor(props.env.lang)}>
        <Pane {...props} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function Pane({ env, storage = browserStorage() }: AppProps) {
  const { lang, host } = env;
  const s = stringsFor(lang);
  const styles = useStyles();
  const [editor, setEditor] = useState<EditorState>(() => emptyEditorState(exampleDoc()));
  const [page, setPage] = useState<Page>(host === "excel" ? "loading" : "start");
  const [step, setStep] = useState(0);
  const [draftOffer, setDraftOffer] = useState<Draft | null>(() => loadDraft(storage));
  const [workbook, setWorkbook] = useState<FoundModel | null>(null);
  const [sheetNameSuffix, setSheetNameSuffix] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dirty, setDirty] = useState(false);
  const [pendingReplace, setPendingReplace] = useState<JsonObject | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ candidates: string[] } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const checked = useMemo(() => checkState(editor, { nl, en }), [editor]);
  // Editing while the offer to continue a draft is open means working on this case instead: the
  // offer goes and the draft follows this case from now on (else closing the pane would lose it).
  const edit = useCallback((change: (st: EditorState) => EditorState) => {
    setEditor((st) => change(st));
    setDirty(true);
    setDraftOffer(null);
  }, []);
  const editorApi: Editor = useMemo(() => ({ lang, s, state: editor, checked, edit }), [lang, s, editor, checked, edit]);

  // Inside Excel: open the model the add-in made in this workbook, if there is one.
  useEffect(() => {
    if (host !== "excel") return;
    let cancelled = false;
    readWorkbookModel()
      .then((model) => {
        if (cancelled) return;
        if (model.kind === "found") {
          setEditor(emptyEditorState(model.caseFile));
          setWorkbook(model);
          setSheetNameSuffix(model.sheetNameSuffix);
          setStep(0);
          setPage("wizard");
          return;
        }
        if (model.kind === "damaged") setNotice({ intent: "error", title: s.workbookReadFailed, text: lang === "nl" ? model.message.nl : model.message.en });
        setPage("start");
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setNotice({ intent: "error", title: s.workbookReadFailed, text: e instanceof Error ? e.message : String(e) });
        setPage("start");
      });
    return () => {
      cancelled = true;
    };
  }, [host, lang, s]);

  // The draft: saved on every change (debounced) once the user is in the wizard and has answered the offer.
  const saver = useMemo(() => debouncedSaver(DRAFT_SAVE_DELAY_MS, (d) => saveDraft(d, new Date(), storage)), [storage]);
  useEffect(() => {
    if (page !== "wizard" || draftOffer !== null) return;
    saver.schedule({ doc: editor.doc, raw: editor.raw, step });
  }, [editor, step, page, draftOffer, saver]);
  useEffect(() => {
    const flush = () => saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saver.flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      saver.flush();
    };
  }, [saver]);

  // Focus: the step heading after a step change, or the field a problem link points at.
  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest.candidates.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el !== null) ?? headingRef.current;
    target?.focus();
    if (target && typeof target.scrollIntoView === "function") target.scrollIntoView({ block: "center" });
    setFocusRequest(null);
  }, [focusRequest]);

  const goToStep = (next: number) => {
    setStep(Math.max(0, Math.min(STEP_COUNT - 1, next)));
    setFocusRequest({ candidates: [] });
  };

  const jumpTo = (p: Problem) => {
    setStep(stepOf(p.segments));
    const candidates: string[] = [];
    for (let k = p.segments.length; k >= 1; k--) candidates.push(fieldId(p.segments.slice(0, k) as PathSegment[]));
    setFocusRequest({ candidates });
  };

  const startWith = (doc: JsonObject, message?: Notice) => {
    setDraftOffer(null);
    setEditor(emptyEditorState(doc));
    setDirty(false);
    setWorkbook(null);
    setPage("wizard");
    setStep(0);
    setNotice(message ?? null);
    setFocusRequest({ candidates: [] });
  };
  /** Replaces the case, after asking when the current one has unsaved changes. */
  const replaceWith = (doc: JsonObject, message?: Notice) => {
    if (page === "wizard" && dirty) {
      setPendingReplace(doc);
      if (message) setNotice(message);
    } else startWith(doc, message);
  };

  const openChosenFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch (err) {
      setNotice({ intent: "error", title: s.loadFailedTitle, text: s.unreadableFile(err instanceof Error ? err.message : String(err)) });
      return;
    }
    const opened = openCaseText(text);
    if (opened.ok) {
      replaceWith(opened.doc, { intent: "success", text: s.loaded(file.name) });
      return;
    }
    if ("notJson" in opened) {
      setNotice({ intent: "error", title: s.loadFailedTitle, text: `${file.name}: ${s.notJson(opened.notJson)}` });
      return;
    }
    // Every problem, each naming its field as people read it.
    const asRead = isRecord(opened.parsed) ? (opened.parsed as JsonObject) : {};
    const lines = opened.problems.map((p) => `${describeField(p.segments, asRead, s)}: ${lang === "nl" ? p.nl : p.en}`);
    setNotice({ intent: "error", title: s.loadFailedTitle, text: s.loadFailedIntro(file.name, opened.problems.length), lines });
  };

  const save = () => {
    if (checked.problems.length > 0) {
      setNotice({ intent: "warning", text: s.saveBlocked(checked.problems.length) });
      return;
    }
    const name = `${fileStem(editor.doc.region, editor.doc.baseYear)}.json`;
    downloadBlob(new Blob([caseFileText(editor.doc)], { type: "application/json" }), name);
    setDirty(false);
    setNotice({ intent: "success", text: s.saved(name) });
  };

  const chooseFile = () => fileInput.current?.click();

  const problemsPerStep = useMemo(() => {
    const counts = Array.from({ length: STEP_COUNT }, () => 0);
    for (const p of checked.problems) counts[stepOf(p.segments)]++;
    return counts;
  }, [checked]);

  return (
    <TextsContext.Provider value={{ lang, s }}>
      <EditorContext.Provider value={editorApi}>
        <div className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>{s.appTitle}</h1>
            {page !== "loading" && (
              <CaseFileMenu
                onExample={() => replaceWith(exampleDoc())}
                onEmpty={() => replaceWith(emptyDoc(lang))}
                onOpen={chooseFile}
                onSave={page === "wizard" ? save : undefined}
              />
            )}
          </header>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".json,application/json"
            aria-label={s.openFileInput}
            data-testid="case-file-input"
            onChange={(e) => void openChosenFile(e)}
          />

          {draftOffer && (
            <MessageBar intent="info" layout="multiline" data-testid="draft-offer">
              <MessageBarBody>{s.draftOffer(formatDateTime(new Date(draftOffer.savedAt), lang))}</MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => {
                    const d = draftOffer;
                    setDraftOffer(null);
                    setEditor({ doc: d.doc, raw: d.raw });
                    setDirty(true);
                    setWorkbook(null);
                    setPage("wizard");
                    setStep(Math.max(0, Math.min(STEP_COUNT - 1, d.step)));
                    setFocusRequest({ candidates: [] });
                  }}
                >
                  {s.draftContinue}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    clearDraft(storage);
                    setDraftOffer(null);
                  }}
                >
                  {s.draftDiscard}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}

          {notice && (
            <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
              <MessageBarBody>
                {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
                <div>{notice.text}</div>
                {notice.lines && (
                  <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="notice-lines">
                    {notice.lines.map((l, i) => (
                      <li key={i}>{l}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button size="small" appearance="transparent" icon={<DismissRegular />} aria-label={s.close} onClick={() => setNotice(null)} />
                }
              />
            </MessageBar>
          )}

          {workbook && page === "wizard" && <WorkbookNotice model={workbook} onDismiss={() => setWorkbook(null)} />}

          {page === "loading" && <Spinner size="small" label={s.loading} />}

          {page === "start" && (
            <main className={styles.startButtons} aria-labelledby="start-heading">
              <h2 className={styles.stepHeading} id="start-heading">
                {s.startHeading}
              </h2>
              <p style={{ margin: 0 }}>{s.startIntro}</p>
              <Button appearance="primary" onClick={() => startWith(exampleDoc())}>
                {s.startExample}
              </Button>
              <span style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{s.startExampleHint}</span>
              <Button onClick={() => startWith(emptyDoc(lang))}>{s.startEmpty}</Button>
              <Button onClick={chooseFile}>{s.startOpen}</Button>
            </main>
          )}

          {page === "wizard" && (
            <>
              <StepIndicator step={step} problemsPerStep={problemsPerStep} onGo={goToStep} />
              <main aria-labelledby="step-heading">
                <h2 className={styles.stepHeading} id="step-heading" ref={headingRef} tabIndex={-1}>
                  <span className={styles.stepOf}>{s.stepOf(step + 1, STEP_COUNT)}</span>
                  {s.stepNames[step]}
                </h2>
                <div style={{ marginTop: tokens.spacingVerticalS }}>
                  {step === 0 && <RegionStep />}
                  {step === 1 && <CareFormsStep />}
                  {step === 2 && <VolumesStep />}
                  {step === 3 && <PhasingStep />}
                  {step === 4 && (
                    <OverviewStep
                      buildPanel={
                        <BuildPanel
                          host={host}
                          caseValue={checked.value}
                          problems={checked.problems}
                          onJump={jumpTo}
                          workbookHasModel={workbook !== null || sheetNameSuffix !== ""}
                          sheetNameSuffix={sheetNameSuffix}
                          onSheetNameSuffix={setSheetNameSuffix}
                          fileStem={fileStem(editor.doc.region, editor.doc.baseYear)}
                        />
                      }
                    />
                  )}
                </div>
              </main>
              <nav className={styles.nav} aria-label={s.stepNavigation}>
                <Button size="small" icon={<ChevronLeftRegular />} disabled={step === 0} onClick={() => goToStep(step - 1)}>
                  {s.back}
                </Button>
                {step < STEP_COUNT - 1 && (
                  <Button size="small" appearance="primary" icon={<ChevronRightRegular />} iconPosition="after" onClick={() => goToStep(step + 1)}>
                    {s.next}
                  </Button>
                )}
              </nav>
            </>
          )}

          {pendingReplace && (
            <Dialog open modalType="alert" onOpenChange={(_, d) => (!d.open ? setPendingReplace(null) : undefined)}>
              <DialogSurface aria-describedby="replace-body">
                <DialogBody>
                  <DialogTitle>{s.confirmReplaceTitle}</DialogTitle>
                  <DialogContent id="replace-body">{s.confirmReplaceBody}</DialogContent>
                  <DialogActions>
                    <Button
                      appearance="primary"
                      onClick={() => {
                        const doc = pendingReplace;
                        setPendingReplace(null);
                        startWith(doc, notice ?? undefined);
                      }}
                    >
                      {s.replace}
                    </Button>
                    <Button
                      onClick={() => {
                        setPendingReplace(null);
                        setNotice(null);
                      }}
                    >
                      {s.cancel}
                    </Button>
                  </DialogActions>
                </DialogBody>
              </DialogSurface>
            </Dialog>
          )}
        </div>
      </EditorContext.Provider>
    </TextsContext.Provider>
  );
}

function isRecord(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
