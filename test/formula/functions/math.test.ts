import { describe, expect, it } from "vitest";
import { CELL, checked, problem, problems, resultUnit } from "../helpers.js";

describe("exp, log and sqrt", () => {
  it("take a ratio, a rate or a bare number and give a bare number", () => {
    for (const fn of ["exp", "log", "sqrt"]) {
      expect(checked(`${fn}(share)`).type, fn).toEqual({ kind: "free" });
      expect(checked(`${fn}(gdp / gdp[t-1])`).type, fn).toEqual({ kind: "free" });
      expect(checked(`${fn}(2)`).expr, fn).toMatchObject({ kind: "math", fn, arg: { kind: "const", value: 2 } });
    }
  });

  it("normalise a ratio of like units at different scales before taking it", () => {
    expect(checked("log(gdp / gdp_wan)").expr).toMatchObject({
      kind: "math",
      fn: "log",
      arg: { kind: "scale", num: 10000, den: 1 },
    });
  });

  it("refuse a level", () => {
    for (const fn of ["exp", "log", "sqrt"]) expect(problem(`${fn}(gdp)`).code).toBe("unit_dimensionless_required");
  });
});

describe("abs", () => {
  it("keeps its argument's unit", () => {
    expect(resultUnit(checked("abs(gdp)"))).toBe("亿元");
    expect(resultUnit(checked("abs(ppchange(share, 2016, 2021))"))).toBe("百分点");
    expect(checked("abs(gdp)").expr).toMatchObject({ kind: "math", fn: "abs" });
  });
});

describe("round", () => {
  it("rounds to 0 decimals by default and keeps the unit", () => {
    const f = checked("round(gdp)");
    expect(f.expr).toMatchObject({ kind: "round", digits: 0 });
    expect(resultUnit(f)).toBe("亿元");
  });

  it("takes negative digits, and rounds a ratio as a ratio", () => {
    expect(checked("round(gdp, -2)").expr).toMatchObject({ digits: -2 });
    expect(checked("round(share, 3)").type).toMatchObject({ kind: "unit", unit: { name: "%" } });
  });
});

describe("min and max", () => {
  it("bring their arguments to one unit", () => {
    const f = checked("max(gdp_wan, gdp, 3)");
    expect(resultUnit(f)).toBe("万元");
    expect(f.expr).toMatchObject({
      kind: "minmax",
      fn: "max",
      args: [{ kind: "cell" }, { kind: "scale", num: 10000 }, { kind: "const", value: 3 }],
    });
  });

  it("refuse arguments of different dimensions", () => {
    expect(problem("max(gdp, energy)")).toMatchObject({
      code: "unit_mismatch",
      message: "万吨标准煤 cannot be compared with 亿元",
      span: { start: 4, end: 15 },
    });
  });

  it("catch a percent slip", () => {
    expect(problem("min(share, 10)").code).toBe("percent_slip");
    expect(resultUnit(checked("min(share, 10%)"))).toBe("%");
  });
});

describe("if", () => {
  it("takes a condition and two numbers of one unit", () => {
    const f = checked("if(share > 10%, gdp, gdp_wan)");
    expect(resultUnit(f)).toBe("亿元");
    expect(f.expr).toMatchObject({
      kind: "if",
      cond: { kind: "compare" },
      whenTrue: { kind: "cell" },
      otherwise: { kind: "scale", den: 10000 },
    });
  });

  it("refuses branches of different dimensions", () => {
    expect(problem("if(gdp > 1, gdp, energy)")).toMatchObject({
      code: "unit_mismatch",
      message: "万吨标准煤 cannot be chosen together with 亿元",
    });
  });

  it("refuses a number as the condition and a condition as a branch", () => {
    expect(problem("if(gdp, 1, 2)").code).toBe("condition_expected");
    expect(problems("if(gdp > 1, gdp > 2, 1)", CELL).map((p) => p.code)).toContain("number_expected");
  });
});
