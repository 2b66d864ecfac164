import { parentPort, workerData } from "node:worker_threads";
import type { Contestant } from "../contestants/contestant.js";
import { handFloat } from "../contestants/hand-float.js";
import { hyperformula } from "../contestants/hyperformula.js";
import { mathjsPerCell } from "../contestants/mathjs-per-cell.js";
import { plansheet } from "../contestants/plansheet.js";
import { syntheticModel, type SyntheticModel } from "../model.js";
import { meansOf, runTrials } from "./trials.js";

/** The contestants a Monte Carlo worker can run. */
export type TrialKind = "hand" | "hand-per-kind" | "compiled" | "interpreted" | "mathjs" | "hyperformula";

/**
 * One Monte Carlo worker thread (benchmark only: the library's own seeded Monte Carlo comes later). It builds
 * the model itself with one contestant, warms up, then runs its share of the trials each time the main thread
 * says go. Alone in its thread, a contestant is timed without the others' code and garbage around it.
 */
interface Job {
  readonly kind: TrialKind;
  readonly chains: number;
  readonly trials: number;
  readonly seed: number;
}

function contestantOf(kind: TrialKind, model: SyntheticModel): Contestant {
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
const contestant = contestantOf(job.kind, model);
const means = meansOf(model.growthDecimal);
// Warm-up: the same work as a round, with other draws.
runTrials(contestant, means, job.trials, job.seed + 1_000);
/** The first trials of the check, the same for every contestant on the k-th thread. */
const CHECK_TRIALS = 50;

parentPort!.on("message", (message: "go" | "check" | "stop") => {
  if (message === "stop") {
    parentPort!.close();
    return;
  }
  if (message === "check") {
    parentPort!.postMessage({ name: contestant.name, sums: runTrials(contestant, means, CHECK_TRIALS, job.seed), ms: 0 });
    return;
  }
  const t0 = performance.now();
  const sums = runTrials(contestant, means, job.trials, job.seed);
  parentPort!.postMessage({ name: contestant.name, sums, ms: performance.now() - t0 });
});
parentPort!.postMessage("ready");
