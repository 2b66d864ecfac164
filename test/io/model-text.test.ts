import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { Model, ModelError } from "../../src/evaluation/model.js";
import { parseModelText } from "../../src/io/model-text.js";

function parseError(text: string, file = "model.yaml"): ModelError {
  try {
    parseModelText(text, file);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected parseModelText to throw a ModelError");
}

/** A YAML model with the given lines under `indicators:` (indented by two spaces). */
const yaml = (...lines: string[]) =>
  `${["years: [2016, 2025]", "baseYear: 2021", "indicators:", ...lines.map((l) => `  ${l}`)].join("\n")}\n`;

const at = (issue: Issue) => [issue.file, issue.line, issue.column];

describe("parseModelText", () => {
  it("builds the example model from its YAML file", () => {
    const text = readFileSync(new URL("../../examples/mentougou-2021/model.yaml", import.meta.url), "utf8");
    const model = parseModelText(text, "model.yaml");
    expect(model).toBeInstanceOf(Model);
    expect(model.run().get("gdp", 2021)).toBe(276);
  });

  it("reports a syntax error in a formula at the column of the offending character", () => {
    const error = parseError(yaml("a:", "  value: 1", "b:", "  formula: a + * 2"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("syntax");
    expect(issue.indicator).toBe("b");
    expect(issue.path).toEqual(["indicators", "b", "formula"]);
    // line 7: "  formula: a + * 2" — the formula starts at column 14, the '*' is 4 characters in
    expect(at(issue)).toEqual(["model.yaml", 7, 18]);
  });

  it("reports an unknown reference at the column of the name inside the formula, with did-you-mean", () => {
    const error = parseError(yaml("gdp:", "  value: 1", "b:", "  formula: 2 * gpd + 1"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("unknown_reference");
    expect(issue.hint).toContain("'gdp'");
    expect(at(issue)).toEqual(["model.yaml", 7, 18]);
  });

  it("counts the opening quote of a quoted formula", () => {
    const error = parseError(yaml("gdp:", "  value: 1", "b:", '  formula: "2 * gpd + 1"'));
    expect(at(error.issues[0]!)).toEqual(["model.yaml", 7, 19]);
  });

  it("reports a unit mismatch at the start of the offending span", () => {
    const error = parseError(
      yaml(
        "gdp: { unit: 亿元, value: 1 }",
        "energy: { unit: 万吨标准煤, value: 1 }",
        "x: { formula: 1 + gdp + energy }",
      ),
    );
    const issue = error.issues[0]!;
    expect(issue.code).toBe("unit_mismatch");
    expect(issue.indicator).toBe("x");
    // line 6: "  x: { formula: 1 + gdp + energy }": the formula starts at column 17; 'gdp' 4 characters in
    expect(at(issue)).toEqual(["model.yaml", 6, 21]);
  });

  it("reports a year outside the timeline in a history at the year's value", () => {
    const error = parseError(yaml("gdp:", "  history:", "    2030: 5"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("year_outside_timeline");
    expect(issue.path).toEqual(["indicators", "gdp", "history", "2030"]);
    expect(issue.line).toBe(6);
  });

  it("reports a year outside the timeline in a formula at the year", () => {
    const error = parseError(yaml("gdp:", "  value: 1", "b:", "  formula: gdp[2030]"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("year_outside_timeline");
    expect(at(issue)).toEqual(["model.yaml", 7, 18]);
  });

  it("reports a same-year cycle once, at the first member, and leaves a runnable partial model", () => {
    const error = parseError(yaml("a: { formula: b + 1 }", "b: { formula: a + 1 }", "c: { value: 4 }"));
    const cycles = error.issues.filter((i) => i.code === "cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain("a, b");
    expect(cycles[0]!.line).toBe(4);
    expect(error.partial!.run().get("c", 2020)).toBe(4);
  });

  it("reports a bare 38.62 for a % indicator as percent_slip at the value, with a hint mentioning 38.62%", () => {
    const error = parseError(yaml("share:", '  unit: "%"', "  value: 38.62"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("percent_slip");
    expect(issue.hint).toContain("38.62%");
    expect(at(issue)).toEqual(["model.yaml", 6, 12]);
  });

  it("reports a percentage for a level indicator", () => {
    const error = parseError(yaml("gdp:", "  unit: 亿元", "  value: 5%"));
    expect(error.issues[0]!.code).toBe("unit_mismatch");
    expect(error.issues[0]!.line).toBe(6);
  });

  it("builds a model with an unknown unit, keeping the unit_unknown warning with its line", () => {
    const model = parseModelText(yaml("rice:", "  unit: 担", "  value: 3"), "model.yaml");
    const warning = model.issues[0]!;
    expect(warning.code).toBe("unit_unknown");
    expect(warning.severity).toBe("warning");
    expect(at(warning)).toEqual(["model.yaml", 5, 11]);
  });

  it("reports .nan and .inf in a series by year as non_finite_number, with their lines", () => {
    const error = parseError(yaml("g:", "  value:", "    2020: .nan", "    2021: .inf"));
    const issues = error.issues.filter((i) => i.code === "non_finite_number");
    expect(issues.map((i) => i.path)).toEqual([
      ["indicators", "g", "value", "2020"],
      ["indicators", "g", "value", "2021"],
    ]);
    expect(issues.map((i) => i.line)).toEqual([6, 7]);
    expect(error.partial).toBeUndefined();
  });

  it("reports an unknown field on its line, with did-you-mean", () => {
    const error = parseError(yaml("gdp:", "  valeu: 1"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("schema");
    expect(issue.hint).toContain("'value'");
    expect(issue.line).toBe(5);
  });

  it("reports a value of the wrong type at its position", () => {
    const error = parseError(yaml("gdp:", "  formula: 3"));
    const issue = error.issues[0]!;
    expect(issue.code).toBe("schema");
    expect(issue.path).toEqual(["indicators", "gdp", "formula"]);
    expect(at(issue)).toEqual(["model.yaml", 5, 14]);
  });

  it("reports a duplicate indicator id as duplicate_id with its line", () => {
    const error = parseError(yaml("gdp:", "  value: 1", "gdp:", "  value: 2"));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.code).toBe("duplicate_id");
    expect(error.issues[0]!.line).toBe(6);
    expect(error.partial).toBeUndefined();
  });

  it("reports invalid YAML with line and column", () => {
    const error = parseError("years: [2016, 2025\nbaseYear: 2021\n");
    expect(error.issues[0]!.code).toBe("invalid_yaml");
    expect(error.issues[0]!.file).toBe("model.yaml");
    expect(error.issues[0]!.line).toBeGreaterThanOrEqual(1);
    expect(error.issues[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it("reports scenario and lever problems at their lines", () => {
    const text = [
      "years: [2016, 2025]",
      "baseYear: 2021",
      "indicators:",
      "  g: { unit: '%', value: 5% }",
      "  x: { formula: g * 2 }",
      "scenarios:",
      "  a: { extends: baselin }",
      "  baseline: {}",
      "  b: { set: { x: 1 } }",
      "levers:",
      "  g: { min: 10%, max: 5% }",
    ].join("\n");
    const error = parseError(text);
    const byCode = new Map(error.issues.map((i) => [i.code, i]));
    expect(byCode.get("unknown_scenario")!.line).toBe(7);
    expect(byCode.get("unknown_scenario")!.hint).toContain("baseline");
    expect(byCode.get("not_an_input")!.line).toBe(9);
    expect(byCode.get("not_an_input")!.hint).toContain("g");
    expect(byCode.get("invalid_bounds")!.line).toBe(11);
  });

  it("reads JSON the same way, with positions in the JSON text", () => {
    const json = [
      '{"years": [2016, 2025],',
      ' "baseYear": 2021,',
      ' "indicators": {',
      '  "gdp": {"value": 1},',
      '  "b": {"formula": "2 * gpd + 1"}}}',
    ].join("\n");
    const error = parseError(json, "model.json");
    const issue = error.issues[0]!;
    expect(issue.code).toBe("unknown_reference");
    expect(at(issue)).toEqual(["model.json", 5, 25]);
  });

  it("reports an unknown field in JSON at the line and column of its value", () => {
    const json = [
      '{"years": [2016, 2025],',
      ' "baseYear": 2021,',
      ' "indicators": {',
      '  "gdp": {"valeu": 1},',
      '  "g": {"unit": "%", "value": 38.62}}}',
    ].join("\n");
    const error = parseError(json, "model.json");
    const unknown = error.issues.find((i) => i.code === "schema")!;
    expect(unknown.path).toEqual(["indicators", "gdp", "valeu"]);
    expect(at(unknown)).toEqual(["model.json", 4, 20]);
  });

  it("reports a percent slip in JSON at the value", () => {
    const json = [
      '{"years": [2016, 2025],',
      ' "baseYear": 2021,',
      ' "indicators": {',
      '  "g": {"unit": "%", "value": 38.62}}}',
    ].join("\n");
    const issue = parseError(json, "model.json").issues[0]!;
    expect(issue.code).toBe("percent_slip");
    expect(at(issue)).toEqual(["model.json", 4, 31]);
  });

  it("builds and runs a JSON model", () => {
    const model = parseModelText(
      JSON.stringify({
        years: [2020, 2022],
        baseYear: 2020,
        indicators: {
          gdp: { unit: "亿元", history: { 2020: 100 }, projection: "gdp[t-1] * (1 + g)" },
          g: { unit: "%", value: "10%" },
        },
      }),
      "model.json",
    );
    expect(model.run({ mode: "decimal" }).exact("gdp", 2022)).toBe("121");
  });

  it("reports every refused construct of a file with its position", () => {
    const error = parseError(
      yaml(
        "x: { value: 1 }",
        "s: { formula: 'x + \"(process.exit(7))\"' }",
        "i: { formula: 'import(\"fs\")' }",
        "p: { formula: x.constructor }",
      ),
    );
    const refused = error.issues.filter((i) => i.code === "refused_construct");
    expect(refused.map((i) => i.indicator)).toEqual(["s", "i", "p"]);
    expect(refused.map((i) => i.line)).toEqual([5, 6, 7]);
    // the string starts 4 characters into the formula, which starts after the opening quote at column 17
    expect(refused[0]!.column).toBe(18 + 4);
  });

  it("accepts constructor as a plain id in a file and evaluates it", () => {
    const model = parseModelText(yaml("constructor: { value: 2 }", "twice: { formula: constructor * 2 }"));
    expect(model.run().get("twice", 2016)).toBe(4);
  });
});

describe("parseModelText, ids and numbers that JavaScript treats specially", () => {
  it("refuses an indicator called __proto__ instead of letting it vanish", () => {
    const error = parseError(yaml("__proto__:", "  value: 1", "b:", "  value: 2"));
    const issue = error.issues.find((i) => i.code === "invalid_id")!;
    expect(issue.path).toEqual(["indicators", "__proto__"]);
    expect(at(issue)).toEqual(["model.yaml", 4, 3]);
    expect(error.partial!.structure.indicators.map((i) => i.id)).toEqual(["b"]);
  });

  it("reports an infinite single value as non_finite_number, with its line", () => {
    const error = parseError(yaml("g:", "  value: .inf"));
    expect(error.issues.map((i) => [i.code, i.path?.join(".")])).toEqual([["non_finite_number", "indicators.g.value"]]);
    expect(at(error.issues[0]!)).toEqual(["model.yaml", 5, 12]);
    const history = parseError(yaml("g:", "  history: { 2021: -.inf }"));
    expect(history.issues[0]!.code).toBe("non_finite_number");
    expect(history.issues[0]!.message).toContain("-Infinity");
  });
});
