import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { requiredGrowth, requiredPartGrowth } from "../../src/targets/closed-form.js";
import { resolveLever, setLever } from "../../src/targets/lever.js";
import { probeTarget } from "../../src/targets/probe.js";
import { solve, SOLVE_SCAN_POINTS, type SolveResult } from "../../src/targets/solve.js";
import { formatSolve } from "../../src/render/index.js";
import type { Model } from "../../src/evaluation/index.js";
import { growthModel, onlyIssue, plansheetError, shareModel } from "./helpers.js";

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** The target's margin with the lever at `value` (everything else as in the scenario). */
function marginAt(model: Model, result: SolveResult, value: number, set: Record<string, number> = {}): number {
  const inputs = model.inputsOf(result.scenario);
  for (const [id, v] of Object.entries(set)) setLever(model, inputs, resolveLever(model, id, { min: v, max: v }), v);
  setLever(model, inputs, resolveLever(model, result.lever, { min: result.min, max: result.max }), value);
  return probeTarget(model, result.target).margin(inputs);
}

describe("solve against closed forms", () => {
  it.each([
    { x0: 100, k: 150, year: 2025 },
    { x0: 276, k: 4500, year: 2030 },
    { x0: 3.7, k: 3.8, year: 2022 },
    { x0: 1000, k: 600, year: 2027 },
  ])("finds g = (K/x0)^(1/(Y−2021)) − 1 for x[$year] >= $k from $x0 in 2021, to 1e-10 relative", ({ x0, k, year }) => {
    const model = growthModel({ x0, last: 2030, targets: { t: `x[${year}] >= ${k}` } });
    const result = solve(model, { target: "t", lever: "g" });
    const expected = (k / x0) ** (1 / (year - 2021)) - 1;
    expect(result.reachable).toBe(true);
    expect(result.value).not.toBeNull();
    expect(relative(result.value!, expected)).toBeLessThan(1e-10);
    expect(relative(result.value!, requiredGrowth(x0, k, year - 2021))).toBeLessThan(1e-10);
    expect(result.side).toBe("above");
    expect(result.best).toBe(result.value);
  });

  it("finds the growth that keeps a level at or below a ceiling, with the target holding below it", () => {
    const model = growthModel({ targets: { cap: "x[2024] <= 120" } });
    const result = solve(model, { target: "cap", lever: "g" });
    expect(relative(result.value!, Math.cbrt(1.2) - 1)).toBeLessThan(1e-10);
    expect(result.side).toBe("below");
  });

  it("finds the rate at which the part of a share must grow: requiredPartGrowth(14%, 10%, 5%, 4 years)", () => {
    const result = solve(shareModel(), { target: "re_share_below_10", lever: "re_growth" });
    const expected = requiredPartGrowth(0.14, 0.1, 0.05, 4);
    expect(relative(result.value!, expected)).toBeLessThan(1e-10);
    expect(result.value).toBeCloseTo(-0.03471, 5);
    expect(result.side).toBe("below");
    expect(result.current).toBe(-0.03);
    expect(result.currentMet).toBe(false);
  });

  it("uses the whole's growth of the scenario asked for", () => {
    const result = solve(shareModel(), { target: "re_share_below_10", lever: "re_growth", scenario: "fast" });
    expect(result.scenario).toBe("fast");
    expect(relative(result.value!, requiredPartGrowth(0.14, 0.1, 0.06, 4))).toBeLessThan(1e-10);
  });

  it("finds the yearly gain in points a share needs: 48.08% + 4·gain ≥ 50.3% at gain = 0.555pp", () => {
    const result = solve(shareModel(), { target: "forest_50_3" });
    expect(result.lever).toBe("forest_gain");
    expect(relative(result.value!, 0.00555)).toBeLessThan(1e-10);
  });

  it.each([
    { g0: "10%", end: 0.055, side: "below" },
    { g0: "5.3%", end: 0.055, side: "below" },
    { g0: "4.8%", end: 0.045, side: "above" },
    { g0: "0%", end: 0.045, side: "above" },
  ])("finds the end of a two-sided target nearer the lever's current value ($g0 → $end)", ({ g0, end, side }) => {
    const model = growthModel({
      g0,
      targets: { about: "abs(cagr(x, 2021, 2025) - 5%) <= 0.5pp" },
      levers: { g: { min: "0%", max: "10%" } },
    });
    const result = solve(model, { target: "about", lever: "g" });
    expect(result.reachable).toBe(true);
    expect(relative(result.value!, end)).toBeLessThan(1e-10);
    expect(result.side).toBe(side);
  });
});

