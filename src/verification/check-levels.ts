import {
  addIntervals,
  divideIntervals,
  intervalArithmetic,
  intervalsOverlap,
  isEmptyInterval,
  multiplyIntervals,
  pointInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import { ENDPOINT_RULES, ruleOf } from "../formula/index.js";
import { isDimensionless, isMoney, isWholeCount } from "../units/index.js";
import { growthFactor } from "./check-growth.js";
import { periodKey, type ClaimIndex } from "./claim-index.js";
import type { PeriodClaim, YearClaim } from "./read-claim.js";
import type { CheckKind, Note } from "./findings.js";
import { verdictOf, type CheckData } from "./report.js";
import { decimalsNear, scaleOf } from "./wording.js";

const ONE = pointInterval(1);

/** True when an implied interval says something: not unbounded at both ends, nor "anything from 0 up". */
export function isInformative(interval: Interval): boolean {
  if (interval.hi !== null) return true;
  return interval.lo?.isPositive() === true && !interval.lo.isZero();
}

/**
 * What two printed levels `years` apart imply for the change the check's kind names, by the planning function
 * itself run on intervals: `ppchange` (a difference: points of a share, or an amount's absolute change), `cagr`
 * (an average annual rate) or `change` (a cumulative change). `undefined` where the function has no value (a
 * relative change from a base of zero or below) or where any value would do (a base printed as 0, which may be a
 * little either side of it): nothing is then judged.
 */
function impliedChange(kind: CheckKind, start: Interval, end: Interval, years: number): Interval | undefined {
  const fn =
    kind === "pp_vs_levels" || kind === "level_vs_absolute"
      ? "ppchange"
      : kind === "level_vs_average"
        ? "cagr"
        : "change";
  const computed = ruleOf(ENDPOINT_RULES, fn)(intervalArithmetic, start, end, years);
  return isEmptyInterval(computed) || (computed.lo === null && computed.hi === null) ? undefined : computed;
}

/**
 * How the prices of a money level and a change of it relate: `same` basis, `different` bases (a level at current
 * prices, a growth rate at comparable prices), or `unstated` (the change says nothing); `undefined` for a
 * quantity without prices (energy, people, area) or whose unit is unknown.
 */
function priceBases(level: YearClaim, change: PeriodClaim): "same" | "different" | "unstated" | undefined {
  if (!level.unit || !isMoney(level.unit)) return undefined;
  if (change.basis === undefined || level.basis === undefined) return "unstated";
  return change.basis === level.basis ? "same" : "different";
}

/**
 * The price change two money levels and a growth rate at the other prices imply over the period: the change at
 * current prices over the change at comparable prices — (L₁ / L₀) / (1 + g) − 1 for levels at current prices and a
 * real growth rate g, (1 + g) / (L₁ / L₀) − 1 the other way round: the deflator's rise.
 */
function impliedPriceChange(start: YearClaim, end: YearClaim, change: PeriodClaim): Interval {
  const levels = divideIntervals(end.interval, start.interval);
  const [nominal, real] =
    start.basis === "comparable" && change.basis === "current"
      ? [growthFactor(change), levels]
      : [levels, growthFactor(change)];
  return subtractIntervals(divideIntervals(nominal, real), ONE);
}

/**
 * Levels against a change of one indicator over a period: the two printed levels must agree with the printed
 * change (cumulative: L₁ = L₀·(1 + C); average: L₁ = L₀·(1 + A)ⁿ; percentage points: L₁ = L₀ + P). With only one
 * level printed, the other is implied: reported as `not_checkable` with the implied interval, so that a planner
 * sees, say, the 2016 GDP that "比2016年增长28.5%" implies.
 */
function checkRelation(
  kind: CheckKind,
  change: PeriodClaim,
  start: YearClaim | undefined,
  end: YearClaim | undefined,
  prices?: PeriodClaim,
): CheckData | undefined {
  const from = change.from;
  const to = change.to;
  const indicator = change.indicator;
  const id = `${kind}:${indicator}:${from}-${to}`;
  const claims = [start?.id, end?.id, change.id].filter((c): c is string => c !== undefined);
  const additive = kind === "pp_vs_levels" || kind === "level_vs_absolute";
  const bases = additive ? undefined : priceBases(start ?? end!, change);
  if (start && end) {
    if (bases === "different") {
      // Levels at current prices, growth at comparable prices: not an identity, but together they give the price change.
      // With a printed price change for the indicator and period (a deflator), that is what they are checked against.
      const nominal = subtractIntervals(divideIntervals(end.interval, start.interval), ONE);
      const computed = impliedPriceChange(start, end, change);
      const reported = prices ? subtractIntervals(growthFactor(prices), ONE) : null;
      return {
        id,
        kind,
        claims: prices ? [...claims, prices.id] : claims,
        verdict: verdictOf(computed, reported),
        computed,
        reported,
        scale: { kind: "percent" },
        decimals: Math.max(decimalsNear(change.figure), prices ? decimalsNear(prices.figure) : 0),
        finding: {
          sentence: "levels_vs_change_across_bases",
          relation: kind,
          indicator,
          from,
          to,
          start,
          end,
          change,
          nominal,
          ...(prices ? { prices } : {}),
        },
        noteCodes: [],
      };
    }
    const computed = impliedChange(kind, start.interval, end.interval, to - from);
    if (computed === undefined) return undefined;
    const fits = intervalsOverlap(computed, change.interval);
    // With the bases unstated, a comparable-price reading of the change may be what reconciles it: say so.
    const noteCodes: Note[] =
      !fits && bases === "unstated"
        ? [{ code: "basis_reading", claim: change, priceChange: impliedPriceChange(start, end, change) }]
        : [];
    return {
      id,
      kind,
      claims,
      verdict: fits ? "consistent" : "inconsistent",
      computed,
      reported: change.interval,
      scale:
        kind === "pp_vs_levels" ? { kind: "pp" } : kind === "level_vs_absolute" ? scaleOf(start) : { kind: "percent" },
      decimals: decimalsNear(change.figure),
      finding: { sentence: "levels_vs_change", relation: kind, indicator, from, to, start, end, change },
      noteCodes,
    };
  }
  // A level at current prices cannot be carried along a growth rate at comparable prices without a price index.
  if (bases === "different") return undefined;
  const known = (start ?? end)!;
  const solveFor = start ? to : from;
  const derived = additive
    ? start
      ? addIntervals(start.interval, change.interval)
      : subtractIntervals(end!.interval, change.interval)
    : start
      ? multiplyIntervals(start.interval, growthFactor(change))
      : divideIntervals(end!.interval, growthFactor(change));
  if (!isInformative(derived)) return undefined;
  const scale = scaleOf(known);
  const d = decimalsNear(known.figure);
  // A count printed exactly (1094个) had a whole number the year before: a change that leaves none is wrong.
  const whole =
    known.unit && isWholeCount(known.unit) && known.figure.halfUnit.isZero() ? holdsWholeNumber(derived) : undefined;
  return {
    id,
    kind,
    claims,
    verdict: whole === false ? "inconsistent" : "not_checkable",
    // a count the year before is one of the whole numbers in reach
    computed: whole ? wholeNumbersIn(derived) : derived,
    reported: null,
    scale,
    // a count's earlier value in whole numbers; with none in reach, in hundredths, to show there is none
    decimals: whole === undefined ? d : whole ? 0 : Math.max(d, 2),
    finding: {
      sentence: "implied_level",
      indicator,
      from,
      to,
      known,
      change,
      year: solveFor,
      ...(whole !== undefined ? { whole } : {}),
    },
    noteCodes: [],
    derived: { indicator, year: solveFor },
  };
}

/**
 * The whole numbers an interval holds, as the closed interval from the least to the greatest (empty, its ends
 * crossed, when it holds none).
 */
function wholeNumbersIn(interval: Interval): Interval {
  if (interval.lo === null || interval.hi === null) return interval;
  let lo = interval.lo.ceil();
  if (lo.equals(interval.lo) && !interval.loClosed) lo = lo.plus(1);
  let hi = interval.hi.floor();
  if (hi.equals(interval.hi) && !interval.hiClosed) hi = hi.minus(1);
  return { lo, hi, loClosed: true, hiClosed: true };
}

/** True when a whole number lies in the interval (its ends as they are open or closed). */
function holdsWholeNumber(interval: Interval): boolean {
  const whole = wholeNumbersIn(interval);
  return whole.lo === null || whole.hi === null || whole.lo.lessThanOrEqualTo(whole.hi);
}

/** Two printed levels of one indicator that no printed change relates: the change they imply (not printed). */
function impliedByLevels(start: YearClaim, end: YearClaim): CheckData | undefined {
  const share = start.unit ? isDimensionless(start.unit) : start.figure.kind === "percent";
  const kind: CheckKind = share ? "pp_vs_levels" : "level_vs_change";
  const from = start.year;
  const to = end.year;
  const computed = impliedChange(kind, start.interval, end.interval, to - from);
  if (computed === undefined) return undefined;
  const d = Math.max(start.figure.decimals, end.figure.decimals) + 1;
  return {
    id: `${kind}:${start.indicator}:${from}-${to}`,
    kind,
    claims: [start.id, end.id],
    verdict: "not_checkable",
    computed,
    reported: null,
    scale: share ? { kind: "pp" } : { kind: "percent" },
    decimals: d,
    finding: { sentence: "implied_change", indicator: start.indicator, from, to, start, end, share },
    noteCodes: [],
    derived: { indicator: start.indicator, from, to },
  };
}

/**
 * Every level-against-change check the claims allow. A cumulative change is used where printed; an average
 * growth stands in for a period without one; a percentage-point change is checked against the share's levels.
 * Two levels that no printed change relates give the change they imply.
 */
export function levelChecks(index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  const related = new Set<string>();
  const add = (kind: CheckKind, change: PeriodClaim) => {
    const levels = index.levels.get(change.indicator);
    const start = levels?.get(change.from);
    const end = levels?.get(change.to);
    related.add(`${change.indicator}:${change.from}-${change.to}`);
    if (!start && !end) return;
    const check = checkRelation(
      kind,
      change,
      start,
      end,
      index.deflators.get(change.indicator)?.get(periodKey(change.from, change.to)),
    );
    if (check) checks.push(check);
  };
  for (const changes of index.changes.values()) for (const change of changes.values()) add("level_vs_change", change);
  for (const [indicator, averages] of index.averages) {
    for (const [period, average] of averages)
      if (!index.changes.get(indicator)?.has(period)) add("level_vs_average", average);
  }
  for (const points of index.points.values()) for (const change of points.values()) add("pp_vs_levels", change);
  for (const amounts of index.amounts.values()) for (const change of amounts.values()) add("level_vs_absolute", change);
  for (const [indicator, levels] of index.levels) {
    const years = [...levels.keys()].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      const from = years[i - 1]!;
      const to = years[i]!;
      if (related.has(`${indicator}:${from}-${to}`)) continue;
      const implied = impliedByLevels(levels.get(from)!, levels.get(to)!);
      if (implied) checks.push(implied);
    }
  }
  return checks;
}
