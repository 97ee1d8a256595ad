/**
 * The task pane: a start page, then the wizard's steps (steps/steps.tsx) with Back/Next, the case
 * menu, the offer to continue a draft, and (inside Excel) the model found in the workbook. The
 * state is one reducer (state/pane.ts) behind usePane; this file lays it out.
 */
import {
  Button,
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
import { Suspense, useCallback, useEffect, useMemo, useRef, type ChangeEvent, type Dispatch, type RefObject } from "react";
import type { PathSegment, Problem } from "../model";
import { CaseFileMenuButton } from "./components/CaseFileMenuButton";
import { BuildSlot, EditorContext, TextsContext, useTexts, type Editor } from "./components/EditorContext";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { StepIndicator } from "./components/StepIndicator";
import { browserStorage, clearDraft, type DraftStorage } from "./draft/draftStore";
import { en } from "./i18n/en";
import { nl } from "./i18n/nl";
import { stringsFor } from "./i18n";
import { formatDateTime } from "./numbers/format";
import type { Environment } from "./office/environment";
import { caseFileText } from "./state/caseFile";
import type { EditorState } from "./state/editorState";
import { openChosenFile } from "./state/openFile";
import { checkState, visibleProblems } from "./state/problems";
import { isShown, type Notice, type PaneAction, type PaneState } from "./state/pane";
import { emptyDoc, exampleDoc } from "./state/templates";
import { STEP_COUNT, STEPS, stepOf } from "./steps/steps";
import { usePane } from "./usePane";
import { deferred, preloadDeferred, whenIdle } from "./util/deferred";
import { downloadBlob, fileStem } from "./util/download";

// Not needed by the first step: each comes when first shown (the build panel with the later steps).
const BuildPanel = deferred(() => import(/* webpackChunkName: "steps" */ "./components/BuildPanel").then((m) => m.BuildPanel));
const ReplaceDialog = deferred(() => import(/* webpackChunkName: "replace" */ "./components/ReplaceDialog").then((m) => m.ReplaceDialog));
const WorkbookNotice = deferred(() => import(/* webpackChunkName: "workbook-notice" */ "./components/WorkbookNotice").then((m) => m.WorkbookNotice));

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
  const { st, dispatch, headingRef } = usePane(host, lang, s, storage);
  const fileInput = useRef<HTMLInputElement>(null);

  const checked = useMemo(() => checkState(st.editor, { nl, en }), [st.editor]);
  const { touched, revealed } = st;
  const visible = useMemo(() => visibleProblems(checked, (segments) => isShown({ touched, revealed }, segments)), [checked, touched, revealed]);
  const edit = useCallback((change: (editor: EditorState) => EditorState) => dispatch({ type: "edit", change }), [dispatch]);
  const touch = useCallback((segments: PathSegment[]) => dispatch({ type: "touch", segments }), [dispatch]);
  const editorApi: Editor = useMemo(() => ({ lang, s, state: st.editor, checked: visible, edit, touch }), [lang, s, st.editor, visible, edit, touch]);

  const save = () => {
    if (checked.problems.length > 0) return dispatch({ type: "notice", notice: { intent: "warning", text: s.saveBlocked(checked.problems.length) } });
    const name = `${fileStem(st.editor.doc.region, st.editor.doc.baseYear)}.json`;
    downloadBlob(new Blob([caseFileText(st.editor.doc)], { type: "application/json" }), name);
    dispatch({ type: "saved", notice: { intent: "success", text: s.saved(name) } });
  };
  const chooseFile = () => fileInput.current?.click();
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void openChosenFile(file, s, lang).then(dispatch);
  };

  return (
    <TextsContext.Provider value={{ lang, s }}>
      <EditorContext.Provider value={editorApi}>
        <div className={styles.root}>
          <header className={styles.header}>
            <h1 className={styles.title}>{s.appTitle}</h1>
            {st.page !== "loading" && (
              <CaseFileMenuButton
                onExample={() => dispatch({ type: "askToReplace", doc: exampleDoc() })}
                onEmpty={() => dispatch({ type: "askToReplace", doc: emptyDoc(lang) })}
                onOpen={chooseFile}
                onSave={st.page === "wizard" ? save : undefined}
              />
            )}
          </header>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".json,.xlsx,application/json"
            aria-label={s.openFileInput}
            data-testid="case-file-input"
            onChange={onFile}
          />
          {st.draftOffer && <DraftOffer st={st} dispatch={dispatch} storage={storage} />}
          {st.notice && <NoticeBar notice={st.notice} onDismiss={() => dispatch({ type: "notice", notice: null })} />}
          {st.workbook && st.page === "wizard" && (
            <Suspense fallback={null}>
              <WorkbookNotice model={st.workbook} onDismiss={() => dispatch({ type: "dismissWorkbook" })} />
            </Suspense>
          )}
          {st.page === "loading" && <Spinner size="small" label={s.loading} />}
          {st.page === "start" && <StartPage dispatch={dispatch} onOpen={chooseFile} />}
          {st.page === "wizard" && (
            <BuildSlot.Provider
              value={
                <BuildPanel
                  host={host}
                  caseValue={checked.value}
                  problems={checked.problems}
                  onJump={(p: Problem) => dispatch({ type: "jumpTo", segments: p.segments })}
                  workbookHasModel={st.workbook !== null || st.sheetNameSuffix !== ""}
                  sheetNameSuffix={st.sheetNameSuffix}
                  onSheetNameSuffix={(suffix) => dispatch({ type: "sheetNameSuffix", suffix })}
                  fileStem={fileStem(st.editor.doc.region, st.editor.doc.baseYear)}
                />
              }
            >
              <Wizard st={st} dispatch={dispatch} problems={visible.problems} headingRef={headingRef} />
            </BuildSlot.Provider>
          )}
          {st.pendingReplace && (
            <Suspense fallback={null}>
              <ReplaceDialog st={st} dispatch={dispatch} />
            </Suspense>
          )}
        </div>
      </EditorContext.Provider>
    </TextsContext.Provider>
  );
}

