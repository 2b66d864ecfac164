import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { compareScenarios } from "../../src/scenarios/compare.js";
import {
  formatComparison,
  formatFeasibility,
  formatReachability,
  formatSolve,
  formatSweep,
} from "../../src/render/targets.js";
import {
  findFeasible,
  solve,
  sweep,
  type SweepResult,
  type FeasibilityResult,
  type SolveResult,
} from "../../src/targets/index.js";
import { growthModel, shareModel } from "../targets/helpers.js";

const model = shareModel();
const lines = (text: string) => text.split("\n");

describe("formatSolve", () => {
  it("says what the lever must be less than, with the current value and whether the target holds there", () => {
    const text = formatSolve(solve(model, { target: "re_share_below_10" }), model, "en");
    expect(lines(text)[0]).toBe(
      "To meet “re_share_below_10” (re_share[2025] < 10%), re_growth must be less than -3.471% (it is -3% in baseline: not met).",
    );
  });

  it("says 'at most' and 'at least' for a target that admits its threshold, 'more than' and 'less than' for one that excludes it", () => {
    const m = growthModel({
      targets: { cap: "x[2025] <= 146.41", floor: "x[2025] > 146.41" },
      levers: { g: { min: "0%", max: "50%" } },
    });
    expect(lines(formatSolve(solve(m, { target: "cap", lever: "g" }), m, "en"))[0]).toBe(
      "To meet “cap” (x[2025] <= 146.41), g must be at most 10% (it is 5% in baseline: met).",
    );
    expect(lines(formatSolve(solve(m, { target: "floor", lever: "g" }), m, "en"))[0]).toBe(
      "To meet “floor” (x[2025] > 146.41), g must be more than 10% (it is 5% in baseline: not met).",
    );
  });

  it("says what the lever must be at least, in points for a points lever", () => {
    const text = formatSolve(solve(model, { target: "forest_50_3" }), model, "en");
    expect(lines(text)[0]).toBe(
      "To meet “forest_50_3” (forest[2025] >= 50.3%), forest_gain must be at least +0.555pp (it is +0.55pp in baseline: not met).",
    );
  });

  it("says the target is met now when it is", () => {
    const text = formatSolve(solve(model, { target: "re_share_below_10", scenario: "fast" }), model, "en");
    expect(text).toContain("(it is -3% in fast: met)");
  });

  it("says the lever cannot do it between its bounds, the closest value and how far short it stays", () => {
    const text = formatSolve(solve(model, { target: "re_share_below_10", bounds: { min: 0, max: 0.1 } }), model, "en");
    expect(lines(text)[0]).toBe(
      "To meet “re_share_below_10” (re_share[2025] < 10%), re_growth cannot do it between 0% and 10%: the closest is 0%, still short by -1.52pp (it is -3% in baseline: not met).",
    );
  });

  it("gives a shortfall in the target's own unit for a level", () => {
    const m = growthModel({ targets: { far: "x[2025] >= 1000" }, levers: { g: { min: "0%", max: "10%" } } });
    expect(lines(formatSolve(solve(m, { target: "far", lever: "g" }), m, "en"))[0]).toContain(
      "cannot do it between 0% and 10%: the closest is 10%, still short by -853.6",
    );
  });

  it("says the target holds throughout the bounds", () => {
    const text = formatSolve(
      solve(model, { target: "re_share_below_10", bounds: { min: -0.2, max: -0.1 } }),
      model,
      "en",
    );
    expect(lines(text)[0]).toBe(
      "To meet “re_share_below_10” (re_share[2025] < 10%), re_growth may take any value from -20% to -10%: the target holds throughout (it is -3% in baseline: not met).",
    );
  });

  it("adds how the answer was found when asked (verbose): the evaluations and the margin at the answer", () => {
    const result = solve(model, { target: "re_share_below_10" });
    expect(lines(formatSolve(result, model, "en"))).toHaveLength(1);
    expect(lines(formatSolve(result, model, "en", true))[1]).toBe(
      `   [${result.iterations} evaluations; margin at the answer ${result.residual!.toExponential(2)}]`,
    );
  });

  it("leaves out the current value when there is none, and shows a missing residual as a dash", () => {
    const result: SolveResult = {
      ...solve(model, { target: "re_share_below_10" }),
      current: null,
      currentMet: null,
      residual: null,
    };
    const text = formatSolve(result, model, "en", true);
    expect(text).not.toContain("(it is");
    expect(text).toContain("margin at the answer —]");
  });

  it("says when the target has no value at the current setting", () => {
    const result: SolveResult = { ...solve(model, { target: "re_share_below_10" }), currentMet: null };
    expect(formatSolve(result, model, "en")).toContain("(it is -3% in baseline: no value)");
  });
});

