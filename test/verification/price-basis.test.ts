import { describe, expect, it } from "vitest";
import { familyBasis, verifyClaims } from "../../src/verification/index.js";

const level = (id: string, indicator: string, year: number, value: string, extra: Record<string, unknown> = {}) => ({
  id,
  indicator,
  kind: "level",
  year,
  value,
  unit: "亿元",
  ...extra,
});
const growth = (id: string, indicator: string, value: string, extra: Record<string, unknown> = {}) => ({
  id,
  indicator,
  kind: "cumulative_change",
  from: 2022,
  to: 2023,
  value,
  ...extra,
});

/** A district's GDP: 553.4 → 626.9 亿元 at current prices (+13.3%), real growth 2%. */
const GDP = [level("g22", "gdp", 2022, "553.4"), level("g23", "gdp", 2023, "626.9")];

describe("price basis", () => {
  it("never calls current-price levels and comparable-price growth inconsistent: it gives the price change they imply", () => {
    const report = verifyClaims({ claims: [...GDP, growth("gr", "gdp", "2%", { basis: "comparable" })] });
    const check = report.checks.find((c) => c.id === "level_vs_change:gdp:2022-2023")!;
    expect(check.verdict).toBe("not_checkable");
    expect(check.finding.sentence).toBe("levels_vs_change_across_bases");
    // (626.9 / 553.4) / 1.02 − 1, over the rounding of all three figures
    const lo = 626.85 / 553.45 / 1.025 - 1;
    const hi = 626.95 / 553.35 / 1.015 - 1;
    expect(check.computed!.lo!.toNumber()).toBeCloseTo(lo, 9);
    expect(check.computed!.hi!.toNumber()).toBeCloseTo(hi, 9);
    expect(check.explanation).toMatch(
      /is a rise of 13\.2\d*%–13\.3\d*% at current prices; the printed “增长2%” is at comparable prices, so the two agree with a rise of 10\.\d+%–11\.\d+% in prices over 2022–2023/,
    );
    expect(check.explanationZh).toMatch(
      /按现价增长13\.\d+%—13\.\d+%；报告的“增长2%”按可比价格计算，两者相符须2022—2023年价格增长/,
    );
    expect(report.counts.inconsistent).toBe(0);
  });

  it("takes what the file says for figures that say nothing: { levels: current, growth: comparable }", () => {
    const report = verifyClaims({
      basis: { levels: "current", growth: "comparable" },
      claims: [...GDP, growth("gr", "gdp", "2%")],
    });
    expect(report.checks[0]!.verdict).toBe("not_checkable");
    expect(report.checks[0]!.finding.sentence).toBe("levels_vs_change_across_bases");
  });

  it("keeps the verdict when the growth's basis is unstated, and says which reading would reconcile it", () => {
    // an indicator of no known family: its growth says nothing of its prices
    const OUTPUT = [level("o22", "output", 2022, "553.4"), level("o23", "output", 2023, "626.9")];
    const report = verifyClaims({ claims: [...OUTPUT, growth("gr", "output", "2%")] });
    const check = report.checks[0]!;
    expect(check.verdict).toBe("inconsistent");
    expect(check.noteCodes.map((n) => n.code)).toEqual(["basis_reading"]);
    expect(check.notes[0]).toMatch(
      /^If the printed “增长2%” is at comparable prices \(可比价\) while the levels are at current prices, the figures agree with a rise of 10\.\d+%–11\.\d+% in prices/,
    );
  });

  it("takes a change's prices from its indicator's family when nothing says: value added at comparable prices, trade and sales at current", () => {
    // GDP's growth is real (可比价) by the convention of Chinese statistics: against current-price levels, the price change
    expect(verifyClaims({ claims: [...GDP, growth("gr", "gdp", "2%")] }).checks[0]!.finding.sentence).toBe(
      "levels_vs_change_across_bases",
    );
    // retail sales grow at current prices: levels and growth are one identity, and 2% does not fit 553.4 → 626.9
    const sales = [level("r22", "retail_sales", 2022, "553.4"), level("r23", "retail_sales", 2023, "626.9")];
    expect(
      verifyClaims({ basis: { growth: "comparable" }, claims: [...sales, growth("rg", "retail_sales", "2%")] })
        .checks[0]!.verdict,
    ).toBe("inconsistent");
    // a name printed as 零售额 is of the family too; the file may say otherwise for one indicator
    const named = verifyClaims({
      claims: [...sales.map((c) => ({ ...c, indicator: "x" })), growth("rg", "x", "2%", { label: "社会消费品零售额" })],
    });
    expect(named.checks[0]!.verdict).toBe("inconsistent");
    const overridden = verifyClaims({
      basis: { indicators: { retail_sales: "comparable" } },
      claims: [...sales, growth("rg", "retail_sales", "2%")],
    });
    expect(overridden.checks[0]!.finding.sentence).toBe("levels_vs_change_across_bases");
  });

  it("refuses a price basis on a physical quantity, naming the claim and the field, and checks the others", () => {
    const report = verifyClaims({
      claims: [
        {
          id: "e",
          indicator: "energy",
          kind: "level",
          year: 2023,
          value: "82.6",
          unit: "万吨标准煤",
          basis: "comparable",
        },
        ...GDP,
      ],
    });
    expect(report.issues.map((i) => [i.path?.join("."), i.message])).toEqual([
      [
        "claims.0.basis",
        "claim 'e', field 'basis': a price basis is for money figures, and energy is in 万吨标准煤, a quantity without prices",
      ],
    ]);
    expect(report.checks.length).toBeGreaterThan(0);
  });

  it("checks levels and growth that are stated at the same prices as an identity (nominal is current)", () => {
    const fits = verifyClaims({ claims: [...GDP, growth("gr", "gdp", "13.3%", { basis: "nominal" })] });
    expect(fits.checks[0]!.verdict).toBe("consistent");
    const wrong = verifyClaims({ claims: [...GDP, growth("gr", "gdp", "2%", { basis: "current" })] });
    expect(wrong.checks[0]!.verdict).toBe("inconsistent");
    expect(wrong.checks[0]!.notes).toEqual([]);
  });

  it("gives physical quantities no basis: energy levels against energy growth are an identity whatever the file says", () => {
    const energy = [
      { id: "e22", indicator: "energy", kind: "level", year: 2022, value: "100", unit: "万吨标准煤" },
      { id: "e23", indicator: "energy", kind: "level", year: 2023, value: "110", unit: "万吨标准煤" },
    ];
    const report = verifyClaims({ basis: { growth: "comparable" }, claims: [...energy, growth("ec", "energy", "2%")] });
    expect(report.checks[0]!.verdict).toBe("inconsistent");
    expect(report.checks[0]!.noteCodes).toEqual([]);
  });

  it("does not carry a current-price level along a comparable-price growth rate: the other level stays unknown", () => {
    const report = verifyClaims({
      claims: [level("g23", "gdp", 2023, "626.9"), growth("gr", "gdp", "2%", { basis: "comparable" })],
    });
    expect(report.checks).toEqual([]);
    expect(report.unchecked).toEqual(["g23", "gr"]);
  });

  it("refuses a basis it does not know, naming the claim and the field", () => {
    const report = verifyClaims({ claims: [...GDP, growth("gr", "gdp", "2%", { basis: "real" })] });
    const issue = report.issues.find((i) => i.code === "invalid_claim")!;
    expect(issue.message).toMatch(
      /^claim 'gr', field 'basis': a price basis is current \(现价\) or comparable \(可比价\)/,
    );
    const file = verifyClaims({ basis: { growth: "constant" }, claims: GDP });
    expect(file.issues[0]!.message).toMatch(/basis/);
  });
});

describe("families published with real growth", () => {
  it("国民总收入 and 全员劳动生产率 grow at comparable prices, as value added does", () => {
    expect(familyBasis("x#1", "国民总收入")).toBe("comparable");
    expect(familyBasis("x#2", "全员劳动生产率")).toBe("comparable");
    expect(familyBasis("x#3", "社会消费品零售总额")).toBe("current");
  });

  it("carries no level along a real growth rate from a level at current prices", () => {
    const report = verifyClaims({
      claims: [
        { id: "l", indicator: "gni", kind: "level", year: 2024, value: "1339672", unit: "亿元", basis: "current" },
        {
          id: "g",
          indicator: "gni",
          kind: "cumulative_change",
          from: 2023,
          to: 2024,
          value: "5.1%",
          basis: "comparable",
        },
      ],
    });
    expect(report.checks.filter((c) => c.kind === "level_vs_change")).toEqual([]);
  });
});
