import { describe, expect, it } from "vitest";
import { Timeline } from "../../src/core/index.js";
import { checkFormula, parseFormula } from "../../src/formula/index.js";
import { parseUnit } from "../../src/units/index.js";
import {
  CELL,
  TARGET,
  check,
  checked,
  declared,
  makeScope,
  parsed,
  problem,
  problems,
  resultUnit,
  slot,
  withoutSpans,
} from "./helpers.js";

/** A condition computed in every year (a cell-level condition, as inside if). */
const CONDITION = { context: "cell", expect: "condition" } as const;

describe("checkFormula: names", () => {
  it("refuses an unknown reference with its span and a did-you-mean hint", () => {
    expect(problem("gdpp")).toEqual({
      code: "unknown_reference",
      message: "'gdpp' is not an indicator of this model",
      span: { start: 0, end: 4 },
      hint: "did you mean 'gdp'?",
    });
    expect(problem("gdp + 地区生产总额")).toMatchObject({
      code: "unknown_reference",
      span: { start: 6, end: 12 },
      hint: "did you mean '地区生产总值'?",
    });
  });

  it("gives no hint when nothing is close", () => {
    const p = problem("zzzzzz");
    expect(p.code).toBe("unknown_reference");
    expect(p.hint).toBeUndefined();
  });

  it("refuses a group used as an indicator and says how to aggregate it", () => {
    expect(problem("sectors + 1")).toEqual({
      code: "unknown_reference",
      message: "'sectors' is a group, not an indicator",
      span: { start: 0, end: 7 },
      hint: "write sumOf(sectors) or meanOf(sectors)",
    });
  });

  it("refuses a function named without a call and shows how to call it", () => {
    expect(problem("cagr + 1")).toMatchObject({
      code: "unknown_reference",
      message: "'cagr' is a function",
      hint: "call it: cagr(x, y0, y1)",
    });
  });

  it("refuses an unknown function with a suggestion, and an indicator called as a function", () => {
    expect(problem("cagrr(gdp, 2016, 2021)")).toEqual({
      code: "unknown_function",
      message: "'cagrr' is not a plansheet function",
      span: { start: 0, end: 5 },
      hint: "did you mean 'cagr'?",
    });
    expect(problem("sumof(sectors)").hint).toBe("did you mean 'sumOf'?");
    expect(problem("gdp(2021)")).toMatchObject({
      code: "unknown_function",
      message: "'gdp' is an indicator, not a function",
      hint: "for a given year write gdp[2021]",
    });
    expect(problem("foo(gdp)").hint).toBeUndefined();
  });

  it("reports every problem of a formula, each with its own span", () => {
    const found = problems("gdpp + energyy");
    expect(found.map((p) => [p.code, p.span])).toEqual([
      ["unknown_reference", { start: 0, end: 4 }],
      ["unknown_reference", { start: 7, end: 14 }],
    ]);
    expect(found[1]!.hint).toBe("did you mean 'energy' or 'energy_t'?");
  });

  it("resolves Chinese ids to their slots", () => {
    const f = checked("地区生产总值 / 人口");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "product",
      factors: [
        { divide: false, expr: { kind: "cell", slot: slot("地区生产总值"), at: { kind: "relative", offset: 0 } } },
        { divide: true, expr: { kind: "cell", slot: slot("人口"), at: { kind: "relative", offset: 0 } } },
      ],
    });
    expect(resultUnit(f)).toBe("亿元/万人");
  });
});

