import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/index.js";
import { verifyClaims } from "../../src/verification/index.js";

const COMMUNIQUE = { basis: { levels: "current", growth: "comparable" } };
const growth = (id: string, indicator: string, value: string, from = 2022, to = 2023) => ({
  id,
  indicator,
  kind: "cumulative_change",
  from,
  to,
  value,
});
const contribution = (id: string, indicator: string, value: string) => ({
  id,
  indicator,
  of: "gdp",
  kind: "contribution",
  from: 2022,
  to: 2023,
  value,
});
const share = (id: string, indicator: string, year: number, value: string) => ({
  id,
  indicator,
  of: "gdp",
  kind: "share",
  year,
  value,
});

function checksOf(definition: Record<string, unknown>) {
  const report = verifyClaims({ ...COMMUNIQUE, ...definition });
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  return report.checks;
}

describe("contributions (拉动) and contribution shares (贡献率)", () => {
  const parts = { parts: { gdp: ["primary", "secondary", "tertiary"] } };

  it("adds the parts' contributions up to the total's growth, in points", () => {
    const claims = (third: string) => [
      growth("g", "gdp", "5.2%"),
      contribution("c1", "primary", "0.2pp"),
      contribution("c2", "secondary", "1.9pp"),
      contribution("c3", "tertiary", third),
    ];
    const fits = checksOf({ ...parts, claims: claims("3.1pp") }).find((c) => c.kind === "contributions_sum")!;
    expect(fits.verdict).toBe("consistent");
    expect(fits.explanation).toContain("add up to 5.05pp–5.35pp; the printed “增长5.2%” of gdp fits");
    const wrong = checksOf({ ...parts, claims: claims("3.5pp") }).find((c) => c.kind === "contributions_sum")!;
    expect(wrong.verdict).toBe("inconsistent");
    expect(wrong.explanationZh).toContain("不符");
  });

  it("reports the growth the contributions imply when the total's growth is not printed", () => {
    const check = checksOf({
      ...parts,
      claims: [
        contribution("c1", "primary", "0.2pp"),
        contribution("c2", "secondary", "1.9pp"),
        contribution("c3", "tertiary", "3.1pp"),
      ],
    })[0]!;
    expect([check.kind, check.verdict]).toEqual(["contributions_sum", "not_checkable"]);
    expect(check.derived).toEqual({ indicator: "gdp", from: 2022, to: 2023 });
  });

  it("checks a contribution share against the contribution over the total's growth, and the shares against 100%", () => {
    const claims = [
      growth("g", "gdp", "5.2%"),
      contribution("c3", "tertiary", "3.1pp"),
      { id: "k1", indicator: "primary", of: "gdp", kind: "contribution_share", from: 2022, to: 2023, value: "3.8%" },
      { id: "k2", indicator: "secondary", of: "gdp", kind: "contribution_share", from: 2022, to: 2023, value: "36.5%" },
      { id: "k3", indicator: "tertiary", of: "gdp", kind: "contribution_share", from: 2022, to: 2023, value: "65.0%" },
    ];
    const checks = checksOf({ ...parts, claims });
    const share = checks.find((c) => c.kind === "contribution_share")!;
    // 3.05–3.15 points over 5.15%–5.25% is 58.1%–61.2%: 65.0% cannot be right
    expect(share.verdict).toBe("inconsistent");
    expect(share.explanation).toBe(
      "tertiary “拉动3.1个百分点” of gdp's “增长5.2%” is a contribution share of 58.09%–61.17%; the printed “贡献率65.0%” does not fit.",
    );
    const sum = checks.find((c) => c.id.startsWith("contribution_shares_sum"))!;
    expect(sum.verdict).toBe("inconsistent");
    expect(sum.explanation).toMatch(/add up to 105\.15%–105\.45%, which no rounding brings to 100%/);
  });

  it("checks a contribution against the part's share of the year before times its growth", () => {
    const claims = (value: string) => [
      share("s2", "secondary", 2022, "60.0%"),
      growth("g2", "secondary", "5.0%"),
      contribution("c2", "secondary", value),
    ];
    const fits = checksOf({ claims: claims("3.0pp") }).find((c) => c.kind === "contribution_from_growth")!;
    expect(fits.verdict).toBe("consistent");
    expect(fits.explanation).toBe(
      "secondary, 59.95%–60.05% of gdp in 2022, with “增长5.0%” contributes 2.96pp–3.04pp; the printed “拉动3.0个百分点” fits.",
    );
    expect(checksOf({ claims: claims("3.2pp") }).find((c) => c.kind === "contribution_from_growth")!.verdict).toBe(
      "inconsistent",
    );
  });

  it("takes the share from the part's and the total's levels of the year before", () => {
    const claims = [
      { id: "l2", indicator: "secondary", kind: "level", year: 2022, value: "300", unit: "亿元" },
      { id: "lg", indicator: "gdp", kind: "level", year: 2022, value: "500", unit: "亿元" },
      growth("g2", "secondary", "5.0%"),
      contribution("c2", "secondary", "3.0pp"),
    ];
    const check = checksOf({ claims }).find((c) => c.kind === "contribution_from_growth")!;
    expect(check.verdict).toBe("consistent");
    expect(check.claims).toEqual(["l2", "lg", "g2", "c2"]);
    // the part in 万元, the total in 亿元: the share is still 60%
    const mixed = checksOf({ claims: [{ ...claims[0]!, value: "3000000", unit: "万元" }, ...claims.slice(1)] }).find(
      (c) => c.kind === "contribution_from_growth",
    )!;
    expect(mixed.verdict).toBe("consistent");
  });
});

