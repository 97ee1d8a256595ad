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
