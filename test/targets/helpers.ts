import { expect } from "vitest";
import { PlansheetError, type Issue } from "../../src/core/index.js";
import { buildModel, type Model } from "../../src/evaluation/index.js";

/**
 * Runs `f` and returns the {@link PlansheetError} it throws. Fails the test when `f` returns normally or throws
 * anything else, so that a test checks both that the call fails and how.
 */
export function plansheetError(f: () => unknown): PlansheetError {
  let result: unknown;
  try {
    result = f();
  } catch (error) {
    if (error instanceof PlansheetError) return error;
    throw error;
  }
  throw new Error(`expected a PlansheetError, but the call returned ${JSON.stringify(result)}`);
}

/** The one issue of an error, checked to be alone. */
export function onlyIssue(error: PlansheetError): Issue {
  expect(error.issues).toHaveLength(1);
  return error.issues[0]!;
}

/**
 * A level growing at a lever: x is `x0` in the base year 2021 and x[t] = x[t-1]·(1 + g) after it, to `last`.
 * Targets are given as id → check; `g` starts at `g0` and has bounds [−50%, 100%] unless `levers` says otherwise.
 */
export function growthModel(options: {
  x0?: number;
  g0?: string;
  last?: number;
  targets?: Record<string, string | { check: string; lever?: string }>;
  levers?: Record<string, { min: string | number; max: string | number }>;
}): Model {
  const targets = Object.fromEntries(
    Object.entries(options.targets ?? {}).map(([id, t]) => [id, typeof t === "string" ? { check: t } : t]),
  );
  return buildModel({
    years: [2019, options.last ?? 2025],
    baseYear: 2021,
    indicators: {
      x: { unit: "亿元", history: { 2021: options.x0 ?? 100 }, projection: "x[t-1] * (1 + g)" },
      g: { unit: "%", value: options.g0 ?? "5%" },
      other: { unit: "%", value: "1%" },
    },
    targets,
    levers: options.levers ?? { g: { min: "-50%", max: "100%" } },
  });
}

/**
 * A share that must fall: the part (re_va) is `share0` of the whole (gdp) in 2021 and grows at `re_growth`; the
 * whole grows at `gdp_growth`. The share is `re_va / gdp`.
 */
export function shareModel(
  options: {
    share0?: string;
    gdpGrowth?: string;
    reGrowth?: string;
    targets?: Record<string, { check: string; lever?: string }>;
  } = {},
): Model {
  return buildModel({
    years: [2016, 2026],
    baseYear: 2021,
    indicators: {
      gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + gdp_growth)" },
      gdp_growth: { unit: "%", value: options.gdpGrowth ?? "5%" },
      re_share_2021: { unit: "%", value: options.share0 ?? "14%", assumption: true, note: "a placeholder" },
      re_growth: { unit: "%", value: options.reGrowth ?? "-3%", assumption: true, note: "a placeholder" },
      re_va: { unit: "亿元", formula: "if(t == 2021, re_share_2021 * gdp, re_va[t-1] * (1 + re_growth))" },
      re_share: { unit: "%", formula: "re_va / gdp" },
      forest: { unit: "%", history: { 2021: "48.08%" }, projection: "forest[t-1] + forest_gain" },
      forest_gain: { unit: "百分点", value: "0.55pp" },
    },
    targets: options.targets ?? {
      re_share_below_10: { check: "re_share[2025] < 10%", lever: "re_growth" },
      forest_50_3: { check: "forest[2025] >= 50.3%", lever: "forest_gain" },
    },
    scenarios: { baseline: {}, fast: { extends: "baseline", set: { gdp_growth: "6%" } } },
    levers: {
      re_growth: { min: "-20%", max: "10%" },
      forest_gain: { min: "0pp", max: "1.5pp" },
      gdp_growth: { min: "0%", max: "10%" },
    },
  });
}
