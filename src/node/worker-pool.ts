import { Worker } from "node:worker_threads";
import type { ChunkResult } from "../montecarlo/index.js";
import type { ChunkRequest, WorkerInput } from "./worker.js";

/**
 * Monte Carlo worker threads that take chunks of trials from a shared queue: each, once started, asks for two
 * chunks (so that it never waits for the thread that hands them out, busy with a chunk of its own) and for one more
 * with each result. A request carries a spare values array when there is one: arrays handed back and forth are not
 * allocated again, and a thread that receives arrays it did not allocate collects them only in full collections.
 * Workers may be added while a run goes on; a failed worker fails the run.
 */
export class WorkerPool {
  readonly #workers: Worker[] = [];
  readonly #script: URL;
  readonly #data: WorkerInput;
  readonly #take: () => number;
  readonly #accept: (chunk: ChunkResult) => void;
  readonly #spare: () => Float64Array | undefined;
  #reject: (error: Error) => void = () => undefined;
  /** Rejects when a worker fails; never resolves. */
  readonly failure: Promise<never>;

  /**
   * A pool running `script` with `data`, taking chunk indices from `take` (−1: none left), giving results to
   * `accept`, and sending with each request the values array `spare` gives, if any.
   */
  constructor(
    script: URL,
    data: WorkerInput,
    take: () => number,
    accept: (chunk: ChunkResult) => void,
    spare: () => Float64Array | undefined = () => undefined,
  ) {
    this.#script = script;
    this.#data = data;
    this.#take = take;
    this.#accept = accept;
    this.#spare = spare;
    this.failure = new Promise<never>((_, reject) => (this.#reject = reject));
    this.failure.catch(() => undefined);
  }

  /** How many workers were started. */
  get size(): number {
    return this.#workers.length;
  }

  /** Starts `count` more workers. */
  start(count: number): void {
    for (let k = 0; k < count; k++) {
      const worker = new Worker(this.#script, { workerData: this.#data });
      const ask = () => {
        const chunk = this.#take();
        if (chunk < 0) return;
        const spare = this.#spare();
        if (spare) worker.postMessage({ chunk, spare } satisfies ChunkRequest, [spare.buffer as ArrayBuffer]);
        else worker.postMessage(chunk satisfies ChunkRequest);
      };
      worker.on("message", (message: ChunkResult | "ready") => {
        if (message === "ready") ask();
        else this.#accept(message);
        ask();
      });
      worker.on("error", this.#reject);
      worker.on("exit", (code) => {
        if (code !== 0) this.#reject(new Error(`a Monte Carlo worker stopped with exit code ${code}`));
      });
      this.#workers.push(worker);
    }
  }

  /** Stops every worker, started or still starting. */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