describe("solve", () => {
  it("lands on the side where the target holds, and reports the margin there as the residual", () => {
    const model = growthModel({ targets: { t: "x[2025] >= 150" } });
    const result = solve(model, { target: "t", lever: "g" });
    expect(result.residual).not.toBeNull();
    expect(result.residual!).toBeGreaterThanOrEqual(0);
    expect(result.residual!).toBeLessThan(1e-10);
    expect(marginAt(model, result, result.value!)).toBe(result.residual);
    expect(marginAt(model, result, result.value! * (1 - 1e-9))).toBeLessThan(0);
  });

  it("still finds the boundary when the target already holds at the current value", () => {
    const model = growthModel({ g0: "10%", targets: { t: "x[2025] >= 130" } });
    const result = solve(model, { target: "t", lever: "g" });
    expect(result.current).toBe(0.1);
    expect(result.currentMet).toBe(true);
    expect(result.reachable).toBe(true);
    expect(relative(result.value!, 1.3 ** 0.25 - 1)).toBeLessThan(1e-10);
  });

  it("reports the number of evaluations, more than the scan's", () => {
    const result = solve(growthModel({ targets: { t: "x[2025] >= 150" } }), { target: "t", lever: "g" });
    expect(Number.isInteger(result.iterations)).toBe(true);
    expect(result.iterations).toBeGreaterThan(SOLVE_SCAN_POINTS);
    expect(result.iterations).toBeLessThan(SOLVE_SCAN_POINTS + 100);
  });

  it("reports the bounds it searched and the scenario", () => {
    const result = solve(growthModel({ targets: { t: "x[2025] >= 150" } }), {
      target: "t",
      lever: "g",
      bounds: { min: 0.05, max: 0.5 },
    });
    expect(result).toMatchObject({ target: "t", lever: "g", scenario: "baseline", min: 0.05, max: 0.5 });
    expect(result.value!).toBeGreaterThanOrEqual(0.05);
    expect(result.value!).toBeLessThanOrEqual(0.5);
  });

  it("finds a boundary that falls exactly on a point of the scan", () => {
    const model = growthModel({ targets: { t: "x[2025] >= 100" } });
    const result = solve(model, { target: "t", lever: "g", bounds: { min: -0.1, max: 0.1 } });
    expect(result.reachable).toBe(true);
    expect(result.value).toBe(0);
    expect(result.residual).toBe(0);
  });

  it("takes the lever from the target's `lever` in the model when none is given", () => {
    const result = solve(shareModel(), { target: "re_share_below_10" });
    expect(result.lever).toBe("re_growth");
    expect(result.min).toBe(-0.2);
    expect(result.max).toBe(0.1);
  });

  it("lets a lever given in the call replace the target's own", () => {
    const result = solve(shareModel(), { target: "re_share_below_10", lever: "gdp_growth" });
    expect(result.lever).toBe("gdp_growth");
    // 14% · (0.97 / (1 + w))⁴ < 10%: w > 0.97 · (1.4)^(1/4) − 1.
    expect(relative(result.value!, 0.97 * 1.4 ** 0.25 - 1)).toBeLessThan(1e-10);
    expect(result.side).toBe("above");
  });

  it("sets the other inputs given in `set` first", () => {
    const model = shareModel();
    const result = solve(model, { target: "re_share_below_10", set: { re_share_2021: 0.12, gdp_growth: 0.03 } });
    expect(relative(result.value!, requiredPartGrowth(0.12, 0.1, 0.03, 4))).toBeLessThan(1e-10);
    expect(marginAt(model, result, result.value!, { re_share_2021: 0.12, gdp_growth: 0.03 })).toBeGreaterThanOrEqual(0);
    // The model itself is unchanged.
    expect(
      relative(solve(model, { target: "re_share_below_10" }).value!, requiredPartGrowth(0.14, 0.1, 0.05, 4)),
    ).toBeLessThan(1e-10);
  });

  it("lets `set` fix the lever's own current value", () => {
    const result = solve(growthModel({ targets: { t: "x[2025] >= 150" } }), {
      target: "t",
      lever: "g",
      set: { g: 0.2 },
    });
    expect(result.current).toBe(0.2);
    expect(result.currentMet).toBe(true);
  });
});