describe("a total's growth from its parts' growth", () => {
  const parts = { parts: { gdp: ["primary", "secondary", "tertiary"] } };
  const growths = [
    growth("g1", "primary", "3.0%"),
    growth("g2", "secondary", "5.0%"),
    growth("g3", "tertiary", "6.0%"),
  ];

  it("weights the parts by their printed shares of the year before (shares adding up to exactly 100%)", () => {
    const shares = [
      share("s1", "primary", 2022, "4.0%"),
      share("s2", "secondary", 2022, "60.0%"),
      share("s3", "tertiary", 2022, "36.0%"),
    ];
    const check = (total: string) =>
      checksOf({ ...parts, claims: [...shares, ...growths, growth("g", "gdp", total)] }).find(
        (c) => c.kind === "growth_from_parts",
      )!;
    expect(check("5.3%").verdict).toBe("consistent");
    expect(check("5.3%").explanation).toContain("weighted by their shares in 2022, make a rise of 5.22%–5.34% in gdp");
    expect(check("5.5%").verdict).toBe("inconsistent");
  });

  it("weights them by their levels of the year before, with the exact range of the weighted mean", () => {
    const levels = [
      { id: "l1", indicator: "primary", kind: "level", year: 2022, value: "20", unit: "亿元" },
      { id: "l2", indicator: "secondary", kind: "level", year: 2022, value: "300", unit: "亿元" },
      { id: "l3", indicator: "tertiary", kind: "level", year: 2022, value: "180", unit: "亿元" },
    ];
    const check = checksOf({ ...parts, claims: [...levels, ...growths] }).find((c) => c.kind === "growth_from_parts")!;
    expect(check.verdict).toBe("not_checkable");
    expect(check.derived).toEqual({ indicator: "gdp", from: 2022, to: 2023 });
    // (20·3% + 300·5% + 180·6%) / 500 = 5.28%; the printed rates' rounding moves it by at most 0.05 points
    expect(check.computed!.lo!.toNumber()).toBeGreaterThan(0.0522);
    expect(check.computed!.hi!.toNumber()).toBeLessThan(0.0534);
    // the same levels with one printed in 万元 weigh the same
    const mixed = [{ ...levels[0]!, value: "200000", unit: "万元" }, levels[1]!, levels[2]!];
    const again = checksOf({ ...parts, claims: [...mixed, ...growths] }).find((c) => c.kind === "growth_from_parts")!;
    expect(again.computed!.lo!.toNumber()).toBeCloseTo(check.computed!.lo!.toNumber(), 4);
    expect(again.computed!.hi!.toNumber()).toBeCloseTo(check.computed!.hi!.toNumber(), 4);
  });

  it("at comparable prices, does not weight by levels of the same year at current prices, and says why", () => {
    const levels = [
      { id: "l1", indicator: "primary", kind: "level", year: 2023, value: "20", unit: "亿元" },
      { id: "l2", indicator: "secondary", kind: "level", year: 2023, value: "300", unit: "亿元" },
      { id: "l3", indicator: "tertiary", kind: "level", year: 2023, value: "180", unit: "亿元" },
    ];
    const check = checksOf({ ...parts, claims: [...levels, ...growths, growth("g", "gdp", "5.5%")] }).find(
      (c) => c.kind === "growth_from_parts",
    )!;
    expect(check.verdict).toBe("not_checkable");
    expect(check.explanation).toContain(
      "at comparable prices the weights are the parts' values of the year before, which the 2023 levels at current prices do not give",
    );
  });

  it("at any prices, a total grows between the slowest and the fastest of its parts, whatever the weights", () => {
    const at = (total: string, basis?: "comparable") =>
      checksOf({
        ...parts,
        claims: [...growths, growth("g", "gdp", total)].map((c) => (basis ? { ...c, basis } : c)),
      }).find((c) => c.kind === "growth_from_parts");
    expect(at("9.9%", "comparable")!.verdict).toBe("inconsistent");
    expect(at("9.9%", "comparable")!.explanation).toContain(
      "span 2.95%–6.05%; a total is the sum of its parts, so whatever their weights it grows between the slowest and the fastest of them, and gdp's printed “增长9.9%” cannot be right",
    );
    expect(at("2.9%")!.verdict).toBe("inconsistent");
    // inside the range nothing is said: the weights decide
    expect(at("5.5%", "comparable")).toBeUndefined();
    // a part printed negative (net exports) leaves the total's growth free
    const negative = checksOf({
      ...parts,
      claims: [
        { id: "n", indicator: "primary", kind: "level", year: 2022, value: "-20", unit: "亿元" },
        ...growths,
        growth("g", "gdp", "9.9%"),
      ],
    });
    expect(negative.find((c) => c.kind === "growth_from_parts")).toBeUndefined();
  });

  it("a contribution has the sign of its part's growth", () => {
    const claims = [growth("g2", "secondary", "-2.1%"), contribution("c2", "secondary", "0.5pp")];
    const check = checksOf({ claims }).find((c) => c.kind === "contribution_from_growth")!;
    expect(check.verdict).toBe("inconsistent");
    expect(check.explanation).toContain("point opposite ways");
    expect(
      checksOf({ claims: [growth("g2", "secondary", "2.1%"), contribution("c2", "secondary", "0.5pp")] }).find(
        (c) => c.kind === "contribution_from_growth",
      ),
    ).toBeUndefined();
  });

  it("in physical units, brings the last year's levels back by the parts' growth: exact", () => {
    const claims = [
      { id: "a", indicator: "industry", kind: "level", year: 2023, value: "40", unit: "万吨标准煤" },
      { id: "b", indicator: "homes", kind: "level", year: 2023, value: "20", unit: "万吨标准煤" },
      { id: "e", indicator: "energy", kind: "level", year: 2023, value: "61", unit: "万吨标准煤" },
      growth("ga", "industry", "-2.0%"),
      growth("gb", "homes", "5.0%"),
      growth("ge", "energy", "1.0%"),
    ];
    const checks = checksOf({ parts: { energy: ["industry", "homes"] }, claims });
    expect(checks.find((c) => c.kind === "identity_levels")!.verdict).toBe("consistent");
    const check = checks.find((c) => c.kind === "growth_from_parts")!;
    expect(check.verdict).toBe("inconsistent");
    expect(check.explanation).toContain(
      "weighted by their 2023 levels brought back to 2022 by their growth, make a rise of 0.12%–0.34% in energy",
    );
  });
});

