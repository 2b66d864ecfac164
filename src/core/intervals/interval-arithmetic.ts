import { Decimal } from "decimal.js";
import { decimalArithmetic, defineArithmetic, type Arithmetic } from "../numbers/arithmetic.js";
import { CellFailure } from "../numbers/cell-failure.js";
import type { Interval } from "./interval.js";
import { rootBound } from "./interval-root.js";

/**
 * Interval arithmetic on decimals, rounded outward: every result contains the exact result for every point of
 * the operands, so a verdict built on these intervals is never wrong because of rounding. Lower bounds are
 * rounded towards −∞ and upper bounds towards +∞, at 40 significant digits; results of `exp`, `log` and
 * fractional powers other than roots are widened by a further unit in the last place, since decimal.js guarantees
 * those only "almost always" correctly rounded; roots are proven bounds (see `rootBound`).
 *
 * Non-monotone operations are handled soundly: `x²` and `|x|` over an interval that holds 0 start at 0; a
 * division by an interval that holds 0 is unbounded (the whole line), not an error.
 *
 * An unbounded end is `null`. Closedness follows the end that produces a bound; an outward-rounded bound is a
 * superset either way.
 */

const DIGITS = 40;
const Down = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_FLOOR, toExpNeg: -60, toExpPos: 60 });
const Up = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_CEIL, toExpNeg: -60, toExpPos: 60 });
const WIDEN = new Decimal(10).pow(-(DIGITS - 2));
const Exact = Decimal.clone({ precision: 500 });

type Bound = Decimal | null;

/** A point interval [x, x]. */
export function pointInterval(x: Decimal | number | string): Interval {
  const d = new Decimal(x);
  return { lo: d, hi: d, loClosed: true, hiClosed: true };
}

/** The whole real line. */
export const WHOLE_LINE: Interval = { lo: null, hi: null, loClosed: false, hiClosed: false };

/** The empty interval: what a function gives where it has no value at all (the log of numbers ≤ 0). */
export const EMPTY_INTERVAL: Interval = { lo: new Decimal(1), hi: new Decimal(0), loClosed: false, hiClosed: false };

/** a + b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo === null || b.lo === null ? null : new Down(a.lo).plus(b.lo),
    hi: a.hi === null || b.hi === null ? null : new Up(a.hi).plus(b.hi),
    loClosed: a.loClosed && b.loClosed,
    hiClosed: a.hiClosed && b.hiClosed,
  };
}

/** −a. */
export function negateInterval(a: Interval): Interval {
  return {
    lo: a.hi === null ? null : a.hi.neg(),
    hi: a.lo === null ? null : a.lo.neg(),
    loClosed: a.hiClosed,
    hiClosed: a.loClosed,
  };
}

/** a − b. */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  return addIntervals(a, negateInterval(b));
}

/** An end of an interval as a signed extended number: `null` bounds become ±∞. */
interface End {
  readonly value: Decimal;
  readonly closed: boolean;
}

function ends(a: Interval): [End, End] {
  return [
    { value: a.lo ?? new Decimal(-Infinity), closed: a.loClosed },
    { value: a.hi ?? new Decimal(Infinity), closed: a.hiClosed },
  ];
}

function product(x: Decimal, y: Decimal, rounding: typeof Down): Decimal {
  // 0 × ±∞ is 0 here: an end at 0 times an unbounded end bounds the product at 0.
  if (x.isZero() || y.isZero()) return new Decimal(0);
  return new rounding(x).times(y);
}

function fromEnds(lo: End, hi: End): Interval {
  return {
    lo: lo.value.isFinite() ? lo.value : null,
    hi: hi.value.isFinite() ? hi.value : null,
    loClosed: lo.value.isFinite() && lo.closed,
    hiClosed: hi.value.isFinite() && hi.closed,
  };
}

/** a × b: the smallest and largest of the four corner products. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  const [a0, a1] = ends(a);
  const [b0, b1] = ends(b);
  let lo: End | undefined;
  let hi: End | undefined;
  for (const x of [a0, a1]) {
    for (const y of [b0, b1]) {
      const closed = x.closed && y.closed;
      const down = product(x.value, y.value, Down);
      const up = product(x.value, y.value, Up);
      if (!lo || down.lessThan(lo.value) || (down.equals(lo.value) && closed)) lo = { value: down, closed };
      if (!hi || up.greaterThan(hi.value) || (up.equals(hi.value) && closed)) hi = { value: up, closed };
    }
  }
  return fromEnds(lo!, hi!);
}

/** True when the interval holds 0. */
export function intervalHoldsZero(a: Interval): boolean {
  const fromBelow = a.lo === null || a.lo.isNegative() || (a.lo.isZero() && a.loClosed);
  const toAbove = a.hi === null || (a.hi.isPositive() && !a.hi.isZero()) || (a.hi.isZero() && a.hiClosed);
  return fromBelow && toAbove;
}

