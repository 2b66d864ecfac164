import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, intervalContains, readPrintedFigure, truncationInterval } from "../../src/core/index.js";

const RUNS = { seed: 42, numRuns: 300 };

/** A non-zero figure as printed: an integer mantissa, 0–4 decimals, optionally a percentage. */
const aFigure = fc.record({
  mantissa: fc.integer({ min: -999_999, max: 999_999 }).filter((m) => m !== 0),
  decimals: fc.integer({ min: 0, max: 4 }),
  percent: fc.boolean(),
});

/** Any figure as printed, zero and a signed zero (`-0.0`) included. */
const anyFigure = fc.record({
  mantissa: fc.oneof(fc.integer({ min: -999_999, max: 999_999 }), fc.constant(0)),
  decimals: fc.integer({ min: 0, max: 4 }),
  percent: fc.boolean(),
  minusZero: fc.boolean(),
});

/** Probes around the figure in steps of a tenth of its last place (±1.5 units), ends and midpoints included. */
const offset = fc.integer({ min: -15, max: 15 });

describe("readPrintedFigure (properties)", () => {
  it("a value lies in a figure's interval exactly when it rounds half away from zero to the figure", () => {
    fc.assert(
      fc.property(anyFigure, offset, ({ mantissa, decimals, percent, minusZero }, k) => {
        const unit = new Dec(10).pow(-decimals);
        const shown = new Dec(mantissa).times(unit);
        const signedZero = mantissa === 0 && minusZero;
        const text = (signedZero ? "-" : "") + shown.toFixed(decimals) + (percent ? "%" : "");
        const f = readPrintedFigure(text)!;
        // A candidate true value, in the units as printed (percent for %).
        const candidate = shown.plus(unit.times(k).div(10));
        const ratio = percent ? candidate.div(100) : candidate;
        // A printed -0.0 stands only for values that round to it from below (or are 0).
        const roundsToFigure =
          candidate.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).equals(shown) &&
          (!signedZero || candidate.lessThanOrEqualTo(0));
        expect(intervalContains(f.interval, ratio)).toBe(roundsToFigure);
      }),
      RUNS,
    );
  });

  it("a value lies in the truncation interval exactly when cutting it off gives the figure", () => {
    fc.assert(
      fc.property(aFigure, offset, ({ mantissa, decimals, percent }, k) => {
        const unit = new Dec(10).pow(-decimals);
        const shown = new Dec(mantissa).times(unit);
        const f = readPrintedFigure(shown.toFixed(decimals) + (percent ? "%" : ""))!;
        const candidate = shown.plus(unit.times(k).div(10));
        const ratio = percent ? candidate.div(100) : candidate;
        const truncates = candidate.toDecimalPlaces(decimals, Dec.ROUND_DOWN).equals(shown);
        expect(intervalContains(truncationInterval(f), ratio)).toBe(truncates);
      }),
      RUNS,
    );
  });

  it("the interval is one unit of the last printed place wide, centred on the figure", () => {
    fc.assert(
      fc.property(aFigure, ({ mantissa, decimals, percent }) => {
        const shown = new Dec(mantissa).times(new Dec(10).pow(-decimals));
        const f = readPrintedFigure(shown.toFixed(decimals) + (percent ? "%" : ""))!;
        const unit = new Dec(10).pow(-decimals).div(percent ? 100 : 1);
        expect(f.decimals).toBe(decimals);
        expect(f.interval.hi!.minus(f.interval.lo!).equals(unit)).toBe(true);
        expect(f.interval.hi!.plus(f.interval.lo!).div(2).equals(f.value)).toBe(true);
      }),
      RUNS,
    );
  });
});