describe("checkFormula: function arguments", () => {
  it.each([
    ["cagr(gdp, 2016)", "cagr takes 3 arguments, got 2", "write cagr(x, y0, y1)"],
    ["cagr(gdp, 2016, 2021, 2022)", "cagr takes 3 arguments, got 4", "write cagr(x, y0, y1)"],
    ["if(gdp > 1, 1)", "if takes 3 arguments, got 2", "write if(condition, a, b)"],
    ["round(gdp, 1, 2)", "round takes 1 to 2 arguments, got 3", "write round(a) or round(a, digits)"],
    ["min(gdp)", "min takes at least 2 arguments, got 1", "write min(a, b, …)"],
    ["exp(1, 2)", "exp takes 1 argument, got 2", "write exp(a)"],
    ["sumOf(sectors, gdp)", "sumOf takes 1 argument, got 2", "write sumOf(group)"],
    ["elasticity(energy, gdp, 2016)", "elasticity takes 4 arguments, got 3", "write elasticity(x, y, y0, y1)"],
  ])("refuses %s: %s", (text, message, hint) => {
    expect(problem(text)).toEqual({ code: "wrong_arguments", message, hint, span: { start: 0, end: text.length } });
  });

  it("refuses a call without arguments where one is needed", () => {
    expect(problem("exp()")).toMatchObject({
      code: "wrong_arguments",
      message: "exp takes 1 argument, got 0",
      hint: "write exp(a)",
    });
    expect(problem("growth()")).toMatchObject({
      code: "wrong_arguments",
      message: "growth takes 1 to 2 arguments, got 0",
    });
    expect(problem("exp()").span.start).toBe(0);
  });

  it("accepts any number of arguments to min and max from two on", () => {
    expect(checked("max(gdp, primary, secondary, 3)").expr).toMatchObject({ kind: "minmax", fn: "max" });
  });

  it("needs an indicator named bare where a function reads a series", () => {
    expect(problem("cagr(gdp[2016], 2016, 2021)")).toMatchObject({
      code: "wrong_arguments",
      message: "the first argument of cagr must be an indicator named bare, like gdp",
      span: { start: 5, end: 14 },
    });
    expect(problem("change(2016, 2016, 2021)").code).toBe("wrong_arguments");
    expect(problem("cagr(gdpp, 2016, 2021)")).toMatchObject({ code: "unknown_reference", hint: "did you mean 'gdp'?" });
  });

  it("needs a group name where an aggregate reads a group", () => {
    expect(problem("sumOf(gdp)")).toMatchObject({
      code: "wrong_arguments",
      message: "the argument of sumOf must be a group name",
      span: { start: 6, end: 9 },
    });
    expect(problem("sumOf(sectorz)").hint).toBe("did you mean 'sectors'?");
    expect(problem("meanOf(gdp + 1)").code).toBe("wrong_arguments");
  });

  it("needs a whole number written in the formula for round's digits", () => {
    expect(problem("round(gdp, 1.5)")).toMatchObject({ code: "wrong_arguments", span: { start: 11, end: 14 } });
    expect(problem("round(gdp, free)").code).toBe("wrong_arguments");
    expect(checked("round(gdp, -2)").expr).toMatchObject({ kind: "round", digits: -2 });
    for (const text of ["round(gdp, 1e20)", "round(gdp, 2000000000)", "round(gdp, -31)"]) {
      expect(problem(text), text).toMatchObject({
        code: "wrong_arguments",
        message: expect.stringMatching(/^round takes from −30 to 30 digits/),
      });
    }
    expect(checked("round(gdp, 30)").expr).toMatchObject({ kind: "round", digits: 30 });
  });
});

