import { describe, expect, it } from "vitest";
import { CellRule, FORMULA_KEYS, formulaKeyOf, ruleName } from "../../src/structure/rules.js";

describe("cell rules", () => {
  it("names every rule code", () => {
    for (const [name, code] of Object.entries(CellRule)) expect(ruleName(code)).toBe(name);
  });

  it("gives distinct codes to every rule", () => {
    const codes = Object.values(CellRule);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("maps the formula rules to their field, and other rules to none", () => {
    expect(formulaKeyOf(CellRule.formula)).toBe("formula");
    expect(formulaKeyOf(CellRule.projection)).toBe("projection");
    expect(formulaKeyOf(CellRule.backcast)).toBe("backcast");
    for (const rule of [CellRule.gap, CellRule.history, CellRule.input, CellRule.failed])
      expect(formulaKeyOf(rule)).toBeUndefined();
    expect(FORMULA_KEYS).toEqual(["formula", "projection", "backcast"]);
  });
});
