/**
 * The workbook's names contract as the tests through LibreOffice check it: the value every contract
 * name should hold for a case (from the TypeScript calculation), a comparison with what a
 * recalculated file holds, and edits of named input cells in a file (what a user types).
 */
import * as ExcelJS from "../../src/workbook/xlsx/library";
import { BASE_CASE, calculate, municipalityResults, municipalityVolume, scenarioSummaries, switchingRealisation, type Case } from "../../src/model";
import { closeTo } from "./libreoffice";

export type Expected = Map<string, number | number[] | string | null>;

/** The names the method's contract defines, with the values the calculation gives. */
export function expectedNames(c: Case): Expected {
  const r = calculate(c);
  const out: Expected = new Map();
  for (const f of r.forms) {
    out.set(`BC_Current_${f.id}`, f.current);
    out.set(`BC_Target_${f.id}`, f.target);
    out.set(`BC_CostPerPlacement_${f.id}`, f.costPerPlacement);
  }
  out.set("BC_YearsToTarget", c.phasing.yearsToTarget);
  out.set("BC_Indexation", c.indexation);
  out.set("BC_DiscountRate", c.discountRate);
  if (r.youthPopulation !== null) out.set("BC_YouthPopulation", r.youthPopulation);
  out.set("BC_StructuralSaving", r.structuralSaving);
  out.set("BC_NPV", r.npv);
  out.set("BC_BreakEvenYear", r.breakEvenYear);
  out.set("BC_Years", r.years);
  out.set("BC_SavingReal", r.savingReal);
  out.set("BC_NetNominal", r.netNominal);
  out.set("BC_CumulativeNominal", r.cumulativeNominal);
  out.set("BC_SwitchingRealisation", switchingRealisation(c));
  if (r.awayFromHomeShare) out.set("BC_AwayFromHomeShare", r.awayFromHomeShare);
  const scenarios = [calculate(c, BASE_CASE), ...scenarioSummaries(c)];
  out.set("BC_ScenarioStructuralSaving", scenarios.map((s) => s.structuralSaving));
  out.set("BC_ScenarioNPV", scenarios.map((s) => s.npv));
  const municipalities = municipalityResults(c);
  if (municipalities) out.set("BC_MunicipalityStructuralSaving", municipalities.map((m) => m.structuralSaving));
  if (c.municipalities) {
    for (const f of c.careForms) {
      out.set(`BC_MunicipalityCurrent_${f.id}`, c.municipalities.map((m) => municipalityVolume(m, f.id).current));
      out.set(`BC_MunicipalityTarget_${f.id}`, c.municipalities.map((m) => municipalityVolume(m, f.id).target));
    }
  }
  return out;
}

/** Every expected name against what the file holds: numbers at 1e-6 relative, the rest exactly. */
export function compareNames(label: string, actual: Map<string, unknown>, expected: Map<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, want] of expected) {
    if (!actual.has(name)) {
      problems.push(`${label}: name ${name} is missing`);
      continue;
    }
    const got = actual.get(name);
    const wants = Array.isArray(want) ? want : [want];
    const gots = Array.isArray(got) ? got : [got];
    if (wants.length !== gots.length) {
      problems.push(`${label}: ${name} has ${gots.length} cells, expected ${wants.length}`);
      continue;
    }
    wants.forEach((w, i) => {
      const g = gots[i];
      if (w === null) {
        if (!(g === null || g === "" || typeof g === "string")) problems.push(`${label}: ${name}[${i}] should be empty or text, is ${JSON.stringify(g)}`);
      } else if (typeof w === "number") {
        if (typeof g !== "number" || !closeTo(g, w)) problems.push(`${label}: ${name}[${i}] = ${JSON.stringify(g)}, expected ${w}`);
      } else if (g !== w) problems.push(`${label}: ${name}[${i}] = ${JSON.stringify(g)}, expected ${JSON.stringify(w)}`);
    });
  }
  return problems;
}

/** A cell to type into: a named single cell, or the cell `index` places into a named row or column (0-based). */
export interface NamedEdit {
  name: string;
  index?: number;
  value: number | string;
}

/** Sets cells by their defined names in a file, keeping everything else. */
export async function setByName(file: string, edits: NamedEdit[] | Record<string, number | string>): Promise<void> {
  const list: NamedEdit[] = Array.isArray(edits) ? edits : Object.entries(edits).map(([name, value]) => ({ name, value }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  for (const { name, index, value } of list) {
    const entry = model.find((n) => n.name === name);
    if (!entry) throw new Error(`no name ${name}`);
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(entry.ranges[0]);
    if (!m) throw new Error(`${name} is not a range on one sheet: ${entry.ranges[0]}`);
    const sheet = wb.getWorksheet(m[1].replace(/''/g, "'"))!;
    const isColumn = m[4] !== undefined && m[4] === m[2];
    if (m[4] === undefined && index !== undefined && index !== 0) throw new Error(`${name} is a single cell`);
    const row = Number(m[3]) + (isColumn ? (index ?? 0) : 0);
    const col = colNumber(m[2]) + (isColumn ? 0 : (index ?? 0));
    sheet.getCell(row, col).value = value;
  }
  await wb.xlsx.writeFile(file);
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
