/**
 * Inside Excel (the workbook service mocked): the model found in the workbook is opened with the
 * inputs that differ from the last build; the build shows progress and what was made; conflicts
 * are asked about in a dialog and nothing is written unless the user decides.
 */
import "./setup";
import { act } from "@testing-library/react";
import { exampleCase } from "../../src/model";
import { buildInExcel, readWorkbookModel, type BuildInExcelOptions, type BuildOutcome } from "../../src/taskpane/services/workbookService";
import { answerQuestion, renderPane, screen, startExampleAt, within } from "./harness";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({ readWorkbookModel: jest.fn(), buildInExcel: jest.fn(), buildXlsx: jest.fn() }));

const read = readWorkbookModel as jest.Mock;
const build = buildInExcel as jest.Mock;
const SHEETS = ["Over", "Aannames", "Berekening", "Resultaat", "Gevoeligheid", "Monitoring", "Controles"];

beforeEach(() => {
  read.mockReset();
  build.mockReset();
});

async function toBuild(user: ReturnType<typeof renderPane>["user"]) {
  await screen.findByRole("button", { name: "Beginnen met het voorbeeld" });
  await startExampleAt(user, 5);
  await user.click(screen.getByRole("button", { name: "Model bouwen in Excel" }));
}

it("opens the model found in the workbook and lists the inputs changed since the last build", async () => {
  const inWorkbook = exampleCase() as unknown as Record<string, any>;
  inWorkbook.careForms[0].costs[0].amount = 260;
  read.mockResolvedValue({
    kind: "found",
    caseFile: inWorkbook,
    problems: [],
    differences: [{ path: "careForms[0].costs[0].amount", before: 250, now: 260 }],
    sheetNameSuffix: "",
    chartsMissing: false,
    addCharts: jest.fn(),
  });
  const { user } = renderPane({ host: "excel" });
  const notice = await screen.findByTestId("workbook-notice");
  expect(notice.textContent).toContain("Dit werkboek bevat een model van de invoegtoepassing");
  expect(within(notice).getByTestId("workbook-differences").textContent).toBe(
    "Residentiële jeugdhulp (24-uursgroep) › Dagtarief instelling › Bedrag: 250 → 260",
  );
  expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Regio en uitgangspunten");
  // 260 (2019) x 1,2676 x 365 = 120.295,24 in the case the pane now edits
  await user.click(screen.getByRole("button", { name: /^Ga naar stap 2:/ }));
  expect((await screen.findByTestId("cost-per-placement-0")).textContent).toContain("120.295,24");
});

it("builds with a progress bar and says which sheets and names were made", async () => {
  read.mockResolvedValue({ kind: "none" });
  let finish: (o: BuildOutcome) => void = () => undefined;
  build.mockImplementation((_case: unknown, options: BuildInExcelOptions) => {
    options.onProgress?.(0.5, "Aannames");
    return new Promise<BuildOutcome>((resolve) => (finish = resolve));
  });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  const bar = await screen.findByRole("progressbar");
  expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
  expect(build.mock.calls[0][1]).toMatchObject({ lang: "nl", keepInputEdits: false, sheetNameSuffix: "" });
  await act(async () => finish({ ok: true, sheets: SHEETS, namesWritten: 42, syncs: 3, keptInputs: [] }));
  const result = await screen.findByTestId("build-result");
  expect(result.textContent).toContain("Het model is gebouwd");
  expect(result.textContent).toContain(`Bladen: ${SHEETS.join(", ")}.`);
  expect(result.textContent).toContain("42 namen, onder meer BC_StructuralSaving, BC_NPV, BC_BreakEvenYear.");
  expect(screen.queryByRole("progressbar")).toBeNull();
});

it("asks about sheets in the way and builds with other sheet names only when the user says so", async () => {
  read.mockResolvedValue({ kind: "none" });
  build
    .mockResolvedValueOnce({
      ok: false,
      conflicts: [{ kind: "sheet", name: "Aannames", message: { nl: "Er is al een blad 'Aannames'.", en: "There is already a sheet 'Aannames'." } }],
    })
    .mockResolvedValueOnce({ ok: true, sheets: SHEETS.map((n) => `${n} (2)`), namesWritten: 42, syncs: 3, keptInputs: [] });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  const dialog = await screen.findByRole("alertdialog", { name: "Er staat iets in de weg" });
  expect(within(dialog).getByTestId("conflict-sheets").textContent).toBe("Aannames");
  expect(dialog.textContent).toContain('met " (2)" erachter');
  expect(dialog.textContent).toContain("Er is niets geschreven.");
  expect(build).toHaveBeenCalledTimes(1);
  await user.click(within(dialog).getByRole("button", { name: "Bouwen met andere bladnamen" }));
  expect(build).toHaveBeenCalledTimes(2);
  expect(build.mock.calls[1][1]).toMatchObject({ sheetNameSuffix: " (2)" });
  expect((await screen.findByTestId("build-result")).textContent).toContain("Aannames (2)");
});

it("cancelling the sheet question writes nothing", async () => {
  read.mockResolvedValue({ kind: "none" });
  build.mockResolvedValue({ ok: false, conflicts: [{ kind: "sheet", name: "Resultaat", message: { nl: "x", en: "x" } }] });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  await answerQuestion(user, "Annuleren");
  expect(build).toHaveBeenCalledTimes(1);
  expect(screen.queryByTestId("build-result")).toBeNull();
});

it("a defined name in the way must be renamed or removed first: no offer to build", async () => {
  read.mockResolvedValue({ kind: "none" });
  build.mockResolvedValue({
    ok: false,
    conflicts: [{ kind: "name", name: "BC_NPV", message: { nl: "De naam BC_NPV bestaat al in deze werkmap.", en: "The name BC_NPV already exists." } }],
  });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByTestId("conflict-names").textContent).toContain("De naam BC_NPV bestaat al in deze werkmap.");
  expect(dialog.textContent).toContain("Hernoem of verwijder ze eerst");
  expect(within(dialog).queryByRole("button", { name: "Bouwen met andere bladnamen" })).toBeNull();
  await user.click(within(dialog).getByRole("button", { name: "Sluiten" }));
  expect(build).toHaveBeenCalledTimes(1);
});

it("a failed build says so and whether the workbook was put back", async () => {
  read.mockResolvedValue({ kind: "none" });
  build.mockResolvedValue({ ok: false, error: { nl: "Excel weigerde het schrijven.", en: "Excel refused the write." }, rolledBack: true });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  const result = await screen.findByTestId("build-result");
  expect(result.textContent).toContain("Bouwen is mislukt");
  expect(result.textContent).toContain("Excel weigerde het schrijven.");
  expect(result.textContent).toContain("Het werkboek is teruggezet zoals het was.");
});

it("a damaged BC_Meta sheet is explained, with no offer of other sheet names (they would not help)", async () => {
  read.mockResolvedValue({ kind: "none" });
  build.mockResolvedValue({
    ok: false,
    conflicts: [
      {
        kind: "sheet",
        name: "BC_Meta",
        message: { nl: "Het blad BC_Meta bestaat al, maar is niet te lezen.", en: "The sheet BC_Meta exists but cannot be read." },
      },
    ],
  });
  const { user } = renderPane({ host: "excel" });
  await toBuild(user);
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByTestId("conflict-sheets").textContent).toBe("Het blad BC_Meta bestaat al, maar is niet te lezen.");
  expect(within(dialog).queryByRole("button", { name: "Bouwen met andere bladnamen" })).toBeNull();
  await user.click(within(dialog).getByRole("button", { name: "Sluiten" }));
  expect(build).toHaveBeenCalledTimes(1);
});
