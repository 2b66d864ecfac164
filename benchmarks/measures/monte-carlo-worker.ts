import { parentPort, workerData } from "node:worker_threads";
import type { Contestant } from "../contestants/contestant.js";
import { handFloat } from "../contestants/hand-float.js";
import { hyperformula } from "../contestants/hyperformula.js";
import { mathjsPerCell } from "../contestants/mathjs-per-cell.js";
import { plansheet } from "../contestants/plansheet.js";
import { syntheticModel, type SyntheticModel } from "../model.js";
import { simulateTrials } from "./simulate-trials.js";
import { meansOf, runTrials, type TrialSums } from "./trials.js";

/** The contestants a Monte Carlo worker can run. */
export type TrialKind = "hand" | "hand-per-kind" | "compiled" | "simulate" | "interpreted" | "mathjs" | "hyperformula";

/**
 * One Monte Carlo worker thread. It builds the model itself with one contestant, warms up, then runs its share
 * of the trials each time the main thread says go. Alone in its thread, a contestant is timed without the
 * others' code and garbage around it. `simulate` is the library's own Monte Carlo, drawing and summarising too;
 * the others are engines in the measure's hand-written trial loop (`trials.ts`).
 */
interface Job {
  readonly kind: TrialKind;
  readonly chains: number;
  readonly trials: number;
  readonly seed: number;
}

function contestantOf(kind: Exclude<TrialKind, "simulate">, model: SyntheticModel): Contestant {
  switch (kind) {
    case "hand":
      return handFloat(model, "per-series");
    case "hand-per-kind":
      return handFloat(model, "per-kind");
    case "compiled":
      return plansheet(model, "compiled", { inPlace: true });
    case "interpreted":
      return plansheet(model, "interpreter");
    case "mathjs":
      return mathjsPerCell(model);
    case "hyperformula":
      return hyperformula(model, true);
  }
}

const job = workerData as Job;
const model = syntheticModel(job.chains);
const means = meansOf(model.growthDecimal);
const { name, run } =
  job.kind === "simulate"
    ? { name: "plansheet simulate()", run: simulateTrials(model) }
    : loopOf(contestantOf(job.kind, model));
// Warm-up: the same work as a round, with other draws.
run(job.trials, job.seed + 1_000);

function loopOf(contestant: Contestant): { name: string; run: (trials: number, seed: number) => TrialSums } {
  return { name: contestant.name, run: (trials, seed) => runTrials(contestant, means, trials, seed) };
}

/** The first trials of the check, the same for every contestant on the k-th thread. */
const CHECK_TRIALS = 50;

parentPort!.on("message", (message: "go" | "check" | "stop") => {
  if (message === "stop") {
    parentPort!.close();
    return;
  }
  if (message === "check") {
    parentPort!.postMessage({ name, sums: run(CHECK_TRIALS, job.seed), ms: 0 });
    return;
  }
  const t0 = performance.now();
  const sums = run(job.trials, job.seed);
  parentPort!.postMessage({ name, sums, ms: performance.now() - t0 });
});
parentPort!.postMessage("ready");
