import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";

const level = (id: string, year: number, value: string) => ({
  id,
  indicator: "retail",
  kind: "level",
  year,
  value,
  unit: "亿元",
});

describe("absolute changes, multiples and ratios", () => {
  it("checks an absolute change (增加73.5亿元) against the two levels, in the levels' unit", () => {
    const fits = verifyClaims({
      claims: [
        level("a", 2022, "553.4"),
        level("b", 2023, "626.9"),
        { id: "d", indicator: "retail", kind: "absolute_change", from: 2022, to: 2023, value: "73.5", unit: "亿元" },
      ],
    });
    const check = fits.checks[0]!;
    expect([check.kind, check.verdict]).toEqual(["level_vs_absolute", "consistent"]);
    expect(check.explanation).toBe(
      "retail: from 553.4亿元 in 2022 to 626.9亿元 in 2023 is a change of 73.40–73.60 亿元; the printed “增加73.5亿元” fits.",
    );
    const wrong = verifyClaims({
      claims: [
        level("a", 2022, "553.4"),
        level("b", 2023, "626.9"),
        { id: "d", indicator: "retail", kind: "absolute_change", from: 2022, to: 2023, value: "-7350", unit: "万元" },
      ],
    });
    expect(wrong.checks[0]!.verdict).toBe("inconsistent");
    expect(wrong.checks[0]!.explanationZh).toContain("“减少7350万元”不符");
  });

  it("derives the level an absolute change implies when only one is printed", () => {
    const report = verifyClaims({
      claims: [
        level("b", 2023, "626.9"),
        { id: "d", indicator: "retail", kind: "absolute_change", from: 2022, to: 2023, value: "73.5" },
      ],
    });
    const check = report.checks[0]!;
    expect(check.verdict).toBe("not_checkable");
    expect(check.derived).toEqual({ indicator: "retail", year: 2022 });
    expect(check.computed!.lo!.toNumber()).toBeCloseTo(626.85 - 73.55, 9);
  });

  it("reads 增长1.3倍 as +130% rounded in 倍 (±5 points), and 是2016年的2.3倍 as the ratio of the levels", () => {
    const claims = (extra: Record<string, unknown>) =>
      verifyClaims({
        claims: [
          level("a", 2016, "100"),
          level("b", 2021, "233"),
          { id: "m", indicator: "retail", from: 2016, to: 2021, ...extra },
        ],
      });
    const multiple = claims({ kind: "multiple", value: "1.3" }).checks[0]!;
    expect([multiple.kind, multiple.verdict]).toEqual(["level_vs_change", "consistent"]);
    expect(multiple.reported!.lo!.toNumber()).toBeCloseTo(1.25, 12);
    expect(multiple.reported!.hi!.toNumber()).toBeCloseTo(1.35, 12);
    expect(multiple.explanationZh).toContain("“增长1.3倍”相符");
    expect(claims({ kind: "ratio", value: "2.3" }).checks[0]!.verdict).toBe("consistent");
    expect(claims({ kind: "ratio", value: "2.5" }).checks[0]!.verdict).toBe("inconsistent");
    expect(claims({ kind: "ratio", value: "2.3" }).checks[0]!.explanation).toContain(
      "the printed “是2016年的2.3倍” fits",
    );
  });

  it("refuses a multiple written as a percentage, naming the claim", () => {
    const report = verifyClaims({
      claims: [{ id: "m", indicator: "retail", kind: "multiple", from: 2016, to: 2021, value: "130%" }],
    });
    expect(report.issues[0]!.message).toBe(
      "claim 'm', field 'value': '130%' is a percentage, but a multiple is printed in 倍",
    );
    expect(report.issues[0]!.hint).toBe("expected a number of 倍, such as 1.3 (增长1.3倍)");
  });
});
