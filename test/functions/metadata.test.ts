/**
 * functions.json as the webpack plugin generates it (custom-functions-metadata, the same package
 * the plugin calls), and the Dutch functions.nl.json laid over it.
 */
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "../../src/functions/localizeMetadata";
import * as functions from "../../src/functions/functions";
import dutch from "../../src/functions/functions.nl.json";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string };
}

let generated: { metadataJson: string; errors: string[]; associate: { functionName: string; id: string }[] };
let english: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(SOURCE);
  english = JSON.parse(generated.metadataJson).functions;
}, 60_000);

const byId = (fs: FunctionMetadata[], id: string) => {
  const f = fs.find((x) => x.id === id);
  if (!f) throw new Error(`no function ${id}`);
  return f;
};

describe("generated functions.json", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("lists the six functions with their parameters in order", () => {
    const signature = english.map((f) => `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`);
    expect(signature).toEqual([
      "PLACEMENTCOST(amount, per, [daysPerYear], [indexFactor])",
      "NETCOST(annualCost, ambulantAmount, ambulantShare)",
      "PHASEDVOLUME(current, target, yearsToTarget, yearIndex)",
      "SAVING(costs, current, target)",
      "PER1000YOUTHS(count, population)",
      "BREAKEVENYEAR(years, cumulative)",
    ]);
  });

  it("describes every function and every parameter", () => {
    for (const f of english) {
      expect(`${f.id}: ${f.description ?? ""}`.length).toBeGreaterThan(f.id.length + 30);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description ?? ""}`.length).toBeGreaterThan(f.id.length + p.name.length + 15);
    }
  });

  it("passes ranges as matrices of any value (so that core.ts can name a wrong cell) and scalars as numbers", () => {
    for (const id of ["SAVING", "BREAKEVENYEAR"]) {
      for (const p of byId(english, id).parameters) expect([p.dimensionality, p.type]).toEqual(["matrix", "any"]);
    }
    expect(byId(english, "PLACEMENTCOST").parameters.map((p) => p.type)).toEqual(["number", "string", "number", "number"]);
    for (const f of english) expect(f.result.type).toBe("number");
  });

  it("uses ids that are not cell addresses (Microsoft's naming rule)", () => {
    for (const f of english) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
    }
  });

  it("associates each id with a function that functions.ts exports (the plugin appends these calls)", () => {
    expect(generated.associate.map((a) => a.id)).toEqual(english.map((f) => f.id));
    for (const a of generated.associate) expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe("function");
  });
});

describe("Dutch functions.nl.json", () => {
  let nl: FunctionMetadata[];
  beforeAll(() => {
    nl = JSON.parse(localizeMetadata(generated.metadataJson, dutch)).functions;
  });

  it("gives the Dutch names and keeps the ids", () => {
    expect(nl.map((f) => [f.id, f.name])).toEqual([
      ["PLACEMENTCOST", "PLAATSINGSKOSTEN"],
      ["NETCOST", "NETTOKOSTEN"],
      ["PHASEDVOLUME", "GEFASEERDVOLUME"],
      ["SAVING", "BESPARING"],
      ["PER1000YOUTHS", "PER1000JEUGDIGEN"],
      ["BREAKEVENYEAR", "TERUGVERDIENJAAR"],
    ]);
  });

  it("translates every description and parameter, and keeps types, dimensionality and optionality", () => {
    nl.forEach((f, i) => {
      const en = english[i];
      expect(f.description).not.toBe(en.description);
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(en.parameters.map((p) => [p.type, p.dimensionality, p.optional]));
      f.parameters.forEach((p, k) => expect(p.description).not.toBe(en.parameters[k].description));
    });
    expect(byId(nl, "SAVING").parameters.map((p) => p.name)).toEqual(["kosten", "huidig", "doel"]);
  });

  it("refuses a translation file that does not match the functions", () => {
    const withoutSaving: Record<string, unknown> = { ...dutch };
    delete withoutSaving.SAVING;
    expect(() => localizeMetadata(generated.metadataJson, withoutSaving)).toThrow("no translation for function SAVING");
    expect(() => localizeMetadata(generated.metadataJson, { ...dutch, EXTRA: { name: "X", description: "x", parameters: {} } })).toThrow(
      "translation for unknown function EXTRA",
    );
    const wrongParameter = JSON.parse(JSON.stringify(dutch));
    wrongParameter.PER1000YOUTHS.parameters.populatie = wrongParameter.PER1000YOUTHS.parameters.population;
    delete wrongParameter.PER1000YOUTHS.parameters.population;
    expect(() => localizeMetadata(generated.metadataJson, wrongParameter)).toThrow(
      /no translation for parameter population of PER1000YOUTHS[\s\S]*names parameter populatie/,
    );
  });
});
