import { describe, expect, it } from "vitest";
import { ISSUE_CODES, PlansheetError, hasErrors, makeIssue, type IssueCode } from "../../src/core/index.js";

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
      "syntax", "refused_construct", "formula_too_deep", "unknown_reference", "unknown_function", "wrong_arguments",
      "invalid_year", "year_outside_timeline", "number_expected", "condition_expected", "unit_mismatch",
      "unit_not_convertible", "unit_dimensionless_required", "percent_slip",
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
