import { describe, expect, it, vi } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { buildModel, Model, ModelError } from "../../src/evaluation/model.js";

/** The ModelError that building `definition` throws. */
function buildError(definition: unknown): ModelError {
  try {
    buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected buildModel to throw a ModelError");
}

const years = [2019, 2023] as const; // base year 2021

describe("buildModel", () => {
  it("returns a Model with the timeline, base year, name and scenarios", () => {
    const model = buildModel({
      name: "demo",
      years,
      baseYear: 2021,
      indicators: { a: { value: 1 } },
      scenarios: { baseline: {}, high: { set: { a: 2 } } },
    });
    expect(model).toBeInstanceOf(Model);
    expect(model.name).toBe("demo");
    expect(model.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(model.baseYear).toBe(2021);
    expect(model.scenarios).toEqual(["baseline", "high"]);
  });

  it("throws a ModelError listing every error, with a partial model when the shape is valid", () => {
    const error = buildError({
      years,
      baseYear: 2021,
      indicators: { a: { formula: "bb + 1" }, b: { formula: "cc" }, c: { value: 1 } },
    });
    expect(error).toBeInstanceOf(PlansheetError);
    expect(error.name).toBe("ModelError");
    expect(error.issues.map((i) => i.code)).toEqual(["unknown_reference", "unknown_reference"]);
    expect(error.message).toContain("2 errors");
    expect(error.partial).toBeInstanceOf(Model);
  });

  it("throws a ModelError without a partial model when the shape is invalid", () => {
    const error = buildError({ years: "2016-2025", baseYear: 2021, indicators: {} });
    expect(error.partial).toBeUndefined();
    expect(error.issues[0]!.code).toBe("schema");
  });

  it("does not throw for warnings, and keeps them on the model", () => {
    const model = buildModel({ years, baseYear: 2021, indicators: { rice: { unit: "担", value: 5 } } });
    expect(model.issues.map((i) => [i.code, i.severity])).toEqual([["unit_unknown", "warning"]]);
    expect(model.run().get("rice", 2019)).toBe(5);
  });
});

describe("Model.run: the value rules", () => {
  const model = buildModel({
    years,
    baseYear: 2021,
    indicators: {
      reported: { history: { 2020: 100, 2022: 7 }, formula: "g * 1000", projection: "reported[t-1] + 1", value: 3 },
      defined: { formula: "g * 1000", projection: "defined[t-1] + 1" },
      gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)", backcast: "gdp[t+1] / (1 + g)" },
      projected_only: { history: { 2021: 10 }, projection: "projected_only[t-1] * 2" },
      g: { unit: "%", value: "5%" },
      series: { value: { 2020: 1, 2023: 4 } },
      lag: { formula: "g - g[t-1]" },
    },
  });
  const run = model.run();

  it("lets a reported value win over a formula", () => {
    expect(run.get("reported", 2020)).toBe(100);
    expect(run.get("reported", 2022)).toBe(7);
    expect(run.source("reported", 2020)).toBe("history");
  });

  it("lets a formula win over a projection and an input value", () => {
    expect(run.get("reported", 2023)).toBe(50);
    expect(run.series("defined")).toEqual([50, 50, 50, 50, 50]);
    expect(run.source("defined", 2023)).toBe("formula");
  });

  it("applies a projection only after the base year", () => {
    expect(run.series("projected_only")).toEqual([null, null, 10, 20, 40]);
    expect(run.source("projected_only", 2022)).toBe("projection");
    expect(run.reason("projected_only", 2020)).toContain("the projection applies only after the base year 2021");
  });

  it("applies a backcast only before the base year", () => {
    expect(run.get("gdp", 2021)).toBe(276);
    expect(run.get("gdp", 2022)).toBeCloseTo(289.8, 10);
    expect(run.get("gdp", 2020)).toBeCloseTo(276 / 1.05, 10);
    expect(run.get("gdp", 2019)).toBeCloseTo(276 / 1.05 / 1.05, 10);
    expect(run.source("gdp", 2019)).toBe("backcast");
    expect(run.source("gdp", 2023)).toBe("projection");
  });

  it("holds a constant input in every year", () => {
    expect(run.series("g")).toEqual([0.05, 0.05, 0.05, 0.05, 0.05]);
    expect(run.source("g", 2019)).toBe("input");
  });

  it("takes a series input year by year and reports the other years as gaps: null with a reason, never 0 or NaN", () => {
    expect(run.series("series")).toEqual([null, 1, null, null, 4]);
    expect(run.reason("series", 2019)).toContain("no input value for the year");
    expect(run.reason("series", 2020)).toBeUndefined();
    const gaps = run.issues.filter((i) => i.indicator === "series");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.code).toBe("gap");
    expect(gaps[0]!.years).toEqual([2019, 2021, 2022]);
  });

  it("makes a lag before the first year missing with reason outside_timeline", () => {
    expect(run.get("lag", 2019)).toBeNull();
    expect(run.reason("lag", 2019)).toContain("outside the timeline");
    expect(run.reason("lag", 2019)).toContain("g[2018]");
    expect(run.get("lag", 2020)).toBe(0);
    const issue = run.issues.find((i) => i.indicator === "lag")!;
    expect(issue.code).toBe("outside_timeline");
    expect(issue.year).toBe(2019);
  });

  it("computes a year-independent formula such as cagr(x, 2016, 2021) and holds it in every year", () => {
    const m = buildModel({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: { x: { history: { 2016: 100, 2021: 200 } }, avg: { unit: "%", formula: "cagr(x, 2016, 2021)" } },
    });
    const series = m.run().series("avg");
    expect(series).toHaveLength(10);
    for (const v of series) expect(v).toBeCloseTo(2 ** (1 / 5) - 1, 14);
    expect(new Set(series).size).toBe(1);
  });
});

