/**
 * The "Case" button in the header. The menu behind it (Fluent's menu, its positioning) is not in
 * the page's initial JavaScript (issue 13, point 9): it is fetched when the page is idle and takes
 * the button's place; a click before that fetches it at once and opens it.
 */
import { Button } from "@fluentui/react-components";
import { NavigationRegular } from "@fluentui/react-icons";
import { Suspense, forwardRef, useEffect, useState, type ComponentProps } from "react";
import { deferred, whenIdle } from "../util/deferred";
import { useTexts } from "./EditorContext";

export interface CaseFileActions {
  onExample: () => void;
  onEmpty: () => void;
  onOpen: () => void;
  /** Absent while there is no case to save (the start page). */
  onSave?: () => void;
}

const CaseFileMenu = deferred(() => import(/* webpackChunkName: "case-menu" */ "./CaseFileMenu").then((m) => m.CaseFileMenu));

/** The button itself; the menu's trigger hands it the props that open the menu. */
export const CaseMenuTrigger = forwardRef<HTMLButtonElement, ComponentProps<typeof Button>>(function CaseMenuTrigger(props, ref) {
  const { s } = useTexts();
  return (
    <Button ref={ref} size="small" appearance="subtle" icon={<NavigationRegular />} aria-haspopup="menu" {...props}>
      {s.caseMenu}
    </Button>
  );
});

export function CaseFileMenuButton(actions: CaseFileActions) {
  const [ready, setReady] = useState(CaseFileMenu.loaded);
  const [clicked, setClicked] = useState(false);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const cancel = whenIdle(
      () =>
        void CaseFileMenu.preload().then(
          () => live && setReady(true),
          () => undefined,
        ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [ready]);
  if (!ready && !clicked) return <CaseMenuTrigger onClick={() => setClicked(true)} />;
  return (
    <Suspense fallback={<CaseMenuTrigger disabled />}>
      <CaseFileMenu {...actions} defaultOpen={clicked} />
    </Suspense>
  );
}