describe("shares of a named total", () => {
  it("are checked against the part's and the total's levels of the year, in the total's unit", () => {
    const claims = (value: string) => [
      { id: "t", indicator: "tax", kind: "level", year: 2023, value: "221000", unit: "万元" },
      { id: "r", indicator: "revenue", kind: "level", year: 2023, value: "28.4", unit: "亿元" },
      { id: "s", indicator: "tax", of: "revenue", kind: "share", year: 2023, value },
    ];
    const fits = checksOf({ claims: claims("77.8%") }).find((c) => c.kind === "share_vs_levels")!;
    expect(fits.verdict).toBe("consistent");
    expect(fits.explanation).toBe(
      "tax of 221000万元 in revenue of 28.4亿元 in 2023 is a share of 77.67%–77.96%; the printed “77.8%” fits.",
    );
    expect(checksOf({ claims: claims("81.2%") }).find((c) => c.kind === "share_vs_levels")!.verdict).toBe(
      "inconsistent",
    );
  });
});

describe("a share's point change from growth rates", () => {
  it("follows from the part's and the total's growth at current prices: s₁ · (1 − (1 + G) / (1 + g))", () => {
    const claims = (points: string, basis = "current") => [
      { id: "s", indicator: "tax", of: "revenue", kind: "share", year: 2023, value: "77.8%" },
      { ...growth("gt", "tax", "5.3%"), basis },
      { ...growth("gr", "revenue", "6.2%"), basis },
      { id: "p", indicator: "tax", of: "revenue", kind: "pp_change", from: 2022, to: 2023, value: points },
    ];
    const fits = checksOf({ claims: claims("-0.7pp") }).find((c) => c.kind === "share_change_from_growth")!;
    expect(fits.verdict).toBe("consistent");
    expect(fits.explanation).toBe(
      "tax's share of revenue of 77.8% in 2023, with tax “增长5.3%” and revenue “增长6.2%”, moved by −0.74pp to −0.59pp over 2022–2023; the printed “下降0.7个百分点” fits.",
    );
    expect(checksOf({ claims: claims("-0.8pp") }).find((c) => c.kind === "share_change_from_growth")!.verdict).toBe(
      "inconsistent",
    );
    // at comparable prices a current-price share does not move with the growth rates: no such check
    expect(
      checksOf({ claims: claims("-0.8pp", "comparable") }).find((c) => c.kind === "share_change_from_growth"),
    ).toBeUndefined();
  });
});

