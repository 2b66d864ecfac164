import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { withDisplay, type Displayable } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import {
  ChunkOrderer,
  checkRunOptions,
  simulate as simulateInThread,
  runLayout,
  simulationResult,
  summaryFor,
  type ChunkResult,
  type SimulateOptions,
  type SimulationResult,
} from "../montecarlo/index.js";
import type { WorkerInput } from "./worker.js";

/** Options of the Node Monte Carlo: those of `simulate`, and how many worker threads. */
export interface ParallelSimulateOptions extends SimulateOptions {
  /** Worker threads; default: one per core for runs of 20,000 trials or more, none below (threads take time to start). */
  readonly workers?: number;
}

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
 * Monte Carlo across worker threads: the trials are cut into fixed chunks, handed to whichever worker is free,
 * and merged in chunk order, so the result is bit-identical to a run in one thread with the same seed, whatever
 * the number of workers. With `workers: 0` or 1 (or a short run) it runs in this thread.
 */
export async function simulateInWorkers(
  model: Model,
  options: ParallelSimulateOptions,
): Promise<SimulationResult & Displayable> {
  checkRunOptions(options);
  // more workers than cores only costs memory (each holds the model): at most one per core, and the result says so
  const cores = availableParallelism();
  const asked = options.workers ?? (options.trials >= 20_000 ? cores : 1);
  const workers = Math.min(asked, cores);
  const layout = runLayout(model, options);
  if (workers <= 1 || layout.chunks < 2) return simulateInThread(model, options);
  const summary = summaryFor(layout);
  const orderer = new ChunkOrderer(summary);
  const { onProgress, workers: _workers, ...spec } = options;
  const script = workerScript();
  let nextChunk = 0;
  const { source, definition } = model.structure;
  const workerData: WorkerInput =
    source.text !== undefined
      ? { text: source.text, ...(source.file ? { file: source.file } : {}), spec }
      : { definition, spec };
  const pool = Array.from({ length: Math.min(workers, layout.chunks) }, () => new Worker(script, { workerData }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              if (nextChunk < layout.chunks) worker.postMessage(nextChunk++);
              else resolve();
            };
            worker.on("message", (message: ChunkResult | "ready") => {
              if (message !== "ready") {
                orderer.accept(message);
                onProgress?.(summary.trials, options.trials);
              }
              next();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`a Monte Carlo worker stopped with exit code ${code}`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return withDisplay(simulationResult(layout, summary, options), "simulation", model);
}
