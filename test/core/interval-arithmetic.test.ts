import { describe, expect, it } from "vitest";
import { Dec, floatArithmetic, interval, intervalContains, type Interval } from "../../src/core/index.js";
import { cagr } from "../../src/formula/index.js";
import { failure } from "./expect-failure.js";
import {
  EMPTY_INTERVAL,
  WHOLE_LINE,
  intervalArithmetic,
  absInterval,
  addIntervals,
  divideIntervals,
  expInterval,
  intervalHoldsZero,
  logInterval,
  multiplyIntervals,
  negateInterval,
  pointInterval,
  powerIntervalInteger,
  reciprocalInterval,
  rootInterval,
  scaleInterval,
  subtractIntervals,
} from "../../src/core/intervals/interval-arithmetic.js";

/** An interval as text with exact decimal bounds. */
function show(a: Interval): string {
  return `${a.loClosed ? "[" : "("}${a.lo?.toString() ?? "-inf"}, ${a.hi?.toString() ?? "+inf"}${a.hiClosed ? "]" : ")"}`;
}

/** True when `a` holds `x` and is no wider than `width` around it. */
function tightAround(a: Interval, x: Dec | string, width: string): boolean {
  return intervalContains(a, x) && a.hi !== null && a.lo !== null && a.hi.minus(a.lo).lessThanOrEqualTo(width);
}

const Wide = Dec.clone({ precision: 80 });

describe("pointInterval and WHOLE_LINE", () => {
  it("a point interval holds exactly its point", () => {
    expect(show(pointInterval("0.1"))).toBe("[0.1, 0.1]");
    expect(intervalContains(pointInterval(5), 5)).toBe(true);
    expect(intervalContains(pointInterval(5), "5.0000000000000000001")).toBe(false);
  });

  it("the whole line is open and unbounded at both ends", () => {
    expect(show(WHOLE_LINE)).toBe("(-inf, +inf)");
  });
});

describe("addIntervals, subtractIntervals and negateInterval", () => {
  it("add ends, an end closed only when both are", () => {
    expect(show(addIntervals(interval(1, 2), interval(3, 4, false)))).toBe("(4, 6]");
  });

  it("subtract the other's far end from each end", () => {
    expect(show(subtractIntervals(interval(1, 2), interval(3, 4, true, false)))).toBe("(-3, -1]");
  });

  it("negate by swapping and negating the ends", () => {
    expect(show(negateInterval(interval(1, 2, false, true)))).toBe("[-2, -1)");
    expect(show(negateInterval(interval(1, null)))).toBe("(-inf, -1]");
  });

  it("keep unbounded ends unbounded", () => {
    expect(show(addIntervals(interval(null, 2), interval(1, 1)))).toBe("(-inf, 3]");
  });
});

describe("multiplyIntervals", () => {
  it("takes the smallest and largest corner products, across zero too", () => {
    expect(show(multiplyIntervals(interval(-2, 3), interval(4, 5)))).toBe("[-10, 15]");
    expect(show(multiplyIntervals(interval(-2, 3), interval(-1, 5)))).toBe("[-10, 15]");
    expect(show(multiplyIntervals(interval(1, 3), interval(1, 3)))).toBe("[1, 9]");
  });

  it("bounds 0 times an unbounded end at 0", () => {
    expect(show(multiplyIntervals(interval(0, null), interval(1, 2)))).toBe("[0, +inf)");
  });
});

describe("reciprocalInterval and divideIntervals", () => {
  it("round outward: 1/3 lies strictly inside a 40-digit interval", () => {
    const third = divideIntervals(pointInterval(1), pointInterval(3));
    expect(show(third)).toBe(`[0.${"3".repeat(40)}, 0.${"3".repeat(39)}4]`);
    expect(intervalContains(third, new Wide(1).div(3))).toBe(true);
  });

  it("give the whole line for a divisor that holds 0", () => {
    expect(show(divideIntervals(interval(1, 2), interval(-1, 1)))).toBe("(-inf, +inf)");
    expect(show(reciprocalInterval(interval(0, 2)))).toBe("(-inf, +inf)");
  });

  it("send an open 0 end to infinity", () => {
    expect(show(reciprocalInterval(interval(0, 2, false)))).toBe("[0.5, +inf)");
    expect(show(reciprocalInterval(interval(-2, 0, true, false)))).toBe("(-inf, -0.5]");
  });

  it("send an infinite end to an open 0", () => {
    expect(show(reciprocalInterval(interval(2, null)))).toBe("(0, 0.5]");
    expect(show(reciprocalInterval(interval(null, -2)))).toBe("[-0.5, 0)");
  });
});

describe("intervalHoldsZero", () => {
  it("is true when 0 lies inside or on a closed end", () => {
    expect(intervalHoldsZero(interval(0, 1))).toBe(true);
    expect(intervalHoldsZero(interval(-1, 1, false, false))).toBe(true);
    expect(intervalHoldsZero(WHOLE_LINE)).toBe(true);
  });

  it("is false when 0 lies outside or on an open end", () => {
    expect(intervalHoldsZero(interval(0, 1, false))).toBe(false);
    expect(intervalHoldsZero(interval(-1, 0, true, false))).toBe(false);
    expect(intervalHoldsZero(interval(1, 2))).toBe(false);
  });
});

