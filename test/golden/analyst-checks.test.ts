import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyClaimsFile } from "../../src/node.js";

// The three checks an analyst makes first (examples/analyst-checks): each printed inconsistency is found, with a
// sentence that says why, and the share printed without its whole is compared with nothing.
const report = verifyClaimsFile(resolve(__dirname, "../../examples/analyst-checks/claims.yaml"));

describe("the analyst's checks example", () => {
  it("finds the three inconsistencies and nothing else", () => {
    expect(report.issues).toEqual([]);
    expect(report.failures.map((c) => c.id).sort()).toEqual([
      "change_vs_absolute:fees:2022-2023",
      "growth_from_parts:industry:2022-2023",
      "share_vs_levels:tax/budget_revenue:2023",
    ]);
    expect(report.counts).toEqual({ consistent: 0, inconsistent: 3, arithmetic_mean: 0, not_checkable: 2 });
  });

  it("says why, in both languages", () => {
    const why = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(why("change_vs_absolute:fees:2022-2023").explanationZh).toBe(
      "非税收入：2023年88.9亿元，2022—2023年“增长8.3%”，折合变化6.77–6.86 亿元，与报告的“增加6.1亿元”不符。",
    );
    expect(why("growth_from_parts:industry:2022-2023").explanation).toContain(
      "whatever their weights it grows between the slowest and the fastest of them",
    );
    expect(why("share_vs_levels:tax/budget_revenue:2023").explanation).toBe(
      "tax of 23.7亿元 in budget_revenue of 28.4亿元 in 2023 is a share of 83.12%–83.78%; the printed “86.2%” does not fit.",
    );
  });

  it("compares a share printed without its whole with no level", () => {
    expect(report.checks.some((c) => c.claims.includes("tax_share_unnamed"))).toBe(false);
    expect(report.unchecked).toEqual(["tax_share_unnamed"]);
  });
});
