import { parentPort, workerData } from "node:worker_threads";
import { handFloat } from "../contestants/hand-float.js";
import { plansheet } from "../contestants/plansheet.js";
import { syntheticModel } from "../model.js";
import { meansOf, runTrials } from "./trials.js";

/**
 * One Monte Carlo worker thread (benchmark only: the library's own seeded Monte Carlo comes later). It builds
 * the model itself, warms up, then runs its share of the trials each time the main thread says go.
 */
interface Job {
  readonly kind: "hand" | "hand-per-kind" | "compiled";
  readonly chains: number;
  readonly trials: number;
  readonly seed: number;
}

const job = workerData as Job;
const model = syntheticModel(job.chains);
const contestant =
  job.kind === "compiled" ? plansheet(model, "compiled", { inPlace: true }) : handFloat(model, job.kind === "hand" ? "per-series" : "per-kind");
const means = meansOf(model.growthDecimal);
runTrials(contestant, means, Math.min(job.trials, 10_000), job.seed + 1_000);
parentPort!.on("message", (message: "go" | "stop") => {
  if (message === "stop") {
    parentPort!.close();
    return;
  }
  const t0 = performance.now();
  const sums = runTrials(contestant, means, job.trials, job.seed);
  parentPort!.postMessage({ sums, ms: performance.now() - t0 });
});
parentPort!.postMessage("ready");