describe("Model.run: failures stay in their cells", () => {
  it("gives a division by zero a null cell with an issue naming the cause, while other cells evaluate", () => {
    const model = buildModel({
      years,
      baseYear: 2021,
      indicators: {
        a: { value: { 2019: 0, 2020: 2, 2021: 4, 2022: 5, 2023: 8 } },
        inv: { formula: "1 / a" },
        next: { formula: "inv + 1" },
        other: { value: 9 },
      },
    });
    const run = model.run();
    expect(run.series("inv")).toEqual([null, 0.5, 0.25, 0.2, 0.125]);
    expect(run.reason("inv", 2019)).toBe("division by zero");
    expect(run.series("next")).toEqual([null, 1.5, 1.25, 1.2, 1.125]);
    expect(run.series("other")).toEqual([9, 9, 9, 9, 9]);
    const issue = run.issues.find((i) => i.indicator === "inv")!;
    expect(issue.code).toBe("division_by_zero");
    expect(issue.year).toBe(2019);
    expect(issue.formula).toBe("1 / a");
    const downstream = run.issues.find((i) => i.indicator === "next")!;
    expect(downstream.code).toBe("depends_on_missing");
    expect(downstream.cause).toEqual({ indicator: "inv", year: 2019, code: "division_by_zero" });
  });

  it("gives 0 raised to a negative power a null cell with zero_to_negative_power", () => {
    const model = buildModel({
      years,
      baseYear: 2021,
      indicators: { a: { value: { 2019: 0, 2020: 2, 2021: 4, 2022: 1, 2023: 1 } }, p: { formula: "a ^ (-1)" } },
    });
    const run = model.run();
    expect(run.series("p")).toEqual([null, 0.5, 0.25, 1, 1]);
    expect(run.issues.find((i) => i.indicator === "p")!.code).toBe("zero_to_negative_power");
  });

  it("fails the same cells in decimal mode", () => {
    const model = buildModel({
      years,
      baseYear: 2021,
      indicators: { a: { value: { 2019: 0, 2020: 2, 2021: 4, 2022: 5, 2023: 8 } }, inv: { formula: "1 / a" } },
    });
    const run = model.run({ mode: "decimal" });
    expect(run.get("inv", 2019)).toBeNull();
    expect(run.exact("inv", 2019)).toBeNull();
    expect(run.exact("inv", 2023)).toBe("0.125");
    expect(run.issues.find((i) => i.indicator === "inv")!.code).toBe("division_by_zero");
  });

  it("evaluates everything not depending on a cycle in error.partial.run()", () => {
    const error = buildError({
      years,
      baseYear: 2021,
      indicators: {
        a: { formula: "b + 1" },
        b: { formula: "c + 1" },
        c: { formula: "a + 1" },
        d: { value: 3 },
        e: { formula: "d * 2" },
        f: { formula: "a + d" },
      },
    });
    const cycles = error.issues.filter((i) => i.code === "cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain("a, b, c");
    const run = error.partial!.run();
    expect(run.series("d")).toEqual([3, 3, 3, 3, 3]);
    expect(run.series("e")).toEqual([6, 6, 6, 6, 6]);
    for (const id of ["a", "b", "c", "f"]) expect(run.series(id)).toEqual([null, null, null, null, null]);
    expect(run.issues.filter((i) => i.code === "cycle")).toHaveLength(1);
  });

  it("evaluates the rest of a model whose one formula has an unknown reference", () => {
    const error = buildError({
      years,
      baseYear: 2021,
      indicators: {
        a: { value: 2 },
        b: { formula: "a * 3" },
        bad: { formula: "nope * a" },
        after: { formula: "bad + 1" },
      },
    });
    const run = error.partial!.run();
    expect(run.series("b")).toEqual([6, 6, 6, 6, 6]);
    expect(run.get("bad", 2019)).toBeNull();
    expect(run.reason("bad", 2019)).toContain("could not be built");
    expect(run.get("after", 2023)).toBeNull();
  });

  it("refuses a string constant carrying code and runs nothing of it", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    try {
      const error = buildError({
        years,
        baseYear: 2021,
        indicators: { x: { value: 1 }, y: { formula: 'x + "(process.exit(7))"' } },
      });
      expect(error.issues.map((i) => i.code)).toEqual(["refused_construct"]);
      expect(error.issues[0]!.indicator).toBe("y");
      const run = error.partial!.run();
      expect(run.series("y")).toEqual([null, null, null, null, null]);
      expect(run.series("x")).toEqual([1, 1, 1, 1, 1]);
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
    }
  });
});

