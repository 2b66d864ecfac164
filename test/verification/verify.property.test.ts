import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/core/index.js";
import { verifyClaims } from "../../src/verification/index.js";

/** A value printed as a report prints it: rounded half away from zero to `decimals`, in percent if asked. */
function printed(value: InstanceType<typeof Dec>, decimals: number, percent: boolean): string {
  const shown = percent ? value.times(100) : value;
  return shown.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals) + (percent ? "%" : "");
}

const series = fc.record({
  base: fc.integer({ min: 100, max: 10_000_000 }).map((n) => new Dec(n).div(100)),
  rate: fc.integer({ min: -1500, max: 3000 }).map((n) => new Dec(n).div(10_000)),
  years: fc.integer({ min: 1, max: 10 }),
  rateDecimals: fc.integer({ min: 0, max: 3 }),
  levelDecimals: fc.integer({ min: 0, max: 2 }),
});

describe("verification properties", () => {
  it("judges a series grown at a known rate and printed to d decimals consistent, always", () => {
    fc.assert(
      fc.property(series, ({ base, rate, years, rateDecimals, levelDecimals }) => {
        const factor = rate.plus(1).pow(years);
        const end = base.times(factor);
        const report = verifyClaims({
          claims: [
            { id: "l0", indicator: "x", kind: "level", year: 2000, value: printed(base, levelDecimals, false) },
            { id: "l1", indicator: "x", kind: "level", year: 2000 + years, value: printed(end, levelDecimals, false) },
            {
              id: "c",
              indicator: "x",
              kind: "cumulative_change",
              from: 2000,
              to: 2000 + years,
              value: printed(factor.minus(1), rateDecimals, true),
            },
            {
              id: "a",
              indicator: "x",
              kind: "average_growth",
              from: 2000,
              to: 2000 + years,
              value: printed(rate, rateDecimals, true),
            },
          ],
        });
        expect(report.issues).toEqual([]);
        expect(report.checks.length).toBeGreaterThanOrEqual(2);
        for (const check of report.checks) expect(check.verdict, check.explanation).toBe("consistent");
      }),
      { seed: 20211215, numRuns: 300 },
    );
  });

  it("never judges an average moved beyond its rounding interval consistent", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 50 }), ({ rate, years, rateDecimals }, steps) => {
        const cumulativeText = printed(rate.plus(1).pow(years).minus(1), rateDecimals, true);
        const reference = verifyClaims({
          claims: [
            { id: "c", indicator: "x", kind: "cumulative_change", from: 2000, to: 2000 + years, value: cumulativeText },
            {
              id: "a",
              indicator: "x",
              kind: "average_growth",
              from: 2000,
              to: 2000 + years,
              value: printed(rate, rateDecimals, true),
            },
          ],
        });
        const implied = reference.checks[0]!.computed!;
        // The smallest printed average whose whole rounding interval lies above what the cumulative change allows,
        // then `steps` units further.
        const unit = new Dec(10).pow(-rateDecimals).div(100);
        const above = implied.hi!.plus(unit.div(2)).div(unit).ceil().times(unit).plus(unit.times(steps));
        const moved = verifyClaims({
          claims: [
            { id: "c", indicator: "x", kind: "cumulative_change", from: 2000, to: 2000 + years, value: cumulativeText },
            {
              id: "a",
              indicator: "x",
              kind: "average_growth",
              from: 2000,
              to: 2000 + years,
              value: printed(above, rateDecimals, true),
            },
          ],
        });
        expect(moved.checks[0]!.verdict).not.toBe("consistent");
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
