import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { buildStructure } from "../../src/structure/build.js";

const errorsOf = (definition: unknown): Issue[] =>
  buildStructure(definition).issues.filter((i) => i.severity === "error");

/** The errors of a model whose indicator `f` has the given formula, next to a few inputs. */
function formulaErrors(formula: string, key: "formula" | "projection" | "backcast" = "formula"): Issue[] {
  return errorsOf({
    years: [2016, 2025],
    baseYear: 2021,
    indicators: {
      gdp: { unit: "亿元", value: 276 },
      energy: { unit: "万吨标准煤", value: 63 },
      share: { unit: "%", value: "14%" },
      a: { value: 1, groups: ["sectors"] },
      f: { [key]: formula },
    },
    groups: { sectors: {} },
  });
}

/** The single error of `formula`, with its code and the text its span covers. */
function singleError(formula: string): Issue & { covered: string } {
  const errors = formulaErrors(formula);
  expect(errors).toHaveLength(1);
  const issue = errors[0]!;
  return { ...issue, covered: formula.slice(issue.span!.start, issue.span!.end) };
}

describe("checkIndicatorFormulas (through buildStructure)", () => {
  it("reports a syntax error with the indicator, the path and the column of the offending character", () => {
    const issue = singleError("gdp + * 2");
    expect(issue.code).toBe("syntax");
    expect(issue.indicator).toBe("f");
    expect(issue.path).toEqual(["indicators", "f", "formula"]);
    expect(issue.formula).toBe("gdp + * 2");
    expect(issue.span).toEqual({ start: 6, end: 7 });
  });

  it("reports an unclosed parenthesis as a syntax error", () => {
    expect(singleError("(gdp + 1").code).toBe("syntax");
  });

  it("reports an empty formula as a syntax error", () => {
    expect(singleError("   ").code).toBe("syntax");
  });

  it("reports an unknown reference with its span and a did-you-mean hint", () => {
    const issue = singleError("2 * gpd + 1");
    expect(issue.code).toBe("unknown_reference");
    expect(issue.covered).toBe("gpd");
    expect(issue.message).toContain("gpd");
    expect(issue.hint).toContain("did you mean 'gdp'");
  });

  it("reports every unknown reference of a formula, not just the first", () => {
    const errors = formulaErrors("gpd + enrgy");
    expect(errors.map((e) => e.code)).toEqual(["unknown_reference", "unknown_reference"]);
    expect(errors.map((e) => e.formula!.slice(e.span!.start, e.span!.end))).toEqual(["gpd", "enrgy"]);
  });

  it("reports the path of a projection and of a backcast", () => {
    expect(formulaErrors("nope", "projection")[0]!.path).toEqual(["indicators", "f", "projection"]);
    expect(formulaErrors("nope", "backcast")[0]!.path).toEqual(["indicators", "f", "backcast"]);
  });

  it("tells a group named bare to be aggregated", () => {
    const issue = singleError("sectors * 2");
    expect(issue.code).toBe("unknown_reference");
    expect(issue.hint).toContain("sumOf(sectors)");
  });

  it("reports an unknown function with a did-you-mean hint", () => {
    const issue = singleError("cgar(gdp, 2016, 2021)");
    expect(issue.code).toBe("unknown_function");
    expect(issue.covered).toBe("cgar");
    expect(issue.hint).toContain("cagr");
  });

  it("reports a function called with the wrong number of arguments", () => {
    expect(singleError("cagr(gdp, 2016)").code).toBe("wrong_arguments");
  });

  it("refuses an absolute year outside the timeline in a formula, with its span", () => {
    const issue = singleError("gdp[2030] * 2");
    expect(issue.code).toBe("year_outside_timeline");
    expect(issue.covered).toBe("2030");
    expect(issue.indicator).toBe("f");
  });

  it("refuses a year outside the timeline as a function's year argument", () => {
    expect(singleError("cagr(gdp, 2010, 2021)").code).toBe("year_outside_timeline");
  });

  it("refuses adding 亿元 to 万吨标准煤, naming the indicator, both units and the span", () => {
    const issue = singleError("1 + gdp + energy");
    expect(issue.code).toBe("unit_mismatch");
    expect(issue.indicator).toBe("f");
    expect(issue.message).toContain("亿元");
    expect(issue.message).toContain("万吨标准煤");
    expect(issue.covered).toBe("gdp + energy");
  });

  it("refuses comparing a level with a share", () => {
    expect(singleError("if(gdp > share, 1, 2)").code).toBe("unit_mismatch");
  });

  it("refuses a formula whose unit cannot be converted to the declared one", () => {
    const errors = errorsOf({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: { gdp: { unit: "亿元", value: 1 }, f: { unit: "万吨标准煤", formula: "gdp * 2" } },
    });
    expect(errors.map((e) => e.code)).toEqual(["unit_not_convertible"]);
  });

  it("takes a bare number above 1 next to a share as a percent slip", () => {
    const issue = singleError("if(share < 10, 1, 2)");
    expect(issue.code).toBe("percent_slip");
    expect(issue.covered).toBe("10");
    expect(issue.hint).toContain("10%");
  });

  it("refuses a % that follows no number", () => {
    const issue = singleError("gdp % 3");
    expect(issue.code).toBe("refused_construct");
    expect(issue.covered).toBe("%");
  });

  it("refuses a condition where a number is needed", () => {
    expect(singleError("gdp > 1").code).toBe("number_expected");
  });

  it.each([
    ["a string constant", 'gdp + "abc"', '"abc"'],
    ["a string carrying code", 'gdp + "(process.exit(7))"', '"(process.exit(7))"'],
    ["import", 'import("fs")', "import"],
    ["createUnit", 'createUnit("foo")', "createUnit"],
    ["evaluate", 'evaluate("1 + 1")', "evaluate"],
    ["parse", 'parse("1")', "parse"],
    ["an assignment", "x = 3", "x = 3"],
    ["a function definition", "f(x) = x ^ 2", "f(x) = x ^ 2"],
    ["property access", "gdp.constructor", "gdp"],
    ["a matrix", "[1, 2]", "[1, 2]"],
    ["a boolean constant", "true", "true"],
    ["a null constant", "null", "null"],
    ["the ternary operator", "gdp > 1 ? 1 : 2", "gdp > 1 ? 1 : 2"],
    ["implicit multiplication", "2 gdp", "2 gdp"],
    ["a range in brackets", "gdp[2016:2020]", "gdp"],
    ["an object", "{a: 1}", "{a: 1}"],
    ["several statements", "1; 2", "1; 2"],
  ])("refuses %s as refused_construct, pointing at it", (_what, formula, covered) => {
    const issue = singleError(formula);
    expect(issue.code).toBe("refused_construct");
    expect(issue.indicator).toBe("f");
    expect(issue.path).toEqual(["indicators", "f", "formula"]);
    expect(issue.covered).toBe(covered);
  });

  it("refuses a reference to __proto__ in a formula", () => {
    const errors = formulaErrors("__proto__ + 1");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.indicator).toBe("f");
  });

  it("refuses a formula nested deeper than plansheet evaluates", () => {
    const deep = `${"(".repeat(300)}gdp${")".repeat(300)}`;
    expect(singleError(deep).code).toBe("formula_too_deep");
  });

  it("marks a formula without t or relative years as year-independent", () => {
    const { structure } = buildStructure({
      years: [2016, 2021],
      baseYear: 2021,
      indicators: {
        x: { history: { 2016: 1, 2021: 2 } },
        c: { formula: "cagr(x, 2016, 2021)" },
        d: { formula: "x * 2" },
      },
    });
    expect(structure!.indicatorById.get("c")!.formula!.checked!.yearIndependent).toBe(true);
    expect(structure!.indicatorById.get("d")!.formula!.checked!.yearIndependent).toBe(false);
  });
});