describe("checkFormula: years", () => {
  it("reads x[t-1] as a lag of one year, and t-1-1 and t+1 as offsets", () => {
    expect(checked("gdp[t-1]").expr).toMatchObject({
      kind: "cell",
      slot: slot("gdp"),
      at: { kind: "relative", offset: -1 },
    });
    expect(checked("gdp[t-1-1]").expr).toMatchObject({ at: { kind: "relative", offset: -2 } });
    expect(checked("gdp[t+1]").expr).toMatchObject({ at: { kind: "relative", offset: 1 } });
    expect(checked("gdp[t]").expr).toMatchObject({ at: { kind: "relative", offset: 0 } });
  });

  it("reads x[2021] as an absolute year", () => {
    expect(checked("gdp[2021]").expr).toMatchObject({ kind: "cell", at: { kind: "absolute", year: 2021 } });
    expect(checked("gdp[2021] > 1", TARGET).expr).toMatchObject({ left: { at: { kind: "absolute", year: 2021 } } });
  });

  it("refuses an absolute year outside the timeline with year_outside_timeline at the year", () => {
    expect(problem("gdp[2030]")).toEqual({
      code: "year_outside_timeline",
      message: "2030 lies outside the model's timeline 2016–2025",
      span: { start: 4, end: 8 },
      hint: "extend `years`, or name a year inside it",
    });
    expect(problem("cagr(gdp, 2015, 2021)")).toMatchObject({
      code: "year_outside_timeline",
      span: { start: 10, end: 14 },
    });
    expect(problem("gdp[2026] > 1", TARGET).code).toBe("year_outside_timeline");
  });

  it("accepts the first and last years of the timeline", () => {
    expect(check("gdp[2016] + gdp[2025]").ok).toBe(true);
  });

  it("refuses years that are not a year, t, or t plus or minus whole numbers", () => {
    for (const [text, span] of [
      ["gdp[t+1.5]", { start: 4, end: 9 }],
      ["gdp[t*2]", { start: 4, end: 7 }],
      ["gdp[1 + t]", { start: 4, end: 9 }],
      ["gdp[2016 + 1]", { start: 4, end: 12 }],
      ["cagr(gdp, 2016.5, 2021)", { start: 10, end: 16 }],
      ["gdp[share]", { start: 4, end: 9 }],
    ] as const) {
      expect(problem(text), text).toMatchObject({ code: "invalid_year", span });
    }
  });

  it("refuses t in a target, and says to name the year", () => {
    expect(problem("t > 2020", TARGET)).toEqual({
      code: "invalid_year",
      message: "t (the year being computed) has no meaning in a target",
      span: { start: 0, end: 1 },
      hint: "name the year, as in gdp[2025]",
    });
    expect(problem("gdp[t-1] > 1", TARGET)).toMatchObject({
      code: "invalid_year",
      message: "a year must be a year like 2025",
    });
    expect(problems("cagr(gdp, t-5, t) > 5%", TARGET).map((p) => [p.code, p.span])).toEqual([
      ["invalid_year", { start: 10, end: 13 }],
      ["invalid_year", { start: 15, end: 16 }],
    ]);
  });

  it("refuses what reads the cell's year without saying so in a target (growth(x), sumOf(g)), at its span", () => {
    expect(problem("growth(gdp) > 5%", TARGET)).toEqual({
      code: "invalid_year",
      message: "a target is checked once, not for each year: this part reads the year being computed",
      span: { start: 0, end: 11 },
      hint: "name the year, as in growth(x, 2025) or cagr(x, 2021, 2025)",
    });
    expect(problem("gdp[2025] > 1 and sumOf(sectors) >= 1000", TARGET)).toMatchObject({
      code: "invalid_year",
      span: { start: 18, end: 32 },
      hint: "define an indicator with the formula sumOf(sectors) and name its year, as in total[2025]",
    });
    expect(check("growth(gdp, 2025) > 5%", TARGET).ok).toBe(true);
  });

  it("refuses a same-year reference in a target, suggesting the last year", () => {
    expect(problem("gdp > 1", TARGET)).toEqual({
      code: "invalid_year",
      message: "say which year of gdp the target means",
      span: { start: 0, end: 3 },
      hint: "write gdp[2025]",
    });
  });
});

