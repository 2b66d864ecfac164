import { describe, expect, it } from "vitest";
import { axisValues, sweep } from "../../src/targets/sweep.js";
import { onlyIssue, plansheetError, shareModel } from "./helpers.js";

const model = shareModel();

describe("axisValues", () => {
  it("gives `steps` evenly spaced values with both ends included", () => {
    expect(axisValues({ lever: "g", from: -0.05, to: 0, steps: 3 })).toEqual([-0.05, -0.025, 0]);
    expect(axisValues({ lever: "g", from: 0, to: 1, steps: 5 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("ends exactly on `to`, whatever the rounding of the steps", () => {
    const values = axisValues({ lever: "g", from: 0.1, to: 0.7, steps: 7 });
    expect(values).toHaveLength(7);
    expect(values[0]).toBe(0.1);
    expect(values[6]).toBe(0.7);
  });

  it("runs downwards when `from` is above `to`", () => {
    expect(axisValues({ lever: "g", from: 1, to: 0, steps: 3 })).toEqual([1, 0.5, 0]);
  });

  it("refuses fewer than two steps, or a number of steps that is not whole, as a usage error", () => {
    for (const steps of [1, 0, -3, 2.5, Number.NaN]) {
      const error = plansheetError(() => axisValues({ lever: "g", from: 0, to: 1, steps }));
      expect(onlyIssue(error).code).toBe("usage");
      expect(error.message).toContain("at least 2 steps");
    }
  });
});

describe("sweep", () => {
  it("gives one point per step, both ends included, each with every target met or not and its margin", () => {
    const result = sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 3 });
    expect(result.lever).toBe("re_growth");
    expect(result.scenario).toBe("baseline");
    expect(result.points.map((p) => p.value)).toEqual([-0.05, -0.025, 0]);
    // re_share[2025] = 14% · ((1 + r) / 1.05)⁴: 9.38% at −5%, 10.41% at −2.5%, 11.52% at 0%.
    expect(result.points.map((p) => p.targets.re_share_below_10)).toEqual([true, false, false]);
    for (const p of result.points) {
      const share = 0.14 * ((1 + p.value) / 1.05) ** 4;
      expect(p.margins.re_share_below_10).toBeCloseTo(0.1 - share, 14);
      // The forest target does not depend on the lever: unmet at every point.
      expect(p.targets.forest_50_3).toBe(false);
      expect(p.margins.forest_50_3).toBeCloseTo(0.4808 + 4 * 0.0055 - 0.503, 14);
    }
  });

  it("shows by default the cells the targets compare", () => {
    const result = sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 2 });
    const first = result.points[0]!;
    expect(Object.keys(first.values)).toEqual(["re_share[2025]", "forest[2025]"]);
    expect(first.values["re_share[2025]"]).toBeCloseTo(0.14 * (0.95 / 1.05) ** 4, 14);
    expect(first.values["forest[2025]"]).toBeCloseTo(0.4808 + 4 * 0.0055, 14);
  });

  it("shows the cells asked for instead", () => {
    const result = sweep(model, {
      lever: "re_growth",
      from: -0.05,
      to: 0,
      steps: 2,
      show: ["gdp[2025]", "re_va[2026]"],
    });
    const last = result.points[1]!;
    expect(Object.keys(last.values)).toEqual(["gdp[2025]", "re_va[2026]"]);
    expect(last.values["gdp[2025]"]).toBeCloseTo(276 * 1.05 ** 4, 10);
    expect(last.values["re_va[2026]"]).toBeCloseTo(0.14 * 276, 10);
  });

  it("gives null for a shown cell without a value", () => {
    const result = sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 2, show: ["re_va[2016]"] });
    expect(result.points[0]!.values["re_va[2016]"]).toBeNull();
  });

  it("reports only the targets asked for", () => {
    const result = sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 2, targets: ["forest_50_3"] });
    expect(Object.keys(result.points[0]!.targets)).toEqual(["forest_50_3"]);
    expect(Object.keys(result.points[0]!.values)).toEqual(["forest[2025]"]);
  });

  it("makes a grid of steps × steps2 points over two levers, the first lever outermost", () => {
    const result = sweep(model, {
      lever: "re_growth",
      from: -0.05,
      to: 0,
      steps: 3,
      second: { lever: "gdp_growth", from: 0.04, to: 0.06, steps: 2 },
    });
    expect(result.lever2).toBe("gdp_growth");
    expect(result.points).toHaveLength(6);
    expect(result.points.map((p) => [p.value, p.value2])).toEqual([
      [-0.05, 0.04],
      [-0.05, 0.06],
      [-0.025, 0.04],
      [-0.025, 0.06],
      [0, 0.04],
      [0, 0.06],
    ]);
    for (const p of result.points) {
      const share = 0.14 * ((1 + p.value) / (1 + p.value2!)) ** 4;
      expect(p.values["re_share[2025]"]).toBeCloseTo(share, 14);
      expect(p.targets.re_share_below_10).toBe(share < 0.1);
    }
  });

  it("is not limited by the lever's bounds in the model", () => {
    const result = sweep(model, { lever: "re_growth", from: -0.5, to: 0.5, steps: 2 });
    expect(result.points.map((p) => p.value)).toEqual([-0.5, 0.5]);
    expect(result.points[1]!.values["re_share[2025]"]).toBeCloseTo(0.14 * (1.5 / 1.05) ** 4, 12);
  });

  it("starts from the scenario asked for, and sets other inputs first", () => {
    const fast = sweep(model, { lever: "re_growth", from: 0, to: 0.01, steps: 2, scenario: "fast" });
    expect(fast.scenario).toBe("fast");
    expect(fast.points[0]!.values["re_share[2025]"]).toBeCloseTo(0.14 / 1.06 ** 4, 14);
    const set = sweep(model, { lever: "re_growth", from: 0, to: 0.01, steps: 2, set: { re_share_2021: 0.12 } });
    expect(set.points[0]!.values["re_share[2025]"]).toBeCloseTo(0.12 / 1.05 ** 4, 14);
  });

  it("does not change the model's own inputs", () => {
    sweep(model, { lever: "re_growth", from: -0.2, to: -0.1, steps: 2 });
    expect(model.run().get("re_growth", 2025)).toBe(-0.03);
  });

  it("refuses fewer than two steps, on either lever", () => {
    expect(
      onlyIssue(plansheetError(() => sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 1 }))).code,
    ).toBe("usage");
    const second = { lever: "gdp_growth", from: 0, to: 0.1, steps: 1 };
    expect(
      plansheetError(() => sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 2, second })).message,
    ).toContain("at least 2 steps");
  });

  it.each(["gdp", "gpd[2025]", "gdp[2030]", "gdp[t]", "[2025]"])(
    "refuses %s as a cell name, saying how to write one",
    (name) => {
      const error = plansheetError(() =>
        sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 2, show: [name] }),
      );
      expect(onlyIssue(error).code).toBe("usage");
      expect(error.message).toBe(`'${name}' is not a cell of this model`);
      expect(onlyIssue(error).hint).toContain("gdp[2026]");
    },
  );

  it("refuses an unknown lever, a lever that is not an input, an unknown target and an unknown scenario", () => {
    expect(onlyIssue(plansheetError(() => sweep(model, { lever: "nope", from: 0, to: 1, steps: 2 }))).code).toBe(
      "usage",
    );
    expect(onlyIssue(plansheetError(() => sweep(model, { lever: "re_share", from: 0, to: 1, steps: 2 }))).code).toBe(
      "not_an_input",
    );
    expect(
      onlyIssue(plansheetError(() => sweep(model, { lever: "re_growth", from: 0, to: 1, steps: 2, targets: ["nope"] })))
        .code,
    ).toBe("usage");
    expect(
      onlyIssue(plansheetError(() => sweep(model, { lever: "re_growth", from: 0, to: 1, steps: 2, scenario: "nope" })))
        .code,
    ).toBe("unknown_scenario");
  });
});