describe("checkTargets (through buildStructure)", () => {
  const withTarget = (check: string) =>
    errorsOf({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: { share: { unit: "%", value: "14%" } },
      targets: { goal: { check } },
    });

  it("accepts a condition naming its years", () => {
    expect(withTarget("share[2025] < 10%")).toEqual([]);
  });

  it("refuses t in a target", () => {
    const errors = withTarget("share[t] < 10%");
    expect(errors[0]!.code).toBe("invalid_year");
    expect(errors[0]!.path).toEqual(["targets", "goal", "check"]);
  });

  it("refuses a reference without a year in a target, suggesting the last year", () => {
    const errors = withTarget("share < 10%");
    expect(errors[0]!.code).toBe("invalid_year");
    expect(errors[0]!.hint).toContain("share[2025]");
  });

  it("refuses a target that is not a condition", () => {
    expect(withTarget("share[2025] * 2")[0]!.code).toBe("condition_expected");
  });

  it("reports an unknown reference in a target with its path and no indicator", () => {
    const errors = withTarget("shar[2025] < 10%");
    expect(errors[0]!.code).toBe("unknown_reference");
    expect(errors[0]!.hint).toContain("share");
    expect(errors[0]!.indicator).toBeUndefined();
  });

  it("maps the kinds binding and indicative to 约束性 and 预期性", () => {
    const { structure } = buildStructure({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: { share: { unit: "%", value: "14%" } },
      targets: {
        a: { check: "share[2025] < 10%", kind: "binding" },
        b: { check: "share[2025] < 10%", kind: "indicative" },
      },
    });
    expect(structure!.targets.map((t) => t.kind)).toEqual(["约束性", "预期性"]);
  });
});
