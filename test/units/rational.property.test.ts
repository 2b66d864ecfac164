import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Rational } from "../../src/units/index.js";
import { ONE, divideRational, multiplyRational, rational } from "../../src/units/rational.js";
import { powerRational } from "../../src/units/rational.js";

const RUNS = { seed: 42, numRuns: 300 };
const positive: fc.Arbitrary<Rational> = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }))
  .map(([n, d]) => rational(n, d));

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

describe("rationals (properties)", () => {
  it("are always in lowest terms with a positive denominator", () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        for (const r of [a, b, multiplyRational(a, b), divideRational(a, b)]) {
          expect(r.den > 0n).toBe(true);
          expect(gcd(r.num, r.den)).toBe(1n);
        }
      }),
      RUNS,
    );
  });

  it("dividing undoes multiplying", () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        expect(divideRational(multiplyRational(a, b), b)).toEqual(a);
        expect(multiplyRational(a, divideRational(ONE, a))).toEqual(ONE);
      }),
      RUNS,
    );
  });

  it("multiplication commutes and associates exactly", () => {
    fc.assert(
      fc.property(positive, positive, positive, (a, b, c) => {
        expect(multiplyRational(a, b)).toEqual(multiplyRational(b, a));
        expect(multiplyRational(multiplyRational(a, b), c)).toEqual(multiplyRational(a, multiplyRational(b, c)));
      }),
      RUNS,
    );
  });

  it("a^m · a^n = a^(m+n), for negative exponents too", () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: -4, max: 4 }), fc.integer({ min: -4, max: 4 }), (a, m, n) => {
        expect(multiplyRational(powerRational(a, m), powerRational(a, n))).toEqual(powerRational(a, m + n));
      }),
      RUNS,
    );
  });
});