describe("Model.run: ids and size", () => {
  it("accepts constructor, toString and other Object.prototype names as plain ids and evaluates them", () => {
    const model = buildModel({
      years,
      baseYear: 2021,
      indicators: {
        constructor: { value: 2 },
        toString: { formula: "constructor * 3" },
        hasOwnProperty: { formula: "toString + constructor" },
        valueOf: { history: { 2021: 1 }, projection: "valueOf[t-1] + constructor" },
      },
    });
    const run = model.run();
    expect(run.series("toString")).toEqual([6, 6, 6, 6, 6]);
    expect(run.series("hasOwnProperty")).toEqual([8, 8, 8, 8, 8]);
    expect(run.series("valueOf")).toEqual([null, null, 1, 3, 5]);
    expect(run.toJSON().values.constructor).toEqual({ "2019": 2, "2020": 2, "2021": 2, "2022": 2, "2023": 2 });
  });

  it("evaluates Chinese ids", () => {
    const model = buildModel({
      years,
      baseYear: 2021,
      indicators: {
        地区生产总值: { unit: "亿元", value: 276 },
        房地产业增加值: { unit: "亿元", value: 27.6 },
        房地产业占比: { unit: "%", formula: "房地产业增加值 / 地区生产总值" },
      },
    });
    expect(model.run().get("房地产业占比", 2021)).toBeCloseTo(0.1, 15);
  });

  it("builds and evaluates the sum of 10,000 indicators written as one formula", () => {
    const indicators: Record<string, unknown> = {};
    const names: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      indicators[`x${i}`] = { value: i };
      names.push(`x${i}`);
    }
    indicators.total = { formula: names.join(" + ") };
    const run = buildModel({ years: [2020, 2021], baseYear: 2020, indicators }).run();
    expect(run.get("total", 2020)).toBe((9_999 * 10_000) / 2);
    expect(run.get("total", 2021)).toBe((9_999 * 10_000) / 2);
  });

  it("builds and evaluates a chain of 10,000 literal terms in both modes", () => {
    const formula = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? `${i}` : `0.1`)).join(" + ");
    const model = buildModel({ years: [2020, 2021], baseYear: 2020, indicators: { long: { formula } } });
    const expected = 4_999 * 5_000 + 5_000 * 0.1; // 0 + 2 + … + 9998, and 5000 × 0.1
    expect(Math.abs(model.run().get("long", 2020)! - expected)).toBeLessThan(1e-5);
    expect(model.run({ mode: "decimal" }).exact("long", 2020)).toBe("24995500");
  });
});

