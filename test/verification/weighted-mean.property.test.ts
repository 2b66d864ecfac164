import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interval, type Interval } from "../../src/core/index.js";
import { sharesMeanRange, weightedMeanRange } from "../../src/verification/weighted-mean.js";

/** An interval [lo, lo + width] from two small whole numbers, scaled. */
const box = (lo: number, width: number, scale: number): Interval => interval(lo / scale, (lo + width) / scale);

/** Every vertex of the weight box: the optimum of a weighted mean over a box is at one of them. */
function vertices(weights: readonly Interval[]): number[][] {
  return weights.reduce<number[][]>(
    (all, w) =>
      all.flatMap((v) => [
        [...v, w.lo!.toNumber()],
        [...v, w.hi!.toNumber()],
      ]),
    [[]],
  );
}

const mean = (x: readonly number[], w: readonly number[]) =>
  x.reduce((s, xi, i) => s + xi * w[i]!, 0) / w.reduce((s, wi) => s + wi, 0);

describe("weighted means over intervals", () => {
  it("give the exact range: the best and worst vertices of the weight box, with the values at their ends", () => {
    const part = fc.record({
      value: fc.tuple(fc.integer({ min: -50, max: 80 }), fc.integer({ min: 0, max: 10 })),
      weight: fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 300 })),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const values = parts.map((p) => box(p.value[0], p.value[1], 1000));
        const weights = parts.map((p) => box(p.weight[0], p.weight[1], 10));
        const range = weightedMeanRange(values, weights)!;
        const corners = vertices(weights);
        const top = Math.max(
          ...corners.map((w) =>
            mean(
              values.map((v) => v.hi!.toNumber()),
              w,
            ),
          ),
        );
        const bottom = Math.min(
          ...corners.map((w) =>
            mean(
              values.map((v) => v.lo!.toNumber()),
              w,
            ),
          ),
        );
        expect(range.hi!.toNumber()).toBeCloseTo(top, 12);
        expect(range.lo!.toNumber()).toBeCloseTo(bottom, 12);
        // and safe: never inside the true range because of rounding
        expect(range.hi!.toNumber()).toBeGreaterThanOrEqual(top - 1e-15);
        expect(range.lo!.toNumber()).toBeLessThanOrEqual(bottom + 1e-15);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  it("with shares adding up to exactly 1, give the optimum of the linear programme (checked on a fine grid of shares)", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 10, max: 40 }), fc.integer({ min: 20, max: 50 })),
        fc.tuple(
          fc.integer({ min: -30, max: 60 }),
          fc.integer({ min: -30, max: 60 }),
          fc.integer({ min: -30, max: 60 }),
        ),
        ([a, b], [x, y, z]) => {
          // three printed shares of one decimal place: a%, b% and the rest
          const shares = [
            box(a * 10 - 0.5, 1, 1000),
            box(b * 10 - 0.5, 1, 1000),
            box((100 - a - b) * 10 - 0.5, 1, 1000),
          ];
          const values = [interval(x / 1000, x / 1000), interval(y / 1000, y / 1000), interval(z / 1000, z / 1000)];
          const range = sharesMeanRange(values, shares)!;
          let top = -Infinity;
          let bottom = Infinity;
          const steps = 50;
          for (let i = 0; i <= steps; i++) {
            for (let j = 0; j <= steps; j++) {
              const s1 = shares[0]!.lo!.toNumber() + (i / steps) * 0.001;
              const s2 = shares[1]!.lo!.toNumber() + (j / steps) * 0.001;
              const s3 = 1 - s1 - s2;
              if (s3 < shares[2]!.lo!.toNumber() - 1e-12 || s3 > shares[2]!.hi!.toNumber() + 1e-12) continue;
              const m = (s1 * x + s2 * y + s3 * z) / 1000;
              top = Math.max(top, m);
              bottom = Math.min(bottom, m);
            }
          }
          expect(range.hi!.toNumber()).toBeGreaterThanOrEqual(top - 1e-12);
          expect(range.lo!.toNumber()).toBeLessThanOrEqual(bottom + 1e-12);
          // the grid holds the optimum's vertices, so the range is no wider than what the grid attains
          expect(range.hi!.toNumber()).toBeCloseTo(top, 9);
          expect(range.lo!.toNumber()).toBeCloseTo(bottom, 9);
        },
      ),
      { seed: 20261205, numRuns: 100 },
    );
  });

  it("are not pinned down when a weight may be 0 or shares cannot add up to 1", () => {
    expect(weightedMeanRange([interval(0.01, 0.02)], [interval(0, 1)])).toBeUndefined();
    expect(
      sharesMeanRange([interval(0.01, 0.02), interval(0.03, 0.04)], [interval(0.3, 0.31), interval(0.5, 0.51)]),
    ).toBeUndefined();
  });
});
