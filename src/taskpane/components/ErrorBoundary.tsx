/**
 * A last line of defence: a fault while rendering shows a message instead of an empty pane. The
 * draft was saved on the last change, so reopening the pane offers it again.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { Strings } from "../i18n";

export class ErrorBoundary extends Component<{ s: Strings; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{this.props.s.crashTitle}</MessageBarTitle>
          <div>{this.props.s.crashBody}</div>
          <div>{error.message}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
