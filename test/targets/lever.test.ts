import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { leverValue, resolveLever, setInputs, setLever } from "../../src/targets/lever.js";
import { onlyIssue, plansheetError } from "./helpers.js";

const model = buildModel({
  years: [2020, 2023],
  baseYear: 2021,
  indicators: {
    x: {
      label: { zh: "地区生产总值", en: "GDP" },
      unit: "亿元",
      history: { 2021: 100 },
      projection: "x[t-1] * (1 + g)",
    },
    g: { label: { en: "growth" }, unit: "%", value: "5%", history: { 2020: "3%" } },
    h: { unit: "家", value: { 2022: 25 } },
    k: { label: { zh: "其他增速", en: "other growth" }, unit: "%", value: "2%" },
    both: { unit: "%", formula: "g + k" },
    plain: { formula: "2 * 3" },
  },
  levers: { g: { min: "0%", max: "10%" }, h: { min: 0, max: 60 } },
});
const years = model.structure.timeline.length;
const cell = (id: string, year: number) =>
  model.structure.indicatorById.get(id)!.slot * years + (year - model.structure.timeline.first);

describe("resolveLever", () => {
  it("takes the bounds of a lever from the model's levers section", () => {
    const lever = resolveLever(model, "g");
    expect(lever).toEqual({
      id: "g",
      slot: model.structure.indicatorById.get("g")!.slot,
      min: 0,
      max: 0.1,
      label: "growth",
    });
  });

  it("labels a lever with its indicator's Chinese label first, else its English one, else none", () => {
    expect(resolveLever(model, "k", { min: 0, max: 1 }).label).toBe("其他增速");
    expect(resolveLever(model, "g").label).toBe("growth");
    expect(resolveLever(model, "h")).not.toHaveProperty("label");
  });

  it("lets bounds given in code override the model's, each on its own", () => {
    expect(resolveLever(model, "g", { min: -0.05 })).toMatchObject({ min: -0.05, max: 0.1 });
    expect(resolveLever(model, "g", { max: 0.2 })).toMatchObject({ min: 0, max: 0.2 });
    expect(resolveLever(model, "g", { min: 0.01, max: 0.02 })).toMatchObject({ min: 0.01, max: 0.02 });
  });

  it("accepts any input as a lever when bounds are given, even one the levers section does not list", () => {
    expect(resolveLever(model, "k", { min: 0, max: 0.05 })).toMatchObject({ id: "k", min: 0, max: 0.05 });
  });

  it("accepts equal bounds", () => {
    expect(resolveLever(model, "k", { min: 0.03, max: 0.03 })).toMatchObject({ min: 0.03, max: 0.03 });
  });

  it("refuses a name that is not an indicator, as a usage error with a did-you-mean hint", () => {
    const error = plansheetError(() => resolveLever(model, "gg"));
    const issue = onlyIssue(error);
    expect(issue.code).toBe("usage");
    expect(error.message).toContain("'gg' is not an indicator of this model");
    expect(issue.hint).toContain("'g'");
  });

  it("refuses a computed indicator as not_an_input, naming the inputs it is computed from, directly or not", () => {
    const error = plansheetError(() => resolveLever(model, "both", { min: 0, max: 1 }));
    const issue = onlyIssue(error);
    expect(issue.code).toBe("not_an_input");
    expect(issue.indicator).toBe("both");
    expect(error.message).toContain("'both' is computed, not an input");
    expect(issue.hint).toMatch(/^move one of the inputs it is computed from: (g, k|k, g)$/);
  });

  it("names the inputs a projected indicator reads, and suggests a value when it reads none", () => {
    expect(onlyIssue(plansheetError(() => resolveLever(model, "x", { min: 0, max: 1 }))).hint).toBe(
      "move one of the inputs it is computed from: g",
    );
    expect(onlyIssue(plansheetError(() => resolveLever(model, "plain", { min: 0, max: 1 }))).hint).toContain(
      "give it a value",
    );
  });

  it("refuses an input without bounds, saying where to give them", () => {
    const error = plansheetError(() => resolveLever(model, "k"));
    expect(onlyIssue(error).code).toBe("usage");
    expect(error.message).toBe("lever 'k' has no bounds");
    expect(onlyIssue(error).hint).toContain("--min and --max");
    expect(() => resolveLever(model, "k", { min: 0 })).toThrow("has no bounds");
  });

  it("refuses bounds with min above max as invalid_bounds", () => {
    const error = plansheetError(() => resolveLever(model, "g", { min: 0.2 }));
    const issue = onlyIssue(error);
    expect(issue.code).toBe("invalid_bounds");
    expect(issue.indicator).toBe("g");
    expect(error.message).toContain("min 0.2 above max 0.1");
  });
});

