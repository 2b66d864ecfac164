import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intervalContains, pointInterval } from "../../src/core/index.js";
import { intervalArithmetic, rootInterval } from "../../src/core/intervals/interval-arithmetic.js";
import { powerBound, rootBound } from "../../src/core/intervals/interval-root.js";

/** Exact for the powers below: a bound has 40 digits, so its n-th power at most 40·n ≤ 4000. */
const Exact = Decimal.clone({ precision: 4000 });
/** The root itself, to 120 digits: Newton steps from decimal.js's own root, far beyond the bounds' 40. */
const Fine = Decimal.clone({ precision: 120 });

function fineRoot(x: Decimal, n: number): Decimal {
  const a = new Fine(x);
  let y = a.pow(new Fine(1).div(n));
  for (let step = 0; step < 3; step++)
    y = y
      .times(n - 1)
      .plus(a.div(y.pow(n - 1)))
      .div(n);
  return y;
}

/** A positive decimal of up to 40 significant digits, from 1e-30 to 1e30. */
const positive = fc
  .tuple(
    fc.bigInt({ min: 1n, max: 10n ** 40n - 1n }),
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: -30, max: 30 }),
  )
  .map(([digits, keep, exponent]) => new Decimal(`${String(digits).slice(0, keep)}e${exponent}`));

const degree = fc.oneof(fc.integer({ min: 2, max: 40 }), fc.constant(100));

describe("roots of interval arithmetic", () => {
  it("bounds the exact n-th root from below and above, within two units in the 40th digit", () => {
    fc.assert(
      fc.property(positive, degree, (x, n) => {
        const lo = rootBound(x, n, false);
        const hi = rootBound(x, n, true);
        // proven with exact powers: lo^n ≤ x ≤ hi^n
        expect(new Exact(lo).pow(n).lte(x)).toBe(true);
        expect(new Exact(hi).pow(n).gte(x)).toBe(true);
        // and against the root to 120 digits
        const root = fineRoot(x, n);
        expect(root.gte(lo) && root.lte(hi)).toBe(true);
        expect(new Fine(hi).minus(lo).div(root).lte("2e-39")).toBe(true);
      }),
      { seed: 32, numRuns: 300 },
    );
  });

  it("bounds roots of high degree too", () => {
    fc.assert(
      fc.property(positive, fc.constantFrom(365, 1000, 10_000), (x, n) => {
        const root = fineRoot(x, n);
        expect(rootBound(x, n, false).lte(root)).toBe(true);
        expect(rootBound(x, n, true).gte(root)).toBe(true);
      }),
      { seed: 36, numRuns: 50 },
    );
  });

  it("holds a root that is exact, where the proof compares equal powers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: -6, max: 6 }), degree, (m, e, n) => {
        const y = new Decimal(`${m}e${e}`);
        const x = new Exact(y).pow(n);
        if (x.sd() > 200) return;
        const root = rootInterval(pointInterval(x), n);
        expect(intervalContains(root, y)).toBe(true);
        expect(new Decimal(root.hi!).minus(root.lo!).div(y).lte("2e-39")).toBe(true);
      }),
      { seed: 33, numRuns: 300 },
    );
  });

  it("rounds powers outward, as the proof needs", () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 1, max: 60 }), (y, n) => {
        const exact = new Exact(y).pow(n);
        expect(powerBound(y, n, false).lte(exact)).toBe(true);
        expect(powerBound(y, n, true).gte(exact)).toBe(true);
      }),
      { seed: 34, numRuns: 300 },
    );
  });

  it("takes a power of exactly 1/n as the n-th root, holding every point's power", () => {
    fc.assert(
      fc.property(positive, positive, fc.constantFrom(2, 4, 5, 8, 10), (a, b, n) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const power = intervalArithmetic.pow({ lo, hi, loClosed: true, hiClosed: true }, pointInterval(1 / n));
        expect(power).toEqual(rootInterval({ lo, hi, loClosed: true, hiClosed: true }, n));
        expect(intervalContains(power, fineRoot(lo, n))).toBe(true);
        expect(intervalContains(power, fineRoot(hi, n))).toBe(true);
      }),
      { seed: 35, numRuns: 100 },
    );
  });
});
