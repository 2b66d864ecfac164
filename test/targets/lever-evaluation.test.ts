import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/node.js";
import { LeverEvaluation } from "../../src/targets/lever-evaluation.js";
import { resolveLever, setLever } from "../../src/targets/lever.js";
import { sweep } from "../../src/targets/sweep.js";
import { resultDifferences } from "../evaluation/same-results.js";

const model = loadModel(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url).pathname);

describe("evaluating as levers move", () => {
  it("gives at every step a full evaluation's cells, failures and reasons, one lever or two, back and forth", () => {
    const growth = resolveLever(model, "gdp_growth", { min: -0.05, max: 0.1 });
    const real = resolveLever(model, "re_growth", { min: -0.1, max: 0.05 });
    const base = model.inputsOf();
    const live = new LeverEvaluation(model, base);
    const steps: [number, number | undefined][] = [
      [0.05, undefined],
      [0.07, undefined],
      [0.07, -0.03],
      [-0.02, -0.08],
      [0.05, -0.03],
      [0.05, 0.01],
    ];
    for (const [g, r] of steps) {
      live.set(growth, g);
      if (r !== undefined) live.set(real, r);
      const results = live.evaluate();
      const inputs = base.clone();
      setLever(model, inputs, growth, g);
      if (r !== undefined) setLever(model, inputs, real, r);
      expect(resultDifferences(model.evaluate(inputs, "float", "interpreter"), results)).toEqual([]);
    }
  });

  it("lets a sweep give the same table as full evaluations would", () => {
    const table = sweep(model, {
      lever: "re_growth",
      from: -0.08,
      to: 0.02,
      steps: 6,
      targets: ["re_share_below_10_2025"],
      show: ["re_share[2025]"],
    });
    const lever = resolveLever(model, "re_growth", { min: -0.08, max: 0.02 });
    for (const point of table.points) {
      const inputs = model.inputsOf();
      setLever(model, inputs, lever, point.value);
      const results = model.evaluate(inputs, "float", "interpreter");
      const cell = model.structure.layout.cellInYear(model.structure.indicatorById.get("re_share")!.slot, 2025);
      expect(point.values["re_share[2025]"]).toBe(results.values[cell]);
    }
  });
});
