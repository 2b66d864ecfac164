import { finitePairs, midRanks } from "./rank-correlation.js";

/** Groups of equal count the input's draws are cut into: 20, fewer for small samples (25 trials a group, at least 2). */
export function shareGroups(trials: number): number {
  return Math.max(2, Math.min(20, Math.floor(trials / 25)));
}

/**
 * The share of a target margin's variance that one input explains on its own: the draws are cut by rank into
 * {@link shareGroups} groups of equal count, and the variance of the group means of the margin is compared with
 * the margin's whole variance — the correlation ratio, a first-order sensitivity index (Sobol's S₁) estimated
 * by grouping, corrected for the spread group means show by chance (ε² = (SS_between − (k − 1)·SS_within /
 * (n − k)) / SS_total, clipped to [0, 1]). About 0 when the input does not matter, near 1 when it alone decides.
 * Unlike the rank correlation ρ it sees a relation of any shape: a target such as "年均增速5%左右" (met only
 * inside a band of the growth rate) has ρ near 0 with its growth rate and a share near 1.
 *
 * `ranks` are the input's mid-ranks from 0 over all trials (see `midRanks`); trials whose margin is not finite
 * are left out. NaN for fewer than 3 such trials or a margin that never varies.
 */
export function varianceShareOfRanks(
  ranks: Float64Array,
  margins: ArrayLike<number>,
  spread: MarginSpread = marginSpread(margins),
): number {
  const n = ranks.length;
  const k = shareGroups(n);
  const count = new Float64Array(k);
  const sum = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const y = margins[i]!;
    if (!Number.isFinite(y)) continue;
    const group = groupOfRank(ranks[i]!, k, n);
    count[group]! += 1;
    sum[group]! += y;
  }
  return shareOfGroups(count, sum, spread);
}

/** The group of a trial whose draw has mid-rank `rank` among `n`, of `k` groups of equal count. */
function groupOfRank(rank: number, k: number, n: number): number {
  return Math.min(k - 1, Math.floor((rank * k) / n));
}

/**
 * Each trial's group by an input's mid-ranks, as {@link varianceShareOfRanks} cuts them, and the count of each
 * group: the same for every target whose margins all have a value, so that a sum per group is all a target adds.
 */
export function rankGroups(ranks: Float64Array): { readonly group: Uint8Array; readonly count: Float64Array } {
  const n = ranks.length;
  const k = shareGroups(n);
  const group = new Uint8Array(n);
  const count = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const g = groupOfRank(ranks[i]!, k, n);
    group[i] = g;
    count[g]! += 1;
  }
  return { group, count };
}

/**
 * {@link varianceShareOfRanks} from its groups: the trials in each (`count`) and the sum of their margins
 * (`sum`), both over the trials whose margin has a value.
 */
export function shareOfGroups(count: Float64Array, sum: Float64Array, spread: MarginSpread): number {
  const k = count.length;
  const { used, mean, ssTotal } = spread;
  // A margin that never varies has no variance to share (its mean, rounded, would leave a spurious one).
  if (used < 3 || !spread.varies) return Number.NaN;
  let ssBetween = 0;
  let groups = 0;
  for (let g = 0; g < k; g++) {
    if (count[g] === 0) continue;
    groups++;
    const d = sum[g]! / count[g]! - mean;
    ssBetween += count[g]! * d * d;
  }
  if (used <= groups) return Number.NaN;
  const ssWithin = Math.max(0, ssTotal - ssBetween);
  const share = (ssBetween - ((groups - 1) * ssWithin) / (used - groups)) / ssTotal;
  return Math.min(1, Math.max(0, share));
}

/** What the variance share needs of a target's margins, whatever the input: computed once per target. */
export interface MarginSpread {
  /** Trials with a finite margin. */
  readonly used: number;
  readonly mean: number;
  /** Σ (y − mean)² over those trials. */
  readonly ssTotal: number;
  /** False when every finite margin is the same number. */
  readonly varies: boolean;
}

/** The {@link MarginSpread} of a target's margins over the trials (non-finite margins left out). */
export function marginSpread(margins: ArrayLike<number>): MarginSpread {
  let used = 0;
  let total = 0;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < margins.length; i++) {
    const y = margins[i]!;
    if (!Number.isFinite(y)) continue;
    total += y;
    used++;
    if (y < low) low = y;
    if (y > high) high = y;
  }
  const mean = total / used;
  let ssTotal = 0;
  for (let i = 0; i < margins.length; i++) {
    const y = margins[i]!;
    if (Number.isFinite(y)) ssTotal += (y - mean) * (y - mean);
  }
  return { used, mean, ssTotal, varies: used > 0 && low !== high };
}

/**
 * {@link varianceShareOfRanks} of two equally long samples: the share of the variance of `y` that `x` explains
 * on its own, over the pairs where both values are finite.
 */
export function varianceShare(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const { xs, ys } = finitePairs(x, y);
  if (xs.length < 3) return Number.NaN;
  return varianceShareOfRanks(midRanks(xs), ys);
}