describe("setLever", () => {
  it("sets the lever in every year where it is an input, leaving a reported year as reported", () => {
    const inputs = model.inputsOf();
    setLever(model, inputs, resolveLever(model, "g"), 0.08);
    for (const year of [2021, 2022, 2023]) expect(inputs.float[cell("g", year)]).toBe(0.08);
    const results = model.evaluate(inputs);
    expect(results.values[cell("g", 2020)]).toBe(0.03);
    expect(results.values[cell("x", 2023)]).toBeCloseTo(100 * 1.08 * 1.08, 12);
  });

  it("sets only the years an input has (a value given for 2022 alone)", () => {
    const inputs = model.inputsOf();
    setLever(model, inputs, resolveLever(model, "h"), 30);
    expect(inputs.float[cell("h", 2022)]).toBe(30);
    expect(inputs.has(cell("h", 2021))).toBe(false);
    expect(inputs.has(cell("h", 2023))).toBe(false);
  });

  it("gives the value exact decimal text for decimal mode", () => {
    const inputs = model.inputsOf();
    setLever(model, inputs, resolveLever(model, "g"), 0.07);
    expect(inputs.exact[cell("g", 2022)]).toBe("0.07");
  });

  it("does not touch the scenario's own table when given a clone", () => {
    const base = model.inputsOf();
    const copy = base.clone();
    setLever(model, copy, resolveLever(model, "g"), 0.09);
    expect(base.float[cell("g", 2022)]).toBe(0.05);
  });
});

describe("setInputs", () => {
  it("sets several inputs by id to constants", () => {
    const inputs = model.inputsOf();
    setInputs(model, inputs, { g: 0.01, k: 0.04 });
    expect(inputs.float[cell("g", 2023)]).toBe(0.01);
    expect(inputs.float[cell("k", 2020)]).toBe(0.04);
    expect(model.evaluate(inputs).values[cell("both", 2022)]).toBeCloseTo(0.05, 15);
  });

  it("sets an input whether or not the levers section lists it, whatever its bounds would be", () => {
    const inputs = model.inputsOf();
    setInputs(model, inputs, { g: 0.5 });
    expect(inputs.float[cell("g", 2022)]).toBe(0.5);
  });

  it("refuses an id that is not an input", () => {
    expect(onlyIssue(plansheetError(() => setInputs(model, model.inputsOf(), { both: 0.1 }))).code).toBe(
      "not_an_input",
    );
    expect(onlyIssue(plansheetError(() => setInputs(model, model.inputsOf(), { nope: 0.1 }))).code).toBe("usage");
  });
});

describe("leverValue", () => {
  it("reads the lever's value in the first year where it is an input", () => {
    expect(leverValue(model, model.inputsOf(), resolveLever(model, "g"))).toBe(0.05);
    expect(leverValue(model, model.inputsOf(), resolveLever(model, "h"))).toBe(25);
  });

  it("reads back a value set by setLever", () => {
    const inputs = model.inputsOf();
    const lever = resolveLever(model, "g");
    setLever(model, inputs, lever, -0.02);
    expect(leverValue(model, inputs, lever)).toBe(-0.02);
  });

  it("reads a scenario's value of the lever", () => {
    const withScenario = buildModel({
      years: [2021, 2022],
      baseYear: 2021,
      indicators: { g: { unit: "%", value: "5%" } },
      scenarios: { baseline: {}, fast: { extends: "baseline", set: { g: "7%" } } },
    });
    const lever = resolveLever(withScenario, "g", { min: 0, max: 1 });
    expect(leverValue(withScenario, withScenario.inputsOf("fast"), lever)).toBe(0.07);
  });

  it("is undefined when the lever has no input value in any year", () => {
    const inputs = model.inputsOf();
    const lever = resolveLever(model, "h");
    inputs.clear(cell("h", 2022));
    expect(leverValue(model, inputs, lever)).toBeUndefined();
  });
});
