import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { correlationOfRanks, midRanks, rankCorrelation, sortedValues } from "../../src/montecarlo/rank-correlation.js";
import { varianceShare } from "../../src/montecarlo/variance-share.js";
import { SimulationSummary, type ChunkResult } from "./summary-helpers.js";

/** Mid-ranks the textbook way: sort the pairs (value, index), give each run of equal values its mean position. */
function naiveMidRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return ranks;
}

/**
 * Finite doubles of every kind, often repeated: ties, ±0, negatives, subnormals and huge values, and neighbours of
 * 1 that differ only in their last bits (the same high 32 bits: the radix sort orders them by the low word).
 */
const NEAR_ONE = [1 + 2 ** -52, 1 + 2 ** -51, 1 + 3 * 2 ** -52, 1 + 2 ** -40, -(1 + 2 ** -52), -(1 + 2 ** -51)];
const value = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, 0.05, -1e-310, 1e300, ...NEAR_ONE),
);

describe("mid-ranks", () => {
  it("are the textbook mid-ranks, for short arrays and for long ones (radix sorted)", () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.array(value, { minLength: 512, maxLength: 3000 }),
        (short, long) => {
          expect([...midRanks(Float64Array.from(short))]).toEqual(naiveMidRanks(short));
          expect([...midRanks(Float64Array.from(long))]).toEqual(naiveMidRanks(long));
        },
      ),
      { seed: 20_211_215, numRuns: 60 },
    );
  });

  it("tie −0 with +0, and order negatives below positives", () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) =>
      i % 4 === 0 ? -0 : i % 4 === 1 ? 0 : i % 4 === 2 ? -i : i,
    );
    const ranks = midRanks(values);
    // 250 negatives (ranks 0–249) below 500 zeros (ranks 250–749, mean 499.5) below 250 positives
    expect(ranks[0]).toBe(499.5);
    expect(ranks[1]).toBe(499.5);
    expect(ranks[998]).toBe(0);
    expect(ranks[999]).toBe(999);
  });
});

describe("sorted values", () => {
  it("are what Float64Array's sort gives, −0 before +0, for short arrays and long ones (radix sorted)", () => {
    const same = (values: readonly number[]) => {
      const expected = Float64Array.from(values).sort();
      const actual = sortedValues(Float64Array.from(values));
      expect(actual.length).toBe(expected.length);
      expect(actual.every((v, i) => Object.is(v, expected[i]))).toBe(true);
    };
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 40 }),
        fc.array(value, { minLength: 512, maxLength: 3000 }),
        fc.constantFrom(0, -0, 276, -1 - 2 ** -52),
        (short, long, constant) => {
          same(short);
          same(long);
          // a cell without spread: one long run of one number, and with a few others
          same(Array.from({ length: 2000 }, () => constant));
          same(Array.from({ length: 2000 }, (_, i) => (i % 97 === 0 ? -constant : constant)));
        },
      ),
      { seed: 20_211_216, numRuns: 60 },
    );
  });
});

describe("Spearman's rank correlation", () => {
  it("is Pearson's correlation of the mid-ranks, over the pairs where both have values", () => {
    expect(rankCorrelation([1, Number.NaN, 3, 4, 5], [2, 7, 1, 4, 3])).toBeCloseTo(
      correlationOfRanks(Float64Array.of(0, 1, 2, 3), Float64Array.of(1, 0, 3, 2)),
      15,
    );
    expect(correlationOfRanks(Float64Array.of(0, 1, 2), Float64Array.of(1, 1, 1))).toBe(0);
    expect(rankCorrelation([1, 2], [2, 1])).toBeNaN();
  });
});

describe("a simulation's drivers", () => {
  const chunkOf = (index: number, draws: number[][], margins: number[]): ChunkResult => ({
    chunk: index,
    start: index * 1000,
    count: margins.length,
    met: new Uint32Array([margins.filter((m) => m >= 0).length]),
    failed: new Uint32Array([margins.filter((m) => Number.isNaN(m)).length]),
    values: new Float64Array(0),
    draws: Float64Array.from(margins.flatMap((_, k) => draws.map((column) => column[k]!))),
    margins: Float64Array.from(margins),
    errorTrials: 0,
  });

  it("rank each input against each target over every chunk's trials, largest |ρ| first", () => {
    const n = 1500;
    const a = Array.from({ length: n }, (_, k) => (Math.sin(k * 12.9898) * 43_758.5453) % 1);
    const b = Array.from({ length: n }, (_, k) => (Math.cos(k * 78.233) * 12_345.678) % 1);
    const margin = a.map((x, k) => x - 0.3 * b[k]!);
    const summary = new SimulationSummary(["t"], ["a", "b"], []);
    summary.add(chunkOf(0, [a.slice(0, 1000), b.slice(0, 1000)], margin.slice(0, 1000)));
    summary.add(chunkOf(1, [a.slice(1000), b.slice(1000)], margin.slice(1000)));
    const drivers = summary.targets()[0]!.drivers;
    expect(drivers.map((d) => d.input)).toEqual(["a", "b"]);
    expect(drivers[0]!.rho).toBe(rankCorrelation(a, margin));
    expect(drivers[1]!.rho).toBe(rankCorrelation(b, margin));
    expect(drivers[1]!.rho).toBeLessThan(0);
    expect(drivers[0]!.share).toBe(varianceShare(a, margin));
    expect(drivers[1]!.share).toBe(varianceShare(b, margin));
  });

  it("skip the trials in which a target had no value", () => {
    const a = [1, 2, 3, 4, 5, 6];
    const margin = [1, Number.NaN, 3, 4, Number.NaN, 6];
    const summary = new SimulationSummary(["t"], ["a"], []);
    summary.add(chunkOf(0, [a], margin));
    // two groups by rank, {1, 3} and {4, 6} once the NaNs are left out: SS_between 9, SS_within 4, SS_total 13
    expect(summary.targets()[0]!.drivers).toEqual([{ input: "a", rho: 1, share: (9 - 4 / 2) / 13 }]);
  });
});
