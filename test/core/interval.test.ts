import { describe, expect, it } from "vitest";
import {
  Dec,
  formatInterval,
  interval,
  intervalContains,
  intervalsOverlap,
  type Interval,
} from "../../src/core/index.js";
import { hullOfIntervals, intersectIntervals, isEmptyInterval } from "../../src/core/intervals/interval.js";

/** An interval as text, with exact decimal bounds, for comparisons. */
function show(a: Interval): string {
  return `${a.loClosed ? "[" : "("}${a.lo?.toString() ?? "-inf"}, ${a.hi?.toString() ?? "+inf"}${a.hiClosed ? "]" : ")"}`;
}

describe("interval", () => {
  it("is closed at both ends unless told otherwise", () => {
    expect(show(interval(1, 2))).toBe("[1, 2]");
    expect(show(interval(1, 2, false, true))).toBe("(1, 2]");
    expect(show(interval(1, 2, true, false))).toBe("[1, 2)");
  });

  it("keeps decimal bounds exactly, from numbers, strings or decimals", () => {
    const a = interval("0.0505", new Dec("0.0515"));
    expect(a.lo?.toString()).toBe("0.0505");
    expect(a.hi?.toString()).toBe("0.0515");
    expect(interval(0.1, 0.3).lo?.toString()).toBe("0.1");
  });

  it("makes an unbounded end open, whatever was asked", () => {
    const a = interval(null, 2, true, true);
    expect(a.lo).toBeNull();
    expect(a.loClosed).toBe(false);
    expect(show(interval(1, null))).toBe("[1, +inf)");
    expect(show(interval(null, null))).toBe("(-inf, +inf)");
  });
});

describe("hullOfIntervals", () => {
  it("holds every interval given, each bound closed where some interval's is, unbounded where one is", () => {
    const a = interval(new Dec(1), new Dec(2), true, false);
    const b = interval(new Dec(1), new Dec(3), false, true);
    const c = interval(new Dec("1.5"), null, true, false);
    expect(show(hullOfIntervals([a, b]))).toBe("[1, 3]");
    expect(show(hullOfIntervals([b, c]))).toBe("(1, +inf)");
    expect(show(hullOfIntervals([a]))).toBe("[1, 2)");
  });
});

describe("isEmptyInterval", () => {
  it("is true for reversed bounds and for a point with an open end", () => {
    expect(isEmptyInterval(interval(2, 1))).toBe(true);
    expect(isEmptyInterval(interval(1, 1, false, true))).toBe(true);
    expect(isEmptyInterval(interval(1, 1, true, false))).toBe(true);
  });

  it("is false for a closed point, a proper interval and unbounded ones", () => {
    expect(isEmptyInterval(interval(1, 1))).toBe(false);
    expect(isEmptyInterval(interval(1, 2, false, false))).toBe(false);
    expect(isEmptyInterval(interval(null, null))).toBe(false);
    expect(isEmptyInterval(interval(5, null))).toBe(false);
  });
});

describe("intervalContains", () => {
  it("includes a closed end and excludes an open one", () => {
    const a = interval("5.05", "5.15", true, false);
    expect(intervalContains(a, "5.05")).toBe(true);
    expect(intervalContains(a, "5.1")).toBe(true);
    expect(intervalContains(a, "5.1499999999999999999")).toBe(true);
    expect(intervalContains(a, "5.15")).toBe(false);
    expect(intervalContains(a, "5.0499999999999999999")).toBe(false);
  });

  it("compares decimals exactly, not as doubles", () => {
    const a = interval("0.3", "0.4", false, true);
    expect(intervalContains(a, new Dec("0.1").plus("0.2"))).toBe(false);
    // 0.1 + 0.2 as a double is 0.30000000000000004, just inside.
    expect(intervalContains(a, 0.1 + 0.2)).toBe(true);
    expect(intervalContains(a, "0.30000000000000004")).toBe(true);
  });

  it("holds every number in an unbounded direction", () => {
    expect(intervalContains(interval(null, 0), "-1e100")).toBe(true);
    expect(intervalContains(interval(0, null, false), "1e100")).toBe(true);
    expect(intervalContains(interval(0, null, false), 0)).toBe(false);
  });
});

describe("intersectIntervals and intervalsOverlap", () => {
  it("take the tighter end, and the open one where the ends coincide", () => {
    expect(show(intersectIntervals(interval(1, 3), interval(2, 4, false)))).toBe("(2, 3]");
    expect(show(intersectIntervals(interval(1, 3, false, true), interval(1, 3, true, false)))).toBe("(1, 3)");
    expect(show(intersectIntervals(interval(null, 3), interval(1, null)))).toBe("[1, 3]");
    expect(show(intersectIntervals(interval(null, null), interval(1, 2, false)))).toBe("(1, 2]");
  });

  it("overlap when closed ends touch", () => {
    expect(intervalsOverlap(interval(1, 2), interval(2, 3))).toBe(true);
  });

  it("do not overlap when touching ends are not both closed", () => {
    expect(intervalsOverlap(interval(1, 2, true, false), interval(2, 3))).toBe(false);
    expect(intervalsOverlap(interval(1, 2), interval(2, 3, false))).toBe(false);
  });

  it("overlap when one contains the other, and not when they are apart", () => {
    expect(intervalsOverlap(interval(0, 10), interval(4, 5, false, false))).toBe(true);
    expect(intervalsOverlap(interval(4, 5, false, false), interval(0, 10))).toBe(true);
    expect(intervalsOverlap(interval(0, 1), interval(2, 3))).toBe(false);
    expect(intervalsOverlap(interval(null, 1), interval(2, null))).toBe(false);
    expect(intervalsOverlap(interval(null, null), interval(2, 3))).toBe(true);
  });

  it("see printed rounding intervals that share only an open end as disjoint", () => {
    expect(intervalsOverlap(interval("5.05", "5.15", true, false), interval("5.15", "5.25", true, false))).toBe(false);
    expect(intervalsOverlap(interval("5.05", "5.15", true, false), interval("5.14", "5.25", true, false))).toBe(true);
  });
});

describe("formatInterval", () => {
  it("prints brackets for closed and parentheses for open ends, ∞ for unbounded", () => {
    expect(formatInterval(interval("5.05", "5.15", true, false))).toBe("[5.05, 5.15)");
    expect(formatInterval(interval(null, 2))).toBe("(−∞, 2]");
    expect(formatInterval(interval(1, null, false))).toBe("(1, +∞)");
  });

  it("scales the bounds for display and rounds them to significant digits", () => {
    expect(formatInterval(interval("0.0505", "0.0515", true, false), 6, 100)).toBe("[5.05, 5.15)");
    expect(formatInterval(interval("0.123456789", 1), 3)).toBe("[0.123, 1]");
  });
});