describe("structures (A：B：C)", () => {
  it("reads each share with its own rounding and adds them up to 100%", () => {
    const structure = (value: string) =>
      checksOf({
        claims: [
          {
            id: "s",
            indicator: "gdp",
            kind: "structure",
            year: 2023,
            value,
            parts: ["primary", "secondary", "tertiary"],
          },
        ],
      })[0]!;
    expect(structure("3.9：59.5：36.6").verdict).toBe("consistent");
    const wrong = structure("3.9:59.5:37.6");
    expect(wrong.verdict).toBe("inconsistent");
    expect(wrong.explanation).toBe(
      "gdp's structure 3.9:59.5:37.6 in 2023: the shares add up to 100.85%–101.15%, which no rounding brings to 100%.",
    );
  });

  it("files each share as the part's share of the total: a share printed elsewhere is the same figure", () => {
    const checks = checksOf({
      claims: [
        {
          id: "s",
          indicator: "gdp",
          kind: "structure",
          year: 2023,
          value: "3.9：59.5：36.6",
          parts: ["primary", "secondary", "tertiary"],
        },
        share("t", "tertiary", 2023, "38.6%"),
      ],
    });
    const same = checks.find((c) => c.kind === "same_figure")!;
    expect(same.verdict).toBe("inconsistent");
    expect(same.explanation).toContain("tertiary's share of gdp");
  });

  it("reads shares printed to add up to exactly 100 as rounded so that they do: each within one unit of its last digit", () => {
    // 36.25, 6478.18 and 4923.71 of 11438.13 are 0.317%, 56.637% and 43.047%: rounded each on its own, 0.3：56.6：43.0
    const shareCheck = (value: string) =>
      checksOf({
        claims: [
          { id: "g", indicator: "gdp", kind: "level", year: 2023, value: "11438.13", unit: "亿元" },
          { id: "p", indicator: "primary", kind: "level", year: 2023, value: "36.25", unit: "亿元" },
          { id: "q", indicator: "secondary", kind: "level", year: 2023, value: "6478.18", unit: "亿元" },
          { id: "r", indicator: "tertiary", kind: "level", year: 2023, value: "4923.71", unit: "亿元" },
          {
            id: "s",
            indicator: "gdp",
            kind: "structure",
            year: 2023,
            value,
            parts: ["primary", "secondary", "tertiary"],
          },
        ],
      }).find((c) => c.id.startsWith("share_vs_levels:tertiary"))!;
    expect(shareCheck("0.3：56.6：43.1").verdict).toBe("consistent");
    // shares that do not add up to 100 were each rounded on their own
    expect(shareCheck("0.3：56.7：43.1").verdict).toBe("inconsistent");
  });

  it("refuses a structure whose parts do not match its shares, naming the claim and the field", () => {
    const report = verifyClaims({
      claims: [
        { id: "s", indicator: "gdp", kind: "structure", year: 2023, value: "3.9：59.5", parts: ["a", "b", "c"] },
      ],
    });
    expect(report.issues[0]!.message).toBe("claim 's', field 'value': '3.9：59.5' has 2 shares but parts names 3");
  });
});

