import { Dec } from "../numbers/decimal.js";

/**
 * A set of real numbers between two decimal bounds, each end open or closed; an end may be unbounded
 * (`null`). Printed figures become intervals (a printed `5.1` is [5.05, 5.15)), and checks ask whether
 * intervals overlap.
 */
export interface Interval {
  /** Lower bound, or `null` for −∞. */
  readonly lo: Dec | null;
  /** Upper bound, or `null` for +∞. */
  readonly hi: Dec | null;
  readonly loClosed: boolean;
  readonly hiClosed: boolean;
}

/** The interval between two bounds; closed at both ends unless told otherwise. */
export function interval(
  lo: Dec | number | string | null,
  hi: Dec | number | string | null,
  loClosed = true,
  hiClosed = true,
): Interval {
  return {
    lo: lo === null ? null : new Dec(lo),
    hi: hi === null ? null : new Dec(hi),
    loClosed: lo === null ? false : loClosed,
    hiClosed: hi === null ? false : hiClosed,
  };
}

/** True when the interval holds no number. */
export function isEmptyInterval(a: Interval): boolean {
  if (a.lo === null || a.hi === null) return false;
  const c = a.lo.comparedTo(a.hi);
  return c > 0 || (c === 0 && !(a.loClosed && a.hiClosed));
}

/** True when `x` lies in `a`. */
export function intervalContains(a: Interval, x: Dec | number | string): boolean {
  const v = new Dec(x);
  if (a.lo !== null) {
    const c = v.comparedTo(a.lo);
    if (c < 0 || (c === 0 && !a.loClosed)) return false;
  }
  if (a.hi !== null) {
    const c = v.comparedTo(a.hi);
    if (c > 0 || (c === 0 && !a.hiClosed)) return false;
  }
  return true;
}

/** The numbers in both intervals (possibly empty: check with {@link isEmptyInterval}). */
export function intersectIntervals(a: Interval, b: Interval): Interval {
  let lo = a.lo;
  let loClosed = a.loClosed;
  if (b.lo !== null && (lo === null || b.lo.greaterThan(lo) || (b.lo.equals(lo) && !b.loClosed))) {
    lo = b.lo;
    loClosed = b.loClosed;
  }
  let hi = a.hi;
  let hiClosed = a.hiClosed;
  if (b.hi !== null && (hi === null || b.hi.lessThan(hi) || (b.hi.equals(hi) && !b.hiClosed))) {
    hi = b.hi;
    hiClosed = b.hiClosed;
  }
  return { lo, hi, loClosed, hiClosed };
}

/** True when some number lies in both intervals. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return !isEmptyInterval(intersectIntervals(a, b));
}

/** `[5.05, 5.15)`, with `−∞`/`+∞` for unbounded ends; `scale` multiplies the bounds for display (100 for %). */
export function formatInterval(a: Interval, digits = 6, scale = 1): string {
  const show = (d: Dec | null, inf: string) =>
    d === null ? inf : String(Number(d.times(scale).toSignificantDigits(digits).toString()));
  return `${a.loClosed ? "[" : "("}${show(a.lo, "−∞")}, ${show(a.hi, "+∞")}${a.hiClosed ? "]" : ")"}`;
}

/** The smallest interval holding every one given (at least one): a bound is closed where some interval's is. */
export function hullOfIntervals(intervals: readonly Interval[]): Interval {
  return intervals.reduce((a, b) => ({
    lo: a.lo === null || b.lo === null ? null : a.lo.lessThan(b.lo) ? a.lo : b.lo,
    loClosed:
      a.lo !== null &&
      b.lo !== null &&
      (a.lo.equals(b.lo) ? a.loClosed || b.loClosed : a.lo.lessThan(b.lo) ? a.loClosed : b.loClosed),
    hi: a.hi === null || b.hi === null ? null : a.hi.greaterThan(b.hi) ? a.hi : b.hi,
    hiClosed:
      a.hi !== null &&
      b.hi !== null &&
      (a.hi.equals(b.hi) ? a.hiClosed || b.hiClosed : a.hi.greaterThan(b.hi) ? a.hiClosed : b.hiClosed),
  }));
}
