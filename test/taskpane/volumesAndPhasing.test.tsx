/**
 * Steps 3 and 4: volumes with totals and differences, the municipalities grid (typing and paste
 * from Excel), phasing by yearly shares and one-off costs. Figures worked by hand from method.md:
 * at base-year prices c = 250 x 1,2676 x 365 = 115.668,50 (residential), 163,59 x 1,033 x 365 + 4.200 =
 * 65.880,79 (family home), (25,73 x 1,033 + 19,66 x 1,2676) x 365 + 4.200 = 22.997,54 (foster care);
 * S = 16 x 115.668,50 - 6 x 65.880,79 - 10 x 22.997,54 = 1.225.435,86.
 */
import "./setup";
import { fieldOf, plain, renderPane, screen, startExampleAt, within } from "./harness";

jest.mock("../../src/taskpane/overview/SavingsChart", () => ({ __esModule: true, default: () => null }));
jest.mock("../../src/taskpane/services/workbookService", () => ({ readWorkbookModel: jest.fn(), buildInExcel: jest.fn(), buildXlsx: jest.fn() }));

const goTo = async (user: ReturnType<typeof renderPane>["user"], step: number) =>
  user.click(screen.getByRole("button", { name: new RegExp(`^Ga naar stap ${step}:`) }));
const figure = (id: string) => plain(screen.getByTestId(`figure-${id}`).textContent);

describe("step 3: volumes", () => {
  it("shows totals and the difference per form, and says plainly when the total number of placed youths changes", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 3);
    expect(screen.getByTestId("total-current").textContent).toBe("82");
    expect(screen.getByTestId("total-target").textContent).toBe("82");
    expect(screen.getByTestId("difference-0").textContent).toBe("−16");
    expect(screen.getByTestId("difference-1").textContent).toBe("+6");
    expect(screen.getByTestId("total-note").textContent).toContain("Het totaal blijft 82");
    const target = screen.getByRole("textbox", { name: "Residentiële jeugdhulp (24-uursgroep), doel" });
    await user.clear(target);
    await user.type(target, "20");
    expect(screen.getByTestId("difference-0").textContent).toBe("−20");
    expect(screen.getByTestId("total-target").textContent).toBe("78");
    expect(screen.getByTestId("total-note").textContent).toContain("verandert van 82 naar 78 (−4)");
    await user.clear(target);
    await user.type(target, "-3");
    expect(fieldOf(target).textContent).toContain("moet tussen 0 en 1.000.000 liggen");
  });

  it("volumes per municipality: the grid starts with today's volumes, takes a pasted block from Excel, and the totals follow", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 3);
    await user.click(screen.getByRole("switch", { name: "Aantallen per gemeente invoeren" }));
    const grid = screen.getByTestId("municipality-grid");
    expect((within(grid).getByRole("textbox", { name: "Gemeente Voorbeeldstad (fictief): Gemeente" }) as HTMLInputElement).value).toBe(
      "Gemeente Voorbeeldstad (fictief)",
    );
    expect((within(grid).getByRole("textbox", { name: "Gemeente Voorbeeldstad (fictief): Jeugdigen 0-17" }) as HTMLInputElement).value).toBe("24.000");
    await user.click(screen.getByRole("button", { name: "Gemeente toevoegen" }));
    // A block copied from Excel: a header row (skipped), one municipality, Dutch notation, tab-separated.
    await user.click(within(grid).getByRole("textbox", { name: "Gemeente 2: Gemeente" }));
    await user.paste("Gemeente\tJeugdigen\tRes nu\tRes doel\tGh nu\tGh doel\tPz nu\tPz doel\r\nDorpenland\t9.000\t9\t6\t3\t4\t11\t13\r\n");
    expect((within(grid).getByRole("textbox", { name: "Dorpenland: Gemeente" }) as HTMLInputElement).value).toBe("Dorpenland");
    expect((within(grid).getByRole("textbox", { name: "Dorpenland: Jeugdigen 0-17" }) as HTMLInputElement).value).toBe("9.000");
    expect((within(grid).getByRole("textbox", { name: "Dorpenland: Pleegzorg doel" }) as HTMLInputElement).value).toBe("13");
    // Sums per form: 40 + 9, 24 + 6, ...; totals 82 + 23 and 82 + 23.
    expect(screen.getByTestId("total-current").textContent).toBe("105");
    expect(screen.getByTestId("total-target").textContent).toBe("105");
    expect(screen.getByTestId("difference-0").textContent).toBe("−19");
    // Dorpenland: (9 - 6) x 115.668,50 + (3 - 4) x 65.880,79 + (11 - 13) x 22.997,54 = 235.129,63; with Voorbeeldstad 1.225.435,86
    await goTo(user, 5);
    expect(figure("structural-saving")).toBe("€ 1.460.565,49");
  });

  it("a pasted cell that is not a number stays in its cell as a problem; typing a volume in the grid works", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 3);
    await user.click(screen.getByRole("switch", { name: "Aantallen per gemeente invoeren" }));
    const grid = screen.getByTestId("municipality-grid");
    const current = within(grid).getByRole("textbox", { name: "Gemeente Voorbeeldstad (fictief): Gezinshuis nu" });
    await user.click(current);
    await user.paste("veel\t20\n");
    expect((current as HTMLInputElement).value).toBe("veel");
    expect(fieldOf(current).textContent).toContain("'veel' is geen getal");
    await user.clear(current);
    await user.type(current, "14");
    expect(screen.getByTestId("total-current").textContent).toBe("84");
    // The pasted 20 went into the next column (family home target): 24 + 20 + 40.
    expect(screen.getByTestId("total-target").textContent).toBe("84");
  });

  it("switching back to one volume per form keeps the sums", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 3);
    const toggle = screen.getByRole("switch", { name: "Aantallen per gemeente invoeren" });
    await user.click(toggle);
    await user.click(screen.getByRole("button", { name: "Gemeente toevoegen" }));
    await user.type(
      within(screen.getByTestId("municipality-grid")).getByRole("textbox", { name: "Gemeente 2: Residentiële jeugdhulp (24-uursgroep) nu" }),
      "5",
    );
    await user.click(toggle);
    expect((screen.getByRole("textbox", { name: "Residentiële jeugdhulp (24-uursgroep), nu" }) as HTMLInputElement).value).toBe("45");
  });
});

