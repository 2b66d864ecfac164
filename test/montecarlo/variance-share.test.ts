import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xoshiro128 } from "../../src/core/index.js";
import { midRanks, rankCorrelation } from "../../src/montecarlo/rank-correlation.js";
import { shareGroups, varianceShare } from "../../src/montecarlo/variance-share.js";

/** n uniform draws on [0, 1) from a seeded generator. */
function uniforms(n: number, seed: number): number[] {
  const rng = xoshiro128(seed);
  return Array.from({ length: n }, () => rng());
}

describe("varianceShare", () => {
  const x = uniforms(10_000, 1);
  const noise = uniforms(10_000, 2);

  it("is near 1 when the input alone decides the margin, whatever the shape of the relation", () => {
    expect(varianceShare(x, x)).toBeGreaterThan(0.99);
    // a band: met only when x is near 0.5 (a target "5%左右"); ρ sees nothing, the share sees it all
    const band = x.map((v) => 0.1 - Math.abs(v - 0.5));
    expect(Math.abs(rankCorrelation(x, band))).toBeLessThan(0.05);
    expect(varianceShare(x, band)).toBeGreaterThan(0.99);
  });

  it("is near 0 for an input that does not matter", () => {
    expect(varianceShare(noise, x)).toBeLessThan(0.01);
    expect(varianceShare(noise, x)).toBeGreaterThanOrEqual(0);
  });

  it("splits the variance of a sum of two independent inputs of equal spread about evenly", () => {
    const sum = x.map((v, i) => v + noise[i]!);
    // grouping into 20 groups keeps 1 − 1/20² of a uniform input's own variance
    expect(varianceShare(x, sum)).toBeCloseTo(0.5, 1);
    expect(varianceShare(noise, sum)).toBeCloseTo(0.5, 1);
  });

  it("leaves out pairs that are not finite, and is NaN when too few remain or the margin never varies", () => {
    expect(varianceShare([1, 2, 3, 4], [1, Number.NaN, 2, Number.NaN])).toBeNaN();
    expect(varianceShare([1, 2, 3, 4, 5, 6], [2, 2, 2, 2, 2, 2])).toBeNaN();
    // a constant whose mean does not round back to it: still no variance to share
    const constant = Array.from({ length: 10_000 }, () => 0.0038);
    expect(constant.reduce((a, b) => a + b, 0) / constant.length).not.toBe(0.0038);
    expect(varianceShare(x, constant)).toBeNaN();
    expect(varianceShare([1, 2, Number.NaN, 4, 5, 6, 7], [1, 2, 99, 4, 5, 6, 7])).toBe(
      varianceShare([1, 2, 4, 5, 6, 7], [1, 2, 4, 5, 6, 7]),
    );
  });

  it("cuts small samples into fewer groups, never fewer than 2 nor more than 20", () => {
    expect(shareGroups(10)).toBe(2);
    expect(shareGroups(100)).toBe(4);
    expect(shareGroups(500)).toBe(20);
    expect(shareGroups(1_000_000)).toBe(20);
  });

  it("(property) lies in [0, 1] and depends on the input only through its order", () => {
    const sample = fc.array(
      fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      { minLength: 3, maxLength: 300 },
    );
    fc.assert(
      fc.property(sample, (pairs) => {
        const xs = pairs.map((p) => p[0]);
        const ys = pairs.map((p) => p[1]);
        const share = varianceShare(xs, ys);
        if (Number.isNaN(share)) return;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        // the input enters only through its ranks: its ranks in its place give the same share, to the bit
        expect(varianceShare(Array.from(midRanks(Float64Array.from(xs))), ys)).toBe(share);
        expect(
          varianceShare(
            xs.map((v) => v * 8),
            ys,
          ),
        ).toBe(share);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
