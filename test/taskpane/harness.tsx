/**
 * Rendering the task pane in jsdom: a memory store for the draft, a chosen language and host, and
 * small finders. The workbook service and the lazily loaded chart are mocked by each test file
 * (jest.mock calls must sit in the test file itself).
 */
import { act, render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { DraftStorage } from "../../src/taskpane/draft/draftStore";
import type { Environment } from "../../src/taskpane/office/environment";
import { preloadDeferred } from "../../src/taskpane/util/deferred";

// The later steps and dialogs are loaded when first shown (their own chunks in the build); loaded
// before the tests, they render at once, as they do in the pane after its first idle moment.
beforeAll(() => preloadDeferred());

export function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

export function renderPane(
  env: Partial<Environment> = {},
  storage = memoryStorage(),
): RenderResult & { user: ReturnType<typeof userEvent.setup>; storage: typeof storage } {
  const user = userEvent.setup({ delay: null });
  const result = render(<App env={{ host: "browser", lang: "nl", ...env }} storage={storage} />);
  return { ...result, user, storage };
}

/** Starts from the built-in example and goes to a step (1-based) with the step indicator. */
export async function startExampleAt(user: ReturnType<typeof userEvent.setup>, step: number, lang: "nl" | "en" = "nl") {
  await user.click(screen.getByRole("button", { name: lang === "nl" ? "Beginnen met het voorbeeld" : "Start from the example" }));
  if (step > 1) await user.click(screen.getByRole("button", { name: new RegExp(`^${lang === "nl" ? "Ga naar stap" : "Go to step"} ${step}:`) }));
}

/**
 * Answers the open question (an alertdialog) with one of its buttons, once the question can be
 * reached: right after another question closes, the closing one can still be in the page, hidden
 * from assistive technology, and the new one is not yet the dialog a user would see.
 */
export async function answerQuestion(user: ReturnType<typeof userEvent.setup>, button: string): Promise<void> {
  const target = await waitFor(() => within(screen.getByRole("alertdialog")).getByRole("button", { name: button }));
  await user.click(target);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
}

/** The Fluent Field around a control: where its validation message and hint are. */
export function fieldOf(control: HTMLElement): HTMLElement {
  const field = control.closest(".fui-Field");
  if (!field) throw new Error("no Field around the control");
  return field as HTMLElement;
}

export function sectionNamed(name: string | RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

/** Text with the non-breaking spaces of Intl replaced, for plain comparisons. */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}

export { screen, within };

/** Lets timers run for `ms` (the draft is saved after a pause), inside act so React settles. */
export const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