describe("differences of rates, index numbers, 持平", () => {
  it("checks 增速比上年提高0.8个百分点 against the two years' rates, and 高于全市 against the other indicator's", () => {
    const claims = (value: string) => [
      growth("a", "gdp", "5.2%"),
      growth("b", "gdp", "4.4%", 2021, 2022),
      {
        id: "d",
        indicator: "gdp",
        kind: "rate_difference",
        from: 2022,
        to: 2023,
        value,
        than: { from: 2021, to: 2022 },
      },
    ];
    expect(checksOf({ claims: claims("0.8pp") }).find((c) => c.kind === "rate_difference")!.verdict).toBe("consistent");
    expect(checksOf({ claims: claims("1.0pp") }).find((c) => c.kind === "rate_difference")!.verdict).toBe(
      "inconsistent",
    );
    const city = checksOf({
      claims: [
        growth("a", "county", "5.2%"),
        {
          id: "d",
          indicator: "county",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          value: "1.2pp",
          than: { indicator: "city" },
        },
      ],
    })[0]!;
    expect(city.verdict).toBe("not_checkable");
    expect(city.derived).toEqual({ indicator: "city", from: 2022, to: 2023 });
    expect(city.explanation).toContain("imply a rate of 3.90%–4.10% for city");
  });

  it("reads an index number (上年=100) as a change printed to 0.1 index points", () => {
    const checks = checksOf({
      claims: [
        { id: "a", indicator: "v", kind: "level", year: 2022, value: "200.0" },
        { id: "b", indicator: "v", kind: "level", year: 2023, value: "199.0" },
        { id: "i", indicator: "v", kind: "index", from: 2022, to: 2023, value: "99.5" },
      ],
    });
    expect(checks[0]!.verdict).toBe("consistent");
    expect(checks[0]!.reported!.lo!.toNumber()).toBeCloseTo(-0.0055, 12);
    expect(checks[0]!.explanationZh).toContain("指数99.5（上年=100）");
  });

  it("reads 持平 as a change that rounds to zero", () => {
    const check = (end: string) =>
      checksOf({
        claims: [
          { id: "a", indicator: "v", kind: "level", year: 2022, value: "1000" },
          { id: "b", indicator: "v", kind: "level", year: 2023, value: end },
          { ...growth("f", "v", "持平") },
        ],
      })[0]!;
    expect(check("1000").verdict).toBe("consistent");
    expect(check("1000").explanationZh).toContain("“持平”");
    expect(check("1010").verdict).toBe("inconsistent");
  });
});

describe("consecutive periods", () => {
  it("compose 1952–1978 and 1978–2023 into 1952–2023, averages or cumulative changes alike", () => {
    const claims = (whole: string) => [
      { id: "a", indicator: "gdp", kind: "average_growth", from: 1952, to: 1978, value: "6.1%" },
      { id: "b", indicator: "gdp", kind: "average_growth", from: 1978, to: 2023, value: "8.9%" },
      { id: "w", indicator: "gdp", kind: "average_growth", from: 1952, to: 2023, value: whole },
    ];
    // 1.061^26 · 1.089^45 = 1.0787^71
    const fits = checksOf({ claims: claims("7.9%") }).find((c) => c.kind === "periods_compose")!;
    expect(fits.verdict).toBe("consistent");
    expect(checksOf({ claims: claims("8.1%") }).find((c) => c.kind === "periods_compose")!.verdict).toBe(
      "inconsistent",
    );
  });
});