describe("Model.run: scenarios", () => {
  const model = buildModel({
    years,
    baseYear: 2021,
    indicators: {
      gdp: { unit: "亿元", history: { 2021: 100 }, projection: "gdp[t-1] * (1 + g)" },
      g: { unit: "%", value: "5%" },
      pop: { unit: "万人", value: 10, history: { 2021: 11 } },
      invest: { unit: "亿元", value: 2 },
    },
    scenarios: {
      baseline: {},
      fast: { extends: "baseline", set: { g: "10%" } },
      faster: { extends: "fast", set: { pop: 20 } },
      byYear: { set: { g: { 2022: "0%", 2023: "20%" } } },
      path: { set: { invest: { growth: "50%" } } },
    },
  });

  it("runs the baseline by default and names the scenario", () => {
    const run = model.run();
    expect(run.scenario).toBe("baseline");
    expect(run.get("gdp", 2023)).toBeCloseTo(110.25, 10);
  });

  it("applies a constant override in every projected year", () => {
    const run = model.run({ scenario: "fast" });
    expect(run.scenario).toBe("fast");
    expect(run.get("gdp", 2022)).toBeCloseTo(110, 10);
    expect(run.get("gdp", 2023)).toBeCloseTo(121, 10);
  });

  it("applies a chain of extends, and never overrides a reported value", () => {
    const run = model.run({ scenario: "faster" });
    expect(run.get("gdp", 2023)).toBeCloseTo(121, 10);
    expect(run.series("pop")).toEqual([20, 20, 11, 20, 20]);
    expect(run.get("gdp", 2021)).toBe(100);
  });

  it("applies an override by year", () => {
    const run = model.run({ scenario: "byYear" });
    expect(run.get("gdp", 2022)).toBe(100);
    expect(run.get("gdp", 2023)).toBeCloseTo(120, 10);
  });

  it("applies a growth path from the base year", () => {
    expect(model.run({ scenario: "path" }).series("invest")).toEqual([2, 2, 2, 3, 4.5]);
  });

  it("throws a PlansheetError with a did-you-mean hint for an unknown scenario", () => {
    expect(() => model.run({ scenario: "fats" })).toThrow(PlansheetError);
    try {
      model.run({ scenario: "fats" });
    } catch (error) {
      const issue = (error as PlansheetError).issues[0]!;
      expect(issue.code).toBe("unknown_scenario");
      expect(issue.hint).toContain("'fast'");
    }
  });
});

