import { xoshiro128 } from "../../src/core/index.js";
import { normalQuantile } from "../../src/core/random/special-functions.js";

export type { ChunkResult } from "../../src/montecarlo/index.js";
export { SimulationSummary } from "../../src/montecarlo/summary.js";
export { EXACT_QUANTILE_TRIALS, QuantileAccumulator, sortedQuantile } from "../../src/montecarlo/quantiles.js";
export { wilsonInterval } from "../../src/montecarlo/intervals.js";
export { rankCorrelation } from "../../src/montecarlo/rank-correlation.js";

/** `n` standard normal draws from a seeded generator. */
export function xoshiro128Draws(n: number, seed: number): number[] {
  const rng = xoshiro128(seed);
  return Array.from({ length: n }, () => normalQuantile(rng()));
}
