import { describe, expect, it } from "vitest";
import { verifyClaims, type Check } from "../../src/verification/index.js";

function growthCheck(cumulative: string, average: string, from = 2016, to = 2021): Check {
  const report = verifyClaims({
    claims: [
      { id: "c", indicator: "x", kind: "cumulative_change", from, to, value: cumulative },
      { id: "a", indicator: "x", kind: "average_growth", from, to, value: average },
    ],
  });
  expect(report.issues).toEqual([]);
  expect(report.checks).toHaveLength(1);
  return report.checks[0]!;
}

describe("average growth against cumulative change", () => {
  it("finds 比2016年增长28.5% and 年均增速5.1% consistent: 1.285^(1/5) − 1 = 5.14%", () => {
    const check = growthCheck("28.5%", "5.1%");
    expect(check.verdict).toBe("consistent");
    expect(check.kind).toBe("average_vs_cumulative");
    expect(check.claims).toEqual(["c", "a"]);
    expect(check.computed!.lo!.toNumber()).toBeCloseTo(1.2845 ** 0.2 - 1, 12);
    expect(check.computed!.hi!.toNumber()).toBeCloseTo(1.2855 ** 0.2 - 1, 12);
    expect(check.reported!.lo!.toNumber()).toBe(0.0505);
    expect(check.explanation).toContain("5.13%–5.16%");
    expect(check.explanation).toContain("fits");
    expect(check.explanationZh).toContain("相符");
  });

  it("calls 下降20.34% with 年均下降4.07% an arithmetic mean: 20.34 / 5 = 4.068, the compound rate is 4.45%", () => {
    const check = growthCheck("-20.34%", "-4.07%");
    expect(check.verdict).toBe("arithmetic_mean");
    expect(check.explanation).toContain("20.34% ÷ 5 = 4.068%");
    expect(check.explanation).toContain("4.444%–4.448%");
    expect(check.explanationZh).toContain("算术平均");
  });

  it("finds a printed average that neither compound nor simple mean explains inconsistent", () => {
    const check = growthCheck("28.5%", "6.0%");
    expect(check.verdict).toBe("inconsistent");
    expect(check.explanation).toContain("does not fit");
  });

  it("says when a figure matches only if it was truncated rather than rounded", () => {
    // 22.6% over five years is 4.151%–4.168% a year: a printed 4.1% is not its rounding, but is its truncation.
    const check = growthCheck("22.6%", "4.1%");
    expect(check.verdict).toBe("inconsistent");
    expect(check.notes.join(" ")).toMatch(/only if it was truncated/);
  });

  it("checks the average over the years of the period, not a fixed five", () => {
    expect(growthCheck("10.25%", "5%", 2019, 2021).verdict).toBe("consistent");
    expect(growthCheck("10.25%", "5%", 2018, 2021).verdict).toBe("inconsistent");
  });
});