describe("exact counts", () => {
  it("finds a count whose printed growth leaves no whole number for the year before", () => {
    const check = (value: string) =>
      checksOf({
        claims: [
          { id: "n", indicator: "firms", kind: "level", year: 2023, value: "1094", unit: "家" },
          growth("g", "firms", value),
        ],
      })[0]!;
    // 1094 / 1.088 is 1005.5; 1094 / 1.0875–1.0885 holds no whole number
    expect(check("8.8%").verdict).toBe("inconsistent");
    expect(check("8.8%").explanation).toContain("which holds no whole number");
    // 1094 / 1.0845–1.0855 holds 1008
    expect(check("8.5%").verdict).toBe("not_checkable");
    // and the count the year before is said in whole numbers
    expect(check("8.5%").explanation).toContain("imply 1008 家 in 2022");
  });
});

describe("price changes that link current and comparable prices", () => {
  const levels = [
    { id: "a", indicator: "gdp", kind: "level", year: 2022, value: "553.4", unit: "亿元" },
    { id: "b", indicator: "gdp", kind: "level", year: 2023, value: "626.9", unit: "亿元" },
    growth("g", "gdp", "2.0%"),
  ];

  it("leaves levels at current prices against real growth not checkable, with the price change they imply", () => {
    const check = checksOf({ claims: levels })[0]!;
    expect(check.verdict).toBe("not_checkable");
    expect(check.explanation).toContain(
      "so the two agree with a rise of 10.98%–11.14% in prices over 2022–2023; no price index is printed",
    );
  });

  it("checks them against a printed deflator (GDP 平减指数) for the same period", () => {
    const deflator = (value: string) => ({
      id: "d",
      indicator: "gdp_deflator",
      kind: "cumulative_change",
      from: 2022,
      to: 2023,
      value,
      deflates: "gdp",
    });
    const fits = checksOf({ claims: [...levels, deflator("11.1%")] })[0]!;
    expect(fits.verdict).toBe("consistent");
    expect(fits.claims).toEqual(["a", "b", "g", "d"]);
    expect(fits.explanation).toContain("the printed price change “增长11.1%” fits");
    const wrong = checksOf({ claims: [...levels, deflator("3.0%")] })[0]!;
    expect(wrong.verdict).toBe("inconsistent");
    expect(wrong.explanationZh).toContain("与报告的价格变化“增长3.0%”不符");
    const index = checksOf({
      claims: [
        ...levels,
        { id: "d", indicator: "gdp_deflator", kind: "index", from: 2022, to: 2023, value: "111.1", deflates: ["gdp"] },
      ],
    })[0]!;
    expect(index.verdict).toBe("consistent");
  });
});

describe("the new fields, validated", () => {
  const issuesOf = (claim: Record<string, unknown>) => verifyClaims({ claims: [claim] }).issues;

  it("names the claim and the field, and says what the field is for", () => {
    const [of] = issuesOf({ id: "x", indicator: "gdp", kind: "level", year: 2023, value: "1", of: "total" });
    expect(of!.message).toBe(
      "claim 'x', field 'of': of names the total of a share, a point change of a share, a contribution or a contribution share, not a level",
    );
    const [deflates] = issuesOf({ id: "x", indicator: "cpi", kind: "level", year: 2023, value: "1", deflates: "gdp" });
    expect(deflates!.message).toMatch(/field 'deflates'/);
    const [than] = issuesOf({ id: "x", indicator: "gdp", kind: "rate_difference", from: 2022, to: 2023, value: "1pp" });
    expect(than!.hint).toBe("name it with than: { indicator: city_gdp } or than: { from: 2021, to: 2022 }");
  });

  it("asks for a contribution in points, and for the total it contributes to", () => {
    const [points] = issuesOf({
      id: "c",
      indicator: "a",
      of: "gdp",
      kind: "contribution",
      from: 2022,
      to: 2023,
      value: "1.3%",
    });
    expect(points!.message).toBe("claim 'c', field 'value': '1.3%' is not in percentage points, as a contribution is");
    expect(points!.hint).toBe(
      "expected percentage points: a contribution is in 百分点, such as 1.3pp (拉动1.3个百分点)",
    );
    const [total] = issuesOf({ id: "c", indicator: "a", kind: "contribution", from: 2022, to: 2023, value: "1.3pp" });
    expect(total!.message).toMatch(/field 'of'/);
    expect(
      issuesOf({
        id: "c",
        indicator: "a",
        of: "gdp",
        kind: "contribution",
        from: 2022,
        to: 2023,
        value: "1.3",
        unit: "百分点",
      }),
    ).toEqual([]);
  });

  it("suggests the kind meant for a misspelt new kind", () => {
    const [kind] = issuesOf({ id: "m", indicator: "a", kind: "multple", from: 2016, to: 2021, value: "1.3" });
    expect(kind!.hint).toBe("did you mean 'multiple'?");
  });

  it("refuses a name in parts: that no claim uses, with a did-you-mean", () => {
    const report = verifyClaims({
      parts: { gdp: ["primary", "tertary"] },
      claims: [growth("g", "gdp", "5%"), growth("t", "tertiary", "6%"), growth("p", "primary", "3%")],
    });
    expect(report.issues[0]!.message).toBe("parts of gdp: 'tertary' is named by no claim");
    expect(report.issues[0]!.hint).toBe("did you mean 'tertiary'?");
  });

  it("reads 超 and 不足 as more than and less than", () => {
    const check = (qualifier: string, value: string) =>
      checksOf({
        claims: [
          { id: "a", indicator: "v", kind: "level", year: 2023, value, qualifiers: [qualifier] },
          { id: "b", indicator: "v", kind: "level", year: 2023, value: "100" },
        ],
      })[0]!.verdict;
    // against a printed 100 ([99.5, 100.5))
    expect(check("超", "101")).toBe("inconsistent");
    expect(check("超", "99")).toBe("consistent");
    expect(check("不足", "99")).toBe("inconsistent");
    expect(check("不足", "101")).toBe("consistent");
  });
});

