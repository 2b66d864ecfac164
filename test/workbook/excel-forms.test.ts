import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import type { FunctionSpec } from "../../src/formula/functions/spec.js";
import { FUNCTIONS } from "../../src/formula/index.js";
import { workbookPlan } from "../../src/workbook/plan.js";
import { FORMULAS, randomModel } from "./random-models.js";

/**
 * Each function's spreadsheet form is written beside its rule (`excel` in its spec); the LibreOffice oracle
 * (`oracle.test.ts`) recomputes workbooks of random models whose formulas call every one of them.
 */
describe("the spreadsheet form of every function", () => {
  const registry = FUNCTIONS as Map<string, FunctionSpec>;
  const abs = FUNCTIONS.get("abs")!;
  afterEach(() => {
    registry.set("abs", abs);
  });

  it("is written in each function's spec", () => {
    const without = [...FUNCTIONS.values()].filter((spec) => spec.excel === undefined).map((spec) => spec.name);
    expect(without).toEqual([]);
  });

  it("is exercised by the formulas of the oracle's random models, one function at least once each", () => {
    const texts = [...FORMULAS, JSON.stringify(fc.sample(randomModel, { numRuns: 1, seed: 1 })[0]!.definition)];
    const called = (name: string) => texts.some((text) => text.includes(`${name}(`));
    expect([...FUNCTIONS.keys()].filter((name) => !called(name))).toEqual([]);
  });

  it("is required at export: a function without one is refused, named, and nothing is written wrong", () => {
    const { excel: _, ...withoutForm } = abs;
    registry.set("abs", withoutForm);
    const model = buildModel({
      years: [2020, 2022],
      baseYear: 2020,
      indicators: { a: { value: -2 }, b: { formula: "abs(a) + 1" } },
    });
    expect(model.run().get("b", 2021)).toBe(3);
    expect(() => workbookPlan(model)).toThrow(/b, 2020.*the function abs, which has no Excel form yet/);
  });
});