function Wizard({
  st,
  dispatch,
  problems,
  headingRef,
}: {
  st: PaneState;
  dispatch: Dispatch<PaneAction>;
  problems: Problem[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const styles = useStyles();
  const { s } = useTexts();
  const step = STEPS[st.step];
  const problemsPerStep = useMemo(() => {
    const counts = Array.from({ length: STEP_COUNT }, () => 0);
    for (const p of problems) counts[stepOf(p.segments)]++;
    return counts;
  }, [problems]);
  const StepComponent = step.component;
  // Once the first step shows, the later steps and the dialogs are fetched while the user reads it,
  // so that Next does not wait for them (a failure shows when the part is shown).
  useEffect(() => whenIdle(() => void preloadDeferred().catch(() => undefined)), []);
  return (
    <>
      <StepIndicator step={st.step} problemsPerStep={problemsPerStep} onGo={(i) => dispatch({ type: "goToStep", step: i })} />
      <main aria-labelledby="step-heading">
        <h2 className={styles.stepHeading} id="step-heading" ref={headingRef} tabIndex={-1}>
          <span className={styles.stepOf}>{s.stepOf(st.step + 1, STEP_COUNT)}</span>
          {step.title(s)}
        </h2>
        <div style={{ marginTop: tokens.spacingVerticalS }}>
          <Suspense fallback={<Spinner size="small" label={s.loading} />}>
            <StepComponent />
          </Suspense>
        </div>
      </main>
      <nav className={styles.nav} aria-label={s.stepNavigation}>
        <Button size="small" icon={<ChevronLeftRegular />} disabled={st.step === 0} onClick={() => dispatch({ type: "goToStep", step: st.step - 1 })}>
          {s.back}
        </Button>
        {st.step < STEP_COUNT - 1 && (
          <Button size="small" appearance="primary" icon={<ChevronRightRegular />} iconPosition="after" onClick={() => dispatch({ type: "next" })}>
            {s.next}
          </Button>
        )}
      </nav>
    </>
  );
}

function StartPage({ dispatch, onOpen }: { dispatch: Dispatch<PaneAction>; onOpen: () => void }) {
  const styles = useStyles();
  const { s, lang } = useTexts();
  return (
    <main className={styles.startButtons} aria-labelledby="start-heading">
      <h2 className={styles.stepHeading} id="start-heading">
        {s.startHeading}
      </h2>
      <p style={{ margin: 0 }}>{s.startIntro}</p>
      <Button appearance="primary" onClick={() => dispatch({ type: "askToReplace", doc: exampleDoc() })}>
        {s.startExample}
      </Button>
      <span style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{s.startExampleHint}</span>
      <Button onClick={() => dispatch({ type: "askToReplace", doc: emptyDoc(lang) })}>{s.startEmpty}</Button>
      <Button onClick={onOpen}>{s.startOpen}</Button>
    </main>
  );
}

function DraftOffer({ st, dispatch, storage }: { st: PaneState; dispatch: Dispatch<PaneAction>; storage: DraftStorage | null }) {
  const { s, lang } = useTexts();
  if (!st.draftOffer) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="draft-offer">
      <MessageBarBody>{s.draftOffer(formatDateTime(new Date(st.draftOffer.savedAt), lang))}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => dispatch({ type: "continueDraft" })}>
          {s.draftContinue}
        </Button>
        <Button
          size="small"
          onClick={() => {
            clearDraft(storage);
            dispatch({ type: "discardDraft" });
          }}
        >
          {s.draftDiscard}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { s } = useTexts();
  return (
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
        containerAction={<Button size="small" appearance="transparent" icon={<DismissRegular />} aria-label={s.close} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