/** 1 / a for an interval that does not hold 0 (1/x is decreasing on each side); the whole line when it does. */
export function reciprocalInterval(a: Interval): Interval {
  if (intervalHoldsZero(a)) return WHOLE_LINE;
  const zero = new Decimal(0);
  if (a.lo !== null && !a.lo.isNegative()) {
    // Positive: (0, ∞) side. An open 0 at the bottom sends the top to +∞.
    return {
      lo: a.hi === null ? zero : new Down(1).div(a.hi),
      hi: a.lo.isZero() ? null : new Up(1).div(a.lo),
      loClosed: a.hi !== null && a.hiClosed,
      hiClosed: !a.lo.isZero() && a.loClosed,
    };
  }
  // Negative: (−∞, 0) side.
  return {
    lo: a.hi === null || a.hi.isZero() ? null : new Down(1).div(a.hi),
    hi: a.lo === null ? zero : new Up(1).div(a.lo),
    loClosed: a.hi !== null && !a.hi.isZero() && a.hiClosed,
    hiClosed: a.lo !== null && a.loClosed,
  };
}

/** a ÷ b (unbounded when b holds 0). */
export function divideIntervals(a: Interval, b: Interval): Interval {
  const r = reciprocalInterval(b);
  if (r.lo === null && r.hi === null) return WHOLE_LINE;
  return multiplyIntervals(a, r);
}

/** a^n for a whole n; an even power of an interval holding 0 starts at 0. */
export function powerIntervalInteger(a: Interval, n: number): Interval {
  if (!Number.isInteger(n)) throw new RangeError("powerIntervalInteger needs a whole exponent");
  if (n === 0) return pointInterval(1);
  if (n < 0) return reciprocalInterval(powerIntervalInteger(a, -n));
  const pow = (x: Bound, rounding: typeof Down): Bound => (x === null ? null : new rounding(x).pow(n));
  if (n % 2 === 1) return { lo: pow(a.lo, Down), hi: pow(a.hi, Up), loClosed: a.loClosed, hiClosed: a.hiClosed };
  if (intervalHoldsZero(a)) {
    const candidates = [a.lo, a.hi].map((x) => (x === null ? null : pow(x.abs(), Up)));
    const hi = candidates.includes(null) ? null : Decimal.max(...(candidates as Decimal[]));
    return { lo: new Decimal(0), hi, loClosed: true, hiClosed: hi !== null };
  }
  const positive = a.lo?.greaterThanOrEqualTo(0);
  return positive
    ? { lo: pow(a.lo, Down), hi: pow(a.hi, Up), loClosed: a.loClosed, hiClosed: a.hiClosed }
    : { lo: pow(a.hi, Down), hi: pow(a.lo, Up), loClosed: a.hiClosed, hiClosed: a.loClosed };
}

function widenDown(x: Decimal): Decimal {
  return x.minus(x.abs().times(WIDEN)).toSignificantDigits(DIGITS, Decimal.ROUND_FLOOR);
}

function widenUp(x: Decimal): Decimal {
  return x.plus(x.abs().times(WIDEN)).toSignificantDigits(DIGITS, Decimal.ROUND_CEIL);
}

/** e^a (increasing). */
export function expInterval(a: Interval): Interval {
  return {
    lo: a.lo === null ? new Decimal(0) : widenDown(new Down(a.lo).exp()),
    hi: a.hi === null ? null : widenUp(new Up(a.hi).exp()),
    loClosed: a.lo === null ? false : a.loClosed,
    hiClosed: a.hiClosed,
  };
}

/** ln a for a > 0 (increasing); the part of a at or below 0 has no logarithm and is dropped (all of it: empty). */
export function logInterval(a: Interval): Interval {
  if (a.hi?.lessThanOrEqualTo(0)) return EMPTY_INTERVAL;
  const lo = a.lo === null || !a.lo.isPositive() || a.lo.isZero() ? null : widenDown(new Down(a.lo).ln());
  const hi = a.hi === null ? null : a.hi.isPositive() && !a.hi.isZero() ? widenUp(new Up(a.hi).ln()) : null;
  return { lo, hi, loClosed: lo !== null && a.loClosed, hiClosed: hi !== null && a.hiClosed };
}

/**
 * a^(1/n): the n-th root of a non-negative interval (increasing); negative parts are dropped. The bounds are
 * within a unit or two in the 40th digit of the exact roots, and proven bounds (see `rootBound`).
 */
export function rootInterval(a: Interval, n: number): Interval {
  if (a.hi?.lessThan(0)) return EMPTY_INTERVAL;
  if (a.hi?.isZero()) return a.hiClosed ? pointInterval(0) : EMPTY_INTERVAL;
  const root = (x: Bound, up: boolean): Bound =>
    x === null ? null : x.isNegative() || x.isZero() ? new Decimal(0) : rootBound(x, n, up);
  return {
    lo: a.lo === null ? new Decimal(0) : root(a.lo, false),
    hi: root(a.hi, true),
    loClosed: a.lo === null || a.lo.isNegative() ? true : a.loClosed,
    hiClosed: a.hiClosed,
  };
}