describe("formatSweep", () => {
  it("gives one row per lever value, the targets marked ✓ met or ✗ NOT met, and the cells", () => {
    const text = formatSweep(sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 3 }), model, "en");
    const rows = lines(text);
    expect(rows[0]).toMatch(/^re_growth\s+re_share_below_10\s+forest_50_3\s+re_share\[2025\]\s+forest\[2025\]$/);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(/^\s+-5%\s+✓ met\s+✗ NOT met\s+9\.38%\s+50\.28%$/);
    expect(rows[3]).toMatch(/^\s+-2\.5%\s+✗ NOT met\s+✗ NOT met\s+10\.41%\s+50\.28%$/);
    expect(rows[4]).toMatch(/^\s+0%\s+✗ NOT met\s+✗ NOT met\s+11\.52%\s+50\.28%$/);
  });

  it("adds a column for the second lever of a grid", () => {
    const text = formatSweep(
      sweep(model, {
        lever: "re_growth",
        from: -0.05,
        to: 0,
        steps: 2,
        second: { lever: "gdp_growth", from: 0.04, to: 0.06, steps: 2 },
      }),
      model,
      "en",
    );
    const rows = lines(text);
    expect(rows[0]).toMatch(/^re_growth\s+gdp_growth\s+re_share_below_10/);
    expect(rows).toHaveLength(6);
    expect(rows[3]).toMatch(/^\s+-5%\s+6%\s+✓ met\s+✗ NOT met\s+9\.03%/);
  });

  it("marks a target without a value with ?, and a cell without one with a dash", () => {
    const result: SweepResult = {
      lever: "re_growth",
      scenario: "baseline",
      points: [{ value: 0.01, targets: { t: null }, margins: { t: null }, values: { "re_share[2025]": null } }],
    };
    expect(lines(formatSweep(result, model, "en"))[2]).toMatch(/^\s+1%\s+\?\s+—$/);
  });

  it("says so when there are no points", () => {
    expect(formatSweep({ lever: "re_growth", scenario: "baseline", points: [] }, model, "en")).toBe("(no points)");
  });
});

