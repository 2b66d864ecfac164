import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { findFeasible, FEASIBILITY_METHOD, FEASIBILITY_RESOLUTION } from "../../src/targets/feasibility.js";
import { setInputs } from "../../src/targets/lever.js";
import { probeTarget } from "../../src/targets/probe.js";
import { onlyIssue, plansheetError } from "./helpers.js";

// Two levels from 100 in 2021, growing at g and h: in 2023 x = 100·(1 + g)², y = 100·(1 + h)², each in [100, 144]
// for rates in [0, 20%].
const model = buildModel({
  years: [2021, 2023],
  baseYear: 2021,
  indicators: {
    x: { unit: "亿元", history: { 2021: 100 }, projection: "x[t-1] * (1 + g)" },
    y: { unit: "亿元", history: { 2021: 100 }, projection: "y[t-1] * (1 + h)" },
    g: { unit: "%", value: "0%" },
    h: { unit: "%", value: "0%" },
  },
  targets: {
    sum_250: { check: "x[2023] + y[2023] >= 250" },
    gap_30: { check: "x[2023] - y[2023] >= 30" },
    x_max_110: { check: "x[2023] <= 110" },
    x_max_120: { check: "x[2023] <= 120" },
    y_max_120: { check: "y[2023] <= 120" },
    far: { check: "x[2023] >= 1000" },
  },
  levers: { g: { min: "0%", max: "20%" }, h: { min: "0%", max: "20%" } },
});

/** Whether each target holds with the levers set as found, evaluated afresh. */
function holdsAt(setting: Record<string, number>, targets: readonly string[]): boolean[] {
  const inputs = model.inputsOf();
  setInputs(model, inputs, setting);
  return targets.map((id) => probeTarget(model, id).margin(inputs) >= 0);
}

