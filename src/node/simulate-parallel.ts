import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { withDisplay, type Displayable } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import {
  ChunkOrderer,
  checkRunOptions,
  simulate as simulateInThread,
  runLayout,
  simulationResult,
  TrialRunner,
  summaryFor,
  type ChunkResult,
  type SimulateOptions,
  type SimulationResult,
} from "../montecarlo/index.js";
import type { WorkerInput } from "./worker.js";
import { WorkerPool } from "./worker-pool.js";

/** Options of the Node Monte Carlo: those of `simulate`, and how many threads run trials. */
export interface ParallelSimulateOptions extends SimulateOptions {
  /**
   * Threads that run trials, this one included unless `inThread` is false (so `workers: 2` starts one worker
   * thread); at most one per core. Default: one per core when the run is long enough for a worker thread to pay for
   * its start — this thread runs the first chunks alone and starts workers only when what remains would take it
   * at least a second (`WORKER_WORTHWHILE_MS`) — else this thread alone.
   */
  readonly workers?: number;
  /**
   * Whether this thread runs trials too, between the workers' results (default true). `false` keeps it free — a
   * server's event loop — and runs every trial in worker threads, `workers` of them (one per core by default).
   */
  readonly inThread?: boolean;
  /**
   * Told, once the trials are done, how many threads were set to run them (this one and the workers started), and
   * whether that is this thread alone because the default found the run too short for a worker to help.
   */
  readonly onThreads?: (threads: number, shortRun: boolean) => void;
}

/**
 * How long, at least, the trials left after a run's first chunks must be expected to take this thread alone for the
 * default to start worker threads: a worker takes a few hundred milliseconds to start (it loads the library and
 * builds the model again), and the summary after the trials is this thread's alone, so on a shorter run a worker
 * thread would finish later, not sooner.
 */
export const WORKER_WORTHWHILE_MS = 1000;

/**
 * The worker script next to this module: the built `montecarlo-worker.js` (or `.cjs`); when running from the
 * TypeScript sources (development and tests), a small module that registers tsx's loader and imports the
 * worker's source.
 */
function workerScript(): URL {
  const here = import.meta.url;
  if (!here.endsWith(".ts"))
    return new URL(here.endsWith(".cjs") ? "./montecarlo-worker.cjs" : "./montecarlo-worker.js", here);
  // tsx's ESM entry (its CommonJS one resolves its loader relative to itself, which fails from a data: URL).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/index\.cjs$/, "index.mjs"),
  ).href;
  const source = new URL("./worker.ts", here).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/**
 * Monte Carlo across threads: the trials are cut into fixed chunks, handed to whichever thread is free, and merged
 * in chunk order, so the result is bit-identical to a run in one thread with the same seed, whatever the number of
 * threads. This thread runs chunks too, from the start, so that the workers' start costs nothing but their core:
 * a run shorter than that is over before any worker is ready, which is then stopped. By default workers are
 * started only for a run long enough for them to help (see `workers`). With `workers: 0` or 1 it runs in this
 * thread alone.
 */
export async function simulateInWorkers(
  model: Model,
  options: ParallelSimulateOptions,
): Promise<SimulationResult & Displayable> {
  checkRunOptions(options);
  const { onProgress, onThreads, workers, inThread = true, ...spec } = options;
  // more threads than cores only costs memory (each worker holds the model): at most one per core
  const threads = Math.min(workers ?? availableParallelism(), availableParallelism());
  const layout = runLayout(model, spec);
  if (threads <= 1 || layout.chunks < 2) {
    onThreads?.(1, false);
    return simulateInThread(model, { ...spec, ...(onProgress ? { onProgress } : {}) });
  }
  const summary = summaryFor(layout);
  // the values arrays the summary is done with, to fill again (see WorkerPool)
  const spares: Float64Array[] = [];
  const orderer = new ChunkOrderer(summary, (chunk) => spares.push(chunk.values));
  let merged: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (merged = resolve));
  const accept = (chunk: ChunkResult) => {
    orderer.accept(chunk);
    onProgress?.(summary.trials, options.trials);
    if (summary.trials === options.trials) merged();
  };
  let nextChunk = 0;
  const take = () => (nextChunk < layout.chunks ? nextChunk++ : -1);
  const { source, definition } = model.structure;
  const workerData: WorkerInput =
    source.text !== undefined
      ? { text: source.text, ...(source.file ? { file: source.file } : {}), spec }
      : { definition, spec };
  const pool = new WorkerPool(workerScript(), workerData, take, accept, () => spares.pop());
  // the default decides after this thread's second chunk, the first to run on warmed-up code
  let deciding = inThread && workers === undefined;
  if (!deciding) pool.start(Math.min(inThread ? threads - 1 : threads, layout.chunks));
  const between = () => Promise.race([new Promise((resolve) => setImmediate(resolve)), pool.failure]);
  try {
    const runner = inThread ? new TrialRunner(model, spec, layout) : undefined;
    let ran = 0;
    for (let chunk = runner ? take() : -1; chunk >= 0; chunk = take()) {
      const t0 = performance.now();
      accept(runner!.runChunk(chunk, spares.pop()));
      if (deciding && ++ran === 2) {
        deciding = false;
        const left = (performance.now() - t0) * (layout.chunks - nextChunk);
        if (left >= WORKER_WORTHWHILE_MS) pool.start(threads - 1);
      }
      // let the workers' results and requests in between chunks
      await between();
    }
    await Promise.race([done, pool.failure]);
  } finally {
    await pool.stop();
  }
  onThreads?.((inThread ? 1 : 0) + pool.size, inThread && workers === undefined && pool.size === 0);
  return withDisplay(simulationResult(layout, summary, options), "simulation", model);
}
