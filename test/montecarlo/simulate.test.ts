import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { buildModel, type ModelError, parseModelText, type PlansheetError } from "../../src/index.js";
import { MAX_TRIALS, simulate, solveProbability } from "../../src/montecarlo/index.js";
import { normalCdf, normalQuantile } from "../../src/core/random/special-functions.js";
import { simulateInWorkers } from "../../src/node.js";
import { formatFan } from "../../src/render/index.js";
import { formatValue } from "../../src/render/format-number.js";

const model = buildModel({
  years: [2021, 2026],
  baseYear: 2021,
  indicators: {
    gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
    g: { unit: "%", value: "5%" },
    budget: { unit: "亿元", history: { 2021: 31 }, projection: "budget[t-1] * (1 + b)" },
    b: { unit: "%", value: "3%" },
  },
  targets: { growth: { check: "cagr(gdp, 2021, 2026) >= 5%", lever: "g" }, revenue: { check: "budget[2026] >= 35" } },
  levers: { g: { min: "0%", max: "10%" } },
  uncertainty: {
    g: { normal: { mean: "5%", sd: "1%" } },
    b: { normal: { mean: "3%", sd: "1.5%" } },
    correlations: [{ inputs: ["g", "b"], rho: 0.8 }],
  },
});

function errorOf(f: () => unknown): PlansheetError {
  try {
    f();
  } catch (error) {
    return error as PlansheetError;
  }
  throw new Error("expected an error");
}

