/** Issue 13, section 6: figures far outside the normal range are warned about, with the reason and the range. */
import { exampleCase, plausibilityWarnings, validateCase } from "../../src/model";

const example = () => exampleCase() as unknown as Record<string, any>;

it("the example has no warnings", () => {
  expect(plausibilityWarnings(example())).toEqual([]);
});

it("a day tariff typed 262.500 (EUR 262,500 a day) is warned about, with what was probably meant; the case stays valid", () => {
  const c = example();
  c.careForms[0].costs[0].amount = 262500;
  const [w] = plausibilityWarnings(c);
  expect(w.path).toBe("careForms[0].costs[0].amount");
  // 262,500 x 365 = 95,812,500 per placement-year
  expect(w.nl.replace(/\u00a0/g, " ")).toBe(
    "€ 262.500,00 per dag is € 95.812.500,00 per plaatsingsjaar: ongebruikelijk hoog (gebruikelijk is tot ongeveer € 1.500,00 per dag). Bedoelt u € 262,50? Een punt is in het Nederlands een scheiding van duizendtallen.",
  );
  expect(w.en).toContain("Did you mean €262.50?");
  expect(validateCase(c).ok).toBe(true);
});

it("a target of 3,800 foster youths among 12,000 youths is warned about with its share", () => {
  const c = example();
  c.youthPopulation = 12000;
  c.careForms[2].target = 3800;
  const warnings = plausibilityWarnings(c);
  expect(warnings.map((w) => w.path)).toEqual(["careForms[2].target"]);
  expect(warnings[0].nl).toContain("3.800 is 31,7% van de 12.000 jeugdigen");
});

it("unusual rates, and nothing at all for a case that is not an object", () => {
  const c = example();
  c.indexation = 0.25;
  expect(plausibilityWarnings(c).map((w) => [w.path, w.en])).toEqual([["indexation", "25% a year is unusual (usual is between -2% and 10%)."]]);
  expect(plausibilityWarnings([1, 2])).toEqual([]);
});

it("a figure of another year left at factor 1 is warned about at its factor: it would count as base-year prices (issue 11, point 7)", () => {
  const c = example();
  delete c.careForms[0].costs[0].indexFactor; // price year 2019 stays
  c.careForms[2].costs[0].indexFactor = 1; // price year 2024
  expect(plausibilityWarnings(c).map((w) => [w.path, w.code])).toEqual([
    ["careForms[0].costs[0].indexFactor", "notIndexed"],
    ["careForms[2].costs[0].indexFactor", "notIndexed"],
  ]);
  expect(plausibilityWarnings(c)[0].nl).toBe(
    "Het bedrag heeft prijzen van 2019, maar de indexfactor is 1: het telt als prijspeil 2025. Geef de factor van 2019 naar 2025 (bijvoorbeeld de CPI van het CBS of de indexatie van het contract).",
  );
  // The price year equal to the base year needs no factor.
  c.careForms[0].costs[0].priceYear = 2025;
  c.careForms[2].costs[0].priceYear = 2025;
  expect(plausibilityWarnings(c)).toEqual([]);
});

it("a scenario that computes the same as the base case is warned about at its name (issue 11, point 8: two rows with the same figures)", () => {
  const c = example();
  c.scenarios = [
    { name: "Basis", realisation: 1 },
    { name: "Zelfde fasering", realisation: 1, yearsToTarget: 3, costFactor: { residential: 1 } },
    { name: "Sneller", realisation: 1, yearsToTarget: 2 },
    { name: "Duurder", realisation: 1, costFactor: { foster: 1.1 } },
    { name: "Half", realisation: 0.5 },
  ];
  const warnings = plausibilityWarnings(c);
  expect(warnings.map((w) => [w.path, w.code])).toEqual([
    ["scenarios[0].name", "scenarioIsBaseCase"],
    ["scenarios[1].name", "scenarioIsBaseCase"],
  ]);
  expect(warnings[0].en).toBe(
    "This scenario computes the same as the base case (inputs): realisation 100%, no cost factors and the same phasing. The comparison then shows two rows with the same figures.",
  );
  // With phasing by shares, a scenario's own years to target is a straight line: a different phasing.
  c.phasing.shares = [0.2, 0.5, 1, 1, 1];
  expect(plausibilityWarnings(c).map((w) => w.path)).toEqual(["scenarios[0].name"]);
});
