import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/verification/index.js";

const growth = (id: string, value: string, extra: Record<string, unknown> = {}) => ({
  id,
  indicator: "gdp",
  kind: "cumulative_change",
  from: 2022,
  to: 2023,
  value,
  ...extra,
});
const level = (id: string, value: string, extra: Record<string, unknown> = {}) => ({
  id,
  indicator: "gdp",
  kind: "level",
  year: 2023,
  value,
  unit: "亿元",
  ...extra,
});

/** A county's figures in a prefecture's communiqué: its own, apart from the prefecture's. */
describe("regions and breakdowns", () => {
  it("files a region's figure apart: its level is not the whole's, its share is of its own total", () => {
    const report = verifyClaims({
      claims: [
        level("whole", "1000"),
        level("county", "120", { region: "青山县" }),
        {
          id: "county_industry",
          indicator: "secondary",
          region: "青山县",
          kind: "level",
          year: 2023,
          value: "48",
          unit: "亿元",
        },
        {
          id: "county_share",
          indicator: "secondary",
          region: "青山县",
          of: "gdp",
          kind: "share",
          year: 2023,
          value: "40.0%",
        },
      ],
    });
    expect(report.issues).toEqual([]);
    // no same-figure check between 1000 and 120; the share is 48 / 120, the county's own total
    expect(report.checks.map((c) => [c.id, c.verdict])).toEqual([
      ["share_vs_levels:青山县·secondary/青山县·gdp:2023", "consistent"],
    ]);
  });

  it("compares a region's rate with the whole's only where a claim says so", () => {
    const claims = [growth("whole", "5.0%"), growth("county", "6.2%", { region: "青山县" })];
    expect(verifyClaims({ claims }).checks).toEqual([]);
    const compared = verifyClaims({
      claims: [
        ...claims,
        {
          id: "lead",
          indicator: "gdp",
          region: "青山县",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          value: "1.5pp",
          than: { indicator: "gdp" },
        },
      ],
    });
    const check = compared.checks.find((c) => c.kind === "rate_difference")!;
    expect(check.claims).toEqual(["county", "whole", "lead"]);
    expect(check.verdict).toBe("inconsistent");
    // the same indicator in another period: the region's own rate
    const own = verifyClaims({
      claims: [
        growth("c23", "6.2%", { region: "青山县" }),
        growth("c22", "5.0%", { region: "青山县", from: 2021, to: 2022 }),
        {
          id: "d",
          indicator: "gdp",
          region: "青山县",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          value: "1.2pp",
          than: { from: 2021, to: 2022 },
        },
      ],
    });
    expect(own.checks.find((c) => c.kind === "rate_difference")!.verdict).toBe("consistent");
  });

  it("keeps a part of an indicator apart from the whole and from another indicator's same part", () => {
    const report = verifyClaims({
      claims: [
        {
          id: "inv",
          indicator: "investment",
          breakdown: "制造业",
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          value: "9.1%",
        },
        {
          id: "va",
          indicator: "industrial_value_added",
          breakdown: "制造业",
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          value: "6.1%",
        },
        {
          id: "inv_again",
          indicator: "investment",
          breakdown: "制造业",
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          value: "9.1%",
        },
        { id: "whole", indicator: "investment", kind: "cumulative_change", from: 2022, to: 2023, value: "3.0%" },
      ],
    });
    expect(report.checks.map((c) => [c.id, c.verdict])).toEqual([
      ["same_figure:制造业·investment:cumulative_change:2022-2023:inv_again", "consistent"],
    ]);
  });

  it("says when a rate is compared with a region no claim is of, and derives that rate", () => {
    const report = verifyClaims({
      claims: [
        growth("county", "6.2%", { region: "青山县" }),
        {
          id: "lead",
          indicator: "gdp",
          region: "青山县",
          kind: "rate_difference",
          from: 2022,
          to: 2023,
          value: "1.5pp",
          than: { indicator: "gdp", region: "全省" },
        },
      ],
    });
    expect(report.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      [
        "region_unmatched",
        "warning",
        "claim 'lead', field 'than': no claim is of the region '全省', so its rate is not printed here",
      ],
    ]);
    expect(report.checks.map((c) => [c.finding.sentence, c.verdict])).toEqual([["rate_derived", "not_checkable"]]);
  });
});

describe("parts printed for different parts of the year", () => {
  it("are said, naming the total and its parts' periods, and the other claims are still checked", () => {
    const report = verifyClaims({
      parts: { trade: ["exports", "imports"] },
      claims: [
        { id: "x", indicator: "exports", kind: "cumulative_change", from: 2022, to: 2023, value: "5.0%", period: "H1" },
        {
          id: "m",
          indicator: "imports",
          kind: "cumulative_change",
          from: 2022,
          to: 2023,
          value: "3.0%",
          period: "Q1-Q3",
        },
        { id: "a", indicator: "gdp", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
        { id: "b", indicator: "gdp", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
      ],
    });
    expect(report.issues.map((i) => [i.code, i.path?.join("."), i.message])).toEqual([
      [
        "parts_apart",
        "parts.trade",
        "parts of trade: they are printed for different parts of the year (exports: H1; imports: Q1-Q3), so they are checked together nowhere",
      ],
    ]);
    expect(report.checks.map((c) => c.kind)).toEqual(["average_vs_cumulative"]);
  });
});
