import {
  addIntervals,
  divideIntervals,
  intervalsOverlap,
  pointInterval,
  intervalArithmetic,
  powerIntervalInteger,
  subtractIntervals,
  truncationInterval,
  type Interval,
} from "../core/index.js";
import { cagr } from "../formula/index.js";
import type { ClaimIndex } from "./claim-index.js";
import type { ReadClaim } from "./claims.js";
import { describeAverage, describePeriod } from "./describe.js";
import type { Check } from "./report.js";
import { changeWords, decimalsNear, quoted } from "./wording.js";

const ONE = pointInterval(1);

/**
 * The compound average annual rate of a cumulative change over n years, (1 + C)^(1/n) − 1: the formula
 * language's `cagr` from 1 to 1 + C, run on intervals.
 */
export function averageFromCumulative(cumulative: Interval, years: number): Interval {
  return cagr(intervalArithmetic, ONE, addIntervals(ONE, cumulative), years);
}

/** The cumulative change of n years at an average annual rate: (1 + A)^n − 1. */
export function cumulativeFromAverage(average: Interval, years: number): Interval {
  return subtractIntervals(powerIntervalInteger(addIntervals(ONE, average), years), ONE);
}

/**
 * Average growth against cumulative change, for one indicator and period (年均增速 against 比2016年增长): the
 * printed average must be the compound (geometric) average of the printed cumulative change, once both are
 * read as the intervals their rounding allows. When it is not, the check says whether the "average" is the
 * cumulative change divided by the years (`arithmetic_mean`), and whether it would match had it been
 * truncated rather than rounded.
 */
export function checkAverageAgainstCumulative(average: ReadClaim, cumulative: ReadClaim): Check {
  const from = average.from!;
  const to = average.to!;
  const years = to - from;
  const computed = averageFromCumulative(cumulative.interval, years);
  const reported = average.interval;
  const d = decimalsNear(average.figure);
  const base = {
    id: `average_vs_cumulative:${average.indicator}:${from}-${to}`,
    kind: "average_vs_cumulative" as const,
    claims: [cumulative.id, average.id],
    computed,
    reported,
    scale: { kind: "percent" } as const,
    decimals: d,
  };
  const opening = `${average.indicator}: ${quoted(cumulative)} over the ${years} years ${describePeriod(from, to)} is ${describeAverage(computed, d)}`;
  const openingZh = `${average.indicator}：${describePeriod(from, to, "zh")}累计${changeWords(cumulative)}，按复合增长折合${describeAverage(computed, d, "zh")}`;
  if (intervalsOverlap(computed, reported)) {
    return {
      ...base,
      verdict: "consistent",
      explanation: `${opening}; the printed ${quoted(average)} fits.`,
      explanationZh: `${openingZh}，与报告的${quoted(average)}相符。`,
      notes: [],
    };
  }
  const arithmetic = divideIntervals(cumulative.interval, pointInterval(years));
  // The simple mean as a reader would compute it from the printed figure: 20.34% ÷ 5 = 4.068%.
  const simple = `${cumulative.figure.text.replace(/^[+-]/, "")} ÷ ${years} = ${cumulative.figure.value.abs().div(years).times(100).toString()}%`;
  const notes: string[] = [];
  if (intervalsOverlap(computed, truncationInterval(average.figure))) {
    notes.push(`${average.figure.text} matches the compound average only if it was truncated rather than rounded.`);
  }
  if (intervalsOverlap(arithmetic, reported)) {
    return {
      ...base,
      verdict: "arithmetic_mean",
      explanation:
        `${opening}, not the printed ${quoted(average)}: that figure is the cumulative change divided by the years (${simple}), ` +
        `a simple arithmetic mean rather than the average annual rate (年均增速).`,
      explanationZh: `${openingZh}，而非报告的${quoted(average)}；后者等于累计变化除以年数（${simple}），是算术平均，不是年均增速。`,
      notes,
    };
  }
  return {
    ...base,
    verdict: "inconsistent",
    explanation: `${opening}; the printed ${quoted(average)} does not fit, and is not the simple mean (${simple}) either.`,
    explanationZh: `${openingZh}，与报告的${quoted(average)}不符，也不是简单平均（${simple}）。`,
    notes,
  };
}

/** Every average-against-cumulative check the claims allow: one per indicator and period that has both. */
export function growthChecks(index: ClaimIndex): Check[] {
  const checks: Check[] = [];
  for (const [indicator, averages] of index.averages) {
    for (const [period, average] of averages) {
      const cumulative = index.changes.get(indicator)?.get(period);
      if (cumulative) checks.push(checkAverageAgainstCumulative(average, cumulative));
    }
  }
  return checks;
}
