import { describe, expect, it } from "vitest";
import { makeIssue } from "../../src/core/index.js";
import { formatNotes } from "../../src/cli/notes.js";

describe("formatNotes", () => {
  it("puts indicators with the same reason in the same years on one line", () => {
    const issues = [
      makeIssue("gap", {
        message: "budget_revenue has no value in 2016–2020: no reported value",
        indicator: "budget_revenue",
        years: [2016, 2017, 2018, 2019, 2020],
      }),
      makeIssue("gap", {
        message: "retail_sales has no value in 2016–2020: no reported value",
        indicator: "retail_sales",
        years: [2016, 2017, 2018, 2019, 2020],
      }),
      makeIssue("gap", { message: "parks has no value in 2016: no reported value", indicator: "parks", years: [2016] }),
    ];
    expect(formatNotes(issues).split("\n")).toEqual([
      "  budget_revenue, retail_sales — 2016–2020: no reported value",
      "  parks — 2016: no reported value",
    ]);
  });

  it("shortens the message of a missing dependency", () => {
    const issue = makeIssue("depends_on_missing", {
      message: "re_share cannot be computed in 2016–2020: it needs re_va, which has no value in 2016",
      indicator: "re_share",
      years: [2016, 2017, 2018, 2019, 2020],
    });
    expect(formatNotes([issue])).toBe("  re_share — 2016–2020: needs re_va, which has no value in 2016");
  });

  it("leaves out errors and warnings", () => {
    const issues = [
      makeIssue("division_by_zero", {
        message: "x has no value in 2016: division by zero",
        indicator: "x",
        years: [2016],
      }),
      makeIssue("unit_unknown", { message: "unit", indicator: "y" }),
    ];
    expect(formatNotes(issues)).toBe("");
  });
});