describe("simulate", () => {
  it("gives the same results for the same seed, and different ones for another seed", () => {
    const a = simulate(model, { trials: 3000, seed: 5 });
    const b = simulate(model, { trials: 3000, seed: 5 });
    const c = simulate(model, { trials: 3000, seed: 6 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.targets[0]!.probability).not.toBe(c.targets[0]!.probability);
  });

  it("gives bit-identical results in one thread and in two worker threads", async () => {
    const one = simulate(model, { trials: 2500, seed: 9 });
    const two = await simulateInWorkers(model, { trials: 2500, seed: 9, workers: 2, inThread: false });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it("runs trials in this thread too, beside its workers, unless told to keep it free", async () => {
    const text = [
      "years: [2021, 2026]",
      "baseYear: 2021",
      "indicators:",
      "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + g)' }",
      "  g: { unit: '%', value: 5% }",
      // the first year reads 2020, outside the timeline: the interpreter says so once per run
      "  lagged: { formula: 'lagged[t-1] * (1 + g)' }",
      "targets:",
      "  growth: { check: 'cagr(gdp, 2021, 2026) >= 5%' }",
      "uncertainty:",
      "  g: { normal: { mean: 5%, sd: 1% } }",
    ].join("\n");
    const local = parseModelText(text, "local.yaml");
    const compiled = local.compiled()!;
    const inThisThread = async (options: { inThread?: boolean }) => {
      const before = compiled.interpretedCells;
      const result = await simulateInWorkers(local, { trials: 3000, seed: 2, workers: 2, ...options });
      return { result, here: compiled.interpretedCells - before };
    };
    const shared = await inThisThread({});
    const free = await inThisThread({ inThread: false });
    expect(shared.here).toBeGreaterThan(0);
    expect(free.here).toBe(0);
    expect(JSON.stringify(free.result)).toBe(JSON.stringify(shared.result));
    expect(JSON.stringify(shared.result)).toBe(JSON.stringify(simulate(local, { trials: 3000, seed: 2 })));
  }, 60_000);

  it("rebuilds a model read from text from its text in each worker, without keeping the parsed definition", async () => {
    const text = [
      "years: [2021, 2026]",
      "baseYear: 2021",
      "indicators:",
      "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + g)' }",
      "  g: { unit: '%', value: 5% }",
      "targets:",
      "  growth: { check: 'cagr(gdp, 2021, 2026) >= 5%' }",
      "uncertainty:",
      "  g: { normal: { mean: 5%, sd: 1% } }",
    ].join("\n");
    const fromText = parseModelText(text, "growth.yaml");
    expect(fromText.structure.definition).toBeUndefined();
    expect(fromText.structure.source.text).toBe(text);
    expect(model.structure.definition).toBeDefined();
    const one = simulate(fromText, { trials: 2500, seed: 4 });
    const two = await simulateInWorkers(fromText, { trials: 2500, seed: 4, workers: 2, inThread: false });
    expect(one.targets[0]!.probability).toBeGreaterThan(0.3);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it("gives the same results in one thread and in workers for a model with errors, run as its partial model", async () => {
    let partial: ModelError["partial"];
    try {
      parseModelText(
        [
          "years: [2021, 2026]",
          "baseYear: 2021",
          "indicators:",
          "  gdp: { unit: 亿元, history: { 2021: 276 }, projection: 'gdp[t-1] * (1 + g)' }",
          "  g: { unit: '%', value: 5% }",
          "  broken: { formula: 'nope + 1' }",
          "targets:",
          "  growth: { check: 'cagr(gdp, 2021, 2026) >= 5%' }",
          "uncertainty:",
          "  g: { normal: { mean: 5%, sd: 1% } }",
        ].join("\n"),
        "partial.yaml",
      );
    } catch (error) {
      partial = (error as ModelError).partial;
    }
    expect(partial).toBeDefined();
    const one = simulate(partial!, { trials: 2500, seed: 3 });
    const two = await simulateInWorkers(partial!, { trials: 2500, seed: 3, workers: 2, inThread: false });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it("runs the model as it was built, whatever becomes of the definition object afterwards", async () => {
    const definition = {
      years: [2021, 2026] as [number, number],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
      },
      targets: { growth: { check: "cagr(gdp, 2021, 2026) >= 5%" } },
      uncertainty: { g: { normal: { mean: "5%", sd: "1%" } } },
    };
    const built = buildModel(definition);
    definition.uncertainty.g.normal.mean = "-50%";
    const one = simulate(built, { trials: 2500, seed: 8 });
    const two = await simulateInWorkers(built, { trials: 2500, seed: 8, workers: 2, inThread: false });
    expect(one.targets[0]!.probability).toBeGreaterThan(0.3);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it("runs a short run in this thread alone by default, where a worker thread would start too late, and says so", async () => {
    const told: [number, boolean][] = [];
    const result = await simulateInWorkers(model, {
      trials: 3000,
      seed: 6,
      onThreads: (threads, shortRun) => told.push([threads, shortRun]),
    });
    const asked: [number, boolean][] = [];
    await simulateInWorkers(model, {
      trials: 3000,
      seed: 6,
      workers: 2,
      onThreads: (threads, shortRun) => asked.push([threads, shortRun]),
    });
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(model, { trials: 3000, seed: 6 })));
    expect(told).toEqual([[1, availableParallelism() > 1]]);
    expect(asked).toEqual([[Math.min(2, availableParallelism()), false]]);
  }, 60_000);

  it("refuses a number of workers that is not a whole number of at least 0", async () => {
    for (const workers of [Number.NaN, -1, 1.5]) {
      await expect(simulateInWorkers(model, { trials: 100, seed: 1, workers })).rejects.toThrow(
        /worker threads must be a whole number/,
      );
    }
  });

  it("decides a target no draw can move once, exactly: 70% + 10% >= 80% holds in every trial, > 80% in none", () => {
    const fixed = buildModel({
      years: [2021, 2026],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
        p: { unit: "%", value: "70%" },
        q: { unit: "%", value: "10%" },
        ps: { unit: "%", formula: "p + q" },
      },
      targets: {
        reach_80: { check: "ps[2026] >= 80%" },
        above_80: { check: "ps[2026] > 80%" },
        growth: { check: "cagr(gdp, 2021, 2026) >= 5%" },
      },
      uncertainty: { g: { normal: { mean: "5%", sd: "1%" } } },
    });
    expect(0.7 + 0.1 >= 0.8).toBe(false);
    const result = simulate(fixed, { trials: 2000, seed: 3 });
    const byId = new Map(result.targets.map((t) => [t.id, t]));
    expect(byId.get("reach_80")).toMatchObject({
      probability: 1,
      met: 2000,
      failed: 0,
      // g feeds no cell the target reads: it cannot drive it
      drivers: [],
    });
    expect(byId.get("above_80")).toMatchObject({ probability: 0, met: 0 });
    expect(byId.get("growth")!.probability).toBeGreaterThan(0.4);
    expect(byId.get("growth")!.probability).toBeLessThan(0.6);
  });

  it("ranks as a target's drivers only the inputs that feed what it reads", () => {
    const two = buildModel({
      years: [2021, 2026],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
        jobs: { unit: "万人", history: { 2021: 30 }, projection: "jobs[t-1] * (1 + h)" },
        h: { unit: "%", value: "1%" },
      },
      targets: {
        growth: { check: "cagr(gdp, 2021, 2026) >= 5%" },
        employment: { check: "jobs[2026] >= 31" },
      },
      uncertainty: { g: { normal: { mean: "5%", sd: "1%" } }, h: { normal: { mean: "1%", sd: "1%" } } },
    });
    const result = simulate(two, { trials: 2000, seed: 4 });
    const inputsOf = (id: string) => result.targets.find((t) => t.id === id)!.drivers.map((d) => d.input);
    expect(inputsOf("growth")).toEqual(["g"]);
    expect(inputsOf("employment")).toEqual(["h"]);
  });

  it("correlates inputs through a Gaussian copula: ρ = 0.8 between the draws", () => {
    const result = simulate(model, { trials: 5000, seed: 1 });
    const revenue = result.targets.find((t) => t.id === "revenue")!;
    // The revenue target is driven by b directly and, through the correlation, by g.
    expect(revenue.drivers[0]!.input).toBe("b");
    expect(revenue.drivers[1]!.input).toBe("g");
    expect(revenue.drivers[1]!.rho).toBeGreaterThan(0.7);
    expect(revenue.drivers[1]!.rho).toBeLessThan(0.85);
  });

  it("reports the README's JSON shape: trials, seed, targets with probability and ci, quantiles by id and year", () => {
    const json = JSON.parse(JSON.stringify(simulate(model, { trials: 1000, seed: 2 })));
    expect(json.trials).toBe(1000);
    expect(json.seed).toBe(2);
    expect(Object.keys(json.targets[0])).toEqual(expect.arrayContaining(["id", "probability", "ci"]));
    expect(json.targets[0].ci[0]).toBeLessThanOrEqual(json.targets[0].probability);
    expect(Object.keys(json.quantiles.gdp["2026"])).toEqual(expect.arrayContaining(["p5", "p50", "p95"]));
    expect(json.quantiles.gdp["2021"].p5).toBe(276);
  });

  it("refuses zero, fractional and too many trials, and a fractional seed", () => {
    expect(errorOf(() => simulate(model, { trials: 0, seed: 1 })).message).toMatch(/at least 1/);
    expect(errorOf(() => simulate(model, { trials: 2.5, seed: 1 })).message).toMatch(/whole number/);
    expect(errorOf(() => simulate(model, { trials: MAX_TRIALS + 1, seed: 1 })).message).toMatch(
      /more than the 10000000/,
    );
    expect(errorOf(() => simulate(model, { trials: 10, seed: 0.5 })).message).toMatch(/seed must be a whole number/);
  });

  it("counts and reports the trials in which a formula fails on an extreme draw, rather than dropping them", () => {
    const fragile = buildModel({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { g: { value: 0.5 }, y: { formula: "log(g)" } },
      targets: { positive: { check: "y[2021] > -1" } },
      uncertainty: { g: { uniform: { min: -0.5, max: 1 } } },
    });
    const result = simulate(fragile, { trials: 3000, seed: 4 });
    const target = result.targets[0]!;
    // log(g) fails for g ≤ 0: a third of the draws.
    expect(target.failed / 3000).toBeCloseTo(1 / 3, 1);
    expect(result.errors.trials).toBe(target.failed);
    expect(result.errors.first?.reason).toMatch(/logarithm/);
    expect(target.probability).toBeCloseTo((1 - Math.exp(-1)) / 1.5, 1);
  });
});

describe("bad distributions are refused when the model is built", () => {
  const build = (uncertainty: Record<string, unknown>) => {
    try {
      buildModel({
        years: [2020, 2021],
        baseYear: 2020,
        indicators: { g: { unit: "%", value: "5%" }, x: { formula: "g * 2" } },
        uncertainty,
      });
    } catch (error) {
      return (error as ModelError).issues.filter((i) => i.severity === "error");
    }
    throw new Error("expected a ModelError");
  };

  it.each([
    [
      "a negative standard deviation",
      { g: { normal: { mean: "5%", sd: "-1%" } } },
      /standard deviation is -1%, below 0/,
    ],
    ["min above max", { g: { uniform: { min: "6%", max: "4%" } } }, /min 6% is above max 4%/],
    [
      "a mode outside [min, max]",
      { g: { triangular: { min: "1%", mode: "9%", max: "6%" } } },
      /mode 9% lies outside \[1%, 6%\]/,
    ],
    ["a PERT mode outside", { g: { pert: { min: "1%", mode: "0%", max: "6%" } } }, /mode 0% lies outside/],
    [
      "discrete weights that do not match",
      { g: { discrete: { values: ["1%", "2%"], weights: [1] } } },
      /2 values but 1 weights/,
    ],
    ["a distribution on a computed indicator", { x: { normal: { mean: 1, sd: 1 } } }, /'x', which is computed/],
    [
      "two families at once",
      { g: { normal: { mean: "5%", sd: "1%" }, uniform: { min: "1%", max: "2%" } } },
      /exactly one of/,
    ],
  ])("refuses %s", (_what, uncertainty, message) => {
    expect(
      build(uncertainty)
        .map((i) => i.message)
        .join("\n"),
    ).toMatch(message);
  });

  it("refuses a correlation matrix that is not one (not positive semi-definite)", () => {
    const issues = (() => {
      try {
        buildModel({
          years: [2020, 2021],
          baseYear: 2020,
          indicators: { a: { value: 1 }, b: { value: 1 }, c: { value: 1 } },
          uncertainty: {
            a: { normal: { mean: 1, sd: 1 } },
            b: { normal: { mean: 1, sd: 1 } },
            c: { normal: { mean: 1, sd: 1 } },
            correlations: {
              inputs: ["a", "b", "c"],
              matrix: [
                [1, 0.9, 0.9],
                [0.9, 1, -0.9],
                [0.9, -0.9, 1],
              ],
            },
          },
        });
      } catch (error) {
        return (error as ModelError).issues;
      }
      return [];
    })();
    expect(issues[0]!.code).toBe("invalid_distribution");
    expect(issues[0]!.message).toMatch(/not positive semi-definite/);
  });
});

describe("solveProbability", () => {
  it("finds the mean growth that gives an 80% chance, near the closed form μ = g* + σ·Φ⁻¹(0.8)", () => {
    // cagr(gdp, 2021, 2026) ≥ 5% holds exactly when g ≥ 5% (drawn once): P = 1 − Φ((5% − μ)/σ).
    const result = solveProbability(model, { target: "growth", probability: 0.8, trials: 4000, seed: 3 });
    const exact = 0.05 + 0.01 * normalQuantile(0.8);
    expect(result.reachable).toBe(true);
    expect(result.moves).toBe("distribution");
    expect(result.achieved).toBeGreaterThanOrEqual(0.8);
    // Sampling error of a quantile: about σ·√(p(1−p)/n)/φ(z) ≈ 0.00023 here; allow four of them.
    expect(Math.abs(result.value! - exact)).toBeLessThan(0.001);
    expect(1 - normalCdf((0.05 - result.value!) / 0.01)).toBeCloseTo(0.8, 1);
  });

  it("says when no lever value within the bounds reaches the probability", () => {
    const result = solveProbability(model, {
      target: "growth",
      probability: 0.999,
      trials: 1000,
      seed: 3,
      bounds: { min: 0, max: 0.06 },
    });
    expect(result.reachable).toBe(false);
    expect(result.value).toBeNull();
    expect(result.best).toBeCloseTo(0.06, 10);
  });

  it("refuses a probability outside (0, 1)", () => {
    expect(
      errorOf(() => solveProbability(model, { target: "growth", probability: 1.5, trials: 100, seed: 1 })).message,
    ).toMatch(/strictly between 0 and 1/);
  });
});

describe("quantile error bounds", () => {
  it("are given per indicator in its own unit, and the fan chart states its own", () => {
    const scaled = buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: {
        g: { unit: "%", value: "5%" },
        small: { unit: "%", formula: "g" },
        scale: { unit: "亿元", value: 100000 },
        big: { unit: "亿元", formula: "g * scale" },
      },
      uncertainty: { g: { normal: { mean: "5%", sd: "1%" } } },
    });
    const exact = simulate(scaled, { trials: 2000, seed: 1 });
    expect(exact.quantileErrors).toMatchObject({ small: 0, big: 0 });
    expect(formatFan(exact, scaled, "big", "en")).toContain("exact quantiles");
    expect(formatFan(exact, scaled, "big")).toContain("精确分位数");
    const result = simulate(scaled, { trials: 12_000, seed: 1 });
    const { small, big } = result.quantileErrors;
    expect(small).toBeGreaterThan(0);
    expect(big! / small!).toBeCloseTo(100_000, -2);
    expect(result.quantileMethod).toEqual({ kind: "histogram", maxError: big });
    expect(formatFan(result, scaled, "small", "en")).toMatch(/quantiles within ±0\.\d+% /);
    expect(formatFan(result, scaled, "big", "en")).toContain(
      `within ±${formatValue(big!, scaled.structure.indicatorById.get("big")!.unit)}`,
    );
  });
});
