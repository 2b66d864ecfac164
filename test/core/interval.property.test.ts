import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interval, intervalContains, intervalsOverlap, type Interval } from "../../src/core/index.js";
import { intersectIntervals, isEmptyInterval } from "../../src/core/intervals/interval.js";

const RUNS = { seed: 42, numRuns: 300 };

/** Intervals on a small grid of integers, each end possibly unbounded, open or closed. */
const anInterval: fc.Arbitrary<Interval> = fc
  .tuple(
    fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
    fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lo, hi, loClosed, hiClosed]) => interval(lo, hi, loClosed, hiClosed));

/** Points on the grid and halfway between, so that every end and every gap is probed. */
const points = Array.from({ length: 27 }, (_, i) => -6.5 + i * 0.5);

describe("intervals (properties)", () => {
  it("a point lies in the intersection exactly when it lies in both", () => {
    fc.assert(
      fc.property(anInterval, anInterval, (a, b) => {
        const both = intersectIntervals(a, b);
        for (const x of points) {
          expect(intervalContains(both, x)).toBe(intervalContains(a, x) && intervalContains(b, x));
        }
      }),
      RUNS,
    );
  });

  it("an interval is empty exactly when no grid point lies in it", () => {
    fc.assert(
      fc.property(anInterval, (a) => {
        expect(isEmptyInterval(a)).toBe(!points.some((x) => intervalContains(a, x)));
      }),
      RUNS,
    );
  });

  it("overlap is symmetric and means a shared point", () => {
    fc.assert(
      fc.property(anInterval, anInterval, (a, b) => {
        expect(intervalsOverlap(a, b)).toBe(intervalsOverlap(b, a));
        expect(intervalsOverlap(a, b)).toBe(points.some((x) => intervalContains(a, x) && intervalContains(b, x)));
      }),
      RUNS,
    );
  });
});