describe("step 4: phasing and one-off costs", () => {
  it("phasing by a share per year: starts from the linear phasing, and a changed share changes the saving of that year", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 4);
    await user.click(screen.getByRole("radio", { name: "Een aandeel van de verschuiving per jaar" }));
    const year1 = screen.getByRole("textbox", { name: "Aandeel bereikt in 2026 (jaar 1)" }) as HTMLInputElement;
    expect(year1.value).toBe("33,33333333%");
    expect((screen.getByRole("textbox", { name: "Aandeel bereikt in 2030 (jaar 5)" }) as HTMLInputElement).value).toBe("100%");
    await user.clear(year1);
    await user.type(year1, "50%");
    expect(plain(fieldOf(year1).textContent)).toContain("= 50%");
    await goTo(user, 5);
    // 2026: saving 1.225.435,86 x 0,5 - 240.000 = 372.717,93 real; x 1,0394 = 387.403,02 nominal
    const row2026 = within(screen.getByTestId("savings-table")).getByRole("rowheader", { name: "2026" }).closest("tr")!;
    expect(plain(row2026.textContent)).toContain("€ 387.403");
  });

  it("a share above 100% is a problem at that year; a longer horizon adds a year of shares", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 4);
    await user.click(screen.getByRole("radio", { name: "Een aandeel van de verschuiving per jaar" }));
    const year2 = screen.getByRole("textbox", { name: "Aandeel bereikt in 2027 (jaar 2)" });
    await user.clear(year2);
    await user.type(year2, "120%");
    // Typed as a percentage: the range in percent, and no "did you mean 1,2%?".
    expect(fieldOf(year2).textContent).toContain("moet tussen 0% en 100% liggen");
    expect(fieldOf(year2).textContent).not.toContain("bedoelt u");
    await goTo(user, 1);
    const horizon = screen.getByRole("textbox", { name: /^Horizon/ });
    await user.clear(horizon);
    await user.type(horizon, "6");
    await goTo(user, 4);
    expect((screen.getByRole("textbox", { name: "Aandeel bereikt in 2031 (jaar 6)" }) as HTMLInputElement).value).toBe("100%");
  });

  it("adds and removes one-off costs; a year outside the horizon is shown at the year", async () => {
    const { user } = renderPane();
    await startExampleAt(user, 4);
    await user.click(screen.getByRole("button", { name: "Eenmalige kosten toevoegen" }));
    const added = screen.getByRole("group", { name: "Transitiekosten" });
    const amount = within(added).getByRole("textbox", { name: "Bedrag" });
    // Not said before the user has been in the field (issue 13, section 8), then said.
    expect(fieldOf(amount).textContent).not.toContain("is verplicht");
    await user.click(amount);
    await user.tab();
    expect(fieldOf(amount).textContent).toContain("is verplicht");
    await user.type(amount, "50.000");
    const year = within(added).getByRole("textbox", { name: "Jaar" });
    await user.clear(year);
    await user.type(year, "2040");
    expect(fieldOf(year).textContent).toContain("moet tussen 2025 en 2030 liggen");
    await user.clear(year);
    await user.type(year, "2025");
    await user.click(screen.getByRole("button", { name: "Eenmalige kosten Opstart van twee gezinshuizen verwijderen" }));
    await goTo(user, 5);
    const table = screen.getByTestId("savings-table");
    // 2025: -150.000 - 50.000 = -200.000; 2026: 1.225.435,86 / 3 x 1,0394 = 424.572,68 (no one-off costs left in 2026)
    expect(plain(within(table).getByRole("rowheader", { name: "2025" }).closest("tr")!.textContent)).toMatch(/-\s?€?\s?200\.000|€\s?-200\.000/);
    expect(plain(within(table).getByRole("rowheader", { name: "2026" }).closest("tr")!.textContent)).toContain("€ 424.573");
  });
});
