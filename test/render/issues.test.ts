import { describe, expect, it } from "vitest";
import { makeIssue, type Issue } from "../../src/core/index.js";
import { ModelError, buildModel } from "../../src/evaluation/model.js";
import { formatIssue, formatIssues } from "../../src/render/issues.js";

function firstIssue(definition: unknown): Issue {
  try {
    buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError) return error.issues[0]!;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("formatIssue", () => {
  it("prints where, severity, code and path, the formula with a caret under the offending span, the message and the hint", () => {
    const issue = makeIssue("unknown_reference", {
      message: "'gdpp' is not an indicator of this model",
      hint: "did you mean 'gdp'?",
      file: "model.yaml",
      line: 14,
      column: 22,
      path: ["indicators", "energy_intensity", "formula"],
      indicator: "energy_intensity",
      formula: "energy / gdpp",
      span: { start: 9, end: 13 },
    });
    expect(formatIssue(issue).split("\n")).toEqual([
      "model.yaml:14:22  error  unknown_reference  indicators.energy_intensity.formula",
      "    energy / gdpp",
      "             ^^^^",
      "    'gdpp' is not an indicator of this model",
      "    hint: did you mean 'gdp'?",
    ]);
  });

  it("puts the caret under a name that follows Chinese text, counting each character as two columns", () => {
    const issue = firstIssue({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { 地区生产总值: { value: 1 }, 人均: { formula: "地区生产总值 / 人口数" } },
    });
    const lines = formatIssue(issue).split("\n");
    expect(lines[1]).toBe("    地区生产总值 / 人口数");
    const caret = lines[2]!;
    // 地区生产总值 takes 12 columns, " / " three more
    expect(caret.indexOf("^")).toBe(4 + 15);
  });

  it("marks a span of one character for a syntax error", () => {
    const issue = firstIssue({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 1 }, b: { formula: "a + * 2" } },
    });
    const lines = formatIssue(issue).split("\n");
    expect(lines[1]).toBe("    a + * 2");
    expect(lines[2]).toBe("        ^");
  });

  it("prints the years of an issue as ranges", () => {
    const issue = makeIssue("gap", { message: "x has no value", indicator: "x", years: [2016, 2017, 2018, 2020] });
    expect(formatIssue(issue).split("\n")[0]).toBe("info  gap  x (2016–2018, 2020)");
  });

  it("prints a single year in parentheses, and the indicator when there is no path", () => {
    const issue = makeIssue("division_by_zero", { message: "division by zero", indicator: "inv", year: 2019 });
    expect(formatIssue(issue).split("\n")[0]).toBe("error  division_by_zero  inv (2019)");
  });

  it("prints no formula lines when the issue has no span", () => {
    const issue = makeIssue("schema", {
      message: "unknown field 'valu'",
      path: ["indicators", "gdp", "valu"],
      file: "m.yaml",
      line: 5,
      column: 5,
    });
    expect(formatIssue(issue)).toBe("m.yaml:5:5  error  schema  indicators.gdp.valu\n    unknown field 'valu'");
  });

  it("prints the file alone when no line is known", () => {
    const issue = makeIssue("file_unreadable", { message: "cannot read x.yaml: no such file", file: "x.yaml" });
    expect(formatIssue(issue).split("\n")[0]).toBe("x.yaml  error  file_unreadable");
  });
});

describe("formatIssues", () => {
  const issues = [
    makeIssue("gap", { message: "note", indicator: "a" }),
    makeIssue("unit_unknown", { message: "warning", indicator: "b" }),
    makeIssue("syntax", { message: "error", indicator: "c" }),
  ];

  it("prints errors first, then warnings, then notes", () => {
    const text = formatIssues(issues);
    expect(text.indexOf("syntax")).toBeLessThan(text.indexOf("unit_unknown"));
    expect(text.indexOf("unit_unknown")).toBeLessThan(text.indexOf("gap"));
  });

  it("shows only the severities asked for", () => {
    const text = formatIssues(issues, ["error", "warning"]);
    expect(text).toContain("syntax");
    expect(text).toContain("unit_unknown");
    expect(text).not.toContain("gap");
  });

  it("is empty when nothing is shown", () => {
    expect(formatIssues([], ["error"])).toBe("");
  });
});

describe("formatIssue with Chinese names", () => {
  it("underlines a Chinese name across its full display width", () => {
    const text = formatIssue(
      makeIssue("unknown_reference", {
        message: "'人口数' is not an indicator",
        formula: "地区生产总值 / 人口数",
        span: { start: 9, end: 12 },
      }),
    );
    const lines = text.split("\n");
    expect(lines[1]).toBe("    地区生产总值 / 人口数");
    expect(lines[2]).toBe(`    ${" ".repeat(15)}^^^^^^`);
  });
});

describe("formatIssues with very many issues", () => {
  it("shows the first ones and counts the rest by severity", () => {
    const issues = [
      ...Array.from({ length: 250 }, (_, k) => makeIssue("unknown_reference", { message: `e${k}` })),
      ...Array.from({ length: 3 }, (_, k) => makeIssue("unit_unknown", { message: `w${k}` })),
    ];
    const text = formatIssues(issues);
    expect(text.split("\n").filter((l) => l.includes("unknown_reference"))).toHaveLength(200);
    expect(text.split("\n").at(-1)).toBe("… and 53 more (50 errors, 3 warnings); --json lists every one");
    expect(formatIssues(issues, ["warning"])).not.toContain("more");
  });

  it("prints a model's issues even when each quotes a formula of thousands of terms", () => {
    const check = `${Array.from({ length: 4000 }, (_, k) => `zz${k}[2021]`).join(" + ")} > 1`;
    let issues: readonly Issue[] = [];
    try {
      buildModel({ years: [2020, 2021], baseYear: 2020, indicators: { a: { value: 1 } }, targets: { big: { check } } });
    } catch (error) {
      issues = (error as ModelError).issues;
    }
    expect(issues).toHaveLength(4000);
    expect(JSON.stringify(issues).length).toBeLessThan(4000 * 600);
    expect(formatIssues(issues).length).toBeLessThan(200 * 600);
  });
});
