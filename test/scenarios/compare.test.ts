import { describe, expect, it } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { buildModel } from "../../src/evaluation/index.js";
import { compareScenarios, comparisonToJson } from "../../src/scenarios/compare.js";

const model = buildModel({
  years: [2021, 2025],
  baseYear: 2021,
  indicators: {
    gdp: { unit: "亿元", history: { 2021: 100 }, projection: "gdp[t-1] * (1 + g)" },
    g: { unit: "%", value: "5%" },
    share: { unit: "%", formula: "tourism / gdp" },
    tourism: { unit: "亿元", history: { 2021: 15 }, projection: "tourism[t-1] * (1 + tg)" },
    tg: { unit: "%", value: "5%" },
    inverse: { formula: "1 / (g - 5%)" },
    later: { unit: "个", value: { 2023: 3 } },
  },
  targets: {
    gdp_120: { check: "gdp[2025] >= 120" },
    tourism_about_5: { check: "abs(cagr(tourism, 2021, 2025) - 5%) <= 0.5pp" },
  },
  scenarios: {
    baseline: {},
    fast: { extends: "baseline", set: { g: "6%", tg: "5.5%" } },
    slow: { extends: "baseline", set: { g: "4%", tg: "4.5%" } },
  },
});

describe("compareScenarios", () => {
  const comparison = compareScenarios(model, ["baseline", "fast", "slow"]);

  it("lines up the scenarios, the first as the reference, over every year and indicator", () => {
    expect(comparison.scenarios).toEqual(["baseline", "fast", "slow"]);
    expect(comparison.reference).toBe("baseline");
    expect(comparison.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(comparison.indicators).toEqual(["gdp", "g", "share", "tourism", "tg", "inverse", "later"]);
    expect([...comparison.projections.keys()]).toEqual(["baseline", "fast", "slow"]);
    expect(comparison.projections.get("fast")!.scenario).toBe("fast");
  });

  it("gives each scenario's values side by side, years as string keys", () => {
    expect(comparison.values.gdp!.baseline!["2021"]).toBe(100);
    expect(comparison.values.gdp!.baseline!["2025"]).toBeCloseTo(100 * 1.05 ** 4, 10);
    expect(comparison.values.gdp!.fast!["2025"]).toBeCloseTo(100 * 1.06 ** 4, 10);
    expect(comparison.values.gdp!.slow!["2025"]).toBeCloseTo(100 * 1.04 ** 4, 10);
    expect(Object.keys(comparison.values.gdp!.slow!)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
  });

  it("gives each value's difference from the reference in the indicator's unit, 0 for the reference itself", () => {
    expect(comparison.differences.gdp!.fast!["2025"]).toBeCloseTo(100 * (1.06 ** 4 - 1.05 ** 4), 10);
    expect(comparison.differences.gdp!.slow!["2025"]).toBeCloseTo(100 * (1.04 ** 4 - 1.05 ** 4), 10);
    expect(comparison.differences.gdp!.fast!["2021"]).toBe(0);
    expect(comparison.differences.gdp!.baseline!["2025"]).toBe(0);
    // A share's difference is in points, as a ratio.
    expect(comparison.differences.share!.fast!["2025"]).toBeCloseTo(0.15 * (1.055 ** 4 / 1.06 ** 4 - 1), 14);
    expect(comparison.differences.g!.slow!["2023"]).toBeCloseTo(-0.01, 15);
  });

  it("gives a null difference where either value is missing", () => {
    // 1 / (g − 5%) divides by zero in the baseline only.
    expect(comparison.values.inverse!.baseline!["2022"]).toBeNull();
    expect(comparison.values.inverse!.fast!["2022"]).toBeCloseTo(100, 9);
    expect(comparison.differences.inverse!.fast!["2022"]).toBeNull();
    // A value given for 2023 alone is missing in the other years, in every scenario.
    expect(comparison.values.later!.fast!["2023"]).toBe(3);
    expect(comparison.differences.later!.fast!["2023"]).toBe(0);
    expect(comparison.differences.later!.fast!["2022"]).toBeNull();
  });

  it("gives every target's outcome in each scenario", () => {
    expect(Object.keys(comparison.targets)).toEqual(["gdp_120", "tourism_about_5"]);
    const gdp = comparison.targets.gdp_120!;
    expect(gdp.baseline!.met).toBe(true);
    expect(gdp.fast!.met).toBe(true);
    expect(gdp.slow!.met).toBe(false);
    expect(gdp.slow!.margin).toBeCloseTo(100 * 1.04 ** 4 - 120, 10);
    // 100 · 1.06³ = 119.1: reached in 2025 only.
    expect(gdp.fast!.firstYear).toBe(2025);
    expect(gdp.slow!.firstYear).toBeNull();
    expect(gdp.baseline!.check).toBe("gdp[2025] >= 120");
  });

  it("compares only the indicators asked for", () => {
    const some = compareScenarios(model, ["baseline", "fast"], { indicators: ["share", "gdp"] });
    expect(some.indicators).toEqual(["share", "gdp"]);
    expect(Object.keys(some.values)).toEqual(["share", "gdp"]);
    expect(Object.keys(some.targets)).toEqual(["gdp_120", "tourism_about_5"]);
  });

  it("takes any scenario as the reference when it comes first", () => {
    const reversed = compareScenarios(model, ["slow", "baseline"]);
    expect(reversed.reference).toBe("slow");
    expect(reversed.differences.gdp!.baseline!["2025"]).toBeCloseTo(100 * (1.05 ** 4 - 1.04 ** 4), 10);
  });

  it("lets decimal mode decide a target that sits exactly on its threshold: |4.5% − 5%| <= 0.5pp is met", () => {
    const float = compareScenarios(model, ["baseline", "slow"]);
    const decimal = compareScenarios(model, ["baseline", "slow"], { mode: "decimal" });
    expect(decimal.projections.get("slow")!.mode).toBe("decimal");
    const exact = decimal.targets.tourism_about_5!.slow!;
    expect(exact.met).toBe(true);
    expect(exact.margin).toBe(0);
    expect(exact.exact!.margin).toBe("0");
    // Floating point lands a hair on the wrong side, sees the target on its threshold and lets decimal decide.
    expect(float.targets.tourism_about_5!.slow!).toMatchObject({ met: true, margin: 0, decidedBy: "decimal" });
    expect(float.targets.tourism_about_5!.baseline!.decidedBy).toBeUndefined();
    expect(comparisonToJson(float).targets.tourism_about_5!.slow).toMatchObject({
      met: true,
      margin: 0,
      decidedBy: "decimal",
    });
  });

  it("refuses fewer than two scenarios as a usage error", () => {
    expect(() => compareScenarios(model, ["baseline"])).toThrow(PlansheetError);
    expect(() => compareScenarios(model, [])).toThrow("two or more scenarios");
  });

  it("refuses an unknown scenario with a PlansheetError naming it", () => {
    let error: unknown;
    try {
      compareScenarios(model, ["baseline", "fats"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlansheetError);
    expect((error as PlansheetError).issues[0]!.code).toBe("unknown_scenario");
    expect((error as PlansheetError).message).toContain("fats");
  });

  it("refuses an unknown indicator as a usage error, with a suggestion", () => {
    expect(() => compareScenarios(model, ["baseline", "fast"], { indicators: ["gdpp"] })).toThrow(PlansheetError);
    expect(() => compareScenarios(model, ["baseline", "fast"], { indicators: ["gdpp"] })).toThrow(
      "'gdpp' is not an indicator",
    );
  });
});

describe("comparisonToJson", () => {
  const comparison = compareScenarios(model, ["baseline", "slow"]);
  const json = comparisonToJson(comparison);

  it("keeps the values and differences and leaves out the projections", () => {
    expect(json).not.toHaveProperty("projections");
    expect(json.scenarios).toEqual(["baseline", "slow"]);
    expect(json.reference).toBe("baseline");
    expect(json.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(json.values).toEqual(comparison.values);
    expect(json.differences).toEqual(comparison.differences);
  });

  it("gives each target per scenario as met, value, threshold, margin and the first year on the way", () => {
    const slow = comparison.targets.gdp_120!.slow!;
    expect(json.targets.gdp_120!.slow).toEqual({
      met: false,
      value: slow.value,
      threshold: 120,
      margin: slow.margin,
      firstYear: null,
    });
    expect(json.targets.gdp_120!.baseline).toEqual({
      met: true,
      value: comparison.targets.gdp_120!.baseline!.value,
      threshold: 120,
      margin: comparison.targets.gdp_120!.baseline!.margin,
      firstYear: 2025,
    });
  });

  it("survives a round trip through JSON text, missing values as null", () => {
    const text = JSON.parse(JSON.stringify(json)) as typeof json;
    expect(text).toEqual(json);
    expect(text.values.inverse!.baseline!["2023"]).toBeNull();
  });
});