/** |a|: starts at 0 when a holds 0. */
export function absInterval(a: Interval): Interval {
  if (intervalHoldsZero(a)) {
    const hi = a.lo === null || a.hi === null ? null : Decimal.max(a.lo.abs(), a.hi.abs());
    return { lo: new Decimal(0), hi, loClosed: true, hiClosed: hi !== null };
  }
  return a.lo?.greaterThanOrEqualTo(0) ? a : negateInterval(a);
}

/** a × q for an exact rational q = num/den > 0 (a unit conversion). */
export function scaleInterval(a: Interval, num: string, den: string): Interval {
  return divideIntervals(multiplyIntervals(a, pointInterval(num)), pointInterval(den));
}

/** min(a, b) or max(a, b) of two intervals (both increasing in each argument): taken end by end. */
export function minMaxIntervals(a: Interval, b: Interval, max: boolean): Interval {
  const pick = (x: Bound, y: Bound, lowEnd: boolean): Bound => {
    if (x === null || y === null) return (lowEnd ? !max : max) ? null : (x ?? y);
    return max ? Decimal.max(x, y) : Decimal.min(x, y);
  };
  return {
    lo: pick(a.lo, b.lo, true),
    hi: pick(a.hi, b.hi, false),
    loClosed: a.loClosed && b.loClosed,
    hiClosed: a.hiClosed && b.hiClosed,
  };
}

/** The sign every point of an interval has: 1, −1, 0 for the point 0, and NaN where its points differ in sign. */
function signOfInterval(a: Interval): number {
  if (a.lo !== null && ((a.lo.isPositive() && !a.lo.isZero()) || (a.lo.isZero() && !a.loClosed))) return 1;
  if (a.hi !== null && ((a.hi.isNegative() && !a.hi.isZero()) || (a.hi.isZero() && !a.hiClosed))) return -1;
  if (a.lo !== null && a.hi !== null && a.lo.isZero() && a.hi.isZero()) return 0;
  return Number.NaN;
}

/** n when b is exactly 1/n for a whole n up to a million (0.5, 0.2, 0.125), else `undefined`. */
function wholeReciprocal(b: Decimal): number | undefined {
  const n = Math.round(1 / b.toNumber());
  // b × n is exact at this precision (b has fewer digits), so it is 1 only when b is exactly 1/n
  return n >= 1 && n <= 1_000_000 && b.sd() < 400 && new Exact(b).times(n).equals(1) ? n : undefined;
}

/**
 * Interval arithmetic as an {@link Arithmetic}, so that the interpreter and the planning functions of
 * `formula/functions/` run unchanged on intervals: the verifier's `cagr` of a printed cumulative change is `cagr`
 * itself. A sign is NaN where the interval's points differ in sign, so a function's domain checks (`sign(start) ≤
 * 0` fails) pass and the operations' own sound hulls decide (a root drops the negative part; a division by an
 * interval holding 0 is the whole line). An operation without a value gives the empty interval. Comparisons are
 * decided only where the intervals do not overlap.
 */
export const intervalArithmetic: Arithmetic<Interval> = defineArithmetic({
  mode: "decimal",
  literal: (exact) => pointInterval(exact),
  integer: (n) => pointInterval(n),
  add: addIntervals,
  sub: subtractIntervals,
  mul: multiplyIntervals,
  div: divideIntervals,
  neg: negateInterval,
  pow: (a, b) => {
    const point = b.lo !== null && b.hi !== null && b.lo.equals(b.hi) ? b.lo : undefined;
    const n = point?.isInteger() ? point.toNumber() : undefined;
    if (n !== undefined && Number.isSafeInteger(n)) return powerIntervalInteger(a, n);
    // a^(1/n), `^0.5` or `^(1/5)`, is the n-th root, far cheaper than exp(b·ln a) and as tight as a root is
    const root = point?.isPositive() ? wholeReciprocal(point) : undefined;
    return root !== undefined ? rootInterval(a, root) : expInterval(multiplyIntervals(b, logInterval(a)));
  },
  root: rootInterval,
  exp: expInterval,
  log: logInterval,
  sqrt: (a) => rootInterval(a, 2),
  abs: absInterval,
  round: (a, digits) => ({
    lo: a.lo === null ? null : decimalArithmetic.round(a.lo, digits),
    hi: a.hi === null ? null : decimalArithmetic.round(a.hi, digits),
    loClosed: a.lo !== null,
    hiClosed: a.hi !== null,
  }),
  min: (a, b) => minMaxIntervals(a, b, false),
  max: (a, b) => minMaxIntervals(a, b, true),
  compare: (a, b) => {
    const difference = signOfInterval(subtractIntervals(a, b));
    if (Number.isNaN(difference))
      throw new CellFailure("domain", "the comparison of two overlapping intervals is undecided");
    return difference;
  },
  sign: signOfInterval,
  toNumber: (a) => (a.lo !== null && a.hi !== null ? a.lo.plus(a.hi).div(2).toNumber() : Number.NaN),
  isFinite: (a) => a.lo !== null && a.hi !== null,
  fail: () => EMPTY_INTERVAL,
});
