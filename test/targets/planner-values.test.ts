import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { loadModel } from "../../src/node.js";
import { compareScenarios } from "../../src/scenarios/index.js";
import { findFeasible, solve, sweep } from "../../src/targets/index.js";

const model = loadModel(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url).pathname);

describe("values written as a planner writes them, wherever model.with takes them", () => {
  it("reads a sweep's ends, a solve's bounds and set inputs as a model file's numbers", () => {
    const written = sweep(model, { lever: "re_growth", from: "-5%", to: "0%", steps: 6 });
    const numbers = sweep(model, { lever: "re_growth", from: -0.05, to: 0, steps: 6 });
    expect(written.points).toEqual(numbers.points);
    const solved = solve(model, {
      target: "re_share_below_10_2025",
      lever: "re_growth",
      bounds: { min: "-20%", max: "10%" },
    });
    expect(solved.value).toBe(
      solve(model, { target: "re_share_below_10_2025", lever: "re_growth", bounds: { min: -0.2, max: 0.1 } }).value,
    );
    const given = solve(model, { target: "re_share_below_10_2025", lever: "re_growth", set: { re_share_2021: "12%" } });
    expect(given.value).toBe(
      solve(model, { target: "re_share_below_10_2025", lever: "re_growth", set: { re_share_2021: 0.12 } }).value,
    );
    const joint = findFeasible(model, {
      targets: ["tourism_revenue_20"],
      levers: ["tourism_growth"],
      bounds: { tourism_growth: { min: "0%", max: "20%" } },
    });
    expect(joint.feasible).toBe(true);
  });

  it("refuses a bare number for a % input as the slip it almost always is, naming the value", () => {
    const attempt = () => sweep(model, { lever: "re_growth", from: "-5", to: "0%", steps: 3 });
    expect(attempt).toThrow(PlansheetError);
    expect(attempt).toThrow(/the sweep's from/);
    expect(() => sweep(model, { lever: "re_growth", from: "minus five", to: "0%", steps: 3 })).toThrow(
      /takes a number such as 5%, -0\.5pp or 4500, got 'minus five'/,
    );
  });
});

describe("the model in a notebook", () => {
  it("compares every scenario when none are named", () => {
    expect(compareScenarios(model).scenarios).toEqual(["baseline", "faster", "slower", "transition"]);
  });

  it("shows itself as a short summary, and lists its indicators and targets", () => {
    const shown = inspect(model);
    expect(shown.split("\n").length).toBeLessThanOrEqual(20);
    expect(shown).toMatch(/^Model 门头沟区 2021 政府工作报告\n {2}years 2016–2026, base year 2021\n {2}70 indicators/);
    expect(shown).toContain("re_share_below_10_2025: 房地产业占地区生产总值比重下降至10%以下（2025）");
    expect(shown).toContain("… and 23 more (model.targets)");
    expect(model.indicators.find((i) => i.id === "gdp")).toEqual({
      id: "gdp",
      label: { zh: "地区生产总值", en: "GDP" },
      unit: "亿元",
      input: false,
    });
    expect(model.targets).toHaveLength(33);
    expect(model.targets[0]).toMatchObject({ id: "gdp_growth_2025", kind: "预期性" });
  });
});