describe("a model's group totals", () => {
  it("make a total defined as sumOf(group) the total of the group's members: levels, growth and contributions", () => {
    const model = buildModel({
      years: [2022, 2023],
      baseYear: 2023,
      indicators: {
        industry: { unit: "亿元", value: 1, groups: ["sectors"] },
        services: { unit: "万元", value: 1, groups: ["sectors"] },
        output: { unit: "亿元", formula: "sumOf(sectors)" },
      },
    });
    const report = verifyClaims(
      {
        claims: [
          { id: "i", indicator: "industry", kind: "level", year: 2023, value: "40" },
          { id: "s", indicator: "services", kind: "level", year: 2023, value: "200000" },
          { id: "o", indicator: "output", kind: "level", year: 2023, value: "65" },
          { id: "ci", indicator: "industry", of: "output", kind: "contribution", from: 2022, to: 2023, value: "1.0pp" },
          { id: "cs", indicator: "services", of: "output", kind: "contribution", from: 2022, to: 2023, value: "2.0pp" },
          { id: "g", indicator: "output", kind: "cumulative_change", from: 2022, to: 2023, value: "3.0%" },
        ],
      },
      { model },
    );
    expect(report.issues).toEqual([]);
    const levels = report.checks.find((c) => c.kind === "identity_levels")!;
    // 40 亿元 + 200000 万元 is 60 亿元, not 65
    expect(levels.verdict).toBe("inconsistent");
    expect(report.checks.find((c) => c.kind === "contributions_sum")!.verdict).toBe("consistent");
  });
});

describe("an average over groups", () => {
  const incomes = (all: string) => [
    { id: "u", indicator: "urban_income", kind: "level", year: 2023, value: "55630", unit: "元" },
    { id: "r", indicator: "rural_income", kind: "level", year: 2023, value: "28150", unit: "元" },
    { id: "a", indicator: "income", kind: "level", year: 2023, value: all, unit: "元" },
  ];

  it("lies between its groups' averages, whatever their sizes", () => {
    const wrong = checksOf({ means: { income: ["urban_income", "rural_income"] }, claims: incomes("58000") });
    expect(wrong.map((c) => [c.id, c.verdict])).toEqual([["mean_within_groups:income:2023", "inconsistent"]]);
    expect(wrong[0]!.explanationZh).toBe(
      "2023年urban_income“55630元”、rural_income“28150元”：各组在28149.5–55630.5 元之间；总体平均数无论各组人数多少都在各组之间，报告的income“58000元”不可能成立。",
    );
    // inside the range the sizes decide: nothing is said
    expect(checksOf({ means: { income: ["urban_income", "rural_income"] }, claims: incomes("41314") })).toEqual([]);
  });
});