describe("checkFormula: unit rules", () => {
  it("refuses 亿元 + 万吨标准煤 as unit_mismatch naming both units, at the span of both terms", () => {
    expect(problem("gdp + energy")).toEqual({
      code: "unit_mismatch",
      message: "万吨标准煤 cannot be added to 亿元",
      span: { start: 0, end: 12 },
    });
    expect(problem("1 + gdp * 2 + energy")).toMatchObject({ code: "unit_mismatch", span: { start: 4, end: 20 } });
    expect(problem("gdp > energy").message).toBe("万吨标准煤 cannot be compared with 亿元");
  });

  it("refuses a level plus a percentage-point change, or plus a rate", () => {
    expect(problem("gdp + share_change")).toMatchObject({
      code: "unit_mismatch",
      message: "百分点 cannot be added to 亿元",
      hint: "a percentage-point change applies to a share or rate, not to a level",
    });
    expect(problem("gdp + 0.6pp").code).toBe("unit_mismatch");
    expect(problem("gdp + 5%")).toMatchObject({
      code: "unit_mismatch",
      hint: "to grow a level by a rate, multiply: x * (1 + 5%)",
    });
    expect(problem("5% + gdp")).toMatchObject({
      code: "unit_mismatch",
      message: "亿元 cannot be added to %",
      hint: "to grow a level by a rate, multiply: x * (1 + 5%)",
    });
  });

  it("keeps count words apart: 家 + 个 is a mismatch", () => {
    expect(problem("firms + projects")).toMatchObject({ code: "unit_mismatch", message: "个 cannot be added to 家" });
    expect(problem("pop + visits").code).toBe("unit_mismatch");
  });

  it("reads a share plus a percentage-point change as a share", () => {
    for (const text of [
      "share + share_change",
      "share_change + share",
      "share + 0.6pp",
      "0.6pp + share",
      "share_change + 5%",
    ]) {
      const f = checked(text);
      expect(f.type, text).toMatchObject({ kind: "unit", unit: { name: "%", flavour: "percent" } });
    }
  });

  it("reads points plus points as points", () => {
    expect(checked("share_change + share_change").type).toMatchObject({
      kind: "unit",
      unit: { name: "百分点", flavour: "pp" },
    });
    expect(checked("0.6pp + 0.6百分点").type).toMatchObject({ kind: "unit", unit: { flavour: "pp" } });
  });

  it("converts 亿元 + 万元 by a scale node of 1/10000 on the 万元 term", () => {
    const f = checked("gdp + gdp_wan");
    expect(resultUnit(f)).toBe("亿元");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "sum",
      terms: [
        { subtract: false, expr: { kind: "cell", slot: slot("gdp"), at: { kind: "relative", offset: 0 } } },
        {
          subtract: false,
          expr: {
            kind: "scale",
            arg: { kind: "cell", slot: slot("gdp_wan"), at: { kind: "relative", offset: 0 } },
            num: 1,
            den: 10000,
            exactNum: "1",
            exactDen: "10000",
          },
        },
      ],
    });
  });

  it("converts to the unit of the first term: 万元 + 亿元 scales the 亿元 term by 10000", () => {
    const f = checked("gdp_wan - gdp");
    expect(resultUnit(f)).toBe("万元");
    expect(f.expr).toMatchObject({
      terms: [{ expr: { kind: "cell" } }, { subtract: true, expr: { kind: "scale", num: 10000, den: 1 } }],
    });
  });

  it("converts the sides of a comparison and the branches of if and min to one unit", () => {
    expect(checked("gdp_wan > gdp", CONDITION).expr).toMatchObject({
      kind: "compare",
      unit: { name: "万元" },
      right: { kind: "scale", num: 10000, den: 1 },
    });
    expect(checked("if(gdp > 1, gdp_wan, gdp)").expr).toMatchObject({
      kind: "if",
      otherwise: { kind: "scale", num: 10000, den: 1 },
    });
    expect(checked("min(gdp, gdp_wan)").expr).toMatchObject({
      kind: "minmax",
      args: [{ kind: "cell" }, { kind: "scale", num: 1, den: 10000 }],
    });
  });

  it("gives energy / gdp in 万吨标准煤 and 亿元, declared 吨标准煤/万元, a factor of 1", () => {
    const f = checked("energy / gdp", declared("吨标准煤/万元"));
    expect(resultUnit(f)).toBe("吨标准煤/万元");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "product",
      factors: [
        { divide: false, expr: { kind: "cell", slot: slot("energy"), at: { kind: "relative", offset: 0 } } },
        { divide: true, expr: { kind: "cell", slot: slot("gdp"), at: { kind: "relative", offset: 0 } } },
      ],
    });
  });

  it("gives energy / gdp with energy in 吨标准煤 a factor of 10⁻⁴", () => {
    const f = checked("energy_t / gdp", declared("吨标准煤/万元"));
    expect(resultUnit(f)).toBe("吨标准煤/万元");
    expect(f.expr).toMatchObject({
      kind: "scale",
      num: 1,
      den: 10000,
      exactNum: "1",
      exactDen: "10000",
      arg: { kind: "product" },
    });
  });

  it("converts a per-capita figure in 亿元/万人 to 元/人 by 10⁴", () => {
    expect(checked("gdp / pop", declared("元/人")).expr).toMatchObject({ kind: "scale", num: 10000, den: 1 });
  });

  it("converts a result to its declared unit: gdp in 亿元 declared 万元 is × 10000", () => {
    expect(checked("gdp", declared("万元")).expr).toMatchObject({
      kind: "scale",
      num: 10000,
      den: 1,
      arg: { kind: "cell" },
    });
    expect(checked("gdp", declared("亿元")).expr).toMatchObject({ kind: "cell" });
  });

  it("refuses a formula whose unit cannot convert to the declared unit with unit_not_convertible over the formula", () => {
    expect(problem("gdp", declared("万吨标准煤"))).toEqual({
      code: "unit_not_convertible",
      message: "the formula gives 亿元, which cannot be converted to the declared unit 万吨标准煤",
      span: { start: 0, end: 3 },
      hint: "check the formula, or the indicator's unit",
    });
    expect(problem("energy / gdp", declared("万元"))).toMatchObject({
      code: "unit_not_convertible",
      span: { start: 0, end: 12 },
    });
    expect(problem("gdp / gdp[t-1]", declared("亿元")).code).toBe("unit_not_convertible");
  });

  it("lets a ratio of like units be declared %", () => {
    const f = checked("primary / gdp", declared("%"));
    expect(resultUnit(f)).toBe("%");
    const g = checked("tertiary / gdp", declared("%"));
    expect(g.expr).toMatchObject({ kind: "scale", num: 1, den: 10000 });
  });

  it("refuses exp, log and sqrt of a level with unit_dimensionless_required at the argument", () => {
    expect(problem("exp(gdp)")).toEqual({
      code: "unit_dimensionless_required",
      message: "exp needs a number without a unit, but this is in 亿元",
      span: { start: 4, end: 7 },
      hint: "divide by a value of the same unit first, e.g. log(gdp / gdp[2020])",
    });
    expect(problem("log(gdp)").code).toBe("unit_dimensionless_required");
    expect(problem("sqrt(area)").code).toBe("unit_dimensionless_required");
    expect(checked("log(gdp / gdp[t-1])").type).toEqual({ kind: "free" });
  });

  it("refuses a level as an exponent, and a level raised to anything but a written whole number", () => {
    expect(problem("2 ^ gdp")).toMatchObject({ code: "unit_dimensionless_required", span: { start: 4, end: 7 } });
    expect(problem("gdp ^ 0.5")).toMatchObject({ code: "unit_dimensionless_required", span: { start: 6, end: 9 } });
    expect(problem("gdp ^ share").code).toBe("unit_dimensionless_required");
    expect(resultUnit(checked("gdp ^ 2"))).toBe("亿元^2");
    expect(checked("gdp ^ -1").type).toMatchObject({ kind: "unit", unit: { dims: { money: -1 } } });
    expect(resultUnit(checked("(gdp / gdp[2016]) ^ (1/5)"))).toBe("1");
  });

  it("lets a bare number take the unit its context needs: gdp + 10 adds 10 亿元", () => {
    const f = checked("gdp + 10");
    expect(resultUnit(f)).toBe("亿元");
    expect(f.expr).toMatchObject({
      kind: "sum",
      terms: [{ expr: { kind: "cell" } }, { expr: { kind: "const", value: 10, exact: "10" } }],
    });
    // Declared in 万元, the whole sum (10 亿元 included) is converted: the 10 is not taken as 10 万元.
    expect(checked("gdp + 10", declared("万元")).expr).toMatchObject({
      kind: "scale",
      num: 10000,
      den: 1,
      arg: { kind: "sum" },
    });
  });

  it("compares gdp[2025] >= 4500 with 4500 亿元", () => {
    const f = checked("gdp[2025] >= 4500", TARGET);
    expect(f.type).toEqual({ kind: "condition" });
    expect(f.expr).toMatchObject({
      kind: "compare",
      op: ">=",
      unit: { name: "亿元" },
      right: { kind: "const", value: 4500 },
    });
  });

  it("scales a level by a bare number or a rate and keeps its unit", () => {
    expect(resultUnit(checked("gdp * 1.05"))).toBe("亿元");
    expect(resultUnit(checked("gdp[t-1] * (1 + share)"))).toBe("亿元");
    expect(resultUnit(checked("share * gdp"))).toBe("亿元");
  });

  it("reads 5% and 0.6pp as dimensionless", () => {
    expect(checked("5%").type).toMatchObject({ kind: "unit", unit: { dims: {}, flavour: "percent" } });
    expect(checked("0.6pp").type).toMatchObject({ kind: "unit", unit: { dims: {}, flavour: "pp" } });
    expect(checked("ratio + 5%").type).toMatchObject({ kind: "unit", unit: { name: "%" } });
  });

  it("takes a bare number above 1 next to a share as a slip for a percentage", () => {
    expect(problem("share < 10")).toEqual({
      code: "percent_slip",
      message: "the bare number 10 stands next to a share or rate in %, where it would mean 1000%",
      span: { start: 8, end: 10 },
      hint: "write 10% (or 10pp for percentage points)",
    });
    expect(problem("share[2025] < 10", TARGET)).toMatchObject({ code: "percent_slip", span: { start: 14, end: 16 } });
    expect(problem("share_change + 10").code).toBe("percent_slip");
    expect(problem("min(share, 10)").code).toBe("percent_slip");
    expect(problem("share > -10").code).toBe("percent_slip");
  });

  it("accepts a bare number of at most 1 next to a share, and 10% written out", () => {
    expect(check("share + 1").ok).toBe(true);
    expect(check("share < 0.5", CONDITION).ok).toBe(true);
    expect(check("share[2025] < 10%", TARGET).ok).toBe(true);
  });

  it("refuses ppchange of a level, at the level", () => {
    expect(problem("ppchange(gdp, 2016, 2021)")).toEqual({
      code: "unit_mismatch",
      message: "ppchange needs a share or rate, but gdp is in 亿元",
      span: { start: 9, end: 12 },
      hint: "use change(x, y0, y1) for the relative change of a level",
    });
  });

  it("lets an indicator without a unit take the unit of its context", () => {
    expect(resultUnit(checked("free + gdp"))).toBe("亿元");
    expect(checked("free").type).toEqual({ kind: "free" });
    expect(checked("free", declared("亿元")).expr).toMatchObject({ kind: "cell" });
  });

  it("takes an unknown unit as its own count: like adds to like, two unknown units do not", () => {
    const scope = makeScope({ boxes: "标准箱", more_boxes: "标准箱", teu: "TEU" }, {});
    expect(checkFormula(parsed("boxes + more_boxes"), scope, CELL).ok).toBe(true);
    const outcome = checkFormula(parsed("boxes + teu"), scope, CELL);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]!.code).toBe("unit_mismatch");
  });
});

