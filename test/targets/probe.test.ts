import { describe, expect, it } from "vitest";
import { buildModel, ModelError, type Model } from "../../src/evaluation/index.js";
import { probeTarget, targetDependsOnLever } from "../../src/targets/probe.js";
import { resolveLever, setLever } from "../../src/targets/lever.js";
import { onlyIssue, plansheetError } from "./helpers.js";

const model = buildModel({
  years: [2019, 2025],
  baseYear: 2021,
  indicators: {
    x: { unit: "亿元", history: { 2021: 100 }, projection: "x[t-1] * (1 + g)" },
    g: { unit: "%", value: "5%" },
    y: { unit: "亿元", history: { 2021: 50 }, projection: "y[t-1] * (1 + h)" },
    h: { unit: "%", value: "2%" },
    share: { unit: "%", formula: "y / x" },
    gap: { unit: "亿元", value: { 2021: 1 } },
  },
  targets: {
    x_big: { check: "x[2025] >= 130" },
    share_small: { check: "share[2025] < 40%" },
    past: { check: "x[2021] >= 100" },
    total: { check: "sum(y, 2022, 2023) >= 100" },
    needs_gap: { check: "gap[2025] > 0" },
  },
  levers: { g: { min: "0%", max: "20%" }, h: { min: "0%", max: "20%" } },
});

function brokenModel(): Model {
  try {
    buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: { a: { value: 1 } },
      targets: { ok: { check: "a[2022] > 0" }, broken: { check: "b[2022] > 1" } },
    });
  } catch (error) {
    if (error instanceof ModelError && error.partial) return error.partial;
  }
  throw new Error("expected a partial model");
}

describe("probeTarget", () => {
  it("evaluates a target again and again under changing inputs", () => {
    const probe = probeTarget(model, "x_big");
    expect(probe.target.id).toBe("x_big");
    const inputs = model.inputsOf();
    const at5 = probe.evaluate(inputs);
    expect(at5.met).toBe(false);
    expect(at5.value).toBeCloseTo(100 * 1.05 ** 4, 10);
    expect(probe.margin(inputs)).toBeCloseTo(100 * 1.05 ** 4 - 130, 10);
    setLever(model, inputs, resolveLever(model, "g"), 0.1);
    expect(probe.evaluate(inputs).met).toBe(true);
    expect(probe.margin(inputs)).toBeCloseTo(100 * 1.1 ** 4 - 130, 10);
  });

  it("gives the same result as a run of the model", () => {
    const probe = probeTarget(model, "share_small");
    const run = model.run().targets.find((t) => t.id === "share_small")!;
    const result = probe.evaluate(model.inputsOf());
    expect(result.met).toBe(run.met);
    expect(result.margin).toBe(run.margin);
    expect(result.value).toBe(run.value);
  });

  it("gives a margin of NaN when the target needs a cell without a value", () => {
    const probe = probeTarget(model, "needs_gap");
    expect(probe.evaluate(model.inputsOf()).met).toBeNull();
    expect(probe.margin(model.inputsOf())).toBeNaN();
  });

  it("refuses an unknown target, naming the model's targets and the nearest one", () => {
    const error = plansheetError(() => probeTarget(model, "x_bigg"));
    expect(error.message).toBe(
      "'x_bigg' is not a target of this model (it has x_big, share_small, past, total, needs_gap)",
    );
    const issue = onlyIssue(error);
    expect(issue.code).toBe("usage");
    expect(issue.hint).toContain("'x_big'");
  });

  it("says so when the model defines no targets", () => {
    const bare = buildModel({ years: [2021, 2022], baseYear: 2021, indicators: { a: { value: 1 } } });
    expect(plansheetError(() => probeTarget(bare, "t")).message).toContain("(it defines none)");
  });

  it("refuses a target whose condition did not build as invalid_target", () => {
    const partial = brokenModel();
    expect(probeTarget(partial, "ok").evaluate(partial.inputsOf()).met).toBe(true);
    const error = plansheetError(() => probeTarget(partial, "broken"));
    expect(onlyIssue(error).code).toBe("invalid_target");
    expect(error.message).toContain("b[2022] > 1");
  });
});

describe("targetDependsOnLever", () => {
  const target = (id: string) => model.structure.targets.find((t) => t.id === id)!;
  const g = resolveLever(model, "g");
  const h = resolveLever(model, "h");

  it("is true for a lever the target's cell is projected from", () => {
    expect(targetDependsOnLever(model, target("x_big"), g)).toBe(true);
  });

  it("is false for a lever the target does not read", () => {
    expect(targetDependsOnLever(model, target("x_big"), h)).toBe(false);
  });

  it("follows formulas: a share depends on the growth of its part and of its whole", () => {
    expect(targetDependsOnLever(model, target("share_small"), g)).toBe(true);
    expect(targetDependsOnLever(model, target("share_small"), h)).toBe(true);
  });

  it("is false for a target about a reported year, which no input can move", () => {
    expect(targetDependsOnLever(model, target("past"), g)).toBe(false);
  });

  it("follows every year of a range", () => {
    expect(targetDependsOnLever(model, target("total"), h)).toBe(true);
    expect(targetDependsOnLever(model, target("total"), g)).toBe(false);
  });

  it("is false for a target whose condition did not build", () => {
    const partial = brokenModel();
    const broken = partial.structure.targets.find((t) => t.id === "broken")!;
    expect(targetDependsOnLever(partial, broken, resolveLever(partial, "a", { min: 0, max: 2 }))).toBe(false);
  });
});
