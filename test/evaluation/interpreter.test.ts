import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/model.js";

/**
 * The interpreter, exercised through small models: `x` is 100, 110, 121, 133.1, 146.41 over 2020–2024
 * (10% a year), `s` a share, `y` a second series. Each formula is checked in float and in decimal mode.
 */
function evaluate(
  formula: string,
  year = 2024,
  unit?: string,
): { float: number | null; exact: string | null; reason?: string } {
  const model = buildModel({
    years: [2020, 2024],
    baseYear: 2024,
    indicators: {
      x: { value: { 2020: 100, 2021: 110, 2022: 121, 2023: 133.1, 2024: 146.41 } },
      y: { value: { 2020: 50, 2021: 52, 2022: 54.08, 2023: 56.2432, 2024: 58.492928 } },
      s: { unit: "%", value: { 2020: "40%", 2021: "41%", 2022: "42.5%", 2023: "43%", 2024: "44.6%" } },
      a: { value: 2, groups: ["g"] },
      b: { value: 3, groups: ["g"] },
      c: { value: 7, groups: ["g"] },
      f: { ...(unit ? { unit } : {}), formula },
    },
    groups: { g: {} },
  });
  const float = model.run();
  const decimal = model.run({ mode: "decimal" });
  const reason = float.reason("f", year);
  return { float: float.get("f", year), exact: decimal.exact("f", year), ...(reason ? { reason } : {}) };
}

describe("the interpreter", () => {
  it.each([
    ["x + y - 1", "203.902928"],
    ["x * 2 / 4", "73.205"],
    ["-x + 1", "-145.41"],
    ["2 ^ 10", "1024"],
    ["t - 2000", "24"],
    ["x[2020]", "100"],
    ["x[t-1]", "133.1"],
    ["x[t-2] + x[t-1]", "254.1"],
    ["if(x > 120, 1, 2)", "1"],
    ["if(x > 200 or y > 58, 1, 2)", "1"],
    ["if(x > 200 and y > 58, 1, 2)", "2"],
    ["if(not (x > 200), 1, 2)", "1"],
    ["min(x, y, 60)", "58.492928"],
    ["max(x, y, 60)", "146.41"],
    ["abs(y - x)", "87.917072"],
    ["round(x, 1)", "146.4"],
    ["round(x)", "146"],
    ["round(2.5)", "3"],
    ["round(-2.5)", "-3"],
    ["round(x, -2)", "100"],
    ["sqrt(16)", "4"],
    ["sum(x, 2020, 2022)", "331"],
    ["mean(x, 2020, 2022)", "110.3333333333333333333333333333333"],
    ["sumOf(g)", "12"],
    ["meanOf(g)", "4"],
    ["change(x, 2020, 2022)", "0.21"],
    ["growth(x)", "0.1"],
    ["growth(x, 2021)", "0.1"],
    ["ppchange(s, 2020, 2024)", "0.046"],
    ["s + 0.6pp", "0.452"],
    ["s - 5%", "0.396"],
  ])("evaluates %s exactly in decimal mode (%s) and closely in float mode", (formula, exact) => {
    const result = evaluate(formula);
    expect(result.exact).toBe(exact);
    expect(result.float).not.toBeNull();
    expect(Math.abs(result.float! - Number(exact))).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(Number(exact))));
  });

  it("computes cagr as the geometric average annual growth", () => {
    const result = evaluate("cagr(x, 2020, 2024)");
    expect(result.exact).toBe("0.1");
    expect(result.float).toBeCloseTo(0.1, 14);
  });

  it("computes the elasticity of one series against another from their average growth rates", () => {
    const result = evaluate("elasticity(y, x, 2020, 2024)");
    // y grows 4% a year and x 10%: 0.04 / 0.10
    expect(result.float).toBeCloseTo(0.4, 12);
    expect(Number(result.exact)).toBeCloseTo(0.4, 30);
  });

  it("computes exp and log as inverse functions", () => {
    expect(evaluate("log(exp(2))").float).toBeCloseTo(2, 14);
    expect(Number(evaluate("log(exp(2))").exact)).toBeCloseTo(2, 30);
  });

  it("makes growth(x) missing in the first year, for lack of a previous year", () => {
    const result = evaluate("growth(x)", 2020);
    expect(result.float).toBeNull();
    expect(result.reason).toContain("outside the timeline");
  });

  it("fails cagr from a non-positive start as a domain error", () => {
    const result = evaluate("cagr(x, 2020, 2024) + 0 * sqrt(-1)");
    expect(result.float).toBeNull();
    expect(result.reason).toContain("square root of a negative number");
  });

  it("fails a negative number raised to a fractional power", () => {
    expect(evaluate("(-8) ^ 0.5").float).toBeNull();
  });

  it("converts a formula's result to the declared unit (亿元 × 10000 → 万元)", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: { gdp: { unit: "亿元", value: 2.76 }, gdp_wan: { unit: "万元", formula: "gdp" } },
    });
    expect(model.run().get("gdp_wan", 2021)).toBeCloseTo(27_600, 9);
    expect(model.run({ mode: "decimal" }).exact("gdp_wan", 2021)).toBe("27600");
  });

  it("converts terms of the same dimension to the first term's unit (亿元 + 万元)", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: {
        a: { unit: "亿元", value: 1 },
        b: { unit: "万元", value: 5000 },
        total: { unit: "亿元", formula: "a + b" },
      },
    });
    expect(model.run({ mode: "decimal" }).exact("total", 2021)).toBe("1.5");
  });
});
