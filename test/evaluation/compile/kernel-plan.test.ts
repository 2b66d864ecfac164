import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/evaluation/index.js";
import { planEvaluation } from "../../../src/evaluation/compile/kernel-plan.js";

const years = [2020, 2024];
const plan = (indicators: Record<string, unknown>, baseYear = 2020) =>
  planEvaluation(buildModel({ years, baseYear, groups: { all: {} }, indicators }).structure);
const summary = (steps: ReturnType<typeof plan>["steps"]) =>
  steps.map((s) =>
    s.kind === "cells"
      ? `cells ${s.cells.length}`
      : s.kind === "once"
        ? `once ×${s.count}`
        : `${s.kernel.kind} ×${s.count} ${s.from}–${s.to}`,
  );

describe("planEvaluation", () => {
  it("groups indicators of the same shape at the same depth into one step, in dependency order", () => {
    const steps = plan({
      g1: { value: 0.01 },
      g2: { value: 0.02 },
      x1: { history: { 2020: 1 }, projection: "x1[t-1] * (1 + g1)", groups: ["all"] },
      x2: { history: { 2020: 2 }, projection: "x2[t-1] * (1 + g2)", groups: ["all"] },
      total: { formula: "sumOf(all)" },
      s1: { formula: "x1 / total" },
      s2: { formula: "x2 / total" },
      c1: { formula: "cagr(x1, 2020, 2024)" },
      c2: { formula: "cagr(x2, 2020, 2024)" },
    }).steps;
    expect(summary(steps)).toEqual(["up ×2 1–4", "up ×1 0–4", "once ×2", "up ×2 0–4"]);
  });

  it("runs a backcast downwards, and leaves to single cells what might read outside the timeline", () => {
    expect(
      summary(
        plan(
          {
            g: { value: 0.1 },
            x: { history: { 2022: 1 }, projection: "x[t-1] * (1 + g)", backcast: "x[t+1] / (1 + g)" },
          },
          2022,
        ).steps,
      ),
    ).toEqual(expect.arrayContaining(["down ×1 0–1", "up ×1 3–4"]));
    expect(summary(plan({ x: { formula: "if(t == 2020, 1, x[t-1] + 1)" } }).steps)).toEqual(["cells 1", "up ×1 1–4"]);
  });

  it("runs indicators that feed each other cell by cell, in the interpreter's order", () => {
    const steps = plan({
      a: { history: { 2020: 1 }, projection: "b[t-1] + 1" },
      b: { history: { 2020: 1 }, projection: "a[t-1] * 2" },
    }).steps;
    expect(summary(steps)).toEqual(["cells 8"]);
    const cells = steps[0]!.kind === "cells" ? [...steps[0]!.cells] : [];
    // year by year: a and b of 2021 before either of 2022
    expect(cells.map((c) => c % 5)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
