import {
  addIntervals,
  divideIntervals,
  multiplyIntervals,
  pointInterval,
  type Dec,
  type Interval,
} from "../core/index.js";

/** One end of an interval: its value and whether it is included. */
interface End {
  readonly value: Dec;
  readonly closed: boolean;
}

/** A sum of point intervals, rounded outward. */
function sumOf(points: readonly Interval[]): Interval {
  return points.reduce(addIntervals, pointInterval(0));
}

/** Indices ordered by the given ends, largest first. */
function byValueDescending(ends: readonly End[]): number[] {
  return ends.map((_, i) => i).sort((a, b) => ends[b]!.value.comparedTo(ends[a]!.value));
}

/**
 * The largest weighted mean Σ wᵢxᵢ / Σ wᵢ of fixed values xᵢ with each weight anywhere in [aᵢ, bᵢ] (aᵢ > 0): a
 * weight pulls the mean towards its value, so at the optimum the values above the mean take their largest weights
 * and those below their smallest. With the values in descending order, the optimum is one of the n + 1 settings
 * "the first k at bᵢ, the rest at aᵢ"; each is evaluated and the largest kept (outward rounded).
 */
function largestMean(values: readonly End[], lower: readonly End[], upper: readonly End[]): End {
  const order = byValueDescending(values);
  let best: End | undefined;
  for (let k = 0; k <= order.length; k++) {
    const weights = order.map((i, rank) => (rank < k ? upper[i]! : lower[i]!));
    const numerator = sumOf(
      order.map((i, rank) => multiplyIntervals(pointInterval(weights[rank]!.value), pointInterval(values[i]!.value))),
    );
    const mean = divideIntervals(numerator, sumOf(weights.map((w) => pointInterval(w.value))));
    const closed = weights.every((w) => w.closed) && order.every((i) => values[i]!.closed);
    if (!best || mean.hi!.greaterThan(best.value) || (mean.hi!.equals(best.value) && closed))
      best = { value: mean.hi!, closed };
  }
  return best!;
}

/**
 * The exact range of a weighted mean Σ wᵢxᵢ / Σ wᵢ when each value xᵢ and each weight wᵢ is known only as an
 * interval — how a total's growth follows from its parts' growth rates with the parts' levels as weights. The mean
 * rises with every value, so its top takes the values' upper ends and its bottom their lower ends; the weights are
 * then chosen by {@link largestMean}. Interval arithmetic would read each weight twice (above and below the line)
 * and widen the range; this is the range itself. `undefined` when a weight is not bounded away from 0 and ∞, or a
 * value is unbounded: the mean is then not pinned down.
 */
export function weightedMeanRange(values: readonly Interval[], weights: readonly Interval[]): Interval | undefined {
  const bounded = (a: Interval) => a.lo !== null && a.hi !== null;
  if (!values.every(bounded) || !weights.every((w) => bounded(w) && w.lo!.isPositive() && !w.lo!.isZero()))
    return undefined;
  const lower = weights.map((w) => ({ value: w.lo!, closed: w.loClosed }));
  const upper = weights.map((w) => ({ value: w.hi!, closed: w.hiClosed }));
  const top = largestMean(
    values.map((v) => ({ value: v.hi!, closed: v.hiClosed })),
    lower,
    upper,
  );
  // The smallest mean is minus the largest mean of the negated values.
  const bottom = largestMean(
    values.map((v) => ({ value: v.lo!.neg(), closed: v.loClosed })),
    lower,
    upper,
  );
  return { lo: bottom.value.neg(), hi: top.value, loClosed: bottom.closed, hiClosed: top.closed };
}

/**
 * The exact range of Σ sᵢxᵢ when the shares sᵢ are known as intervals and add up to exactly 1 (a total's growth
 * from its parts' growth rates weighted by their printed shares of the year before). For the top, every share
 * starts at its lower end and what is left of 1 goes to the largest values first, each up to its upper end (the
 * optimum of this linear programme); the bottom likewise from the smallest values. `undefined` when no shares
 * inside the intervals add up to 1 (the structure itself is then wrong) or an end is unbounded.
 */
export function sharesMeanRange(values: readonly Interval[], shares: readonly Interval[]): Interval | undefined {
  const bounded = (a: Interval) => a.lo !== null && a.hi !== null;
  if (!values.every(bounded) || !shares.every(bounded)) return undefined;
  const one = pointInterval(1).lo!;
  const least = shares.reduce((sum, s) => sum.plus(s.lo!), one.minus(one));
  const most = shares.reduce((sum, s) => sum.plus(s.hi!), one.minus(one));
  if (least.greaterThan(one) || most.lessThan(one)) return undefined;
  const fill = (ends: readonly End[]): End => {
    let left = one.minus(least);
    const weights = shares.map((s) => s.lo!);
    for (const i of byValueDescending(ends)) {
      const room = shares[i]!.hi!.minus(shares[i]!.lo!);
      const take = room.lessThan(left) ? room : left;
      weights[i] = weights[i]!.plus(take);
      left = left.minus(take);
    }
    const total = sumOf(ends.map((e, i) => multiplyIntervals(pointInterval(weights[i]!), pointInterval(e.value))));
    return { value: total.hi!, closed: ends.every((e) => e.closed) && shares.every((s) => s.loClosed && s.hiClosed) };
  };
  const top = fill(values.map((v) => ({ value: v.hi!, closed: v.hiClosed })));
  const bottom = fill(values.map((v) => ({ value: v.lo!.neg(), closed: v.loClosed })));
  return { lo: bottom.value.neg(), hi: top.value, loClosed: bottom.closed, hiClosed: top.closed };
}
