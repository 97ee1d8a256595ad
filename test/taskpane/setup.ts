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
if (typeof URL.createObjectURL !== "function") {
  (URL as unknown as Record<string, unknown>).createObjectURL = () => "blob:test";
  (URL as unknown as Record<string, unknown>).revokeObjectURL = () => undefined;
}

export {};

// Fluent in jsdom with a whole wizard re-validated per keystroke is slow on small machines.
jest.setTimeout(60_000);
