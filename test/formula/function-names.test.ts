import { afterEach, describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { EXAMPLE_DATA, EXAMPLE_YEAR } from "../../src/formula/functions/examples.js";
import type { FunctionSpec } from "../../src/formula/functions/spec.js";
import { FUNCTIONS } from "../../src/formula/index.js";

/**
 * A function's name and an indicator's id live in two name spaces: a call is `name(`, an id is a name without one.
 * So a model whose indicator is called like a function, today's or one added later, loads and computes as before.
 */
describe("function names and indicator ids", () => {
  const registry = FUNCTIONS as Map<string, FunctionSpec>;
  afterEach(() => {
    registry.delete("gdp");
  });

  it("lets every function's name be an indicator's id, read beside the function's own call", () => {
    const indicators: Record<string, unknown> = { ...EXAMPLE_DATA.indicators };
    const names = [...FUNCTIONS.keys()];
    for (const [name, spec] of FUNCTIONS) {
      indicators[name] ??= { value: names.indexOf(name) + 1 };
      const call = typeof spec.exampleValue === "boolean" ? `if(${spec.example}, 1, 0)` : spec.example;
      indicators[`calls_${names.indexOf(name)}`] = { formula: call };
      indicators[`reads_${names.indexOf(name)}`] = { formula: `${name} * 2` };
    }
    const run = buildModel({ ...EXAMPLE_DATA, indicators }).run();
    for (const [name, spec] of FUNCTIONS) {
      const k = names.indexOf(name);
      const want = typeof spec.exampleValue === "boolean" ? Number(spec.exampleValue) : spec.exampleValue;
      expect(run.get(`calls_${k}`, EXAMPLE_YEAR)! - want, spec.example).toBeCloseTo(0, 10);
      expect(run.get(`reads_${k}`, EXAMPLE_YEAR), name).toBe(2 * (k + 1));
    }
  });

  it("keeps a model loading when a function is added under the name of one of its indicators", () => {
    const before = buildModel(EXAMPLE_DATA).run().get("gdp", EXAMPLE_YEAR);
    registry.set("gdp", { ...FUNCTIONS.get("abs")!, name: "gdp", signature: "gdp(x)", example: "gdp(-1)" });
    const model = buildModel({
      ...EXAMPLE_DATA,
      indicators: { ...EXAMPLE_DATA.indicators, both: { unit: "亿元", formula: "gdp(gdp - 300)" } },
    });
    const run = model.run();
    expect(run.get("gdp", EXAMPLE_YEAR)).toBe(before);
    expect(run.get("both", EXAMPLE_YEAR)).toBeCloseTo(300 - 257.36, 10);
  });
});