describe("Model.run: number modes and units", () => {
  it("gives exact decimal strings in decimal mode: 0.1 + 0.2 is exactly 0.3", () => {
    const model = buildModel({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 0.1 }, b: { value: 0.2 }, s: { formula: "a + b" } },
    });
    const decimal = model.run({ mode: "decimal" });
    expect(decimal.mode).toBe("decimal");
    expect(decimal.exact("s", 2020)).toBe("0.3");
    expect(decimal.get("s", 2020)).toBe(0.3);
    expect(decimal.toJSON().values.s).toEqual({ "2020": "0.3", "2021": "0.3" });
    const float = model.run({ mode: "float" });
    expect(float.get("s", 2020)).toBe(0.1 + 0.2);
  });

  it("rounds a quotient to 34 significant digits in decimal mode", () => {
    const model = buildModel({ years: [2020, 2020], baseYear: 2020, indicators: { third: { formula: "1 / 3" } } });
    expect(model.run({ mode: "decimal" }).exact("third", 2020)).toBe(`0.${"3".repeat(34)}`);
  });

  it("divides 万吨标准煤 by 亿元 into 吨标准煤/万元", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: {
        energy: { unit: "万吨标准煤", value: 63 },
        gdp: { unit: "亿元", value: 276 },
        intensity: { unit: "吨标准煤/万元", formula: "energy / gdp" },
      },
    });
    expect(model.run().get("intensity", 2021)).toBeCloseTo(63 / 276, 15);
    expect(model.run({ mode: "decimal" }).exact("intensity", 2021)!.startsWith("0.22826086956521739130434782608")).toBe(
      true,
    );
  });

  it("applies a factor of 10⁻⁴ when energy is in 吨标准煤", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: {
        energy: { unit: "吨标准煤", value: 630_000 },
        gdp: { unit: "亿元", value: 276 },
        intensity: { unit: "吨标准煤/万元", formula: "energy / gdp" },
      },
    });
    expect(model.run().get("intensity", 2021)).toBeCloseTo(63 / 276, 15);
  });

  it("adds a bare number in the indicator's own unit (gdp + 10 adds 10亿元)", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: { gdp: { unit: "亿元", value: 276 }, more: { unit: "亿元", formula: "gdp + 10" } },
    });
    expect(model.run().get("more", 2021)).toBe(286);
  });

  it("reads 5% and 0.6pp in formulas exactly, not as mathjs would", () => {
    const model = buildModel({
      years: [2021, 2021],
      baseYear: 2021,
      indicators: {
        share: { unit: "%", value: "40%" },
        up: { unit: "%", formula: "share + 0.6pp" },
        plus: { unit: "%", formula: "share + 5%" },
      },
    });
    const run = model.run({ mode: "decimal" });
    expect(run.exact("up", 2021)).toBe("0.406");
    expect(run.exact("plus", 2021)).toBe("0.45");
  });
});

describe("the number modes where they differ by design", () => {
  const model = buildModel({
    years: [2020, 2021],
    baseYear: 2020,
    indicators: {
      a: { value: 0.1 },
      b: { value: 0.2 },
      same: { formula: "if(a + b == 0.3, 1, 0)" },
      close: { formula: "if(abs(a + b - 0.3) < 1e-9, 1, 0)" },
      big: { value: 1e200 },
      square: { formula: "big * big" },
    },
  });

  it("compares computed fractions inside if() in the model's own mode: 0.1 + 0.2 == 0.3 is false in float, true in decimal", () => {
    expect(model.run().get("same", 2020)).toBe(0);
    expect(model.run({ mode: "decimal" }).get("same", 2020)).toBe(1);
    expect(model.run().get("close", 2020)).toBe(1);
    expect(model.run({ mode: "decimal" }).get("close", 2020)).toBe(1);
  });

  it("keeps a decimal value beyond the double range exactly, and warns that get() gives Infinity for it", () => {
    const decimal = model.run({ mode: "decimal" });
    expect(decimal.get("square", 2021)).toBe(Infinity);
    expect(decimal.exact("square", 2021)).toBe("1e+400");
    expect(decimal.issues.filter((i) => i.code === "beyond_float_range")).toMatchObject([
      { severity: "warning", indicator: "square", years: [2020, 2021] },
    ]);
    expect(model.run().issues.find((i) => i.code === "beyond_float_range")).toBeUndefined();
    expect(model.run().get("square", 2021)).toBeNull();
  });
});