describe("solve, when the target cannot be met within the bounds", () => {
  it("reports it unreachable with no value, and the upper bound as the best for a target that needs more", () => {
    const model = growthModel({ targets: { far: "x[2025] >= 1000" }, levers: { g: { min: "0%", max: "10%" } } });
    const result = solve(model, { target: "far", lever: "g" });
    expect(result.reachable).toBe(false);
    expect(result.value).toBeNull();
    expect(result.best).toBeCloseTo(0.1, 12);
    expect(result.residual!).toBeCloseTo(100 * 1.1 ** 4 - 1000, 9);
    expect(result).not.toHaveProperty("side");
  });

  it("gives the lower bound as the best for a target that needs less", () => {
    const model = growthModel({ targets: { low: "x[2025] <= 10" }, levers: { g: { min: "0%", max: "10%" } } });
    const result = solve(model, { target: "low", lever: "g" });
    expect(result.reachable).toBe(false);
    expect(result.value).toBeNull();
    expect(result.best).toBe(0);
    expect(result.residual!).toBeCloseTo(10 - 100, 9);
  });

  it("refines the best value inside the bounds when the margin peaks there", () => {
    const model = buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: { g: { value: 0.3 }, y: { formula: "g * (1 - g) * 100" } },
      targets: { t: { check: "y[2022] >= 30" } },
    });
    const result = solve(model, { target: "t", lever: "g", bounds: { min: 0, max: 0.9 } });
    expect(result.reachable).toBe(false);
    expect(result.value).toBeNull();
    // The scan's nearest points are 0.495 and 0.5175; the peak is at 0.5.
    expect(Math.abs(result.best - 0.5)).toBeLessThan(1e-6);
    expect(result.residual!).toBeCloseTo(-5, 9);
  });

  it("reports a target without a value anywhere in the bounds as unreachable, with the current value as the best", () => {
    const model = buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: { g: { value: 0.3 }, zero: { value: 0 }, y: { formula: "g / zero" } },
      targets: { t: { check: "y[2022] >= 30" } },
    });
    const result = solve(model, { target: "t", lever: "g", bounds: { min: 0, max: 1 } });
    expect(result).toMatchObject({ reachable: false, value: null, best: 0.3, residual: null, currentMet: null });
  });
});

describe("solve, when the target holds throughout the bounds", () => {
  it("reports holdsThroughout with no value, and the weakest point as the best", () => {
    const model = growthModel({ targets: { easy: "x[2025] >= 50" }, levers: { g: { min: "0%", max: "10%" } } });
    const result = solve(model, { target: "easy", lever: "g" });
    expect(result.reachable).toBe(true);
    expect(result.holdsThroughout).toBe(true);
    expect(result.value).toBeNull();
    expect(result.best).toBe(0);
    expect(result.residual).toBe(50);
  });
});

describe("solve, errors", () => {
  it("refuses a lever that no value of can change the target, saying so", () => {
    const model = growthModel({ targets: { t: "x[2025] >= 150" } });
    const error = plansheetError(() => solve(model, { target: "t", lever: "other", bounds: { min: 0, max: 1 } }));
    expect(error.message).toBe("target 't' does not depend on 'other': no value of that lever can change it");
    expect(onlyIssue(error).code).toBe("usage");
  });

  it("refuses a lever that is not an input as not_an_input, naming the inputs it reads", () => {
    const error = plansheetError(() =>
      solve(shareModel(), { target: "re_share_below_10", lever: "re_va", bounds: { min: 0, max: 100 } }),
    );
    const issue = onlyIssue(error);
    expect(issue.code).toBe("not_an_input");
    expect(issue.hint).toContain("re_growth");
    expect(issue.hint).toContain("re_share_2021");
  });

  it("refuses bounds with min above max as invalid_bounds", () => {
    const error = plansheetError(() =>
      solve(shareModel(), { target: "re_share_below_10", bounds: { min: 0.1, max: -0.1 } }),
    );
    expect(onlyIssue(error).code).toBe("invalid_bounds");
  });

  it("refuses an unknown target", () => {
    const error = plansheetError(() => solve(shareModel(), { target: "re_share_below_1" }));
    expect(onlyIssue(error).code).toBe("usage");
    expect(error.message).toContain("'re_share_below_1' is not a target of this model");
  });

  it("refuses an unknown scenario", () => {
    const error = plansheetError(() => solve(shareModel(), { target: "re_share_below_10", scenario: "fats" }));
    expect(onlyIssue(error).code).toBe("unknown_scenario");
    expect(onlyIssue(error).hint).toContain("'fast'");
  });

  it("asks for a lever when neither the call nor the target names one", () => {
    const model = growthModel({ targets: { t: "x[2025] >= 150" } });
    const error = plansheetError(() => solve(model, { target: "t" }));
    expect(error.message).toBe("target 't' names no lever: say which input to move");
    expect(onlyIssue(error).hint).toContain("--lever");
  });

  it("refuses an unknown lever", () => {
    expect(
      onlyIssue(plansheetError(() => solve(shareModel(), { target: "re_share_below_10", lever: "re_grwth" }))).code,
    ).toBe("usage");
  });
});

