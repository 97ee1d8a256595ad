/**
 * Step 5: key figures, scenarios side by side, sensitivity and the build (download outside Excel),
 * disabled with its reason while anything is invalid. Expected values are worked from method.md
 * for the example, at base-year prices (2025): c = 250 x 1,2676 x 365 = 115.668,50 / 163,59 x 1,033 x 365
 * + 4.200 = 65.880,79 / (25,73 x 1,033 + 19,66 x 1,2676) x 365 + 4.200 = 22.997,54; S = 16 x 115.668,50
 * - 6 x 65.880,79 - 10 x 22.997,54 = 1.225.435,86; linear phasing over 3 years; one-off 150.000 (2025)
 * and 240.000 (2026).
 */
import "./setup";
import { fieldOf, memoryStorage, plain, renderPane, screen, startExampleAt, within } from "./harness";
import { exampleCase } from "../../src/model";
import { DRAFT_KEY } from "../../src/taskpane/draft/draftStore";
import { buildXlsx } from "../../src/taskpane/services/workbookService";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({ readWorkbookModel: jest.fn(), buildInExcel: jest.fn(), buildXlsx: jest.fn() }));

const C_RESIDENTIAL = 250 * 1.2676 * 365;
const C_FAMILY_HOME = 163.59 * 1.033 * 365 + 7500 * 0.56;
const C_FOSTER = (25.73 * 1.033 + 19.66 * 1.2676) * 365 + 7500 * 0.56;
const S = 16 * C_RESIDENTIAL - 6 * C_FAMILY_HOME - 10 * C_FOSTER;
/** NPV of method.md section 3, for a realisation r and a linear phasing over `years`. */
function npv(r: number, years: number, saving = S): number {
  const oneOff = [150000, 240000, 0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i <= 5; i++) total += (saving * r * Math.min(i / years, 1) - oneOff[i]) / 1.0225 ** i;
  return total;
}
const euro = (x: number) => plain(new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(x));
/** The scenario cards share one scale: millions with two decimals, since the largest figure is over a million (checked below). */
const compact = (x: number) =>
  `${plain(new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x / 1e6))} mln.`;
const figure = (id: string) => plain(screen.getByTestId(`figure-${id}`).textContent);

