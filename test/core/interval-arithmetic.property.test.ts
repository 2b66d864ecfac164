import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, intervalContains, type Interval } from "../../src/core/index.js";
import {
  absInterval,
  addIntervals,
  divideIntervals,
  expInterval,
  intervalHoldsZero,
  logInterval,
  multiplyIntervals,
  powerIntervalInteger,
  rootInterval,
  subtractIntervals,
} from "../../src/core/intervals/interval-arithmetic.js";

type D = InstanceType<typeof Dec>;

/** An interval with decimal ends and a point inside it. */
const intervalWithPoint = fc
  .tuple(
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lo, width, t, loClosed, hiClosed]) => {
    const a = new Dec(lo).div(1000);
    const b = a.plus(new Dec(width).div(1000));
    const inside =
      width === 0
        ? a
        : a.plus(
            b
              .minus(a)
              .times(Math.min(0.999, Math.max(0.001, t)))
              .toDecimalPlaces(12),
          );
    const closed = width === 0;
    const interval: Interval = { lo: a, hi: b, loClosed: closed || loClosed, hiClosed: closed || hiClosed };
    return { interval, point: inside as D };
  });

const exact = Dec.clone({ precision: 60 });

describe("interval arithmetic", () => {
  it("contains the exact result of every point inside its operands (+, −, ×, ÷)", () => {
    fc.assert(
      fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
        const x = new exact(a.point);
        const y = new exact(b.point);
        expect(intervalContains(addIntervals(a.interval, b.interval), x.plus(y))).toBe(true);
        expect(intervalContains(subtractIntervals(a.interval, b.interval), x.minus(y))).toBe(true);
        expect(intervalContains(multiplyIntervals(a.interval, b.interval), x.times(y))).toBe(true);
        if (!intervalHoldsZero(b.interval))
          expect(intervalContains(divideIntervals(a.interval, b.interval), x.div(y))).toBe(true);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("contains the exact result of powers, roots, exp, log and |x|, non-monotone ones included", () => {
    fc.assert(
      fc.property(intervalWithPoint, fc.integer({ min: -4, max: 5 }), fc.integer({ min: 1, max: 12 }), (a, n, k) => {
        const x = new exact(a.point);
        if (!(n < 0 && intervalHoldsZero(a.interval))) {
          expect(intervalContains(powerIntervalInteger(a.interval, n), x.pow(n))).toBe(true);
        }
        expect(intervalContains(absInterval(a.interval), x.abs())).toBe(true);
        const small = { ...a.interval, lo: a.interval.lo!.div(1000), hi: a.interval.hi!.div(1000) };
        expect(intervalContains(expInterval(small), x.div(1000).exp())).toBe(true);
        if (x.greaterThan(0)) {
          expect(intervalContains(logInterval(a.interval), x.ln())).toBe(true);
          expect(intervalContains(rootInterval(a.interval, k), x.pow(new exact(1).div(k)))).toBe(true);
        }
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});
