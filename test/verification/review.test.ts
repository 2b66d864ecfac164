import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";
import { formatVerification } from "../../src/render/verification.js";

/** A check that rests on a guessed reading keeps its verdict, but is to review, never a finding. */
describe("checks to review", () => {
  const claims = (confidence: "high" | "guess") => ({
    claims: [
      { id: "cum", indicator: "gdp", kind: "cumulative_change" as const, from: 2016, to: 2021, value: "28.5%" },
      {
        id: "avg",
        indicator: "gdp",
        kind: "average_growth" as const,
        from: 2016,
        to: 2021,
        value: "6.5%",
        confidence,
        ...(confidence === "guess"
          ? { note: "the period of the average is not printed: taken as the five years to 2021" }
          : {}),
      },
    ],
  });

  it("a failure on readings that needed no guess is a finding", () => {
    const report = verifyClaims(claims("high"));
    expect(report.failures.map((c) => c.id)).toEqual(["average_vs_cumulative:gdp:2016-2021"]);
    expect(report.toReview).toEqual([]);
  });

  it("the same failure on a guessed reading is to review, with the guess named, in the report, its JSON and its text", () => {
    const report = verifyClaims(claims("guess"));
    expect(report.failures).toEqual([]);
    expect(report.toReview.map((c) => [c.id, c.verdict, c.review])).toEqual([
      ["average_vs_cumulative:gdp:2016-2021", "inconsistent", true],
    ]);
    const json = report.toJSON();
    expect(json.toReview).toEqual(["average_vs_cumulative:gdp:2016-2021"]);
    expect(json.checks.find((c) => c.id === "average_vs_cumulative:gdp:2016-2021")).toMatchObject({ review: true });
    const text = formatVerification(report, undefined, undefined, "en");
    expect(text).toContain("0 findings, 1 to review");
    expect(text).toMatch(
      /\? .*to review, not a finding: it rests on readings the text does not print — avg \(the period of the average is not printed/s,
    );
  });
});