describe("formatReachability", () => {
  it("gives each target per scenario: met or NOT met, the margin, and the first year it holds on the way", () => {
    const text = formatReachability(compareScenarios(model, ["baseline", "fast"]), undefined, "en");
    const rows = lines(text);
    expect(rows[0]).toMatch(/^target\s+id\s+kind\s+check\s+baseline\s+fast$/);
    expect(rows[2]).toMatch(
      /^re_share_below_10\s+re_share_below_10\s+re_share\[2025\] < 10%\s+✗ NOT met -0\.20pp\s+✓ met \+0\.18pp from 2025$/,
    );
    expect(rows[3]).toMatch(
      /^forest_50_3\s+forest_50_3\s+forest\[2025\] >= 50\.3%\s+✗ NOT met -0\.02pp\s+✗ NOT met -0\.02pp$/,
    );
  });

  it("shows the kind of each target, and a target without a value as ?", () => {
    const m = buildModel({
      years: [2020, 2022],
      baseYear: 2021,
      indicators: {
        x: { unit: "亿元", history: { 2021: 10 }, projection: "x[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
      },
      targets: { big: { check: "x[2022] >= 10", kind: "预期性" }, gap: { check: "x[2020] > 0", kind: "binding" } },
      scenarios: { baseline: {}, fast: { extends: "baseline", set: { g: "6%" } } },
    });
    const text = formatReachability(compareScenarios(m, ["baseline", "fast"]), undefined, "en");
    expect(text).toMatch(/^big\s+big\s+预期性\s+x\[2022\] >= 10\s+✓ met \+0\.5 from 2022\s+✓ met \+0\.6 from 2022$/m);
    expect(text).toMatch(/^gap\s+gap\s+约束性\s+x\[2020\] > 0\s+\? no value\s+\? no value$/m);
  });

  it("gives the year a target is first met when it is earlier than the target year", () => {
    const m = shareModel({ targets: { easy: { check: "re_share[2025] < 13.5%" } } });
    expect(formatReachability(compareScenarios(m, ["baseline", "fast"]), undefined, "en")).toMatch(
      /easy\s+re_share\[2025\] < 13\.5%\s+✓ met \+3\.30pp from 2022\s+✓ met \+3\.68pp from 2022/,
    );
  });
});

describe("formatComparison", () => {
  it("gives each indicator in one year per scenario, with its difference from the first", () => {
    const text = formatComparison(compareScenarios(model, ["baseline", "fast"]), model, 2025, "en");
    const rows = lines(text);
    expect(rows[0]).toMatch(/^indicator \(2025\)\s+id\s+unit\s+baseline\s+fast\s+Δ vs baseline$/);
    expect(text).toMatch(/^gdp\s+gdp\s+亿元\s+335\.5\s+348\.4\s+\+12\.96$/m);
    expect(text).toMatch(/^gdp_growth\s+gdp_growth\s+%\s+5%\s+6%\s+\+1\.00pp$/m);
    expect(text).toMatch(/^re_share\s+re_share\s+%\s+10\.2%\s+9\.82%\s+-0\.38pp$/m);
    // an indicator the same in every scenario is left out, and counted
    expect(text).not.toMatch(/^forest_gain\s/m);
    expect(text).toMatch(/^\d+ indicators the same in every scenario are left out$/m);
    const all = formatComparison(compareScenarios(model, ["baseline", "fast"]), model, 2025, "en", Infinity, true);
    expect(all).toMatch(/^forest_gain\s+forest_gain\s+百分点\s+\+0\.55pp\s+\+0\.55pp\s+0\.00pp$/m);
  });

  it("gives a pair of columns for every scenario after the first", () => {
    const text = formatComparison(compareScenarios(model, ["fast", "baseline", "fast"]), model, 2021, "en");
    expect(lines(text)[0]).toMatch(/^indicator \(2021\)\s+id\s+unit\s+fast\s+baseline\s+Δ vs fast\s+fast\s+Δ vs fast$/);
  });

  it("shows a missing value and a missing difference as a dash", () => {
    const text = formatComparison(
      compareScenarios(model, ["baseline", "fast"], { indicators: ["re_va"] }),
      model,
      2016,
      "en",
      Infinity,
      true,
    );
    expect(text).toMatch(/^re_va\s+re_va\s+亿元\s+—\s+—\s+—$/m);
  });
});

describe("formatFeasibility", () => {
  it("says all targets can be met together, with the setting, each target's margin and the method", () => {
    const result = findFeasible(model, {
      targets: ["re_share_below_10", "forest_50_3"],
      levers: ["re_growth", "forest_gain"],
    });
    const text = formatFeasibility(result, model, "en");
    const [first] = lines(text);
    expect(first).toMatch(
      /^All 2 targets can be met together, e\.g\. with re_growth = -?[\d.]+%, forest_gain = \+[\d.]+pp\.$/,
    );
    expect(text).toMatch(/^re_share_below_10\s+re_share_below_10\s+✓ met\s+\+[\d.]+pp$/m);
    expect(text).toMatch(/^forest_50_3\s+forest_50_3\s+✓ met\s+\+[\d.]+pp$/m);
    expect(text).not.toContain("Conflicts");
    expect(lines(text).at(-1)).toBe(`Method: ${result.method}`);
  });

  it("says no setting was found, and names a target unreachable on its own", () => {
    const result = findFeasible(model, {
      targets: ["re_share_below_10", "forest_50_3"],
      levers: ["re_growth", "forest_gain"],
      bounds: { forest_gain: { min: 0, max: 0.005 } },
    });
    const text = formatFeasibility(result, model, "en");
    expect(lines(text)[0]).toBe(
      "No setting of re_growth, forest_gain within their bounds was found that meets all of re_share_below_10, forest_50_3.",
    );
    expect(text).toMatch(/^forest_50_3\s+forest_50_3\s+✗ NOT met\s+-0\.22pp$/m);
    expect(text).toContain("Conflicts: forest_50_3 (unreachable on its own).");
  });

  const base: FeasibilityResult = {
    targets: ["a", "b", "c"],
    levers: ["re_growth"],
    scenario: "baseline",
    feasible: false,
    setting: { re_growth: 0 },
    met: { a: false, b: null, c: true },
    margins: { a: -1, b: null, c: 2 },
    conflicts: [["a", "c"], ["b"]],
    method: "a method",
    resolution: { re_growth: 3e-7 },
    evaluations: 10,
  };

  it("names conflicting pairs, and marks a target without a value with ?", () => {
    const text = formatFeasibility(base, model, "en");
    expect(text).toContain("Conflicts: a with c; b (unreachable on its own).");
    expect(text).toMatch(/^b\s+b\s+\?\s+—$/m);
  });

  it("says when every pair can be met but not all together", () => {
    expect(formatFeasibility({ ...base, conflicts: [] }, model, "en")).toContain(
      "Every pair of targets can be met, but not all together.",
    );
  });
});
