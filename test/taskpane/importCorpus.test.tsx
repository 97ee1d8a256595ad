/**
 * Issue 6: every file of the invalid corpus (test/corpus/invalid), opened in the wizard as a case
 * file, gives exactly its problems, each naming its field, and changes nothing: the case on screen,
 * the saved draft and the workbook stay as they were.
 */
import "./setup";
import { waitFor } from "@testing-library/react";
import { invalidCorpus } from "../corpus/corpus";
import { DRAFT_KEY } from "../../src/taskpane/draft/draftStore";
import * as workbookService from "../../src/taskpane/services/workbookService";
import { renderPane, screen, startExampleAt, wait, within } from "./harness";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({ readWorkbookModel: jest.fn(), buildInExcel: jest.fn(), buildXlsx: jest.fn() }));

const corpus = invalidCorpus();
const fileInput = () => screen.getByTestId("case-file-input") as HTMLInputElement;
const textbox = (name: string) => (screen.getByRole("textbox", { name }) as HTMLInputElement).value;
/** The saved draft without its time stamp: what the user would get back. */
const draftOf = (storage: { data: Map<string, string> }) => {
  const text = storage.data.get(DRAFT_KEY);
  if (text === undefined) return undefined;
  const { savedAt: _savedAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
};

it(`each of the ${corpus.length} invalid case files is refused with its problems, and nothing changes`, async () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  const { user, storage } = renderPane();
  await startExampleAt(user, 1);
  await wait(700); // the draft is saved after a pause
  const before = { title: textbox("Titel"), region: textbox("Gemeente of regio"), draft: draftOf(storage) };
  expect(before.draft).toBeDefined();

  for (const entry of corpus) {
    await user.upload(fileInput(), new File([entry.text], entry.file, { type: "application/json" }));
    const intro = `${entry.file} bevat ${entry.expected.length === 1 ? "1 probleem" : `${entry.expected.length} problemen`}. De casus is niet gewijzigd.`;
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain(intro));
    const lines = within(screen.getByTestId("notice"))
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect({ file: entry.file, count: lines.length }).toEqual({ file: entry.file, count: entry.expected.length });
    for (const problem of entry.expected) {
      // "<the field as people read it>: <the rule>"
      const ending = `: ${problem.nl}`;
      expect({ file: entry.file, found: lines.some((line) => line.endsWith(ending)) }).toEqual({ file: entry.file, found: true });
    }
  }

  await wait(700);
  expect({ title: textbox("Titel"), region: textbox("Gemeente of regio"), draft: draftOf(storage) }).toEqual(before);
  expect(workbookService.buildInExcel).not.toHaveBeenCalled();
  expect(workbookService.buildXlsx).not.toHaveBeenCalled();
}, 180_000);
