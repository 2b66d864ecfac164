import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";
import { describeSubYear, readSubYearPeriod, SUB_YEAR_WORDS } from "../../src/verification/sub-year.js";

const gdp = (id: string, extra: Record<string, unknown>) => ({ id, indicator: "gdp", unit: "亿元", ...extra });

describe("parts of a year (一季度, 上半年, 前三季度, 1—10月)", () => {
  it("reads every spelling of a part of a year to one code, and the whole year to none", () => {
    const codes = (words: string[]) => words.map((w) => readSubYearPeriod(w)?.code);
    expect(codes(["Q1", "一季度", "第一季度", "1季度", "M1-M3", "1-3月"])).toEqual([
      "Q1",
      "Q1",
      "Q1",
      "Q1",
      "Q1",
      "Q1",
    ]);
    expect(codes(["H1", "上半年", "1—6月", "Q1-Q2", "M1-M6"])).toEqual(["H1", "H1", "H1", "H1", "H1"]);
    expect(codes(["Q1-Q3", "前三季度", "1至9月"])).toEqual(["Q1-Q3", "Q1-Q3", "Q1-Q3"]);
    expect(codes(["下半年", "四季度", "1—10月", "3月", "十二月", "M11"])).toEqual([
      "H2",
      "Q4",
      "M1-M10",
      "M3",
      "M12",
      "M11",
    ]);
    expect(codes(["全年", "M1-M12", "13月", "Q5", "M10-M3", "一季"])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["H1", "Q1-Q3", "Q2", "M1-M10", "M3"].map((c) => describeSubYear(readSubYearPeriod(c)!, "zh"))).toEqual([
      "上半年",
      "前三季度",
      "二季度",
      "1—10月",
      "3月",
    ]);
    expect(["H1", "Q2", "M1-M10"].map((c) => describeSubYear(readSubYearPeriod(c)!, "en"))).toEqual([
      "the first half",
      "Q2",
      "January–October",
    ]);
  });

  it("finds in running text only what it reads: one grammar of months for extraction and verification", () => {
    const quarter = ["一", "二", "三", "四", "1", "2", "3", "4"];
    const dash = ["—", "-", "－", "~", "至", "到"];
    const spellings = [
      "上半年",
      "下半年",
      ...["两", "二", "三"].flatMap((n) => [`前${n}季度`, `前${n}个季度`]),
      ...quarter.flatMap((q) => [`${q}季度`, `第${q}季度`, `第${q} 季度`]),
      ...quarter.flatMap((a) => quarter.flatMap((b) => dash.map((d) => `${a}${d}${b}季度`))),
      ...Array.from({ length: 12 }, (_, k) => [`${k + 1}月`, `${k + 1}月份`]).flat(),
      ...Array.from({ length: 12 }, (_, k) => dash.map((d) => `1${d}${k + 1}月`)).flat(),
    ];
    const whole = new RegExp(`^(?:${SUB_YEAR_WORDS})$`);
    for (const text of spellings) {
      expect(whole.test(text), text).toBe(true);
      const read = readSubYearPeriod(text);
      const wholeYear = /^1\D+12月$/.test(text) || /^[一1]\D+[四4]季度$/.test(text);
      const backwards = /^([一二三四1-4])\D+([一二三四1-4])季度$/.exec(text);
      const order = (c: string) => "一二三四".indexOf(c) + 1 || Number(c);
      if (wholeYear || (backwards && order(backwards[1]!) > order(backwards[2]!))) expect(read, text).toBeUndefined();
      else expect(read, text).toBeDefined();
    }
  });

  it("checks the first half's levels against the first half's 同比 growth, never against the whole year's", () => {
    const report = verifyClaims({
      claims: [
        gdp("h1_2022", { kind: "level", year: 2022, period: "H1", value: "150.0" }),
        gdp("h1_2023", { kind: "level", year: 2023, period: "上半年", value: "159.0" }),
        gdp("h1_growth", {
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          period: "H1",
          value: "6.0%",
          basis: "current",
        }),
        // the whole year's figures: a different relation, which must not meet the first half's
        gdp("y_2022", { kind: "level", year: 2022, value: "320.0" }),
        gdp("y_growth", { kind: "cumulative_change", from: 2022, to: 2023, value: "5.0%", basis: "current" }),
      ],
    });
    expect(report.issues).toEqual([]);
    // the whole year's two figures imply its 2023 level, from its own figures only
    expect(report.checks.map((c) => [c.id.split("@")[1], c.verdict, c.claims])).toEqual([
      [undefined, "not_checkable", ["y_2022", "y_growth"]],
      ["H1", "consistent", ["h1_2022", "h1_2023", "h1_growth"]],
    ]);
    const check = report.checks[1]!;
    expect([check.kind, check.verdict, check.id]).toEqual([
      "level_vs_change",
      "consistent",
      `${check.id.split("@")[0]}@H1`,
    ]);
    expect(check.claims).toEqual(["h1_2022", "h1_2023", "h1_growth"]);
    expect(check.explanation.startsWith("The first half: gdp: from 150.0亿元 in 2022 to 159.0亿元 in 2023")).toBe(true);
    expect(check.explanationZh.startsWith("上半年：")).toBe(true);
    expect(report.toJSON().checks.map((c) => c.period)).toEqual([undefined, "H1"]);
  });

  it("finds a first quarter's growth that its levels contradict, and keeps Q1 apart from H1", () => {
    const report = verifyClaims({
      claims: [
        gdp("q1_2022", { kind: "level", year: 2022, period: "Q1", value: "70.0" }),
        gdp("q1_2023", { kind: "level", year: 2023, period: "一季度", value: "73.5" }),
        gdp("q1_growth", {
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          period: "Q1",
          value: "8.0%",
          basis: "current",
        }),
        gdp("h1_growth", {
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          period: "H1",
          value: "5.0%",
          basis: "current",
        }),
      ],
    });
    expect(report.checks.map((c) => [c.id.split("@")[1], c.verdict])).toEqual([["Q1", "inconsistent"]]);
  });

  it("composes a quarter's 同比 growth over two years into its 两年平均 rate", () => {
    const claims = (average: string) =>
      verifyClaims({
        claims: [
          gdp("g2020", { kind: "cumulative_change", from: 2019, to: 2020, period: "Q1", value: "-6.8%" }),
          gdp("g2021", { kind: "cumulative_change", from: 2020, to: 2021, period: "Q1", value: "18.3%" }),
          gdp("two_year", { kind: "average_growth", from: 2019, to: 2021, period: "Q1", value: average }),
        ],
      });
    // √(0.932 × 1.183) − 1 = 5.0%
    expect(claims("5.0%").failures).toEqual([]);
    expect(claims("5.0%").checks.some((c) => c.verdict === "consistent")).toBe(true);
    expect(claims("5.8%").failures.map((c) => c.id.endsWith("@Q1"))).toContain(true);
  });

  it("compares a rate with another part of the year's (增速比一季度加快0.5个百分点)", () => {
    const claims = (difference: string) =>
      verifyClaims({
        claims: [
          gdp("q1", { kind: "cumulative_change", from: 2022, to: 2023, period: "Q1", value: "4.5%" }),
          gdp("h1", { kind: "cumulative_change", from: 2022, to: 2023, period: "H1", value: "5.0%" }),
          {
            id: "faster",
            indicator: "gdp",
            kind: "rate_difference",
            from: 2022,
            to: 2023,
            period: "H1",
            than: { period: "Q1" },
            value: difference,
          },
        ],
      });
    const fits = claims("0.5pp");
    expect(fits.issues).toEqual([]);
    expect(fits.checks.map((c) => [c.kind, c.verdict])).toEqual([["rate_difference", "consistent"]]);
    expect(fits.checks[0]!.explanation).toContain("(2022–2023, Q1)");
    expect(fits.checks[0]!.explanationZh).toContain("“增速比一季度加快0.5个百分点”相符");
    expect(fits.checks[0]!.explanationZh).toContain("（2022—2023年一季度）");
    expect(claims("1.5pp").failures).toHaveLength(1);
    // without the first quarter's rate: the rate implied, named with its part of the year
    const derived = verifyClaims({
      claims: [
        gdp("h1", { kind: "cumulative_change", from: 2022, to: 2023, period: "H1", value: "5.0%" }),
        {
          id: "faster",
          indicator: "gdp",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          period: "H1",
          than: { period: "Q1" },
          value: "0.5pp",
        },
      ],
    });
    expect(derived.checks[0]!.derived).toEqual({ indicator: "gdp", from: 2022, to: 2023, period: "Q1" });
    expect(derived.checks[0]!.explanation).toContain("over 2022–2023, Q1");
  });

  it("refuses a part of a year it cannot read, naming the claim and the field", () => {
    const report = verifyClaims({
      claims: [
        gdp("x", { kind: "level", year: 2023, period: "一季", value: "1" }),
        gdp("y", { kind: "rate_difference", from: 2022, to: 2023, than: { period: "Q5" }, value: "1pp" }),
      ],
    });
    expect(report.issues.map((i) => i.message)).toEqual([
      "claim 'x', field 'period': '一季' is not a part of a year",
      "claim 'y', field 'than': 'Q5' is not a part of a year",
    ]);
    expect(report.issues[0]!.hint).toContain("Q1-Q3");
  });
});
