import {
  divideIntervals,
  hullOfIntervals,
  intervalsOverlap,
  multiplyIntervals,
  pointInterval,
  subtractIntervals,
  addIntervals,
  type Interval,
} from "../core/index.js";
import { isMoney, type Unit } from "../units/index.js";
import { growthOver, type ClaimIndex, type PartsGroup } from "./claim-index.js";
import { shareKey, type PeriodClaim, type YearClaim } from "./read-claim.js";
import { levelIn } from "./check-parts.js";
import type { PartWeights, UnweightedWhy } from "./findings.js";
import { comparison, verdictOf, type CheckData } from "./report.js";
import { sharesMeanRange, weightedMeanRange } from "./weighted-mean.js";
import { decimalsNear } from "./wording.js";

const ONE = pointInterval(1);

/** Reads the claims one indicator per part, or `undefined` when a part has none. */
function everyPart<T>(parts: readonly string[], read: (part: string) => T | undefined): T[] | undefined {
  const found = parts.map(read);
  return found.every((x) => x !== undefined) ? (found as T[]) : undefined;
}

/**
 * True when a part's growth may be at comparable prices: stated so, or unstated for a money indicator (or one whose
 * unit is unknown). Physical quantities (energy, people, area) have no price basis.
 */
function maybeComparable(growth: PeriodClaim, unit: Unit | undefined): boolean {
  if (unit !== undefined && !isMoney(unit)) return false;
  return growth.basis === undefined || growth.basis === "comparable";
}

/** The total's growth G from the parts' growth rates gᵢ and weights, as an exact range. */
function weightedGrowth(
  weights: PartWeights,
  growths: readonly PeriodClaim[],
  weightClaims: readonly YearClaim[],
): Interval | undefined {
  const g = growths.map((c) => c.interval);
  // Levels as weights in one unit (亿元 and 万元 mixed would weight one part 10,000 times too much).
  const w = weightClaims.map((c) => (weights === "shares_before" ? c.interval : levelIn(c, weightClaims[0]!)));
  if (w.some((x) => x === undefined)) return undefined;
  if (weights === "shares_before") return sharesMeanRange(g, w as Interval[]);
  if (weights === "levels_before") return weightedMeanRange(g, w as Interval[]);
  // Levels of the last year: Lᵢ₀ = Lᵢ₁ / (1 + gᵢ), so 1 / (1 + G) is the mean of 1 / (1 + gᵢ) weighted by Lᵢ₁.
  const inverse = weightedMeanRange(
    g.map((x) => divideIntervals(ONE, addIntervals(ONE, x))),
    w as Interval[],
  );
  return inverse && subtractIntervals(divideIntervals(ONE, inverse), ONE);
}

/**
 * A total's growth from its parts' growth (三次产业, 分行业, 分地区): G = Σ wᵢgᵢ with wᵢ the parts' shares of the
 * total in the period's first year — exact at current prices and in physical units for any period, and at
 * comparable prices for one year (the weights are then the previous year's values, which is how the volume of a
 * total is built). The weights are printed shares of the first year, printed levels of the first year, or levels
 * of the last year divided by (1 + gᵢ) where gᵢ is not at comparable prices; with none of these, or only the last
 * option at comparable prices, the check is `not_checkable` and says why.
 */
