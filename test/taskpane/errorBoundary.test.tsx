/** A fault while rendering shows a message in the user's language instead of an empty pane. */
import "./setup";
import { render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { nl } from "../../src/taskpane/i18n/nl";

function Broken(): never {
  throw new Error("kapot onderdeel");
}

it("shows what went wrong and that the draft is kept", () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    render(
      <ErrorBoundary s={nl}>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Er ging iets mis in dit venster");
    expect(alert.textContent).toContain("uw concept is bewaard");
    expect(alert.textContent).toContain("kapot onderdeel");
  } finally {
    quiet.mockRestore();
  }
});
