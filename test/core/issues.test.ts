import { describe, expect, it } from "vitest";
import { ISSUE_CODES, PlansheetError, hasErrors, makeIssue, type IssueCode } from "../../src/core/index.js";
import { excerptFormula } from "../../src/core/span.js";
import { EXCERPT_CONTEXT, EXCERPT_SPAN } from "../../src/core/span.js";

describe("ISSUE_CODES", () => {
  it("gives every code a severity and a one-line meaning", () => {
    for (const [code, [severity, meaning]] of Object.entries(ISSUE_CODES)) {
      expect(["error", "warning", "info"]).toContain(severity);
      expect(meaning.length, code).toBeGreaterThan(5);
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it("makes an unknown unit a warning, a gap info, and a unit mismatch an error", () => {
    expect(ISSUE_CODES.unit_unknown[0]).toBe("warning");
    expect(ISSUE_CODES.gap[0]).toBe("info");
    expect(ISSUE_CODES.outside_timeline[0]).toBe("info");
    expect(ISSUE_CODES.unit_mismatch[0]).toBe("error");
    expect(ISSUE_CODES.refused_construct[0]).toBe("error");
  });

  it("holds every code the formula layer reports", () => {
    const used: IssueCode[] = [
      "syntax",
      "refused_construct",
      "formula_too_deep",
      "unknown_reference",
      "unknown_function",
      "wrong_arguments",
      "invalid_year",
      "year_outside_timeline",
      "number_expected",
      "condition_expected",
      "unit_mismatch",
      "unit_not_convertible",
      "unit_dimensionless_required",
      "percent_slip",
    ];
    for (const code of used) expect(Object.keys(ISSUE_CODES)).toContain(code);
  });
});

describe("makeIssue", () => {
  it("takes the code's default severity", () => {
    expect(makeIssue("unit_unknown", { message: "unknown unit 'foo'" })).toEqual({
      code: "unit_unknown",
      severity: "warning",
      message: "unknown unit 'foo'",
    });
    expect(makeIssue("cycle", { message: "c" }).severity).toBe("error");
  });

  it("lets the fields override the severity and keeps every other field", () => {
    const issue = makeIssue("gap", {
      message: "no value",
      severity: "error",
      indicator: "gdp",
      year: 2019,
      span: { start: 0, end: 3 },
      path: ["indicators", "gdp", "formula"],
    });
    expect(issue.severity).toBe("error");
    expect(issue.indicator).toBe("gdp");
    expect(issue.year).toBe(2019);
    expect(issue.span).toEqual({ start: 0, end: 3 });
    expect(issue.path).toEqual(["indicators", "gdp", "formula"]);
    expect(Object.keys(issue)).not.toContain("fields");
  });
});

describe("hasErrors", () => {
  it("is true only when some issue is an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([makeIssue("unit_unknown", { message: "" }), makeIssue("gap", { message: "" })])).toBe(false);
    expect(hasErrors([makeIssue("unit_unknown", { message: "" }), makeIssue("cycle", { message: "" })])).toBe(true);
    expect(hasErrors([makeIssue("cycle", { message: "", severity: "warning" })])).toBe(false);
  });
});

describe("PlansheetError", () => {
  it("is an Error that lists every issue", () => {
    const issues = [makeIssue("cycle", { message: "a" }), makeIssue("unknown_reference", { message: "b" })];
    const error = new PlansheetError("the model has 2 errors", issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PlansheetError");
    expect(error.message).toBe("the model has 2 errors");
    expect(error.issues).toEqual(issues);
  });
});

describe("makeIssue with a long formula", () => {
  const long = Array.from({ length: 4000 }, (_, k) => `x${k}[2023]`).join(" + ");

  it("quotes a bounded excerpt around the span, with the span inside it and where the excerpt starts", () => {
    const start = long.indexOf("x2000[");
    const issue = makeIssue("unknown_reference", { message: "m", formula: long, span: { start, end: start + 5 } });
    expect(issue.formula!.length).toBeLessThanOrEqual(EXCERPT_SPAN + 2 * EXCERPT_CONTEXT + 2);
    expect(issue.formula!.startsWith("…")).toBe(true);
    expect(issue.formula!.endsWith("…")).toBe(true);
    expect(issue.formula!.slice(issue.span!.start, issue.span!.end)).toBe("x2000");
    // The excerpt's text after its leading mark starts at formulaOffset in the whole formula.
    expect(long.slice(issue.formulaOffset!, issue.formulaOffset! + 10)).toBe(issue.formula!.slice(1, 11));
  });

  it("cuts a span longer than it quotes, and quotes the start of a formula when there is no span", () => {
    const whole = makeIssue("condition_expected", {
      message: "m",
      formula: long,
      span: { start: 0, end: long.length },
    });
    expect(whole.span).toEqual({ start: 0, end: EXCERPT_SPAN });
    expect(whole.formula!.startsWith("x0[2023]")).toBe(true);
    const cell = makeIssue("division_by_zero", { message: "m", formula: long });
    expect(cell.formula!.length).toBeLessThan(200);
    expect(cell.span).toBeUndefined();
  });

  it("keeps a formula of ordinary length whole, without an offset", () => {
    const issue = makeIssue("unknown_reference", {
      message: "m",
      formula: "energy / gdpp",
      span: { start: 9, end: 13 },
    });
    expect(issue).toEqual({
      code: "unknown_reference",
      severity: "error",
      message: "m",
      formula: "energy / gdpp",
      span: { start: 9, end: 13 },
    });
  });
});

describe("excerptFormula", () => {
  it("never splits a character outside the Basic Multilingual Plane", () => {
    const text = "𠀀".repeat(400);
    const excerpt = excerptFormula(text, { start: 201, end: 203 });
    expect(excerpt.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
