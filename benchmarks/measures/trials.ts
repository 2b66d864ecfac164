import type { Contestant } from "../contestants/contestant.js";
import { Prng } from "../prng.js";

/** What a batch of trials adds up: the group sum in the last year and the first chain's cagr, over all trials. */
export interface TrialSums {
  readonly total: number;
  readonly cagr: number;
}

/** The growth rates' means: each chain's rate in the model file. */
export function meansOf(growthDecimal: readonly string[]): Float64Array {
  return Float64Array.from(growthDecimal, Number);
}

/**
 * Monte Carlo trials: every chain's growth rate drawn from a normal around its own rate (sd 1 percentage point),
 * the model evaluated, two numbers recorded. The same seed gives every contestant the same draws.
 */
export function runTrials(contestant: Contestant, means: Float64Array, trials: number, seed: number): TrialSums {
  const rng = new Prng(seed);
  const draws = new Float64Array(means.length);
  let total = 0;
  let cagr = 0;
  for (let trial = 0; trial < trials; trial++) {
    for (let i = 0; i < draws.length; i++) draws[i] = means[i]! + 0.01 * rng.normal();
    contestant.setAllGrowth(draws);
    contestant.evaluate();
    const probe = contestant.probe();
    total += probe.total;
    cagr += probe.cagr;
  }
  return { total, cagr };
}
