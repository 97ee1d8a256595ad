/**
 * The case file (open, with every problem of a bad file and nothing changed; save), the draft kept
 * across closing the pane, and the pane in English.
 */
import "./setup";
import { downloads } from "./setup";
import { exampleCase } from "../../src/model";
import { DRAFT_KEY } from "../../src/taskpane/draft/draftStore";
import { waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as workbookService from "../../src/taskpane/services/workbookService";
import { answerQuestion, fieldOf, memoryStorage, plain, renderPane, screen, startExampleAt, wait, within } from "./harness";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({
  readWorkbookModel: jest.fn(),
  readWorkbookFile: jest.fn(),
  buildInExcel: jest.fn(),
  buildXlsx: jest.fn(),
}));
const readWorkbookFile = workbookService.readWorkbookFile as jest.Mock;

const fileInput = () => screen.getByTestId("case-file-input") as HTMLInputElement;
const regionValue = () => (screen.getByRole("textbox", { name: "Gemeente of regio" }) as HTMLInputElement).value;
const jsonFile = (content: unknown, name = "casus.json") =>
  new File([typeof content === "string" ? content : JSON.stringify(content)], name, { type: "application/json" });
const blobText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

describe("case files", () => {
  it("a case file with problems opens with them listed and shown at their fields, after asking (issue 13, section 4)", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 1);
    const region = screen.getByRole("textbox", { name: "Gemeente of regio" });
    await user.clear(region);
    await user.type(region, "Eigen gemeente");
    const bad = exampleCase() as unknown as Record<string, any>;
    bad.title = "";
    bad.careForms[1].ambulant.share = 1.5;
    bad.phasing.yearsToTarget = 9;
    bad.colour = "blauw";
    await user.upload(fileInput(), jsonFile(bad, "fout.json"));
    // The case on screen was changed: nothing is replaced before the question.
    const dialog = await screen.findByRole("alertdialog", { name: "Huidige casus vervangen?", hidden: true });
    expect(regionValue()).toBe("Eigen gemeente");
    // In jsdom the dialog of this test is left aria-hidden by Fluent's focus trap (the same dialog in
    // the next test is not); the e2e test in Chromium is where its accessibility is checked.
    await user.click(within(dialog).getByRole("button", { name: "Vervangen", hidden: true }));
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("fout.json is geopend. Er zijn nog 4 problemen op te lossen; ze staan hieronder en bij hun velden.");
    const lines = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        "Titel: is verplicht",
        "Gezinshuis › Extra ambulante zorg › Aandeel plaatsingen dat het krijgt: moet tussen 0% en 100% liggen; bedoelt u 1,5%?",
        "Fasering › Jaren tot het doel: mag niet groter zijn dan de horizon (5 jaar)",
        "colour: onbekend veld 'colour' (tikfout?)",
      ]),
    );
    // At their fields at once, without the user having been there.
    expect(fieldOf(screen.getByRole("textbox", { name: "Titel" })).textContent).toContain("is verplicht");
    await user.click(screen.getByRole("button", { name: /^Ga naar stap 2:/ }));
    const share = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Aandeel plaatsingen dat het krijgt" });
    expect(fieldOf(share).textContent).toContain("bedoelt u 1,5%?");
    await user.clear(share);
    await user.type(share, "56%");
    expect(fieldOf(share).textContent).not.toContain("moet tussen");
  });

  it("broken JSON is refused with its line and column in the user's language, and changes nothing", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 1);
    await user.upload(fileInput(), jsonFile('{\n  "title": "x"\n  "region": "y"\n}', "kapot.json"));
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "kapot.json is geen geldig casusbestand: de JSON klopt niet op regel 3, kolom 3: onverwacht teken '\"'.",
    );
    expect(regionValue()).toBe("Gemeente Voorbeeldstad (fictief)");
  });

  it("says plainly what other files are: a PDF, an old .xls, a workbook without a model", async () => {
    renderPane();
    // The chooser offers .json and .xlsx, but a user can pick any file.
    const user = userEvent.setup({ delay: null, applyAccept: false });
    await startExampleAt(user, 1);
    await user.upload(fileInput(), new File(["%PDF-1.7\n..."], "notulen.pdf"));
    expect((await screen.findByTestId("notice")).textContent).toContain("notulen.pdf is een PDF-document, geen casusbestand.");
    await user.upload(fileInput(), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])], "begroting.xls"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("begroting.xls is een bestand in het oude Office-formaat"));
    readWorkbookFile.mockResolvedValueOnce({ kind: "noModel", message: { nl: "deze werkmap bevat geen model van de invoegtoepassing", en: "-" } });
    await user.upload(fileInput(), new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "begroting.xlsx"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain(
        "begroting.xlsx is een Excel-werkmap, maar deze werkmap bevat geen model van de invoegtoepassing.",
      ),
    );
    expect(regionValue()).toBe("Gemeente Voorbeeldstad (fictief)");
  });

  it("opens last year's workbook made by the add-in: the case read back from its input cells", async () => {
    const { user } = renderPane();
    const other = exampleCase();
    other.region = "Gemeente Vorig Jaar";
    readWorkbookFile.mockResolvedValueOnce({ kind: "found", caseFile: other as unknown as Record<string, unknown>, problems: [] });
    await user.upload(fileInput(), new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "businesscase-2025.xlsx"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain("businesscase-2025.xlsx is geopend: de casus is ingelezen uit de invoercellen"),
    );
    expect(regionValue()).toBe("Gemeente Vorig Jaar");
    expect(Array.from(readWorkbookFile.mock.calls[0][0] as Uint8Array).slice(0, 4)).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("a valid file replaces the case, after asking when the current case was changed", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 1);
    const region = screen.getByRole("textbox", { name: "Gemeente of regio" });
    await user.clear(region);
    await user.type(region, "Eigen gemeente");
    const other = exampleCase();
    other.region = "Gemeente Anders";
    await user.upload(fileInput(), jsonFile(other));
    const dialog = await screen.findByRole("alertdialog", { name: "Huidige casus vervangen?" });
    expect(regionValue()).toBe("Eigen gemeente");
    await user.click(within(dialog).getByRole("button", { name: "Vervangen" }));
    expect(regionValue()).toBe("Gemeente Anders");
    expect(screen.getByTestId("notice").textContent).toContain("casus.json is geopend.");
  });

  it("saves the case as a JSON file that opens again", async () => {
    downloads.length = 0;
    const { user } = renderPane();
    await startExampleAt(user, 1);
    await user.click(screen.getByRole("button", { name: "Casus" }));
    await user.click(await screen.findByRole("menuitem", { name: "Opslaan als casusbestand" }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toBe("businesscase-gemeente-voorbeeldstad-fictief-2025.json");
    const saved = JSON.parse(await blobText(downloads[0].blob));
    expect(saved).toEqual(exampleCase());
  });

  it("an empty case opens without red: a problem shows once the user has been in its field or pressed Next", async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole("button", { name: "Beginnen met een lege casus" }));
    const region = screen.getByRole("textbox", { name: "Gemeente of regio" });
    expect(document.body.textContent).not.toContain("is verplicht");
    expect(screen.getByRole("button", { name: "Ga naar stap 2: Zorgvormen en kosten" })).toBeTruthy();
    // Been in the field and left it empty: said there, and nowhere else yet.
    await user.click(region);
    await user.tab();
    expect(fieldOf(region).textContent).toContain("is verplicht");
    expect(fieldOf(screen.getByRole("textbox", { name: "Titel" })).textContent).not.toContain("is verplicht");
    expect(screen.getByRole("button", { name: "Ga naar stap 1: Regio en uitgangspunten (1 probleem)" })).toBeTruthy();
    // Step 2 opens clean too; Next shows every problem of the step left behind, counted on its step.
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(document.querySelector("main")!.textContent).not.toContain("is verplicht");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    await user.click(screen.getByRole("button", { name: /^Ga naar stap 2: Zorgvormen en kosten \(\d+ problemen\)$/ }));
    const tariff = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Bedrag" });
    expect(fieldOf(tariff).textContent).toContain("is verplicht");
    // Residential care has no extra ambulant care unless the user says so: 0, not a field to fill in.
    const residential = screen.getByRole("region", { name: "Residentiële jeugdhulp" });
    expect((within(residential).getByRole("textbox", { name: /^Bedrag per jaar/ }) as HTMLInputElement).value).toBe("0");
    expect(fieldOf(within(residential).getByRole("textbox", { name: /^Aandeel/ })).textContent).not.toContain("is verplicht");
  });
});

