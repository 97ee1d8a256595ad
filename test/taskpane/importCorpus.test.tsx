/**
 * Issues 6 and 13: every file of the invalid corpus (test/corpus/invalid), opened in the wizard as
 * a case file, opens with exactly its problems, each naming its field, so that it can be fixed in
 * the pane (a file that is no case at all is refused); nothing is built.
 */
import "./setup";
import { waitFor } from "@testing-library/react";
import { invalidCorpus } from "../corpus/corpus";
import * as workbookService from "../../src/taskpane/services/workbookService";
import { renderPane, screen, startExampleAt, within } from "./harness";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({ readWorkbookModel: jest.fn(), buildInExcel: jest.fn(), buildXlsx: jest.fn() }));

const corpus = invalidCorpus();
const fileInput = () => screen.getByTestId("case-file-input") as HTMLInputElement;
it(`each of the ${corpus.length} invalid case files opens with exactly its problems listed, or is refused when it is no case at all`, async () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  const { user } = renderPane();
  await startExampleAt(user, 1);

  for (const entry of corpus) {
    await user.upload(fileInput(), new File([entry.text], entry.file, { type: "application/json" }));
    const isObject = entry.expected.every((p) => p.code !== "notAnObject");
    if (!isObject) {
      // Not a case at all (a list, a number): refused, and said why.
      await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain(`${entry.file}: ${entry.expected[0].nl}`));
      continue;
    }
    const n = entry.expected.length;
    const intro = `${entry.file} is geopend. Er ${n === 1 ? "is" : "zijn"} nog ${n === 1 ? "1 probleem" : `${n} problemen`} op te lossen`;
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain(intro));
    const lines = within(screen.getByTestId("notice"))
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect({ file: entry.file, count: lines.length }).toEqual({ file: entry.file, count: n });
    for (const problem of entry.expected) {
      // "<the field as people read it>: <the rule>"
      expect({ file: entry.file, found: lines.some((line) => line.endsWith(`: ${problem.nl}`)) }).toEqual({ file: entry.file, found: true });
    }
    // The wizard shows the opened case (first step) without falling over, and builds nothing.
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Regio en uitgangspunten");
  }
  expect(workbookService.buildInExcel).not.toHaveBeenCalled();
  expect(workbookService.buildXlsx).not.toHaveBeenCalled();
}, 240_000);
