import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { cagr } from "../../../src/formula/index.js";

const RUNS = { seed: 42, numRuns: 200 };

describe("cagr (properties)", () => {
  it("a series grown at rate g from a positive base has cagr g, in float to 1e-12", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e7, noNaN: true }),
        fc.double({ min: -0.9, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (base, g, years) => {
          // Grown year by year, as a projection does.
          let value = base;
          for (let i = 0; i < years; i++) value *= 1 + g;
          expect(Math.abs(cagr(F, base, value, years) - g)).toBeLessThanOrEqual(1e-12);
        },
      ),
      RUNS,
    );
  });

  it("a series grown at rate g from a positive base has cagr g, in decimal to 1e-30", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: -9_000, max: 20_000 }),
        fc.integer({ min: 1, max: 30 }),
        (cents, basisPoints, years) => {
          const base = new Dec(cents).div(100);
          const g = new Dec(basisPoints).div(10_000);
          let value = base;
          for (let i = 0; i < years; i++) value = D.mul(value, D.add(D.integer(1), g));
          expect(
            D.sub(cagr(D, base, value, years), g)
              .abs()
              .lessThanOrEqualTo("1e-30"),
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("compounding the cagr over the period gives back the end value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (start, end, years) => {
          const rate = cagr(F, start, end, years);
          // The rate carries an absolute error of a few ulps, so the error scales with the larger value.
          expect(Math.abs(start * (1 + rate) ** years - end)).toBeLessThanOrEqual(1e-12 * Math.max(start, end));
        },
      ),
      RUNS,
    );
  });

  it("float and decimal agree to 1e-13", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        (start, end, years) => {
          const float = cagr(F, start / 100, end / 100, years);
          const decimal = cagr(D, new Dec(start).div(100), new Dec(end).div(100), years).toNumber();
          expect(Math.abs(float - decimal)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(decimal)));
        },
      ),
      RUNS,
    );
  });
});
