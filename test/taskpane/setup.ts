/**
 * Node's own depth of stack traces, not the 100 frames jest's jsdom environment sets: React 19's
 * development build captures a stack for every element it creates (its owner stacks), and at 100
 * frames that was a fifth of each component test's time.
 */
Error.stackTraceLimit = 10;

/**
 * What Fluent UI needs in jsdom and jsdom lacks. Imported first by every component test (the
 * jest config's setupFiles would do the same; see the report for the line).
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
if (!("ResizeObserver" in w)) w.ResizeObserver = ResizeObserverStub;
if (typeof window.matchMedia !== "function") {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}
if (typeof Element.prototype.scrollIntoView !== "function") Element.prototype.scrollIntoView = () => undefined;
/** Files the pane handed to the user (jsdom cannot navigate to a download): name and content. */
export const downloads: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();
(URL as unknown as Record<string, unknown>).createObjectURL = (blob: Blob) => {
  const url = `blob:test/${blobs.size + 1}`;
  blobs.set(url, blob);
  return url;
};
(URL as unknown as Record<string, unknown>).revokeObjectURL = () => undefined;
HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
  const blob = blobs.get(this.href);
  if (blob && this.download) downloads.push({ name: this.download, blob });
};

// Fluent in jsdom with a whole wizard re-validated per keystroke is slow on small machines.
jest.setTimeout(60_000);
