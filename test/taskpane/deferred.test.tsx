/** Parts of the pane loaded when first shown: they suspend only until loaded, and a failed load may be retried. */
import "./setup";
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { deferred } from "../../src/taskpane/util/deferred";

const Hello = ({ name }: { name: string }) => <p>Hallo {name}</p>;

it("shows the fallback until the part has arrived, then the part; once loaded it renders at once", async () => {
  let arrive: (c: typeof Hello) => void = () => undefined;
  const Part = deferred(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
  expect(Part.loaded()).toBe(false);
  const first = render(
    <Suspense fallback={<p>laden</p>}>
      <Part name="Anna" />
    </Suspense>,
  );
  expect(screen.getByText("laden")).toBeTruthy();
  await act(async () => arrive(Hello));
  expect(await screen.findByText("Hallo Anna")).toBeTruthy();
  expect(Part.loaded()).toBe(true);
  first.unmount();
  // Loaded: a new mount never shows the fallback, not even for one render.
  render(
    <Suspense fallback={<p>laden</p>}>
      <Part name="Bram" />
    </Suspense>,
  );
  expect(screen.getByText("Hallo Bram")).toBeTruthy();
  expect(screen.queryByText("laden")).toBeNull();
});

it("asks again for a part that failed to arrive", async () => {
  let calls = 0;
  const Part = deferred(() => (++calls === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(Hello)));
  await expect(Part.preload()).rejects.toThrow("offline");
  await expect(Part.preload()).resolves.toBe(Hello);
  expect(calls).toBe(2);
  expect(Part.loaded()).toBe(true);
});
