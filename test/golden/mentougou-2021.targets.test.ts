import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";
import { compareScenarios, comparisonToJson } from "../../src/scenarios/index.js";
import { requiredPartGrowth, solve } from "../../src/targets/index.js";

// Golden results of the targets layer for the Mentougou example: the scenarios side by side (decimal mode, so
// that targets exactly on their threshold are decided exactly) and what it would take to meet every target
// that names a lever. Update deliberately with `npx vitest run test/golden -u`.
const model = loadModel(resolve(__dirname, "../../examples/mentougou-2021/model.yaml"));

describe("the Mentougou 2021 example, targets", () => {
  it("compares its scenarios in decimal mode as recorded", async () => {
    const json = comparisonToJson(compareScenarios(model, model.scenarios, { mode: "decimal" }));
    await expect(JSON.stringify(json, null, 2)).toMatchFileSnapshot("./mentougou-2021/compare-decimal.json");
  });

  it("solves every target that names a lever as recorded", async () => {
    const withLever = model.structure.targets.filter((t) => t.lever !== undefined);
    expect(withLever.length).toBeGreaterThan(0);
    const results = Object.fromEntries(withLever.map((t) => [t.id, solve(model, { target: t.id })]));
    await expect(JSON.stringify(results, null, 2)).toMatchFileSnapshot("./mentougou-2021/solve.json");
  });

  it("finds every target that names a lever reachable within the model's bounds, landing where it holds", () => {
    for (const t of model.structure.targets.filter((x) => x.lever !== undefined)) {
      const result = solve(model, { target: t.id });
      expect(result.reachable, t.id).toBe(true);
      expect(result.residual!, t.id).toBeGreaterThanOrEqual(0);
      if (result.value !== null) {
        expect(result.value, t.id).toBeGreaterThanOrEqual(result.min);
        expect(result.value, t.id).toBeLessThanOrEqual(result.max);
      }
    }
  });

  it("agrees with the closed form for the real-estate share: 14% to below 10% in four years with GDP at 5%", () => {
    const result = solve(model, { target: "re_share_below_10_2025" });
    const expected = requiredPartGrowth(0.14, 0.1, 0.05, 4);
    expect(Math.abs(result.value! - expected) / Math.abs(expected)).toBeLessThan(1e-10);
  });
});