describe("checkFormula: conditions and numbers", () => {
  it("refuses a condition where an indicator needs a number", () => {
    expect(problem("gdp > 1")).toEqual({
      code: "number_expected",
      message: "the formula is a condition, but an indicator needs a number",
      span: { start: 0, end: 7 },
      hint: "to choose between values, write if(condition, a, b)",
    });
  });

  it("refuses a condition used as a number inside a formula", () => {
    expect(problem("(gdp > 1) + 1")).toMatchObject({
      code: "number_expected",
      message: "a condition cannot be added to a number",
      span: { start: 1, end: 8 },
    });
    expect(problem("exp(gdp > 1)").code).toBe("number_expected");
    expect(problem("2 * (gdp > 1)")).toMatchObject({ code: "number_expected", span: { start: 5, end: 12 } });
  });

  it("refuses a number where a target needs a condition", () => {
    expect(problem("gdp[2025]", TARGET)).toEqual({
      code: "condition_expected",
      message: "a target must be a condition, such as re_share[2025] < 10%",
      span: { start: 0, end: 9 },
    });
  });

  it("refuses a number as the condition of if, and as a side of and, or, not", () => {
    expect(problem("if(gdp, 1, 2)")).toMatchObject({ code: "condition_expected", span: { start: 3, end: 6 } });
    expect(problem("gdp[2025] > 1 and 1", TARGET)).toMatchObject({
      code: "condition_expected",
      span: { start: 18, end: 19 },
    });
    expect(problems("not gdp").map((p) => p.code)).toContain("condition_expected");
  });

  it("accepts conditions combined with and, or, not in a target", () => {
    const f = checked("gdp[2025] >= 4500 and not (share[2025] >= 10%) or energy[2025] < energy[2020]", TARGET);
    expect(f.type).toEqual({ kind: "condition" });
    expect(f.expr.kind).toBe("logic");
  });

  it("chooses a number with if(condition, a, b) in a cell", () => {
    const f = checked("if(t <= 2021, gdp, gdp[t-1] * 1.05)");
    expect(resultUnit(f)).toBe("亿元");
    expect(f.expr).toMatchObject({ kind: "if", cond: { kind: "compare", left: { kind: "year" } } });
  });
});

