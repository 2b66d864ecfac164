import {
  addIntervals,
  divideIntervals,
  pointInterval,
  scaleInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import { conversionFactor, sameDimensions } from "../units/index.js";
import { growthOver, periodKey, type ClaimIndex, type PartsGroup } from "./claim-index.js";
import type { PeriodClaim, ReadClaim, YearClaim } from "./read-claim.js";
import type { SubYearPeriod } from "./sub-year.js";
import { comparison, verdictOf, type CheckData } from "./report.js";
import { decimalsNear } from "./wording.js";

const HUNDRED_PERCENT = pointInterval(1);

/** The sum of intervals (no indicator repeats, so the sum is the exact range). */
function sum(intervals: readonly Interval[]): Interval {
  return intervals.reduce(addIntervals);
}

/** A structure's printed shares (3.9：59.5：36.6) must add up to 100% within their rounding. */
function structureSum(structure: YearClaim): CheckData {
  const parts = structure.components!;
  return comparison({
    id: `structure_sum:${structure.indicator}:${structure.year}:${structure.id}`,
    kind: "structure_sum",
    claims: [structure.id],
    computed: structure.interval,
    reported: HUNDRED_PERCENT,
    scale: { kind: "percent" },
    decimals: Math.max(...parts.map((p) => decimalsNear(p.figure))),
    finding: { sentence: "structure_sum", structure },
  });
}

/**
 * A contribution share (贡献率) is the part's contribution over the total's growth: k = c / G, both over the same
 * period (a contribution of 1.3 points to a growth of 5.2% is a share of 25%).
 */
function contributionShare(share: PeriodClaim, contribution: PeriodClaim, growth: PeriodClaim): CheckData {
  const computed = divideIntervals(contribution.interval, growth.interval);
  return comparison({
    id: `contribution_share:${share.indicator}:${share.of}:${share.from}-${share.to}`,
    kind: "contribution_share",
    claims: [contribution.id, growth.id, share.id],
    computed,
    reported: share.interval,
    scale: { kind: "percent" },
    decimals: decimalsNear(share.figure),
    finding: { sentence: "contribution_share", share, contribution, growth },
  });
}

/**
 * The parts' contributions add up to the total's growth (Σ cᵢ = G, in points), and their contribution shares to
 * 100%. With every part's contribution printed but not the total's growth, the growth they imply is reported.
 */
function sumsOfParts(group: PartsGroup, index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  const periods = new Set([
    ...(index.contributions.get(group.total)?.keys() ?? []),
    ...(index.contributionShares.get(group.total)?.keys() ?? []),
  ]);
  for (const key of periods) {
    const [from, to] = key.split("-").map(Number) as [number, number];
    const complete = <C extends ReadClaim>(claims: readonly C[] | undefined) => {
      const byPart = group.parts.map((p) => claims?.find((c) => c.indicator === p));
      return byPart.every((c) => c !== undefined) ? (byPart as C[]) : undefined;
    };
    const contributions = complete(index.contributions.get(group.total)?.get(key));
    if (contributions) {
      const computed = sum(contributions.map((c) => c.interval));
      const growth = growthOver(index, group.total, from, to);
      checks.push(
        comparison({
          id: `contributions_sum:${group.total}:${key}`,
          kind: "contributions_sum",
          claims: [...contributions.map((c) => c.id), ...(growth ? [growth.id] : [])],
          computed,
          reported: growth?.interval ?? null,
          scale: { kind: "percent" },
          decimals: Math.max(...contributions.map((c) => decimalsNear(c.figure))),
          finding: {
            sentence: "contributions_sum",
            total: group.total,
            from,
            to,
            contributions,
            ...(growth ? { growth } : {}),
          },
          ...(growth ? {} : { derived: { indicator: group.total, from, to } }),
        }),
      );
    }
    const shares = complete(index.contributionShares.get(group.total)?.get(key));
    if (shares) {
      const computed = sum(shares.map((c) => c.interval));
      checks.push(
        comparison({
          id: `contribution_shares_sum:${group.total}:${key}`,
          kind: "contributions_sum",
          claims: shares.map((c) => c.id),
          computed,
          reported: HUNDRED_PERCENT,
          scale: { kind: "percent" },
          decimals: Math.max(...shares.map((c) => decimalsNear(c.figure))),
          finding: { sentence: "contribution_shares_sum", total: group.total, from, to, shares },
        }),
      );
    }
  }
  return checks;
}

/**
 * A printed level in the unit of another (200000万元 as 20亿元), to compare or add the two; `undefined` when the
 * units measure different things. Levels of unknown unit are taken as they are.
 */
export function levelIn(claim: ReadClaim, other: ReadClaim): Interval | undefined {
  if (!claim.unit || !other.unit || claim.unit === other.unit) return claim.interval;
  if (!sameDimensions(claim.unit, other.unit)) return undefined;
  const factor = conversionFactor(claim.unit, other.unit);
  return scaleInterval(claim.interval, factor.num.toString(), factor.den.toString());
}

/**
 * A printed share of a total (占GDP比重 36.6%, filed as `part/total`) against the part's and the total's printed
 * levels of the same year: s = part / total, with the part converted to the total's unit (万元 of 亿元).
 */
function shareAgainstLevels(share: YearClaim, part: YearClaim, total: YearClaim): CheckData | undefined {
  const partLevel = levelIn(part, total);
  if (!partLevel) return undefined;
  const computed = divideIntervals(partLevel, total.interval);
  return comparison({
    id: `share_vs_levels:${share.indicator}:${share.year}`,
    kind: "share_vs_levels",
    claims: [part.id, total.id, share.id],
    computed,
    reported: share.interval,
    scale: { kind: "percent" },
    decimals: decimalsNear(share.figure),
    finding: { sentence: "share_vs_levels", share, part, total },
  });
}

/** Every printed share of a named total whose part and total have printed levels in its year. */
function sharesAgainstLevels(index: ClaimIndex): CheckData[] {
  const checks: CheckData[] = [];
  for (const [key, shares] of index.levels) {
    const slash = key.indexOf("/");
    if (slash < 0) continue;
    for (const [year, share] of shares) {
      const part = index.levels.get(key.slice(0, slash))?.get(year);
      const total = index.levels.get(key.slice(slash + 1))?.get(year);
      const check = part && total ? shareAgainstLevels(share, part, total) : undefined;
      if (check) checks.push(check);
    }
  }
  return checks;
}

/**
 * Checks of parts and totals: every structure's shares against 100%; every share of a total against the levels; every contribution share against its
 * contribution and the total's growth; for each total with its parts (an identity `total = a + b + c`), the
 * contributions against the total's growth and the contribution shares against 100%.
 */
export function partsChecks(index: ClaimIndex, groups: readonly PartsGroup[]): CheckData[] {
  const checks = [...index.structures.map(structureSum), ...sharesAgainstLevels(index)];
  for (const [total, periods] of index.contributionShares) {
    for (const [key, shares] of periods) {
      const [from, to] = key.split("-").map(Number) as [number, number];
      const growth = growthOver(index, total, from, to);
      for (const share of shares) {
        const contribution = index.contributions
          .get(total)
          ?.get(key)
          ?.find((c) => c.indicator === share.indicator);
        if (contribution && growth) checks.push(contributionShare(share, contribution, growth));
      }
    }
  }
  for (const group of groups) checks.push(...sumsOfParts(group, index));
  return checks;
}

/**
 * A growth rate of the indicator over the period as printed, for comparing rates: the average annual rate where
 * `average` is asked for, else the cumulative change (the two are one for a single year).
 */
function rateOf(
  index: ClaimIndex,
  indicator: string,
  from: number,
  to: number,
  average: boolean,
): PeriodClaim | undefined {
  return average && to - from > 1
    ? index.averages.get(indicator)?.get(periodKey(from, to))
    : growthOver(index, indicator, from, to);
}

/**
 * A difference of two growth rates in points (增速比上年提高0.8个百分点; 高于全市1.2个百分点): the rate minus the other
 * rate must be the printed difference. Over several years the two are average annual rates where both are printed
 * so, else cumulative changes. With one rate not printed, the rate the difference implies is reported.
 */
export function rateDifferenceChecks(
  index: ClaimIndex,
  indexOfPeriod: (period: SubYearPeriod | undefined) => ClaimIndex | undefined,
): CheckData[] {
  const checks: CheckData[] = [];
  for (const claim of index.rateDifferences) {
    const than = claim.than!;
    // 增速比一季度加快: the other rate is of another part of the year
    const otherIndex = than.period?.code === claim.period?.code ? index : indexOfPeriod(than.period);
    const otherRate = (average: boolean) =>
      otherIndex ? rateOf(otherIndex, than.indicator, than.from, than.to, average) : undefined;
    const bothAverages =
      rateOf(index, claim.indicator, claim.from, claim.to, true) !== undefined && otherRate(true) !== undefined;
    const rate = rateOf(index, claim.indicator, claim.from, claim.to, bothAverages);
    const other = otherRate(bothAverages);
    const id = `rate_difference:${claim.indicator}:${claim.from}-${claim.to}:${claim.id}`;
    const base = {
      id,
      kind: "rate_difference" as const,
      scale: { kind: "pp" } as const,
      decimals: decimalsNear(claim.figure),
      noteCodes: [],
    };
    if (rate && other) {
      const computed = subtractIntervals(rate.interval, other.interval);
      checks.push({
        ...base,
        claims: [rate.id, other.id, claim.id],
        verdict: verdictOf(computed, claim.interval),
        computed,
        reported: claim.interval,
        finding: { sentence: "rate_difference", difference: claim, rate, other },
      });
    } else if (rate || other) {
      const known = (rate ?? other)!;
      // rate − other = d: the missing rate is other + d, or rate − d.
      const computed = rate
        ? subtractIntervals(rate.interval, claim.interval)
        : addIntervals(other!.interval, claim.interval);
      const missing = rate
        ? {
            indicator: than.indicator,
            from: than.from,
            to: than.to,
            ...(than.period && than.period.code !== claim.period?.code ? { period: than.period.code } : {}),
          }
        : { indicator: claim.indicator, from: claim.from, to: claim.to };
      checks.push({
        ...base,
        scale: { kind: "percent" },
        claims: [known.id, claim.id],
        verdict: "not_checkable",
        computed,
        reported: null,
        finding: { sentence: "rate_derived", difference: claim, known, missing },
        derived: missing,
      });
    }
  }
  return checks;
}