describe("the draft", () => {
  it("is kept while typing (text as typed included) and offered again when the pane opens", async () => {
    const storage = memoryStorage();
    const first = renderPane({}, storage);
    await startExampleAt(first.user, 2);
    const amount = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Bedrag" });
    await first.user.type(amount, "x");
    await wait(700);
    expect(storage.data.has(DRAFT_KEY)).toBe(true);
    first.unmount();

    const second = renderPane({}, storage);
    const offer = screen.getByTestId("draft-offer");
    expect(offer.textContent).toMatch(/^Doorgaan met concept van \d{1,2} \w+ \d{4}/);
    await second.user.click(within(offer).getByRole("button", { name: "Doorgaan" }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Zorgvormen en kosten");
    const restored = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Bedrag" }) as HTMLInputElement;
    expect(restored.value).toBe("163,59x");
    expect(fieldOf(restored).textContent).toContain("'163,59x' is geen getal");
  });

  it("is replaced by the example or an empty case only after the question (issue 13, section 1)", async () => {
    const storage = memoryStorage();
    const first = renderPane({}, storage);
    await startExampleAt(first.user, 1);
    await first.user.clear(screen.getByRole("textbox", { name: "Titel" }));
    await first.user.type(screen.getByRole("textbox", { name: "Titel" }), "Mijn eigen casus");
    await wait(700);
    first.unmount();

    const second = renderPane({}, storage);
    const { user } = second;
    // The big start button with a draft on offer: asks first, and Cancel keeps the draft.
    await user.click(screen.getByRole("button", { name: "Beginnen met het voorbeeld" }));
    const question = screen.getByRole("alertdialog", { name: "Huidige casus vervangen?" });
    expect(question.textContent).toMatch(/Uw concept van \d{1,2} \w+ \d{4}.* wordt dan vervangen/);
    await user.click(within(question).getByRole("button", { name: "Annuleren" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Beginnen");
    await wait(700);
    expect(JSON.parse(storage.data.get(DRAFT_KEY)!).doc.title).toBe("Mijn eigen casus");
    // The same from the case menu.
    await user.click(screen.getByRole("button", { name: "Casus" }));
    await user.click(screen.getByRole("menuitem", { name: "Lege casus" }));
    await answerQuestion(user, "Annuleren");
    // The draft is still there to continue.
    await user.click(within(screen.getByTestId("draft-offer")).getByRole("button", { name: "Doorgaan" }));
    expect((screen.getByRole("textbox", { name: "Titel" }) as HTMLInputElement).value).toBe("Mijn eigen casus");
    // Changed in the wizard: replacing asks again, and only Replace replaces.
    await user.click(screen.getByRole("button", { name: "Casus" }));
    await user.click(screen.getByRole("menuitem", { name: "Voorbeeld laden" }));
    await answerQuestion(user, "Vervangen");
    expect((screen.getByRole("textbox", { name: "Titel" }) as HTMLInputElement).value).toBe("Businesscase gezinsgerichte zorg");
  });

  it("can be discarded", async () => {
    const storage = memoryStorage();
    const first = renderPane({}, storage);
    await startExampleAt(first.user, 1);
    await wait(700);
    first.unmount();
    const second = renderPane({}, storage);
    await second.user.click(within(screen.getByTestId("draft-offer")).getByRole("button", { name: "Nee, weggooien" }));
    expect(screen.queryByTestId("draft-offer")).toBeNull();
    expect(storage.data.has(DRAFT_KEY)).toBe(false);
  });
});

describe("English", () => {
  it("every text is English when the language is English, numbers in English notation", async () => {
    const { user } = renderPane({ lang: "en" });
    await startExampleAt(user, 2, "en");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Care forms and costs");
    expect(plain(screen.getByTestId("cost-per-placement-1").textContent)).toContain("Cost per placement-year: €65,880.79");
    const share = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Share of placements that receive it" });
    await user.clear(share);
    await user.type(share, "1.5");
    expect(fieldOf(share).textContent).toContain("must be between 0% and 100%; did you mean 1.5%?");
    const amount = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Amount" });
    await user.clear(amount);
    await user.type(amount, "1,234.56");
    expect(plain(fieldOf(amount).textContent)).toContain("= €1,234.56");
    await user.click(screen.getByRole("button", { name: /^Go to step 5:/ }));
    expect(screen.getByRole("button", { name: "Download .xlsx" }).getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById("build-blocked")!.textContent).toContain("1 problem left");
  });
});
