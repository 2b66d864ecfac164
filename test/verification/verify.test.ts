import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyClaimsFile } from "../../src/node.js";
import { verifyClaims } from "../../src/verification/index.js";

describe("verifyClaims", () => {
  it("checks levels against a cumulative change, both printed", () => {
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "x", kind: "level", year: 2016, value: "100" },
        { id: "b", indicator: "x", kind: "level", year: 2021, value: "128.5" },
        { id: "c", indicator: "x", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
        { id: "d", indicator: "y", kind: "level", year: 2016, value: "100" },
        { id: "e", indicator: "y", kind: "level", year: 2021, value: "135" },
        { id: "f", indicator: "y", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
      ],
    });
    expect(report.checks.map((c) => [c.id, c.verdict])).toEqual([
      ["level_vs_change:x:2016-2021", "consistent"],
      ["level_vs_change:y:2016-2021", "inconsistent"],
    ]);
  });

  it("relates levels and changes by the planning functions themselves: no relative change from a base of 0 or below", () => {
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "x", kind: "level", year: 2016, value: "0" },
        { id: "b", indicator: "x", kind: "level", year: 2021, value: "12" },
        { id: "c", indicator: "x", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
        { id: "d", indicator: "y", kind: "level", year: 2020, value: "-3" },
        { id: "e", indicator: "y", kind: "level", year: 2021, value: "5" },
      ],
    });
    // change(x, 2016, 2021) from a 0 that may be a little either side of 0 could be anything, and change(y, 2020,
    // 2021) from −3 has no value: nothing is judged, least of all consistent or inconsistent
    expect(report.checks.filter((c) => c.kind === "level_vs_change")).toEqual([]);
  });

  it("checks percentage points against the two levels of a share", () => {
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "s", kind: "share", year: 2016, value: "43.28%" },
        { id: "b", indicator: "s", kind: "share", year: 2021, value: "48.08%" },
        { id: "c", indicator: "s", kind: "pp_change", from: 2016, to: 2021, value: "4.8pp" },
      ],
    });
    expect(report.checks[0]!.verdict).toBe("consistent");
    expect(report.checks[0]!.kind).toBe("pp_vs_levels");
  });

  it("checks a share against its part and whole through an identity, and derives a missing part", () => {
    const report = verifyClaims({
      claims: [
        { id: "part", indicator: "re_va", kind: "level", year: 2021, value: "38.6", unit: "亿元" },
        { id: "whole", indicator: "gdp", kind: "level", year: 2021, value: "276", unit: "亿元" },
        { id: "share", indicator: "re_share", kind: "share", year: 2021, value: "14.0%" },
        { id: "whole22", indicator: "gdp", kind: "level", year: 2022, value: "290", unit: "亿元" },
        { id: "share22", indicator: "re_share", kind: "share", year: 2022, value: "12%" },
      ],
      identities: ["re_share = re_va / gdp"],
    });
    const y2021 = report.checks.find((c) => c.id === "identity_levels:re_share=re_va/gdp:2021");
    const y2022 = report.checks.find((c) => c.id === "identity_levels:re_share=re_va/gdp:2022");
    expect(y2021!.verdict).toBe("consistent");
    expect(y2022!.verdict).toBe("not_checkable");
    expect(y2022!.derived).toEqual({ indicator: "re_va", year: 2022 });
    // 12% of 290: between 0.115 × 289.5 and 0.125 × 290.5.
    expect(y2022!.computed!.lo!.toNumber()).toBeCloseTo(0.115 * 289.5, 9);
    expect(y2022!.computed!.hi!.toNumber()).toBeCloseTo(0.125 * 290.5, 9);
  });

  it("checks parts against a whole by a sum identity", () => {
    const report = verifyClaims({
      claims: [
        { id: "a", indicator: "primary", kind: "level", year: 2021, value: "10" },
        { id: "b", indicator: "secondary", kind: "level", year: 2021, value: "90" },
        { id: "c", indicator: "tertiary", kind: "level", year: 2021, value: "176" },
        { id: "d", indicator: "gdp", kind: "level", year: 2021, value: "280" },
      ],
      identities: ["gdp = primary + secondary + tertiary"],
    });
    expect(report.checks[0]!.verdict).toBe("inconsistent");
    expect(report.checks[0]!.explanation).toContain(
      "the right side gives 274.50–277.50; the printed gdp of 280 does not fit",
    );
  });

  it("reads an identity on changes: energy down 3.85% or more and GDP up 28.5% mean intensity down at least 25.14%", () => {
    const report = verifyClaims({
      claims: [
        {
          id: "e",
          indicator: "energy",
          kind: "cumulative_change",
          from: 2016,
          to: 2021,
          value: "-3.85%",
          qualifiers: ["以上"],
        },
        { id: "g", indicator: "gdp", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
        { id: "i", indicator: "intensity", kind: "cumulative_change", from: 2016, to: 2021, value: "-20.34%" },
        { id: "gl", indicator: "gdp", kind: "level", year: 2021, value: "276", unit: "亿元" },
      ],
      identities: ["intensity = energy / gdp"],
    });
    const check = report.checks.find((c) => c.kind === "identity_changes")!;
    expect(check.verdict).toBe("inconsistent");
    // Energy down at least 3.845% (3.85% as printed) over GDP up at most 28.55%... at least 28.45%: (1 − 0.03845) / 1.2845 − 1.
    expect(check.computed!.hi!.toNumber()).toBeCloseTo(0.96155 / 1.2845 - 1, 12);
    expect(check.explanation).toContain("a fall of at least 25.142%");
    expect(check.notes.join(" ")).toMatch(/comparable prices, 可比价/);
    expect(check.notes.join(" ")).toMatch(/at least 1\.064/);
  });

  it("lists the claims no check could use", () => {
    const report = verifyClaims({
      claims: [{ id: "alone", indicator: "x", kind: "share", year: 2021, value: "2.98%" }],
    });
    expect(report.checks).toEqual([]);
    expect(report.unchecked).toEqual(["alone"]);
  });

  it("gives the README's JSON shape", () => {
    const json = verifyClaims({
      claims: [
        { id: "c", indicator: "x", kind: "cumulative_change", from: 2016, to: 2021, value: "28.5%" },
        { id: "a", indicator: "x", kind: "average_growth", from: 2016, to: 2021, value: "5.1%" },
      ],
    }).toJSON();
    const check = json.checks[0]!;
    expect(Object.keys(check)).toEqual(
      expect.arrayContaining(["id", "claims", "verdict", "computed", "reported", "explanation"]),
    );
    expect(check.reported).toEqual([0.0505, 0.0515]);
    expect(check.computed![0]).toBeCloseTo(0.05135, 4);
    expect(json.counts).toEqual({ consistent: 1, inconsistent: 0, arithmetic_mean: 0, not_checkable: 0 });
  });
});

