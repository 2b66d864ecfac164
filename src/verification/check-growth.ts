import {
  addIntervals,
  divideIntervals,
  intervalsOverlap,
  pointInterval,
  intervalArithmetic,
  multiplyIntervals,
  subtractIntervals,
  powerIntervalInteger,
  truncationInterval,
  type Interval,
} from "../core/index.js";
import { cagr } from "../formula/index.js";
import type { ClaimIndex } from "./claim-index.js";
import type { PeriodClaim } from "./read-claim.js";
import type { Note } from "./findings.js";
import { comparison, type CheckData } from "./report.js";
import { decimalsNear } from "./wording.js";

const ONE = pointInterval(1);

/**
 * The compound average annual rate of a cumulative change over n years, (1 + C)^(1/n) − 1: the formula
 * language's `cagr` from 1 to 1 + C, run on intervals.
 */
export function averageFromCumulative(cumulative: Interval, years: number): Interval {
  return cagr(intervalArithmetic, ONE, addIntervals(ONE, cumulative), years);
}

/**
 * The growth factor a change claim states over its period: 1 + C for a cumulative change, (1 + A)ⁿ for an
 * average annual rate over n years.
 */
export function growthFactor(change: PeriodClaim): Interval {
  const years = change.to - change.from;
  return change.kind === "average_growth"
    ? powerIntervalInteger(addIntervals(ONE, change.interval), years)
    : addIntervals(ONE, change.interval);
}

/**
 * Average growth against cumulative change, for one indicator and period (年均增速 against 比2016年增长): the
 * printed average must be the compound (geometric) average of the printed cumulative change, once both are
 * read as the intervals their rounding allows. When it is not, the check says whether the "average" is the
 * cumulative change divided by the years (`arithmetic_mean`), and whether it would match had it been
 * truncated rather than rounded.
 */
export function checkAverageAgainstCumulative(average: PeriodClaim, cumulative: PeriodClaim): CheckData {
  const from = average.from;
  const to = average.to;
  const years = to - from;
  const computed = averageFromCumulative(cumulative.interval, years);
  const reported = average.interval;
  const base = {
    id: `average_vs_cumulative:${average.indicator}:${from}-${to}`,
    kind: "average_vs_cumulative" as const,
    claims: [cumulative.id, average.id],
    computed,
    reported,
    scale: { kind: "percent" } as const,
    decimals: decimalsNear(average.figure),
    finding: {
      sentence: "average_vs_cumulative",
      indicator: average.indicator,
      from,
      to,
      average,
      cumulative,
    } as const,
  };
  if (intervalsOverlap(computed, reported)) return { ...base, verdict: "consistent", noteCodes: [] };
  const arithmetic = divideIntervals(cumulative.interval, pointInterval(years));
  const noteCodes: Note[] = [];
  if (intervalsOverlap(computed, truncationInterval(average.figure)))
    noteCodes.push({ code: "truncated", figure: average.figure.text });
  return { ...base, verdict: intervalsOverlap(arithmetic, reported) ? "arithmetic_mean" : "inconsistent", noteCodes };
}

/**
 * Changes over consecutive periods against the change over the whole (1952–1978 and 1978–2023 against 1952–2023):
 * growth factors multiply, (1 + C₁)(1 + C₂) = 1 + C, whether each is printed as a cumulative change or an average
 * annual rate. Each period uses its cumulative change where printed, else its average.
 */
export function periodChecks(index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  const indicators = new Set([...index.changes.keys(), ...index.averages.keys()]);
  for (const indicator of indicators) {
    const periods = new Map<string, PeriodClaim>();
    for (const map of [index.averages.get(indicator), index.changes.get(indicator)])
      for (const [key, claim] of map ?? []) periods.set(key, claim);
    const claims = [...periods.values()];
    for (const first of claims) {
      for (const second of claims) {
        if (second.from !== first.to) continue;
        const whole = periods.get(`${first.from}-${second.to}`);
        if (!whole) continue;
        const change = subtractIntervals(multiplyIntervals(growthFactor(first), growthFactor(second)), ONE);
        const computed =
          whole.kind === "average_growth" ? averageFromCumulative(change, whole.to - whole.from) : change;
        checks.push(
          comparison({
            id: `periods_compose:${indicator}:${first.from}-${first.to}-${second.to}`,
            kind: "periods_compose",
            claims: [first.id, second.id, whole.id],
            computed,
            reported: whole.interval,
            scale: { kind: "percent" },
            decimals: decimalsNear(whole.figure),
            finding: { sentence: "periods_compose", indicator, first, second, whole },
          }),
        );
      }
    }
  }
  return checks;
}

/** Every average-against-cumulative check the claims allow: one per indicator and period that has both. */
export function growthChecks(index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  for (const [indicator, averages] of index.averages) {
    for (const [period, average] of averages) {
      const cumulative = index.changes.get(indicator)?.get(period);
      if (cumulative) checks.push(checkAverageAgainstCumulative(average, cumulative));
    }
  }
  return checks;
}
