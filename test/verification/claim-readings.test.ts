import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";

/** The interval a single claim reads as, as numbers and closedness. */
function reading(claim: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const report = verifyClaims({
    ...extra,
    claims: [
      { id: "x", indicator: "x", kind: "level", year: 2021, ...claim },
      { id: "y", indicator: "x", kind: "level", year: 2022, value: "1" },
    ],
  });
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  const check = report.checks[0]!;
  // the implied change runs from the 2021 claim: its interval is the check's start
  const claims = (
    check.finding as {
      start: {
        interval: {
          lo: { toNumber(): number } | null;
          hi: { toNumber(): number } | null;
          loClosed: boolean;
          hiClosed: boolean;
        };
      };
    }
  ).start;
  const i = claims.interval;
  return [i.lo?.toNumber() ?? null, i.hi?.toNumber() ?? null, i.loClosed, i.hiClosed];
}

describe("claim readings", () => {
  it("reads 近 as just under the figure: 近50% is from 45% up to 50%, not included", () => {
    expect(reading({ value: "50%", qualifiers: ["近"], unit: "%" })).toEqual([0.445, 0.5, true, false]);
  });

  it("reads counts in 个, 家, 人 as exact: 1094个 is 1094, not [1093.5, 1094.5)", () => {
    expect(reading({ value: "1094", unit: "个" })).toEqual([1094, 1094, true, true]);
    expect(reading({ value: "1000", unit: "家", qualifiers: ["超过"] })).toEqual([1000, null, false, false]);
  });

  it("reads a figure marked exact as exact, and keeps rounding for one that is not", () => {
    expect(reading({ value: "70%", exact: true, unit: "%" })).toEqual([0.7, 0.7, true, true]);
    expect(reading({ value: "276", unit: "亿元" })).toEqual([275.5, 276.5, true, false]);
    // at most 63, 63 included (a level is never 0 or below: the floor is left out)
    expect(reading({ value: "63", unit: "个", qualifiers: ["以内"] })).toEqual([0, 63, false, true]);
  });

  it("reads a bare figure with the unit 百分点 or % as percentage points or a percentage", () => {
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "s", kind: "share", year: 2016, value: "43.3", unit: "%" },
        { id: "b", indicator: "s", kind: "share", year: 2021, value: "48.1", unit: "%" },
        { id: "c", indicator: "s", kind: "pp_change", from: 2016, to: 2021, value: "4.8", unit: "百分点" },
      ],
    });
    expect(report.issues).toEqual([]);
    expect(report.checks[0]!.verdict).toBe("consistent");
    expect(report.checks[0]!.explanationZh).toContain("“提高4.8个百分点”");
  });

  it("suggests the kind or field meant", () => {
    const report = verifyClaims({
      claims: [
        { id: "m", indicator: "x", kind: "leve", year: 2021, value: "1" },
        { id: "n", indicator: "x", kind: "level", yaer: 2021, value: "1" },
      ],
    });
    expect(report.issues[0]!.message).toMatch(/^claim 'm', field 'kind'/);
    expect(report.issues[0]!.hint).toBe("did you mean 'level'?");
    expect(report.issues[1]!.hint).toBe("did you mean 'year'?");
  });
});

describe("the same figure printed twice", () => {
  it("is checked against itself: 0.23 and 0.25 cannot both be right, 5.1% and 5.10% agree", () => {
    const report = verifyClaims({
      claims: [
        { id: "i1", indicator: "intensity", kind: "level", year: 2021, value: "0.23", unit: "吨标准煤/万元" },
        { id: "i2", indicator: "intensity", kind: "level", year: 2021, value: "0.25", unit: "吨标准煤/万元" },
        { id: "g1", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
        { id: "g2", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.10%" },
      ],
    });
    const same = report.checks.filter((c) => c.kind === "same_figure");
    expect(same.map((c) => [c.claims, c.verdict])).toEqual([
      [["i1", "i2"], "inconsistent"],
      [["g1", "g2"], "consistent"],
    ]);
    expect(same[0]!.explanation).toBe(
      "intensity in 2021 is printed twice, as “0.23吨标准煤/万元” and as “0.25吨标准煤/万元”; the two cannot both be right.",
    );
    expect(same[1]!.explanationZh).toBe(
      "gdp：2016—2021年的同一数字印了两次，“年均增速5.1%”与“年均增速5.10%”在舍入范围内一致。",
    );
    expect(report.unchecked).toEqual([]);
  });
});
