/**
 * Components the first step does not need, loaded when they are first shown (each import() is a
 * chunk of its own, outside the page's initial JavaScript; issue 13, point 9; `npm run bench`
 * measures it). Once loaded, a component renders at once: React.lazy gets a thenable that has
 * already resolved, so a step shown a second time, or after preloadDeferred(), never suspends.
 */
import { lazy, type ComponentType } from "react";

type Loader = () => Promise<unknown>;
const loaders: Loader[] = [];

/** A deferred component: render it under a Suspense; preload() fetches it, loaded() says whether it is here. */
export type Deferred<C> = C & { preload: () => Promise<C>; loaded: () => boolean };

export function deferred<C extends ComponentType<any>>(load: () => Promise<C>): Deferred<C> {
  let loaded: C | null = null;
  let pending: Promise<C> | null = null;
  const preload = (): Promise<C> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a chunk that failed to arrive (offline) may be asked for again
        throw error;
      },
    ));
  loaders.push(preload);
  const resolved = (component: C) =>
    ({ then: (onLoaded: (m: { default: C }) => void) => onLoaded({ default: component }) }) as unknown as Promise<{ default: C }>;
  const component = lazy(() => (loaded ? resolved(loaded) : preload().then((c) => ({ default: c }))));
  return Object.assign(component, { preload, loaded: () => loaded !== null }) as unknown as Deferred<C>;
}

/** Loads every deferred component now: while the user reads the first step, and in tests. */
export function preloadDeferred(): Promise<void> {
  return Promise.all(loaders.map((load) => load())).then(() => undefined);
}

/**
 * Runs `load` once the page is idle (after the first step shows), so that what it fetches is
 * there before the user asks for it without delaying the first step. Returns the cancel.
 */
export function whenIdle(load: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(load, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(load, 200);
  return () => window.clearTimeout(id);
}
