/** The question before the case in the pane is replaced (loaded when first asked: issue 13, point 9). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { formatDateTime } from "../numbers/format";
import type { PaneAction, PaneState } from "../state/pane";
import { useTexts } from "./EditorContext";

/** "Replace the current case?": the case in the wizard was changed, or a draft is still on offer. */
export function ReplaceDialog({ st, dispatch }: { st: PaneState; dispatch: Dispatch<PaneAction> }) {
  const { s, lang } = useTexts();
  const body = st.draftOffer ? s.confirmReplaceDraftBody(formatDateTime(new Date(st.draftOffer.savedAt), lang)) : s.confirmReplaceBody;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => (!d.open ? dispatch({ type: "cancelReplace" }) : undefined)}>
      <DialogSurface aria-describedby="replace-body">
        <DialogBody>
          <DialogTitle>{s.confirmReplaceTitle}</DialogTitle>
          <DialogContent id="replace-body">{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => dispatch({ type: "confirmReplace" })}>
              {s.replace}
            </Button>
            <Button onClick={() => dispatch({ type: "cancelReplace" })}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