describe("checkFormula: what a formula reads", () => {
  it("marks cagr(x, 2016, 2021) year-independent and x[t-1] not", () => {
    expect(checked("cagr(gdp, 2016, 2021)").yearIndependent).toBe(true);
    expect(checked("gdp[t-1]").yearIndependent).toBe(false);
  });

  it.each([
    ["gdp[2021] * 2", true],
    ["5% + 0.6pp", true],
    ["sum(gdp, 2021, 2025)", true],
    ["growth(gdp, 2021)", true],
    ["elasticity(energy, gdp, 2016, 2021)", true],
    ["gdp", false],
    ["t", false],
    ["sumOf(sectors)", false],
    ["growth(gdp)", false],
    ["cagr(gdp, t-5, t)", false],
    ["cagr(gdp, 2016, t)", false],
    ["gdp[2021] + gdp[t]", false],
  ])("reports %s as year-independent: %s", (text, independent) => {
    expect(checked(text).yearIndependent).toBe(independent);
  });

  it("lists the cells it reads", () => {
    const f = checked("gdp[t-1] * (1 + share) + cagr(energy, 2016, 2021) * gdp[2021]");
    expect(f.reads.cells).toEqual(
      expect.arrayContaining([
        { slot: slot("gdp"), at: { kind: "relative", offset: -1 } },
        { slot: slot("share"), at: { kind: "relative", offset: 0 } },
        { slot: slot("energy"), at: { kind: "absolute", year: 2016 } },
        { slot: slot("energy"), at: { kind: "absolute", year: 2021 } },
        { slot: slot("gdp"), at: { kind: "absolute", year: 2021 } },
      ]),
    );
    expect(f.reads.cells).toHaveLength(5);
  });
});

