import { describe, expect, it } from "vitest";
import {
  EXACT_QUANTILE_TRIALS,
  QuantileAccumulator,
  SimulationSummary,
  rankCorrelation,
  sortedQuantile,
  wilsonInterval,
  xoshiro128Draws,
  type ChunkResult,
} from "./summary-helpers.js";

function chunkOf(index: number, values: number[]): ChunkResult {
  return {
    chunk: index,
    start: index * 1000,
    count: values.length,
    met: new Uint32Array([values.filter((v) => v > 0).length]),
    failed: new Uint32Array([0]),
    values: Float64Array.from(values),
    draws: Float64Array.from(values),
    margins: Float64Array.from(values),
    errorTrials: 0,
  };
}

describe("simulation summaries", () => {
  it("give the Wilson interval: 8 of 10 is [0.490, 0.943]", () => {
    const [lo, hi] = wilsonInterval(8, 10);
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 100)[0]).toBe(0);
  });

  it("interpolate quantiles between order statistics", () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(sortedQuantile([1, 2, 3, 4], 0)).toBe(1);
    expect(sortedQuantile([1, 2, 3, 4], 1)).toBe(4);
  });

  it("rank-correlate: 1 for any increasing relation, −1 for a decreasing one, ties averaged", () => {
    expect(rankCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 15);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 15);
    expect(rankCorrelation([1, 1, 2, 2], [1, 1, 2, 2])).toBeCloseTo(1, 15);
  });

  it("keep quantiles exact up to the limit, then within the stated histogram error", () => {
    const draws = xoshiro128Draws(3 * EXACT_QUANTILE_TRIALS, 99);
    const summary = new SimulationSummary(["t"], ["x"], [{ id: "x", year: 2025, cell: 0 }]);
    for (let c = 0; c * 1000 < draws.length; c++) summary.add(chunkOf(c, draws.slice(c * 1000, (c + 1) * 1000)));
    const method = summary.quantileMethod();
    expect(method.kind).toBe("histogram");
    const q = summary.quantiles().x!["2025"]!;
    const sorted = [...draws].sort((a, b) => a - b);
    const bound = method.kind === "histogram" ? method.maxError : 0;
    for (const [p, estimate] of [
      [0.05, q.p5],
      [0.5, q.p50],
      [0.95, q.p95],
    ] as const) {
      expect(Math.abs(estimate - sortedQuantile(sorted, p))).toBeLessThanOrEqual(bound);
    }
    expect(q.mean).toBeCloseTo(draws.reduce((s, v) => s + v, 0) / draws.length, 12);
    expect(summary.targets()[0]!.probability).toBeCloseTo(draws.filter((v) => v > 0).length / draws.length, 15);
  });

  it("give each cell the quantiles and mean of its values added one by one, in trial order", () => {
    // three cells over 12 chunks, so that the histogram starts within a chunk: cell c's trial k at c·count + k
    const cells = [0, 1, 2].map((c) => ({ id: `x${c}`, year: 2025, cell: c }));
    const summary = new SimulationSummary(["t"], ["x"], cells);
    const one = [0, 1, 2].map(() => new QuantileAccumulator());
    const draws = xoshiro128Draws(3 * 12_000, 5);
    for (let chunk = 0; chunk < 12; chunk++) {
      const values = new Float64Array(3 * 1000);
      for (let c = 0; c < 3; c++) {
        for (let k = 0; k < 1000; k++) {
          const draw = draws[(chunk * 1000 + k) * 3 + c]!;
          const value = c === 2 && k % 7 === 0 ? Number.NaN : draw * (c + 1);
          values[c * 1000 + k] = value;
          one[c]!.add(value);
        }
      }
      summary.add({
        ...chunkOf(
          chunk,
          Array.from({ length: 1000 }, () => 1),
        ),
        values,
      });
    }
    const quantiles = summary.quantiles();
    for (let c = 0; c < 3; c++) expect(quantiles[`x${c}`]!["2025"]).toEqual(one[c]!.summary());
  });

  it("refuses chunks out of order (the order every sum is taken in)", () => {
    const summary = new SimulationSummary(["t"], ["x"], []);
    expect(() => summary.add(chunkOf(1, [1]))).toThrow(/arrived before chunk 0/);
  });
});