describe("findFeasible", () => {
  it("finds a setting of two levers that meets two targets together (both unmet at the start)", () => {
    const targets = ["sum_250", "gap_30"];
    expect(holdsAt({ g: 0, h: 0 }, targets)).toEqual([false, false]);
    const result = findFeasible(model, { targets, levers: ["g", "h"] });
    expect(result.feasible).toBe(true);
    expect(result.conflicts).toEqual([]);
    expect(Object.keys(result.setting)).toEqual(["g", "h"]);
    const { g, h } = result.setting as { g: number; h: number };
    for (const v of [g, h]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(0.2);
    }
    // x ≥ y + 30 and x + y ≥ 250, with x = 100(1+g)², y = 100(1+h)².
    const x = 100 * (1 + g) ** 2;
    const y = 100 * (1 + h) ** 2;
    expect(x + y).toBeGreaterThanOrEqual(250 - 1e-9);
    expect(x - y).toBeGreaterThanOrEqual(30 - 1e-9);
    expect(holdsAt(result.setting, targets)).toEqual([true, true]);
    expect(result.met).toEqual({ sum_250: true, gap_30: true });
    expect(result.margins.sum_250!).toBeGreaterThanOrEqual(0);
    expect(result.margins.gap_30!).toBeGreaterThanOrEqual(0);
  });

  it("reports the method and the resolution of the search, per lever", () => {
    const result = findFeasible(model, { targets: ["sum_250"], levers: ["g", "h"] });
    expect(result.method).toBe(FEASIBILITY_METHOD);
    expect(result.method).toContain("compass search");
    expect(result.resolution.g).toBeCloseTo(0.2 * FEASIBILITY_RESOLUTION, 18);
    expect(result.resolution.h).toBeCloseTo(0.2 * FEASIBILITY_RESOLUTION, 18);
    expect(result.evaluations).toBeGreaterThan(9);
    expect(result).toMatchObject({ targets: ["sum_250"], levers: ["g", "h"], scenario: "baseline" });
  });

  it("reports a pair that cannot hold together within the bounds as a conflict", () => {
    // gap_30 needs x ≥ 130; x_max_110 needs x ≤ 110.
    const result = findFeasible(model, { targets: ["gap_30", "x_max_110"], levers: ["g", "h"] });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([["gap_30", "x_max_110"]]);
    expect(Object.values(result.met)).toContain(false);
  });

  it("reports a target that no setting meets on its own alone, not in pairs", () => {
    const result = findFeasible(model, { targets: ["sum_250", "far"], levers: ["g", "h"] });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([["far"]]);
  });

  it("reports unreachable targets and conflicting pairs together", () => {
    const result = findFeasible(model, { targets: ["far", "gap_30", "sum_250", "x_max_110"], levers: ["g", "h"] });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([["far"], ["gap_30", "x_max_110"]]);
  });

  it("reports no conflicts when every pair can hold but not all three together", () => {
    // x + y ≥ 250 with x ≤ 120 and y ≤ 120: any two hold, all three cannot (x + y ≤ 240).
    const targets = ["sum_250", "x_max_120", "y_max_120"];
    const result = findFeasible(model, { targets, levers: ["g", "h"] });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([]);
    for (const pair of [
      ["sum_250", "x_max_120"],
      ["sum_250", "y_max_120"],
      ["x_max_120", "y_max_120"],
    ]) {
      expect(findFeasible(model, { targets: pair, levers: ["g", "h"] }).feasible).toBe(true);
    }
  });

  it("lets bounds given in the call override the model's", () => {
    // With g at most 5%, x ≤ 110.25 and x − y ≥ 30 cannot hold.
    const result = findFeasible(model, {
      targets: ["gap_30"],
      levers: ["g", "h"],
      bounds: { g: { min: 0, max: 0.05 } },
    });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([["gap_30"]]);
    expect(result.setting.g!).toBeLessThanOrEqual(0.05);
    expect(result.resolution.g).toBeCloseTo(0.05 * FEASIBILITY_RESOLUTION, 18);
  });

  it("sets other inputs first", () => {
    expect(findFeasible(model, { targets: ["gap_30"], levers: ["g"] }).feasible).toBe(true);
    // With h at 20%, y = 144 and x would need 174.
    const result = findFeasible(model, { targets: ["gap_30"], levers: ["g"], set: { h: 0.2 } });
    expect(result.feasible).toBe(false);
    expect(result.conflicts).toEqual([["gap_30"]]);
    expect(result.setting.g).toBeCloseTo(0.2, 5);
  });

  it("refuses an unknown target or lever", () => {
    expect(onlyIssue(plansheetError(() => findFeasible(model, { targets: ["nope"], levers: ["g"] }))).code).toBe(
      "usage",
    );
    expect(onlyIssue(plansheetError(() => findFeasible(model, { targets: ["sum_250"], levers: ["x"] }))).code).toBe(
      "not_an_input",
    );
  });
});

describe("findFeasible: the least effort", () => {
  const plan = buildModel({
    years: [2021, 2022],
    baseYear: 2021,
    indicators: { a: { value: 2 }, b: { value: 6 }, total: { formula: "a + b" } },
    targets: { total_10: { check: "total[2022] >= 10" }, a_small: { check: "a[2022] <= 9" } },
    levers: { a: { min: 0, max: 10 }, b: { min: 0, max: 10 } },
  });

  it("answers the setting nearest the current values that meets every target, not a corner of the box", () => {
    const result = findFeasible(plan, { targets: ["total_10", "a_small"], levers: ["a", "b"] });
    expect(result.feasible).toBe(true);
    // From a = 2, b = 6, the nearest point of a + b ≥ 10 is (3, 7).
    expect(result.setting.a).toBeCloseTo(3, 3);
    expect(result.setting.b).toBeCloseTo(7, 3);
    expect(result.margins.total_10).toBeGreaterThanOrEqual(0);
    expect(result.margins.total_10).toBeLessThan(1e-3);
  });

  it("keeps the current values when they already meet every target", () => {
    const result = findFeasible(plan, { targets: ["a_small"], levers: ["a", "b"] });
    expect(result.setting).toEqual({ a: 2, b: 6 });
  });
});