describe("powerIntervalInteger", () => {
  it("starts an even power of an interval holding 0 at 0", () => {
    expect(show(powerIntervalInteger(interval(-2, 3), 2))).toBe("[0, 9]");
    expect(show(powerIntervalInteger(interval(null, 1), 2))).toBe("[0, +inf)");
  });

  it("flips a negative interval under an even power and keeps order under an odd one", () => {
    expect(show(powerIntervalInteger(interval(-3, -2), 2))).toBe("[4, 9]");
    expect(show(powerIntervalInteger(interval(-2, -1), 3))).toBe("[-8, -1]");
  });

  it("takes negative powers as reciprocals and the zeroth power as 1", () => {
    expect(show(powerIntervalInteger(interval(2, 4), -1))).toBe("[0.25, 0.5]");
    expect(show(powerIntervalInteger(interval(-5, 5), 0))).toBe("[1, 1]");
  });

  it("refuses a fractional exponent", () => {
    expect(() => powerIntervalInteger(interval(1, 2), 0.5)).toThrow(RangeError);
  });
});

describe("expInterval, logInterval and rootInterval", () => {
  it("widen exp and log by an ulp around the exact value", () => {
    expect(tightAround(expInterval(pointInterval(1)), new Wide(1).exp().toString(), "1e-37")).toBe(true);
    expect(tightAround(logInterval(pointInterval(10)), new Wide(10).ln().toString(), "1e-37")).toBe(true);
  });

  it("make exp of an interval unbounded below start at an open 0", () => {
    expect(expInterval(interval(null, 0)).lo?.toString()).toBe("0");
    expect(expInterval(interval(null, 0)).loClosed).toBe(false);
  });

  it("drop the part of a log's argument at or below 0", () => {
    const a = logInterval(interval(-1, 1));
    expect(a.lo).toBeNull();
    expect(a.hi?.isZero()).toBe(true);
    expect(a.hiClosed).toBe(true);
  });

  it("take roots tightly, and start the root of an interval reaching below 0 at 0", () => {
    expect(tightAround(rootInterval(pointInterval(2), 2), new Wide(2).sqrt().toString(), "1e-37")).toBe(true);
    expect(tightAround(rootInterval(interval(4, 9), 2), "2", "1.0000000001")).toBe(true);
    const r = rootInterval(interval(-4, 4), 2);
    expect(r.lo?.toString()).toBe("0");
    expect(intervalContains(r, 2)).toBe(true);
    expect(show(rootInterval(interval(0, null), 3))).toBe("[0, +inf)");
  });
});

describe("absInterval and scaleInterval", () => {
  it("start |a| at 0 when a holds 0, and flip a negative interval", () => {
    expect(show(absInterval(interval(-3, 2)))).toBe("[0, 3]");
    expect(show(absInterval(interval(-3, -2, false, true)))).toBe("[2, 3)");
    expect(show(absInterval(interval(2, 3)))).toBe("[2, 3]");
    expect(show(absInterval(interval(null, 2)))).toBe("[0, +inf)");
  });

  it("scale by an exact fraction, as a unit conversion does", () => {
    expect(show(scaleInterval(interval(1, 2), "1", "10000"))).toBe("[0.0001, 0.0002]");
    const mu = scaleInterval(interval(1, 2), "2000", "3");
    expect(intervalContains(mu, new Wide(2000).div(3))).toBe(true);
    expect(intervalContains(mu, new Wide(4000).div(3))).toBe(true);
  });
});

describe("intervalArithmetic", () => {
  const A = intervalArithmetic;
  const iv = (lo: string, hi: string) => interval(lo, hi);

  it("gives a sign only where every point has it, and NaN where the points differ", () => {
    expect(A.sign(iv("0.1", "2"))).toBe(1);
    expect(A.sign(iv("-2", "-0.1"))).toBe(-1);
    expect(A.sign(pointInterval(0))).toBe(0);
    expect(A.sign(iv("-1", "1"))).toBeNaN();
    expect(A.sign(interval(0, 1, false, true))).toBe(1);
  });

  it("decides a comparison only when the intervals do not overlap", () => {
    expect(A.compare(iv("1", "2"), iv("3", "4"))).toBe(-1);
    expect(A.compare(iv("5", "6"), iv("3", "4"))).toBe(1);
    expect(failure(() => A.compare(iv("1", "3"), iv("2", "4"))).message).toMatch(/undecided/);
  });

  it("raises to a whole power exactly and to other powers through exp and log; fails to the empty interval", () => {
    const square = A.pow(iv("-2", "3"), pointInterval(2));
    expect([square.lo!.toNumber(), square.hi!.toNumber()]).toEqual([0, 9]);
    const root = A.pow(iv("4", "9"), pointInterval("0.5"));
    expect(root.lo!.toNumber()).toBeCloseTo(2, 12);
    expect(root.hi!.toNumber()).toBeCloseTo(3, 12);
    expect(A.fail("domain", "no value")).toBe(EMPTY_INTERVAL);
  });

  it("runs the planning functions unchanged: cagr over a cumulative change holds every point's cagr", () => {
    const cumulative = iv("0.2025", "0.2035");
    const average = cagr(A, pointInterval(1), addIntervals(pointInterval(1), cumulative), 5);
    expect(intervalContains(average, new Dec(cagr(floatArithmetic, 1, 1.203, 5)))).toBe(true);
    expect(average.lo!.toNumber()).toBeCloseTo(cagr(floatArithmetic, 1, 1.2025, 5), 14);
    expect(average.hi!.toNumber()).toBeCloseTo(cagr(floatArithmetic, 1, 1.2035, 5), 14);
    expect(cagr(A, pointInterval(0), pointInterval(1), 5)).toBe(EMPTY_INTERVAL);
  });

  it("rounds each end, also to tens", () => {
    const ends = (a: Interval) => [a.lo!.toString(), a.hi!.toString()];
    expect(ends(A.round(iv("1.234", "5.678"), 1))).toEqual(["1.2", "5.7"]);
    expect(ends(A.round(iv("1234", "5678"), -2))).toEqual(["1200", "5700"]);
  });
});
