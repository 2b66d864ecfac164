import { describe, expect, it } from "vitest";
import { checkFormula } from "../../../src/formula/index.js";
import { CELL, checked, makeScope, parsed, problem, resultUnit, slot } from "../helpers.js";

describe("sumOf(group) and meanOf(group)", () => {
  it("add the members in the same year, converting each to the first member's unit", () => {
    const f = checked("sumOf(sectors)");
    expect(resultUnit(f)).toBe("亿元");
    expect(f.expr).toEqual({
      kind: "aggregate",
      fn: "sumOf",
      group: "sectors",
      members: [
        { slot: slot("primary"), num: 1, den: 1 },
        { slot: slot("secondary"), num: 1, den: 1 },
        { slot: slot("tertiary"), num: 1, den: 10000 },
      ],
      span: { start: 0, end: 14 },
    });
  });

  it("average the members with the same conversions", () => {
    const f = checked("meanOf(sectors)");
    expect(f.expr).toMatchObject({ kind: "aggregate", fn: "meanOf", group: "sectors" });
    expect(resultUnit(f)).toBe("亿元");
  });

  it("compute the same year: they depend on the year", () => {
    expect(checked("sumOf(sectors)").yearIndependent).toBe(false);
  });

  it("take the unit of the first member that has one, skipping members without", () => {
    const scope = makeScope({ a: undefined, b: "万元", c: "亿元" }, { g: ["a", "b", "c"] });
    const outcome = checkFormula(parsed("sumOf(g)"), scope, CELL);
    if (!outcome.ok) throw new Error(outcome.problems[0]!.message);
    expect(outcome.formula.type).toMatchObject({ kind: "unit", unit: { name: "万元" } });
    expect(outcome.formula.expr).toMatchObject({
      members: [
        { num: 1, den: 1 },
        { num: 1, den: 1 },
        { num: 10000, den: 1 },
      ],
    });
  });

  it("yield a bare number when no member has a unit", () => {
    expect(checked("sumOf(towns)").type).toEqual({ kind: "free" });
  });

  it("refuse a group that mixes dimensions, naming the member and both units", () => {
    expect(problem("sumOf(mixed)")).toEqual({
      code: "unit_mismatch",
      message: "group 'mixed' mixes units: energy is in 万吨标准煤, other members in 亿元",
      span: { start: 6, end: 11 },
      hint: "a group aggregate needs members measured in the same kind of unit",
    });
    expect(problem("meanOf(mixed)").code).toBe("unit_mismatch");
  });

  it("refuse an indicator where a group is needed", () => {
    expect(problem("meanOf(gdp)")).toMatchObject({
      code: "wrong_arguments",
      message: "the argument of meanOf must be a group name",
    });
  });
});
