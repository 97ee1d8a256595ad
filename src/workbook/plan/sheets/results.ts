/**
 * The results sheet (Resultaat / Results): the key figures, every scenario side by side, the
 * four-year budget view as a municipality budgets (BBV), the yearly table, the per-1,000 figures
 * and the share away from home against the reference points, a proposal text built by formulas,
 * and the charts. Everything here is a link to the calculation sheet or a short formula on it.
 */
import { columnLetters } from "../address";
import { cell, colRange, rowRange, type SheetBuilder } from "../builder";
import { sheetTop } from "../common";
import { REFERENCE_POINTS, header, note, section, text, unit, type LayoutContext } from "../layoutContext";
import { TAB_COLORS } from "../styles";
import type { CellPlan, NumberFormatName } from "../types";
import { T0 } from "./calc";
import { proposalSentences } from "./proposal";

export function buildResultsSheet(m: LayoutContext): SheetBuilder {
  const { c, ctx, tr, H } = m;
  const R = m.results;
  const b = m.sheet("results");
  b.tabColor = TAB_COLORS.output;
  const widths: Record<number, number> = { 0: 50, 1: 16, 2: 16 };
  for (let i = 0; i <= H; i++) widths[T0 + i] = 14;
  widths[T0 + H + 1] = 14;
  b.widths(widths);
  sheetTop(
    m,
    b,
    tr("Resultaat", "Results"),
    tr(
      "De uitkomsten voor het actieve scenario. Positief = voordeel voor de gemeente (lagere lasten), negatief = nadeel.",
      "The outcomes for the active scenario. Positive = advantage for the municipality (lower costs), negative = disadvantage.",
    ),
  );
  let r = b.row;
  const key = (label: string, formula: string, result: number | string, format: NumberFormatName, unitText = "", style: CellPlan["style"] = "keyFigure") => {
    b.set(r, 0, text(label));
    b.set(r, 1, { formula, result, style, numberFormat: format });
    if (unitText) b.set(r, 2, unit(unitText));
    return r++;
  };

  // Key figures.
  b.set(r++, 0, section(tr("Kerncijfers", "Key figures")));
  key(tr("Actief scenario", "Active scenario"), "=BC_Scenario", m.activeScenarioName, "text", "", "link");
  key(
    tr("Structurele besparing per jaar, zodra het doel bereikt is", "Structural saving per year, once the target is reached"),
    "=BC_StructuralSaving",
    R.structuralSaving,
    "eur",
    tr("prijspeil basisjaar", "base-year prices"),
  );
  key(
    tr("Netto contante waarde (NCW) over de horizon", "Net present value (NPV) over the horizon"),
    "=BC_NPV",
    R.npv,
    "eur",
    tr("reëel, tegen de discontovoet", "real, at the discount rate"),
  );
  const noBreakEven = tr("niet binnen de horizon", "not within the horizon");
  key(tr("Terugverdienjaar", "Break-even year"), `=IF(BC_BreakEvenYear="","${noBreakEven}",BC_BreakEvenYear)`, R.breakEvenYear ?? noBreakEven, "year");
  const oneOffTotal = R.oneOffReal.reduce((s, x) => s + x, 0);
  key(
    tr("Eenmalige transitiekosten, totaal", "One-off transition costs, total"),
    "=SUM(BC_OneOffReal)",
    oneOffTotal,
    "eur",
    tr("prijspeil basisjaar", "base-year prices"),
  );
  const noSwitch = tr("n.v.t.", "n/a");
  key(
    tr("Omslagpunt: realisatie waarbij de NCW nul is", "Switching value: realisation at which the NPV is zero"),
    `=IF(BC_SwitchingRealisation="","${noSwitch}",BC_SwitchingRealisation)`,
    m.key.switching ?? noSwitch,
    "percent",
    tr("van de geplande verschuiving", "of the planned shift"),
  );
  if (m.population !== null) {
    const share = R.awayFromHomeShare!;
    key(tr("Aandeel jeugdigen uit huis, basisjaar", "Share of youths away from home, base year"), "=INDEX(BC_AwayFromHomeShare,1)", share[0], "percent2");
    key(
      tr("Aandeel jeugdigen uit huis, laatste jaar", "Share of youths away from home, last year"),
      "=INDEX(BC_AwayFromHomeShare,COLUMNS(BC_AwayFromHomeShare))",
      share[H],
      "percent2",
    );
  }
  r++;

  // Cost per placement-year and volumes per care form (the first chart reads this table).
  b.set(r++, 0, section(tr("Per zorgvorm", "Per care form")));
  b.setRow(r++, 0, [
    header(tr("Zorgvorm", "Care form")),
    header(tr("Kosten per plaatsingsjaar", "Cost per placement-year")),
    header(tr("Aantal nu", "Number now")),
    header(tr("Aantal doel", "Number target")),
    header(tr("Verschil", "Difference")),
  ]);
  const formFirst = r;
  c.careForms.forEach((f, fi) => {
    const fr = R.forms[fi];
    b.set(r, 0, { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" });
    b.set(r, 1, { formula: `=BC_CostPerPlacement_${f.id}`, result: fr.costPerPlacement, style: "link", numberFormat: "eur" });
    b.set(r, 2, { formula: `=BC_Current_${f.id}`, result: fr.current, style: "link", numberFormat: "count" });
    b.set(r, 3, { formula: `=BC_Target_${f.id}`, result: fr.target, style: "link", numberFormat: "count" });
    b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: fr.target - fr.current, style: "calc", numberFormat: "count" });
    r++;
  });
  const totalCurrent = R.forms.reduce((s, f) => s + f.current, 0);
  const totalTarget = R.forms.reduce((s, f) => s + f.target, 0);
  b.set(r, 0, { value: tr("Totaal", "Total"), style: "output" });
  b.set(r, 2, { formula: `=SUM(C${formFirst + 1}:C${r})`, result: totalCurrent, style: "output", numberFormat: "count" });
  b.set(r, 3, { formula: `=SUM(D${formFirst + 1}:D${r})`, result: totalTarget, style: "output", numberFormat: "count" });
  b.set(r, 4, { formula: `=D${r + 1}-C${r + 1}`, result: totalTarget - totalCurrent, style: "output", numberFormat: "count" });
  r++;
  const F = c.careForms.length;
  b.set(
    r++,
    0,
    note(
      tr(
        "Het totaal aantal geplaatste jeugdigen verandert als 'Verschil' in de totaalregel niet nul is: dan verschuift het model niet alleen, maar plaatst het ook meer of minder jeugdigen.",
        "The total number of placed youths changes when 'Difference' in the total row is not zero: then the model does not only shift, it also places more or fewer youths.",
      ),
    ),
  );
  r++;

  // Scenarios side by side.
  b.set(r++, 0, section(tr("Scenario's naast elkaar", "Scenarios side by side")));
  b.setRow(r++, 0, [
    header(tr("Scenario", "Scenario")),
    header(tr("Realisatie", "Realisation")),
    header(tr("Structurele besparing", "Structural saving")),
    header(tr("NCW", "NPV")),
    header(tr("Terugverdienjaar", "Break-even year")),
  ]);
  const scenarioFirst = r;
  const all = [m.base, ...m.scenarios];
  m.inputs.scenarioColumns.forEach((scol, s) => {
    const block = m.calc.scenarioBlocks[s];
    const S = all[s];
    b.set(r, 0, {
      formula: `=${ctx.ref("inputs", m.inputs.scenarioRows.name, scol)}`,
      result: s === 0 ? m.baseCaseName : c.scenarios![s - 1].name,
      style: "link",
    });
    b.set(r, 1, { formula: `=${ctx.ref("inputs", m.inputs.scenarioRows.realisation, scol)}`, result: S.realisation, style: "link", numberFormat: "percent" });
    b.set(r, 2, { formula: `=${ctx.ref("calc", block.ss, 2)}`, result: S.structuralSaving, style: "link", numberFormat: "eur" });
    b.set(r, 3, { formula: `=${ctx.ref("calc", block.npv, 2)}`, result: S.npv, style: "link", numberFormat: "eur" });
    b.set(r, 4, { formula: `=${ctx.ref("calc", block.breakEven, 2)}`, result: S.breakEvenYear ?? "", style: "link", numberFormat: "year" });
    r++;
  });
  const scenarioCount = all.length;
  ctx.name("BC_ScenarioList", "results", colRange(scenarioFirst, 0, scenarioCount), "Base case and scenarios, by name");
  ctx.name("BC_ScenarioStructuralSaving", "results", colRange(scenarioFirst, 2, scenarioCount), "Structural saving per scenario (base case first)");
  ctx.name("BC_ScenarioNPV", "results", colRange(scenarioFirst, 3, scenarioCount), "NPV per scenario (base case first)");
  ctx.name("BC_ScenarioBreakEvenYear", "results", colRange(scenarioFirst, 4, scenarioCount), "Break-even year per scenario (base case first; empty: none)");
  b.set(
    r++,
    0,
    note(
      tr(
        "Het actieve scenario kiest u op het blad Aannames (BC_Scenario). Realisatie = deel van de geplande verschuiving dat lukt.",
        "Choose the active scenario on the Inputs sheet (BC_Scenario). Realisation = the part of the planned shift that succeeds.",
      ),
    ),
  );
  r++;

  // The four-year budget (BBV): budget year and the three years after it, nominal.
  b.set(r++, 0, section(tr("Meerjarenbegroting (nominaal, x € 1)", "Four-year budget (nominal, x € 1)")));
  b.set(r, 0, header(tr("Begrotingsjaar", "Budget year")));
  const budgetHeader = r;
  const budgetYear = c.budgetYear ?? c.baseYear + 1;
  for (let k = 0; k < 4; k++) {
    const formula = k === 0 ? "=BC_BudgetYear" : `=${columnLetters(k)}${r + 1}+1`;
    b.set(r, 1 + k, { formula, result: budgetYear + k, style: "header", numberFormat: "year" });
  }
  r++;
  const inYears = (year: number) => year >= c.baseYear && year <= c.baseYear + H;
  const budgetLine = (label: string, name: string, values: number[], sign: 1 | -1, style: CellPlan["style"] = "calc") => {
    b.set(r, 0, text(label));
    for (let k = 0; k < 4; k++) {
      const L = columnLetters(1 + k);
      const year = budgetYear + k;
      const lookup = `INDEX(${name},MATCH(${L}$${budgetHeader + 1},BC_Years,0))`;
      b.set(r, 1 + k, {
        formula: `=IFERROR(${sign === -1 ? "-" : ""}${lookup},"")`,
        result: inYears(year) ? sign * values[year - c.baseYear] : "",
        style,
        numberFormat: "eur",
      });
    }
    return r++;
  };
  const structural = budgetLine(
    tr("Structureel: lagere lasten jeugdhulp door de verschuiving", "Structural: lower youth-care costs from the shift"),
    "BC_SavingNominal",
    R.savingNominal,
    1,
  );
  const incidental = budgetLine(tr("Incidenteel: transitiekosten", "One-off: transition costs"), "BC_OneOffNominal", R.oneOffNominal, -1);
  b.set(r, 0, { value: tr("Saldo (+ voordeel, - nadeel)", "Balance (+ advantage, - disadvantage)"), style: "output" });
  for (let k = 0; k < 4; k++) {
    const L = columnLetters(1 + k);
    const year = budgetYear + k;
    b.set(r, 1 + k, {
      formula: `=IF(AND(${L}${structural + 1}="",${L}${incidental + 1}=""),"",N(${L}${structural + 1})+N(${L}${incidental + 1}))`,
      result: inYears(year) ? R.netNominal[year - c.baseYear] : "",
      style: "keyFigure",
      numberFormat: "eur",
    });
  }
  ctx.name("BC_BudgetTable", "results", { row: budgetHeader, col: 0, rowCount: 4, colCount: 5 }, "Four-year budget: structural, one-off and balance (nominal)");
  r++;
  b.set(
    r++,
    0,
    note(
      tr(
        "Lopende prijzen (geïndexeerd met BC_Indexation). Structurele en incidentele bedragen staan apart, zoals de BBV vraagt. Een lege cel: het jaar valt buiten de horizon.",
        "Current prices (indexed with BC_Indexation). Structural and one-off amounts are on separate lines, as the BBV rules ask. An empty cell: the year lies outside the horizon.",
      ),
    ),
  );
  r++;

  // The yearly table: links to the calculation sheet.
  b.set(r++, 0, section(tr("Per jaar", "Per year")));
  b.set(r, 0, header(""));
  b.set(r, 1, header(tr("Eenheid", "Unit")));
  b.set(r, 2, header(""));
  // The same formula across the row: the position of the column in the timeline.
  for (let i = 0; i <= H; i++)
    b.set(r, T0 + i, {
      formula: `=INDEX(BC_Years,COLUMN()-COLUMN($${columnLetters(T0)}$${r + 1})+1)`,
      result: R.years[i],
      style: "header",
      numberFormat: "year",
    });
  const yearsRow = r;
  r++;
  const linkRow = (
    label: string | CellPlan,
    unitText: string,
    calcRow: number,
    values: readonly (number | string)[],
    format: NumberFormatName,
    style: CellPlan["style"] = "link",
  ) => {
    b.set(r, 0, typeof label === "string" ? text(label) : label);
    b.set(r, 1, unit(unitText));
    for (let i = 0; i <= H; i++)
      b.set(r, T0 + i, { formula: `=${ctx.sheetPrefix("calc")}${columnLetters(T0 + i)}${calcRow + 1}`, result: values[i], style, numberFormat: format });
    return r++;
  };
  const rows = m.calc.rows;
  c.careForms.forEach((f, fi) =>
    linkRow(
      { formula: `=BC_Name_${f.id}`, result: f.name, style: "link" },
      tr("jeugdigen", "youths"),
      m.calc.volumeRows.get(f.id)!,
      R.forms[fi].volumes,
      "count",
    ),
  );
  linkRow(tr("Totaal geplaatst", "Total placed"), tr("jeugdigen", "youths"), rows.BC_TotalPlaced, R.totalPlaced, "count");
  linkRow(tr("Referentiekosten (reëel)", "Reference cost (real)"), "€", rows.BC_ReferenceCost, R.referenceCost, "eur");
  linkRow(tr("Kosten (reëel)", "Cost (real)"), "€", rows.BC_ScenarioCost, R.scenarioCost, "eur");
  linkRow(tr("Besparing (reëel)", "Saving (real)"), "€", rows.BC_SavingReal, R.savingReal, "eur");
  linkRow(tr("Eenmalige transitiekosten (reëel)", "One-off transition costs (real)"), "€", rows.BC_OneOffReal, R.oneOffReal, "eur");
  linkRow(tr("Netto besparing (reëel)", "Net saving (real)"), "€", rows.BC_NetReal, R.netReal, "eur");
  const netNominalRow = linkRow(tr("Netto besparing (nominaal)", "Net saving (nominal)"), "€", rows.BC_NetNominal, R.netNominal, "eur");
  const cumulativeRow = linkRow(
    tr("Netto besparing cumulatief (nominaal)", "Net saving cumulative (nominal)"),
    "€",
    rows.BC_CumulativeNominal,
    R.cumulativeNominal,
    "eur",
    "output",
  );
  r++;

  // Per 1,000 youths and the share away from home against the reference points.
  let shareRow = -1;
  let refRows: number[] = [];
  if (m.population !== null) {
    b.set(r++, 0, section(tr("Kengetallen per 1.000 jeugdigen en aandeel uit huis", "Figures per 1,000 youths and share away from home")));
    c.careForms.forEach((f, fi) =>
      linkRow(
        { formula: `=BC_Name_${f.id}&"${tr(": per 1.000", ": per 1,000")}"`, result: `${f.name}${tr(": per 1.000", ": per 1,000")}`, style: "link" },
        tr("per 1.000", "per 1,000"),
        m.calc.per1000Rows.get(f.id)!,
        R.forms[fi].per1000!,
        "per1000",
      ),
    );
    shareRow = linkRow(
      tr("Aandeel jeugdigen uit huis", "Share of youths away from home"),
      "%",
      rows.BC_AwayFromHomeShare,
      R.awayFromHomeShare!,
      "percent2",
      "output",
    );
    refRows = REFERENCE_POINTS.map((ref) => {
      b.set(r, 0, text(`${tr("Referentie", "Reference")}: ${m.label(ref)}`));
      b.set(r, 1, unit("%"));
      for (let i = 0; i <= H; i++) b.set(r, T0 + i, { formula: `=BC_Ref_${ref.key}`, result: ref.value, style: "link", numberFormat: "percent2" });
      return r++;
    });
    r++;
  }

  // The proposal text.
  b.set(r++, 0, section(tr("Tekst voor het raadsvoorstel", "Text for the council proposal")));
  b.set(
    r++,
    0,
    note(
      tr(
        "Elke zin is een formule op de uitkomsten en volgt de invoer. Kopieer de alinea (de laatste regel) in het raadsvoorstel.",
        "Each sentence is a formula on the outcomes and follows the inputs. Copy the paragraph (the last line) into the council proposal.",
      ),
    ),
  );
  const sentences = proposalSentences(m);
  const sentenceFirst = r;
  for (const s of sentences) b.prose(r++, 0, { formula: s.formula, result: s.result, style: "sentence" });
  const paragraph = sentences
    .map((s) => s.result)
    .filter((x) => x !== "")
    .join(" ");
  const parts = sentences.map((_, k) => `A${sentenceFirst + k + 1}`);
  b.prose(r, 0, { formula: `=TRIM(${parts.join('&" "&')})`, result: paragraph, style: "paragraph" });
  ctx.name("BC_ProposalText", "results", cell(r, 0), "The proposal paragraph");
  r += 2;

  // Charts (made by the add-in; a file written without Excel carries this note instead).
  b.set(r++, 0, section(tr("Grafieken", "Charts")));
  b.set(
    r++,
    0,
    note(
      tr(
        "De grafieken hieronder maakt de invoegtoepassing in Excel; ze lezen de tabellen hierboven en volgen dus de invoer. Een bestand dat buiten Excel is gemaakt, krijgt ze zodra het met de invoegtoepassing wordt geopend.",
        "The add-in makes the charts below in Excel; they read the tables above and follow the inputs. A file made outside Excel gets them as soon as it is opened with the add-in.",
      ),
    ),
  );
  const chartHeight = 16;
  const years = { sheet: "results" as const, range: rowRange(yearsRow, T0, H + 1) };
  ctx.charts.push({
    sheet: "results",
    kind: "columnClustered",
    title: tr("Aantal jeugdigen per zorgvorm: nu en doel", "Youths per care form: now and target"),
    anchor: { row: r, col: 0, rowCount: chartHeight, colCount: 3 },
    categories: { sheet: "results", range: colRange(formFirst, 0, F) },
    series: [
      { name: tr("Nu", "Now"), sheet: "results", range: colRange(formFirst, 2, F) },
      { name: tr("Doel", "Target"), sheet: "results", range: colRange(formFirst, 3, F) },
    ],
    valueAxisTitle: tr("jeugdigen", "youths"),
  });
  ctx.charts.push({
    sheet: "results",
    kind: "columnLine",
    title: tr("Netto besparing per jaar en cumulatief (nominaal)", "Net saving per year and cumulative (nominal)"),
    anchor: { row: r, col: 3, rowCount: chartHeight, colCount: Math.max(6, H + 1) },
    categories: years,
    series: [
      { name: tr("Netto per jaar", "Net per year"), sheet: "results", range: rowRange(netNominalRow, T0, H + 1), as: "column" },
      { name: tr("Cumulatief", "Cumulative"), sheet: "results", range: rowRange(cumulativeRow, T0, H + 1), as: "line" },
    ],
    valueAxisTitle: "€",
  });
  r += chartHeight + 1;
  if (shareRow >= 0) {
    ctx.charts.push({
      sheet: "results",
      kind: "line",
      title: tr("Aandeel jeugdigen uit huis tegen de referentiepunten", "Share of youths away from home against the reference points"),
      anchor: { row: r, col: 0, rowCount: chartHeight, colCount: 3 },
      categories: years,
      series: [
        { name: tr("Dit model", "This model"), sheet: "results", range: rowRange(shareRow, T0, H + 1), as: "line" },
        ...REFERENCE_POINTS.map((ref, k) => ({ name: m.label(ref), sheet: "results" as const, range: rowRange(refRows[k], T0, H + 1), as: "line" as const })),
      ],
      valueAxisTitle: "%",
    });
    r += chartHeight + 1;
  }
  b.row = r;
  b.freeze = { rows: 4, columns: 1 };
  return b;
}