function growthFromParts(
  group: PartsGroup,
  from: number,
  to: number,
  index: ClaimIndex,
  unitOf: (id: string) => Unit | undefined,
): CheckData | undefined {
  const growths = everyPart(group.parts, (p) => growthOver(index, p, from, to));
  if (!growths) return undefined;
  const total = growthOver(index, group.total, from, to);
  const comparable = growths.some((g, i) => maybeComparable(g, unitOf(group.parts[i]!)));
  const base = { kind: "growth_from_parts" as const, scale: { kind: "percent" } as const, noteCodes: [] };
  const id = `growth_from_parts:${group.total}:${from}-${to}`;
  const sharesBefore = everyPart(group.parts, (p) => index.levels.get(shareKey(p, group.total))?.get(from));
  const levelsBefore = everyPart(group.parts, (p) => index.levels.get(p)?.get(from));
  const levelsAfter = everyPart(group.parts, (p) => index.levels.get(p)?.get(to));
  const options: [PartWeights, YearClaim[] | undefined][] = [
    ["shares_before", sharesBefore],
    ["levels_before", levelsBefore],
    ["levels_after", comparable ? undefined : levelsAfter],
  ];
  const chosen = options.find(([, claims]) => claims !== undefined);
  const why: UnweightedWhy | undefined =
    comparable && to - from > 1 ? "comparable_chained" : !chosen && levelsAfter ? "comparable_after" : undefined;
  // whatever the weights, a total grows between the slowest and the fastest of its parts
  const outside =
    (why !== undefined || !chosen) && total && !(comparable && to - from > 1)
      ? outsideParts(growths, total, index, group)
      : undefined;
  if (outside) {
    return {
      ...base,
      id,
      claims: [...growths, total!].map((c) => c.id),
      verdict: "inconsistent",
      computed: outside,
      reported: total!.interval,
      decimals: Math.max(...[...growths, total!].map((c) => decimalsNear(c.figure))),
      finding: { sentence: "growth_outside_parts", total: group.total, from, to, growths, growth: total! },
    };
  }
  if (why) {
    return {
      ...base,
      id,
      claims: [...growths, ...(levelsAfter ?? []), ...(total ? [total] : [])].map((c) => c.id),
      verdict: "not_checkable",
      computed: null,
      reported: total?.interval ?? null,
      decimals: decimalsNear(growths[0]!.figure),
      finding: {
        sentence: "growth_from_parts_unweighted",
        total: group.total,
        from,
        to,
        growths,
        why,
        ...(total ? { growth: total } : {}),
      },
    };
  }
  if (!chosen) return undefined;
  const [weights, weightClaims] = chosen as [PartWeights, YearClaim[]];
  const computed = weightedGrowth(weights, growths, weightClaims);
  if (!computed) return undefined;
  return {
    ...base,
    id,
    claims: [...growths, ...weightClaims, ...(total ? [total] : [])].map((c) => c.id),
    verdict: verdictOf(computed, total?.interval ?? null),
    computed,
    reported: total?.interval ?? null,
    decimals: Math.max(...[...growths, ...(total ? [total] : [])].map((c) => decimalsNear(c.figure))),
    finding: {
      sentence: "growth_from_parts",
      total: group.total,
      from,
      to,
      growths,
      weights,
      weightClaims,
      ...(total ? { growth: total } : {}),
    },
    ...(total ? {} : { derived: { indicator: group.total, from, to } }),
  };
}

/**
 * The range the parts' growth rates span, when the total's printed growth lies outside it: a total is the sum of
 * its parts, so with every part positive its growth is a mean of theirs with positive weights, whatever the weights
 * (at current prices, in physical units, or over one year at comparable prices). Undefined when the total's growth
 * may lie inside, or when a part is printed negative (net exports).
 */
function outsideParts(
  growths: readonly PeriodClaim[],
  total: PeriodClaim,
  index: ClaimIndex,
  group: PartsGroup,
): Interval | undefined {
  const negative = group.parts.some((p) =>
    [...(index.levels.get(p)?.values() ?? [])].some((l) => l.interval.lo === null || l.interval.lo.isNegative()),
  );
  if (negative) return undefined;
  const hull = hullOfIntervals(growths.map((g) => g.interval));
  return intervalsOverlap(hull, total.interval) ? undefined : hull;
}

/**
 * A part's contribution to the total's growth (拉动, in points) is its share of the total in the period's first year
 * times its own growth: cᵢ = sᵢ₀ · gᵢ. The share is the printed one, or the part's level over the total's, both
 * printed for the first year.
 */
function contributionFromGrowth(contribution: PeriodClaim, index: ClaimIndex): CheckData | undefined {
  const part = contribution.indicator;
  const total = contribution.of!;
  const from = contribution.from;
  const to = contribution.to;
  const growth = growthOver(index, part, from, to);
  if (!growth) return undefined;
  const printedShare = index.levels.get(shareKey(part, total))?.get(from);
  const partLevel = index.levels.get(part)?.get(from);
  const totalLevel = index.levels.get(total)?.get(from);
  const weight = printedShare ? [printedShare] : partLevel && totalLevel ? [partLevel, totalLevel] : undefined;
  if (!weight) return contributionSign(contribution, growth);
  const partInTotalUnit = weight.length === 1 ? undefined : levelIn(weight[0]!, weight[1]!);
  if (weight.length === 2 && !partInTotalUnit) return undefined;
  const share = partInTotalUnit ? divideIntervals(partInTotalUnit, weight[1]!.interval) : weight[0]!.interval;
  const computed = multiplyIntervals(share, growth.interval);
  return comparison({
    id: `contribution_from_growth:${part}:${total}:${from}-${to}`,
    kind: "contribution_from_growth",
    claims: [...weight, growth, contribution].map((c) => c.id),
    computed,
    reported: contribution.interval,
    scale: { kind: "pp" },
    decimals: decimalsNear(contribution.figure),
    finding: { sentence: "contribution_from_growth", contribution, growth, weight, share },
  });
}