describe("solve, targets that hold only in a narrow band", () => {
  const band = (g: number) =>
    buildModel({
      years: [2021, 2025],
      baseYear: 2021,
      indicators: { x: { history: { 2021: 100 }, projection: "x[t-1] * (1 + g)" }, g: { unit: "%", value: g } },
      targets: { about: { check: "abs(cagr(x, 2021, 2025) - 5%) <= 0.5pp" } },
      levers: { g: { min: "-50%", max: "100%" } },
    });

  it("finds a band narrower than the scan's step instead of calling the target unreachable", () => {
    // The band 4.5%–5.5% is one point wide; the scan steps 3.75 points.
    const result = solve(band(0.1), { target: "about", lever: "g" });
    expect(result.reachable).toBe(true);
    expect(result.value).toBeCloseTo(0.055, 12);
    expect(result.residual).toBeGreaterThanOrEqual(0);
  });

  it("reports the boundary nearest the lever's current value", () => {
    expect(solve(band(0.053), { target: "about", lever: "g" }).value).toBeCloseTo(0.055, 12);
    expect(solve(band(0.047), { target: "about", lever: "g" }).value).toBeCloseTo(0.045, 12);
    expect(solve(band(-0.2), { target: "about", lever: "g" }).value).toBeCloseTo(0.045, 12);
  });
});

describe("solve at an exact boundary", () => {
  const exact = buildModel({
    years: [2025, 2026],
    baseYear: 2025,
    indicators: { p: { unit: "%", value: "70%" }, q: { unit: "%", value: "10%" }, ps: { unit: "%", formula: "p + q" } },
    targets: { reach_80: { check: "ps[2026] >= 80%", lever: "q" }, above_80: { check: "ps[2026] > 80%", lever: "q" } },
    levers: { q: { min: "0%", max: "20%" } },
  });

  it("lets decimal decide whether the target holds at the current value: 70% + 10% >= 80% holds, > 80% does not", () => {
    expect(0.7 + 0.1 >= 0.8).toBe(false);
    expect(solve(exact, { target: "reach_80" }).currentMet).toBe(true);
    expect(solve(exact, { target: "above_80" }).currentMet).toBe(false);
  });

  it("probes in float, and decides in decimal only on the threshold", () => {
    const probe = probeTarget(exact, "reach_80");
    const inputs = exact.inputsOf();
    expect(probe.evaluate(inputs).met).toBe(false);
    expect(probe.decide(inputs)).toMatchObject({ met: true, margin: 0, decidedBy: "decimal" });
    const slot = exact.structure.indicatorById.get("q")!.slot;
    const years = exact.structure.timeline.length;
    for (let k = 0; k < years; k++) inputs.setNumber(slot * years + k, 0.2);
    expect(probe.decide(inputs).decidedBy).toBeUndefined();
    expect(probe.decide(inputs).met).toBe(true);
  });
});

describe("solve with a lever that counts whole things", () => {
  const model = buildModel({
    years: [2021, 2025],
    baseYear: 2021,
    indicators: {
      firms: { unit: "家", history: { 2021: 23 }, projection: "firms[t-1] + added" },
      added: { unit: "家", value: 5 },
      rate: { unit: "%", value: "5%" },
      level: { unit: "亿元", history: { 2021: 100 }, projection: "level[t-1] * (1 + rate)" },
    },
    targets: {
      firms_50: { check: "firms[2025] >= 50", lever: "added" },
      firms_at_most_40: { check: "firms[2025] <= 40", lever: "added" },
      level_130: { check: "level[2025] >= 130", lever: "rate" },
    },
    levers: { added: { min: 0, max: 20 }, rate: { min: "0%", max: "20%" } },
  });

  it("gives the whole number on the side where the target holds, checked: at least 6.75 is 7, at most 4.25 is 4", () => {
    const up = solve(model, { target: "firms_50" });
    expect(up.value).toBeCloseTo(6.75, 9);
    expect(up.whole).toBe(7);
    const down = solve(model, { target: "firms_at_most_40" });
    expect(down.value).toBeCloseTo(4.25, 9);
    expect(down.whole).toBe(4);
    expect(formatSolve(up, model, "en")).toContain("at least 6.75 (7 as a whole number)");
    expect(formatSolve(up, model)).toContain("不低于6.75（取整为7）");
  });

  it("gives none for a lever that is not a count", () => {
    expect(solve(model, { target: "level_130" })).not.toHaveProperty("whole");
  });
});
