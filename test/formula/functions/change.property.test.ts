import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { relativeChange } from "../../../src/formula/functions/change.js";
import { resolveYear, type CheckedExpr } from "../../../src/formula/index.js";
import { TIMELINE, checked, withoutSpans } from "../helpers.js";

const RUNS = { seed: 42, numRuns: 200 };

const positiveFloat = fc.double({ min: 1e-3, max: 1e7, noNaN: true });
const positiveDecimal = fc.integer({ min: 1, max: 1_000_000_000 }).map((cents) => new Dec(cents).div(100));

describe("change (properties)", () => {
  it("changes compose over adjacent periods: (1 + c01)(1 + c12) = 1 + c02, in float", () => {
    fc.assert(
      fc.property(positiveFloat, positiveFloat, positiveFloat, (x0, x1, x2) => {
        const composed = (1 + relativeChange(F, x0, x1)) * (1 + relativeChange(F, x1, x2));
        const direct = 1 + relativeChange(F, x0, x2);
        // Each 1 + change carries a few ulps of max(ratio, 1): subtracting 1 and adding it back costs precision.
        const scale = Math.max(1, x1 / x0) * Math.max(1, x2 / x1) + Math.max(1, x2 / x0);
        expect(Math.abs(composed - direct)).toBeLessThanOrEqual(8 * Number.EPSILON * scale);
      }),
      RUNS,
    );
  });

  it("changes compose over adjacent periods: (1 + c01)(1 + c12) = 1 + c02, in decimal", () => {
    fc.assert(
      fc.property(positiveDecimal, positiveDecimal, positiveDecimal, (x0, x1, x2) => {
        const one = D.integer(1);
        const composed = D.mul(D.add(one, relativeChange(D, x0, x1)), D.add(one, relativeChange(D, x1, x2)));
        const direct = D.add(one, relativeChange(D, x0, x2));
        // As in float, with 34 digits: a few units of 1e-33 of max(ratio, 1) for each factor.
        const big = (a: Dec, b: Dec) => Dec.max(1, b.div(a));
        const scale = big(x0, x1).times(big(x1, x2)).plus(big(x0, x2));
        expect(composed.minus(direct).abs().lessThanOrEqualTo(scale.times("1e-32"))).toBe(true);
      }),
      RUNS,
    );
  });

  it("growth over one year is change(t−1, t), for every year and every offset", () => {
    const years = fc.integer({ min: TIMELINE.first + 1, max: TIMELINE.last });
    fc.assert(
      fc.property(years, fc.integer({ min: -5, max: 5 }), (year, k) => {
        const shifted = (d: number) => (d === 0 ? "t" : d > 0 ? `t+${d}` : `t${d}`);
        expect(withoutSpans(checked(`growth(gdp, ${year})`).expr)).toEqual(
          withoutSpans(checked(`change(gdp, ${year - 1}, ${year})`).expr),
        );
        expect(withoutSpans(checked(`growth(gdp, ${shifted(k)})`).expr)).toEqual(
          withoutSpans(checked(`change(gdp, ${shifted(k - 1)}, ${shifted(k)})`).expr),
        );
      }),
      RUNS,
    );
  });

  it("growth(x) in a year is the relative change of x from the year before, in both modes", () => {
    const series = fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
      minLength: TIMELINE.length,
      maxLength: TIMELINE.length,
    });
    const expr = checked("growth(gdp)").expr as CheckedExpr & { kind: "series" };
    fc.assert(
      fc.property(series, fc.integer({ min: TIMELINE.first + 1, max: TIMELINE.last }), (values, year) => {
        const at = (y: number) => values[TIMELINE.indexOf(y)]!;
        const from = resolveYear(expr.from, year);
        const to = resolveYear(expr.to, year);
        expect([from, to]).toEqual([year - 1, year]);
        expect(relativeChange(F, at(from), at(to))).toBe(at(year) / at(year - 1) - 1);
        expect(
          relativeChange(D, new Dec(at(from)), new Dec(at(to))).equals(new Dec(at(year)).div(at(year - 1)).minus(1)),
        ).toBe(true);
      }),
      RUNS,
    );
  });
});