/**
 * Without the part's share, a contribution still has the sign of the part's growth (the share is positive): 拉动
 * 0.5个百分点 beside 下降2.1% cannot both be right. Only a contradiction is reported.
 */
function contributionSign(contribution: PeriodClaim, growth: PeriodClaim): CheckData | undefined {
  const sign = (i: Interval) =>
    i.lo?.isPositive() && !i.lo.isZero() ? 1 : i.hi?.isNegative() && !i.hi.isZero() ? -1 : 0;
  const [c, g] = [sign(contribution.interval), sign(growth.interval)];
  if (c === 0 || g === 0 || c === g) return undefined;
  return {
    id: `contribution_from_growth:${contribution.indicator}:${contribution.of}:${contribution.from}-${contribution.to}`,
    kind: "contribution_from_growth",
    claims: [growth.id, contribution.id],
    verdict: "inconsistent",
    computed:
      g > 0
        ? { lo: pointInterval(0).lo, hi: null, loClosed: false, hiClosed: false }
        : { lo: null, hi: pointInterval(0).hi, loClosed: false, hiClosed: false },
    reported: contribution.interval,
    scale: { kind: "pp" },
    decimals: decimalsNear(contribution.figure),
    finding: { sentence: "contribution_sign", contribution, growth },
    noteCodes: [],
  };
}

/**
 * A share's point change from the growth of its part and its total (占比提高0.4个百分点 beside 增长8% and 增长6%):
 * s₁ = s₀ · (1 + g) / (1 + G), so the change is s₁ · (1 − (1 + G) / (1 + g)) from the last year's printed share, or
 * s₀ · ((1 + g) / (1 + G) − 1) from the first year's — each indicator read once, so the range is exact. Only where
 * neither rate may be at comparable prices: a share at current prices does not move with real growth.
 */
function shareChangeFromGrowth(
  change: PeriodClaim,
  index: ClaimIndex,
  unitOf: (id: string) => Unit | undefined,
): CheckData | undefined {
  const [part, total] = change.indicator.split("/") as [string, string];
  const from = change.from;
  const to = change.to;
  const g = growthOver(index, part, from, to);
  const G = growthOver(index, total, from, to);
  if (!g || !G || maybeComparable(g, unitOf(part)) || maybeComparable(G, unitOf(total))) return undefined;
  const relative = divideIntervals(addIntervals(ONE, g.interval), addIntervals(ONE, G.interval));
  const after = index.levels.get(change.indicator)?.get(to);
  const before = index.levels.get(change.indicator)?.get(from);
  const share = after ?? before;
  if (!share) return undefined;
  const computed = after
    ? multiplyIntervals(after.interval, subtractIntervals(ONE, divideIntervals(ONE, relative)))
    : multiplyIntervals(before!.interval, subtractIntervals(relative, ONE));
  return comparison({
    id: `share_change_from_growth:${change.indicator}:${from}-${to}`,
    kind: "share_change_from_growth",
    claims: [share.id, g.id, G.id, change.id],
    computed,
    reported: change.interval,
    scale: { kind: "pp" },
    decimals: decimalsNear(change.figure),
    finding: { sentence: "share_change_from_growth", change, share, partGrowth: g, totalGrowth: G },
  });
}

/**
 * Checks of growth through parts: for each total with its parts, the total's growth against the parts' growth
 * rates weighted by their shares, period by period; every share's point change against the part's and the total's
 * growth; and every contribution against the part's share and growth.
 */
export function partGrowthChecks(
  index: ClaimIndex,
  groups: readonly PartsGroup[],
  unitOf: (id: string) => Unit | undefined,
): CheckData[] {
  const checks: CheckData[] = [];
  for (const group of groups) {
    const periods = new Set<string>();
    for (const map of [index.changes.get(group.parts[0]!), index.averages.get(group.parts[0]!)])
      for (const key of map?.keys() ?? []) periods.add(key);
    for (const key of periods) {
      const [from, to] = key.split("-").map(Number) as [number, number];
      const check = growthFromParts(group, from, to, index, unitOf);
      if (check) checks.push(check);
    }
  }
  for (const [key, points] of index.points) {
    if (!key.includes("/")) continue;
    for (const change of points.values()) {
      const check = shareChangeFromGrowth(change, index, unitOf);
      if (check) checks.push(check);
    }
  }
  for (const periods of index.contributions.values()) {
    for (const contributions of periods.values()) {
      for (const contribution of contributions) {
        const check = contributionFromGrowth(contribution, index);
        if (check) checks.push(check);
      }
    }
  }
  return checks;
}