describe("checkFormula: size", () => {
  it("checks a 10,000-term sum with unit conversions without overflowing the stack", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `x${i}`);
    const scope = makeScope(Object.fromEntries(ids.map((id, i) => [id, i % 2 === 0 ? "亿元" : "万元"])), {});
    const outcome = checkFormula(parsed(ids.join(" + ")), scope, declared("亿元"));
    if (!outcome.ok) throw new Error(outcome.problems[0]!.message);
    const expr = outcome.formula.expr;
    expect(expr.kind).toBe("sum");
    if (expr.kind !== "sum") return;
    expect(expr.terms).toHaveLength(10_000);
    expect(expr.terms[0]!.expr.kind).toBe("cell");
    expect(expr.terms[1]!.expr).toMatchObject({ kind: "scale", num: 1, den: 10000 });
    expect(outcome.formula.reads.cells).toHaveLength(10_000);
    expect(outcome.formula.yearIndependent).toBe(false);
  });

  it("checks the same tree twice to the same result", () => {
    const expr = parsed("gdp + gdp_wan");
    const scope = makeScope();
    const a = checkFormula(expr, scope, CELL);
    const b = checkFormula(expr, scope, CELL);
    expect(withoutSpans(a)).toEqual(withoutSpans(b));
  });
});

describe("checkFormula with another timeline", () => {
  it("uses the scope's timeline for year checks and hints", () => {
    const scope = makeScope({ gdp: "亿元" }, {}, new Timeline(2020, 2030, 2024));
    const outcome = checkFormula(parsed("gdp > 1"), scope, TARGET);
    expect(!outcome.ok && outcome.problems[0]!.hint).toBe("write gdp[2030]");
    expect(checkFormula(parsed("gdp[2030] > 1"), scope, TARGET).ok).toBe(true);
    const early = checkFormula(parsed("gdp[2019] > 1"), scope, TARGET);
    expect(!early.ok && early.problems[0]!.message).toBe("2019 lies outside the model's timeline 2020–2030");
  });

  it("accepts a formula written with an explicit unit-free scope", () => {
    const scope = makeScope({ a: undefined, b: undefined }, {});
    const outcome = checkFormula(parseFormulaOrThrow("a * b + 3"), scope, {
      context: "cell",
      expect: "number",
      declaredUnit: parseUnit("亿元").unit,
    });
    expect(outcome.ok && outcome.formula.type).toEqual({ kind: "free" });
  });
});

function parseFormulaOrThrow(text: string) {
  const outcome = parseFormula(text);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.expr;
}