describe("step 5: the overview", () => {
  it("shows the key figures of the example: structural saving € 1.225.435,86, the NPV and the break-even year", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    expect(S).toBeCloseTo(1225435.8638, 4);
    expect(figure("structural-saving")).toBe("€ 1.225.435,86");
    expect(figure("npv")).toBe(euro(npv(1, 3)));
    // cumulative nominal: -150.000; -150.000 + (408.478,62 - 240.000) x 1,0394 = 25.116,70 >= 0, and it grows after
    expect(figure("break-even")).toBe("2026");
  });

  /** The overview of a case, opened as a draft (the way the pane keeps a case between sessions). */
  async function overviewOf(doc: Record<string, unknown>) {
    const storage = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ version: 1, savedAt: new Date().toISOString(), doc, raw: {}, step: 4 }) });
    const { user } = renderPane({}, storage);
    await user.click(within(screen.getByTestId("draft-offer")).getByRole("button", { name: "Doorgaan" }));
    if (!screen.queryByTestId("figure-break-even")) await user.click(screen.getByRole("button", { name: /^Ga naar stap 5:/ }));
  }

  it("says 'direct' when the cumulative is never below zero (break-even in the base year), not the base year", async () => {
    // Without one-off costs: nothing in 2025, a saving from 2026 on; the cumulative is 0, then positive.
    const doc = exampleCase() as unknown as Record<string, unknown>;
    doc.oneOffCosts = [];
    await overviewOf(doc);
    expect(figure("break-even")).toBe("direct (geen terugverdientijd)");
  });

  it("has no switching value ('n.v.t.') when the structural saving is negative", async () => {
    // Family homes at € 1.000 a day: 16 x 91.250 - 6 x (365.000 + 4.200) - 10 x 18.800 < 0.
    const doc = exampleCase() as unknown as { careForms: { costs: { amount: number }[] }[] };
    doc.careForms[1].costs[0].amount = 1000;
    await overviewOf(doc as unknown as Record<string, unknown>);
    expect(plain(screen.getByTestId("switching").textContent)).toBe(
      "Omslagpunt n.v.t.: meer van de verschuiving maakt de netto contante waarde niet hoger, dus bij geen enkele realisatie wordt die nul.",
    );
    expect(figure("structural-saving")).toMatch(/^-€|^€ -/);
  });

  it("compares the share of youths away from home with the reference points", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    const text = plain(screen.getByTestId("away-table").textContent);
    // 82 / 24.000 = 0,34 % now and at the target (the total does not change)
    expect(text).toContain("Nu0,34%");
    expect(text).toContain("Nederland (2019)1,26%");
    expect(text).toContain("Utrecht0,69%");
    expect(text).toContain("Deense gemeente na tien jaar0,63%");
  });

  it("shows the three scenarios side by side; changing one and switching the active scenario changes the figures", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    expect(Math.max(S, npv(1, 2), npv(1, 3))).toBeGreaterThan(1e6);
    expect(plain(screen.getByTestId("scenario-structural-saving-0").textContent)).toBe(compact(S * 0.5));
    expect(plain(screen.getByTestId("scenario-structural-saving-1").textContent)).toBe(compact(S));
    expect(plain(screen.getByTestId("scenario-npv-0").textContent)).toBe(compact(npv(0.5, 5)));
    expect(plain(screen.getByTestId("scenario-npv-1").textContent)).toBe(compact(npv(1, 2)));
    const realisation = within(screen.getByRole("group", { name: "Voorzichtig" })).getByRole("textbox", { name: "Realisatie" });
    await user.clear(realisation);
    await user.type(realisation, "60%");
    expect(plain(screen.getByTestId("scenario-structural-saving-0").textContent)).toBe(compact(S * 0.6));
    await user.selectOptions(screen.getByRole("combobox", { name: "Scenario voor de resultaten" }), "Voorzichtig");
    expect(figure("structural-saving")).toBe(euro(S * 0.6));
    expect(figure("npv")).toBe(euro(npv(0.6, 5)));
    expect(screen.getByRole("heading", { name: "Kerncijfers (Voorzichtig)" })).toBeTruthy();
  });

  it("refuses a scenario named as the base case (either language, any case) or differing from another only in case, at the name, and blocks the build", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    const name = screen.getByRole("textbox", { name: "Naam (2)" }) as HTMLInputElement;
    const build = () => screen.getByRole("button", { name: "Download .xlsx" }).getAttribute("aria-disabled");
    for (const [typed, says] of [
      ["basis (INVOER)", "is de naam van de basis in de werkmap ('Basis (invoer)' / 'Base case (inputs)'); kies een andere naam voor het scenario"],
      ["Base case (inputs)", "is de naam van de basis in de werkmap"],
      ["VOORZICHTIG", "verschilt van scenario 1 ('Voorzichtig') alleen in hoofd- en kleine letters; kies een naam die ook zonder hoofdletters anders is"],
    ]) {
      // Pasted, not typed: one change instead of a recalculation per key.
      await user.clear(name);
      await user.paste(typed);
      expect(fieldOf(name).textContent).toContain(says);
      expect(build()).toBe("true");
    }
    // Wildcard characters are ordinary characters in a name, and the active scenario is the one so named.
    await user.clear(name);
    await user.paste("V*");
    expect(fieldOf(name).textContent).not.toContain("scenario 1");
    expect(build()).not.toBe("true");
    await user.selectOptions(screen.getByRole("combobox", { name: "Scenario voor de resultaten" }), "V*");
    expect(screen.getByRole("heading", { name: "Kerncijfers (V*)" })).toBeTruthy();
    expect(figure("structural-saving")).toBe(euro(S));
    // Four edits, each revalidating and recalculating the case: more than one edit's time on a busy machine.
  }, 120_000);

  it("reports the realisation at which the NPV is zero", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    const r = -npv(0, 3) / (npv(1, 3) - npv(0, 3));
    // At most one decimal: a council member reads 11,7%, not 11,6749%.
    const shown = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format(r);
    expect(plain(screen.getByTestId("switching").textContent)).toContain(`realisatie van ${plain(shown)}`);
  });

  it("adds the ready scenarios to a case without scenarios: none repeats the base case, and their source says they are assumptions", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    for (const name of ["Voorzichtig", "Ambitieus"]) await user.click(screen.getByRole("button", { name: `Scenario ${name} verwijderen` }));
    await user.click(screen.getByRole("button", { name: "Scenario's toevoegen (voorzichtig, ambitieus)" }));
    expect(screen.getAllByRole("group").filter((g) => ["Voorzichtig", "Ambitieus"].includes(g.getAttribute("aria-label") ?? "")).length).toBe(2);
    expect(screen.queryByRole("group", { name: "Basis" })).toBeNull();
    const card = (name: string) => within(screen.getByRole("group", { name }));
    expect((card("Voorzichtig").getByRole("textbox", { name: "Realisatie" }) as HTMLInputElement).value).toBe("50%");
    // Cautious: two years slower than the case's three; ambitious: one year faster.
    expect((card("Voorzichtig").getByRole("textbox", { name: "Jaren tot doel" }) as HTMLInputElement).value).toBe("5");
    expect((card("Ambitieus").getByRole("textbox", { name: "Jaren tot doel" }) as HTMLInputElement).value).toBe("2");
  });

  it("shows the sensitivity as a tornado, largest swing first", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 5);
    const rows = within(screen.getByTestId("tornado")).getAllByRole("row").slice(1);
    // Every input that moves the result, each once (the discount rate the intro promises too), in the model's order.
    const labels = rows.map((r) => r.querySelector("th")!.textContent);
    expect(labels).toEqual([
      "Kosten per plaatsing: Residentiële jeugdhulp (24-uursgroep)",
      "Jaren tot het doel",
      "Verschuiving als geheel (realisatie)",
      "Kosten per plaatsing: Gezinshuis",
      "Kosten per plaatsing: Pleegzorg",
      "Discontovoet",
      "Eenmalige kosten",
    ]);
    // Residential care is the largest cost moved: its cost (± 20 %) moves NPV by 16 x 115.668,50 x 0,2 x sum of the phased, discounted years.
    // Low: residential at 80 %, S - 0,2 x 16 x 115.668,50; high: + 0,2 x 16 x 115.668,50.
    const rounded = (x: number) => plain(new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(x));
    expect(plain(rows[0].textContent!)).toContain(rounded(npv(1, 3, S - 0.2 * 16 * C_RESIDENTIAL)));
    expect(plain(rows[0].textContent!)).toContain(rounded(npv(1, 3, S + 0.2 * 16 * C_RESIDENTIAL)));
    // Years to target 2 and 4 instead of 3.
    expect(plain(rows[1].textContent!)).toContain(rounded(npv(1, 2)));
    expect(plain(rows[1].textContent!)).toContain(rounded(npv(1, 4)));
  });

  it("downloads the .xlsx outside Excel through the workbook service with the validated case", async () => {
    (buildXlsx as jest.Mock).mockResolvedValue(new Uint8Array([80, 75, 3, 4]));
    const { user } = renderPane();
    await startExampleAt(user, 5);
    await user.click(screen.getByRole("button", { name: "Download .xlsx" }));
    expect(buildXlsx).toHaveBeenCalledTimes(1);
    const [caseValue, lang] = (buildXlsx as jest.Mock).mock.calls[0];
    expect(lang).toBe("nl");
    expect(caseValue.region).toBe("Gemeente Voorbeeldstad (fictief)");
    expect(caseValue.careForms[1].costs[0].amount).toBe(163.59);
    expect((await screen.findByTestId("build-result")).textContent).toContain("businesscase-gemeente-voorbeeldstad-fictief-2025.xlsx is gedownload.");
  });

  it("keeps the build disabled while anything is invalid, says why, and a problem link opens the step and focuses the field", async () => {
    (buildXlsx as jest.Mock).mockClear();
    const { user } = renderPane();
    await startExampleAt(user, 2);
    const share = within(screen.getByRole("region", { name: "Gezinshuis" })).getByRole("textbox", { name: "Aandeel plaatsingen dat het krijgt" });
    await user.clear(share);
    await user.type(share, "1,5");
    await user.click(screen.getByRole("button", { name: /^Ga naar stap 5:/ }));
    const button = screen.getByRole("button", { name: "Download .xlsx" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await user.click(button);
    expect(buildXlsx).not.toHaveBeenCalled();
    const reason = document.getElementById("build-blocked")!;
    expect(reason.textContent).toContain("Nog 1 probleem");
    expect(reason.textContent).toContain("moet tussen 0% en 100% liggen");
    expect(button.getAttribute("aria-describedby")).toContain("build-blocked");
    expect(screen.getByText(/notValid|De kerncijfers verschijnen als 1 probleem is opgelost/)).toBeTruthy();
    await user.click(within(reason).getByRole("button", { name: /Stap 2 · Gezinshuis › Extra ambulante zorg › Aandeel plaatsingen dat het krijgt/ }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Zorgvormen en kosten");
    const focused = document.activeElement as HTMLInputElement;
    expect(focused.value).toBe("1,5");
    expect(fieldOf(focused).textContent).toContain("moet tussen 0% en 100% liggen");
  });
});