describe("the Mentougou claims", () => {
  const report = verifyClaimsFile(resolve(__dirname, "../../examples/mentougou-2021/claims.yaml"));

  it("finds each inconsistency of the report and shows everything else consistent", () => {
    expect(report.issues).toEqual([]);
    expect(report.counts).toEqual({ consistent: 4, inconsistent: 1, arithmetic_mean: 1, not_checkable: 9 });
    const verdict = (id: string) => report.checks.find((c) => c.id === id)?.verdict;
    expect(verdict("average_vs_cumulative:gdp:2016-2021")).toBe("consistent");
    expect(verdict("average_vs_cumulative:budget_revenue:2016-2021")).toBe("consistent");
    expect(verdict("average_vs_cumulative:retail_sales:2016-2021")).toBe("consistent");
    expect(verdict("identity_levels:energy_intensity:2021")).toBe("consistent");
    expect(verdict("average_vs_cumulative:energy_intensity:2016-2021")).toBe("arithmetic_mean");
    expect(verdict("identity_changes:energy_intensity:2016-2021")).toBe("inconsistent");
  });

  it("matches the recorded report", async () => {
    await expect(JSON.stringify(report.toJSON(), null, 2)).toMatchFileSnapshot("../golden/mentougou-2021/verify.json");
  });
});
