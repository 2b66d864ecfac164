import {
  addIntervals,
  divideIntervals,
  intervalsOverlap,
  multiplyIntervals,
  pointInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import { isDimensionless } from "../units/index.js";
import { averageFromCumulative, growthFactor } from "./check-growth.js";
import type { ClaimIndex } from "./claim-index.js";
import type { ReadClaim } from "./claims.js";
import type { CheckKind } from "./findings.js";
import type { CheckData } from "./report.js";
import { decimalsNear, scaleOf } from "./wording.js";

const ONE = pointInterval(1);

/** True when an implied interval says something: not unbounded at both ends, nor "anything from 0 up". */
export function isInformative(interval: Interval): boolean {
  if (interval.hi !== null) return true;
  return interval.lo !== null && interval.lo.isPositive() && !interval.lo.isZero();
}

/** What the printed levels imply for the change (its kind decides the form). */
function impliedChange(kind: CheckKind, start: Interval, end: Interval, years: number): Interval {
  if (kind === "pp_vs_levels") return subtractIntervals(end, start);
  const ratio = subtractIntervals(divideIntervals(end, start), ONE);
  return kind === "level_vs_average" ? averageFromCumulative(ratio, years) : ratio;
}

/**
 * Levels against a change of one indicator over a period: the two printed levels must agree with the printed
 * change (cumulative: L₁ = L₀·(1 + C); average: L₁ = L₀·(1 + A)ⁿ; percentage points: L₁ = L₀ + P). With only one
 * level printed, the other is implied: reported as `not_checkable` with the implied interval, so that a planner
 * sees, say, the 2016 GDP that "比2016年增长28.5%" implies.
 */
function checkRelation(kind: CheckKind, change: ReadClaim, start: ReadClaim | undefined, end: ReadClaim | undefined): CheckData | undefined {
  const from = change.from!;
  const to = change.to!;
  const indicator = change.indicator;
  const id = `${kind}:${indicator}:${from}-${to}`;
  const claims = [start?.id, end?.id, change.id].filter((c): c is string => c !== undefined);
  if (start && end) {
    const computed = impliedChange(kind, start.interval, end.interval, to - from);
    const fits = intervalsOverlap(computed, change.interval);
    return {
      id,
      kind,
      claims,
      verdict: fits ? "consistent" : "inconsistent",
      computed,
      reported: change.interval,
      scale: kind === "pp_vs_levels" ? { kind: "pp" } : { kind: "percent" },
      decimals: decimalsNear(change.figure),
      finding: { sentence: "levels_vs_change", relation: kind, indicator, from, to, start, end, change },
      noteCodes: [],
    };
  }
  const known = (start ?? end)!;
  const solveFor = start ? to : from;
  const derived =
    kind === "pp_vs_levels"
      ? start
        ? addIntervals(start.interval, change.interval)
        : subtractIntervals(end!.interval, change.interval)
      : start
        ? multiplyIntervals(start.interval, growthFactor(change))
        : divideIntervals(end!.interval, growthFactor(change));
  if (!isInformative(derived)) return undefined;
  const scale = scaleOf(known);
  const d = decimalsNear(known.figure);
  return {
    id,
    kind,
    claims,
    verdict: "not_checkable",
    computed: derived,
    reported: null,
    scale,
    decimals: d,
    finding: { sentence: "implied_level", indicator, from, to, known, change, year: solveFor },
    noteCodes: [],
    derived: { indicator, year: solveFor },
  };
}

/** Two printed levels of one indicator that no printed change relates: the change they imply (not printed). */
function impliedByLevels(start: ReadClaim, end: ReadClaim): CheckData {
  const share = start.unit ? isDimensionless(start.unit) : start.figure.kind === "percent";
  const kind: CheckKind = share ? "pp_vs_levels" : "level_vs_change";
  const computed = share ? subtractIntervals(end.interval, start.interval) : subtractIntervals(divideIntervals(end.interval, start.interval), ONE);
  const from = start.year!;
  const to = end.year!;
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
  const add = (kind: CheckKind, change: ReadClaim) => {
    const levels = index.levels.get(change.indicator);
    const start = levels?.get(change.from!);
    const end = levels?.get(change.to!);
    related.add(`${change.indicator}:${change.from}-${change.to}`);
    if (!start && !end) return;
    const check = checkRelation(kind, change, start, end);
    if (check) checks.push(check);
  };
  for (const changes of index.changes.values()) for (const change of changes.values()) add("level_vs_change", change);
  for (const [indicator, averages] of index.averages) {
    for (const [period, average] of averages) if (!index.changes.get(indicator)?.has(period)) add("level_vs_average", average);
  }
  for (const points of index.points.values()) for (const change of points.values()) add("pp_vs_levels", change);
  for (const [indicator, levels] of index.levels) {
    const years = [...levels.keys()].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      const from = years[i - 1]!;
      const to = years[i]!;
      if (!related.has(`${indicator}:${from}-${to}`)) checks.push(impliedByLevels(levels.get(from)!, levels.get(to)!));
    }
  }
  return checks;
}
