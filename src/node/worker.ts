/**
 * A Monte Carlo worker thread: rebuilds the model from its definition, then runs the chunks of trials the main
 * thread asks for and sends back each chunk's results (their arrays transferred, not copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildModel } from "../evaluation/index.js";
import { TrialRunner, type RunSpec } from "../montecarlo/index.js";

interface WorkerInput {
  readonly definition: unknown;
  readonly spec: RunSpec;
}

const { definition, spec } = workerData as WorkerInput;
const runner = new TrialRunner(buildModel(definition), spec);

parentPort!.on("message", (chunk: number | null) => {
  if (chunk === null) {
    process.exit(0);
  }
  const result = runner.runChunk(chunk);
  const buffers = [result.met, result.failed, result.values, result.draws, result.margins].map((a) => a.buffer as ArrayBuffer);
  parentPort!.postMessage(result, buffers);
});
parentPort!.postMessage("ready");
