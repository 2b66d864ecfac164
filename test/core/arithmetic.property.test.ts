import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F, roundHalfAwayFromZero } from "../../src/core/index.js";
import { failure } from "./expect-failure.js";

const RUNS = { seed: 42, numRuns: 200 };

/** A figure as printed: up to 7 digits before the point and 0–4 after, e.g. "-4369.9". */
const printed = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([mantissa, decimals]) => new Dec(mantissa).div(new Dec(10).pow(decimals)).toFixed(decimals));

const nonZeroPrinted = printed.filter((text) => !new Dec(text).isZero());

describe("float and decimal arithmetic (properties)", () => {
  it("agree on + − × ÷ of printed figures to double precision", () => {
    fc.assert(
      fc.property(printed, nonZeroPrinted, (a, b) => {
        // Reading each figure as a double costs half an ulp, the operation another half: a few ulps in all,
        // relative to the operands for + and − (which may cancel), relative to the result for × and ÷.
        const x = Number(a);
        const y = Number(b);
        const size = Math.abs(x) + Math.abs(y);
        const cases: [number, Dec, number][] = [
          [F.add(x, y), D.add(new Dec(a), new Dec(b)), size],
          [F.sub(x, y), D.sub(new Dec(a), new Dec(b)), size],
          [F.mul(x, y), D.mul(new Dec(a), new Dec(b)), Math.abs(x * y)],
          [F.div(x, y), D.div(new Dec(a), new Dec(b)), Math.abs(x / y)],
        ];
        for (const [float, decimal, scale] of cases) {
          expect(Math.abs(float - decimal.toNumber())).toBeLessThanOrEqual(4.5e-16 * scale);
        }
      }),
      RUNS,
    );
  });

  it("decimal sums and differences of printed figures are exact: (a + b) − b = a", () => {
    fc.assert(
      fc.property(printed, printed, (a, b) => {
        expect(D.sub(D.add(new Dec(a), new Dec(b)), new Dec(b)).equals(new Dec(a))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the decimal n-th root is correctly rounded: raised to the n-th power it gives back its argument within n half-units of the 34th digit", () => {
    fc.assert(
      fc.property(
        printed.filter((t) => new Dec(t).isPositive() && !new Dec(t).isZero()),
        fc.integer({ min: 1, max: 30 }),
        (a, n) => {
          const x = new Dec(a);
          const back = D.root(x, n).pow(n);
          // A root rounded to 34 digits is off by at most half a unit of its last digit (relative 5e-34); the n-th
          // power multiplies that relative error by n.
          expect(back.minus(x).abs().div(x).lessThanOrEqualTo(new Dec("1e-33").times(n))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("the float root agrees with the decimal root to double precision", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 30 }), (a, n) => {
        const exact = D.root(new Dec(a), n).toNumber();
        expect(Math.abs(F.root(a, n) - exact)).toBeLessThanOrEqual(4e-16 * exact);
      }),
      RUNS,
    );
  });

  it("roundHalfAwayFromZero rounds a printed figure as decimal rounding of its text does", () => {
    fc.assert(
      fc.property(printed, fc.integer({ min: 0, max: 3 }), (text, digits) => {
        const expected = D.round(new Dec(text), digits).toNumber();
        expect(roundHalfAwayFromZero(Number(text), digits)).toBe(expected);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("rounding a figure that ends in a 5 moves it away from zero, in both modes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4 }),
        (k, negative, digits) => {
          const sign = k < 0 || (k === 0 && negative) ? -1 : 1;
          // k·10^-digits plus half a unit in the last place, on k's side of zero: a tie.
          const tie = new Dec(k)
            .times(10)
            .plus(5 * sign)
            .div(new Dec(10).pow(digits + 1));
          const awayFromZero = new Dec(k + sign).div(new Dec(10).pow(digits)).toNumber();
          expect(roundHalfAwayFromZero(tie.toNumber(), digits)).toBe(awayFromZero);
          expect(D.round(tie, digits).toNumber()).toBe(awayFromZero);
        },
      ),
      RUNS,
    );
  });

  it("a negative base with a fractional exponent fails in both modes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }).filter((b) => !Number.isInteger(b)),
        (a, b) => {
          expect(failure(() => F.pow(a, b)).code).toBe("domain");
          expect(failure(() => D.pow(new Dec(a), new Dec(b))).code).toBe("domain");
        },
      ),
      RUNS,
    );
  });
});
