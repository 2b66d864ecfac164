import { intervalsOverlap } from "../core/index.js";
import { isMoney } from "../units/index.js";
import { growthOver, type ClaimIndex } from "./claim-index.js";
import type { PeriodClaim, YearClaim } from "./read-claim.js";
import { rangeOf, relation } from "./relation.js";
import type { CheckData } from "./report.js";
import { decimalsNear, scaleOf } from "./wording.js";

/** The change of a level L over a period with growth g, from the level at the period's end: L₁ − L₁ / (1 + g). */
const FROM_END = relation("L * g / (1 + g)");
/** The same from the level at the period's start: L₀·(1 + g) − L₀. */
const FROM_START = relation("L * g");

/**
 * A level, a growth rate and an absolute change of one indicator over one period, checked together where the other
 * level is not printed (with both levels printed, each change is checked against the two levels): 收入88.9亿元，增长
 * 8.3%，增收6.1亿元 — the growth gives an increase of 6.8–6.9亿元, not 6.1. The range is exact over the printed
 * intervals. A money level and a growth rate at different prices are no identity, and are left alone.
 */
export function amountChecks(index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  for (const [indicator, amounts] of index.amounts) {
    for (const amount of amounts.values()) {
      const from = amount.from;
      const to = amount.to;
      const change = growthOver(index, indicator, from, to);
      if (!change) continue;
      const start = index.levels.get(indicator)?.get(from);
      const end = index.levels.get(indicator)?.get(to);
      if (start && end) continue;
      const level = end ?? start;
      if (!level || differentPrices(level, change)) continue;
      const computed = rangeOf(end ? FROM_END : FROM_START, { L: level.interval, g: change.interval }).range;
      checks.push({
        id: `change_vs_absolute:${indicator}:${from}-${to}`,
        kind: "change_vs_absolute",
        claims: [level.id, change.id, amount.id],
        verdict: intervalsOverlap(computed, amount.interval) ? "consistent" : "inconsistent",
        computed,
        reported: amount.interval,
        scale: scaleOf(level),
        decimals: decimalsNear(amount.figure),
        finding: { sentence: "change_vs_absolute", indicator, from, to, level, change, amount },
        noteCodes: [],
      });
    }
  }
  return checks;
}

/** A money level and a growth rate stated at different prices (current and comparable). */
function differentPrices(level: YearClaim, change: PeriodClaim): boolean {
  return (
    level.unit !== undefined &&
    isMoney(level.unit) &&
    level.basis !== undefined &&
    change.basis !== undefined &&
    level.basis !== change.basis
  );
}
