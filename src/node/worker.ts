/**
 * A Monte Carlo worker thread: rebuilds the model from the text it was read from (or its definition, for a model
 * written as an object), then runs the chunks of trials the main
 * thread asks for and sends back each chunk's results (their arrays transferred, not copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildModel, ModelError, type Model } from "../evaluation/index.js";
import { parseModelText } from "../io/index.js";
import { TrialRunner, type RunSpec } from "../montecarlo/index.js";

/** What a worker is started with: the model's text (and file name), or its definition; and the run. */
export interface WorkerInput {
  readonly text?: string;
  readonly file?: string;
  readonly definition?: unknown;
  readonly spec: RunSpec;
}

const { text, file, definition, spec } = workerData as WorkerInput;
const runner = new TrialRunner(rebuild(), spec);

/** The model as the main thread has it: a model with errors is run as its partial model there, so here too. */
function rebuild(): Model {
  try {
    return text !== undefined ? parseModelText(text, file) : buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError && error.partial) return error.partial;
    throw error;
  }
}

/** A chunk to run, with the values array of an earlier chunk to fill again, when the main thread has one spare. */
export type ChunkRequest = number | { readonly chunk: number; readonly spare: Float64Array };

parentPort!.on("message", (request: ChunkRequest | null) => {
  if (request === null) {
    process.exit(0);
  }
  const result = typeof request === "number" ? runner.runChunk(request) : runner.runChunk(request.chunk, request.spare);
  const buffers = [result.met, result.failed, result.values, result.draws, result.margins].map(
    (a) => a.buffer as ArrayBuffer,
  );
  parentPort!.postMessage(result, buffers);
});
parentPort!.postMessage("ready");
