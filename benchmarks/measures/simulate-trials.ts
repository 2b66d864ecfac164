import { parseModelText, simulate } from "../../src/index.js";
import type { SyntheticModel } from "../model.js";
import type { TrialSums } from "./trials.js";

/**
 * M(N, Y) with the Monte Carlo measure's uncertainty written into the model file — every chain's growth rate
 * `normal: { mean: its rate, sd: 1% }`, drawn once per trial — and one target on the first chain's cagr.
 */
export function uncertainModelText(synthetic: SyntheticModel): string {
  const lines = [synthetic.text.trimEnd(), "uncertainty:"];
  synthetic.growthText.forEach((rate, i) => lines.push(`  g_${i}: { normal: { mean: ${rate}, sd: 1% } }`));
  lines.push("targets:", `  first_chain:`, `    check: cagr(x_0, ${synthetic.first}, ${synthetic.last}) >= 1%`, "");
  return lines.join("\n");
}

/**
 * The library's own Monte Carlo end to end, as a planner calls it: `simulate(model, { trials, seed })` with the
 * group sum and the first chain's cagr tracked (the measure's two numbers), giving the target's probability, its
 * Wilson interval and drivers, and every tracked cell's quantiles. Returns what the measure adds up — the means
 * of the two numbers times the trials — for the check against the hand-written loop, which draws other numbers
 * from the same distributions (`simulate` seeds a generator per trial), so the two agree only statistically.
 */
export function simulateTrials(synthetic: SyntheticModel): (trials: number, seed: number) => TrialSums {
  const model = parseModelText(uncertainModelText(synthetic), "M.yaml");
  const last = String(synthetic.last);
  return (trials, seed) => {
    const result = simulate(model, { trials, seed, track: ["total", "c_0"] });
    return { total: result.quantiles.total![last]!.mean * trials, cagr: result.quantiles.c_0![last]!.mean * trials };
  };
}
