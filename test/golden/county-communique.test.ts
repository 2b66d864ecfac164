import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { verifyClaimsFile } from "../../src/node.js";

// The fictional county communiqué: every check with its verdict is recorded in county-communique/verify.json
// (update deliberately with `npx vitest run -u`); the inconsistencies planted in the text are listed here and in
// the example's README, one of each kind.
const EXAMPLE = resolve(__dirname, "../../examples/county-communique");
const report = verifyClaimsFile(resolve(EXAMPLE, "claims.yaml"));

/** The planted inconsistencies, as the example's README lists them: check id → what is wrong. */
const PLANTED: Record<string, string> = {
  "same_figure:gdp:cumulative_change:2022-2023:gdp_growth_2023_summary": "the same growth printed as 5.6% and 5.8%",
  "periods_compose:income:2016-2020-2023": "two periods' averages that do not compose into the whole period's",
  "level_vs_change:high_tech_firms:2022-2023": "a count whose growth leaves no whole number for the year before",
  "level_vs_change:high_tech_value:2018-2023": "a ratio (是2018年的2.1倍) the two levels do not give",
  "level_vs_change:retail:2022-2023": "a growth rate the two levels do not give",
  "pp_vs_levels:urbanization:2022-2023": "a point change the two shares do not give",
  "level_vs_absolute:registered_population:2022-2023": "an absolute change the two levels do not give",
  "identity_levels:income_ratio=urban_income/rural_income:2023": "a ratio of two printed levels printed wrong",
  "structure_sum:investment:2023:investment_structure_2023": "a structure whose shares add up to 101.2%",
  "share_vs_levels:welfare_spending/expenditure:2023": "a share the part's and the total's levels do not give",
  "contribution_share:secondary:gdp:2022-2023":
    "a contribution share (贡献率) its contribution and the total's growth do not give",
  "growth_from_parts:trade:2022-2023": "a total's growth its parts' growth rates do not give",
  "rate_difference:industrial_investment:2022-2023:industrial_investment_lead_2023":
    "a difference of two rates printed wrong",
};

describe("the county communiqué example", () => {
  it("reads every claim without an issue, and every quote is the communiqué's own text", () => {
    expect(report.issues).toEqual([]);
    const text = readFileSync(resolve(EXAMPLE, "communique.txt"), "utf8");
    const claims = (
      parse(readFileSync(resolve(EXAMPLE, "claims.yaml"), "utf8")) as { claims: { id: string; quote: string }[] }
    ).claims;
    expect(claims.length).toBeGreaterThanOrEqual(60);
    for (const claim of claims) expect(text, claim.id).toContain(claim.quote);
  });

  it("finds exactly the planted inconsistencies, and the simple mean printed as an average", () => {
    const inconsistent = report.checks.filter((c) => c.verdict === "inconsistent").map((c) => c.id);
    expect(inconsistent.sort()).toEqual(Object.keys(PLANTED).sort());
    expect(report.checks.filter((c) => c.verdict === "arithmetic_mean").map((c) => c.id)).toEqual([
      "average_vs_cumulative:urban_income:2018-2023",
    ]);
    expect(report.counts).toEqual({ consistent: 29, inconsistent: 13, arithmetic_mean: 1, not_checkable: 22 });
  });

  it("never calls a line inconsistent because it mixes price bases: GDP at current prices against real growth is checked against the deflator", () => {
    const gdp = report.checks.find((c) => c.id === "level_vs_change:gdp:2022-2023")!;
    expect(gdp.verdict).toBe("consistent");
    expect(gdp.claims).toContain("gdp_deflator_2023");
    const parts = report.checks.find((c) => c.id === "growth_from_parts:gdp:2022-2023")!;
    expect([parts.verdict, parts.finding.sentence === "growth_from_parts" && parts.finding.weights]).toEqual([
      "consistent",
      "shares_before",
    ]);
  });

  it("uses every printed figure in some check", () => {
    expect(report.unchecked).toEqual([]);
  });

  it("matches the recorded report", async () => {
    await expect(JSON.stringify(report.toJSON(), null, 2)).toMatchFileSnapshot("./county-communique/verify.json");
  });
});
