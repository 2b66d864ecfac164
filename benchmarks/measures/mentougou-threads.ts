import { loadModel, simulateInWorkers } from "../../src/node.js";
import { median } from "../harness.js";

/** `simulateInWorkers` on one model with one thread and with more, wall time of whole runs. */
export interface ThreadsResult {
  readonly trials: number;
  readonly rounds: number;
  /** Per setting: median and fastest wall time of a run, ms. */
  readonly rows: readonly { readonly name: string; readonly medianMs: number; readonly minMs: number }[];
}

/**
 * Runs `trials` trials of a model's whole simulation (every target, every tracked cell, the drivers) with one
 * thread, with two (this one and a worker), with two worker threads and this one free, and with the default, in
 * rotated rounds after a round that warms up; every run's result is checked equal to the first's. A run's time
 * includes starting its workers, as a user's does.
 */
export async function threadScaling(file: string, trials: number, rounds: number): Promise<ThreadsResult> {
  const model = loadModel(file);
  const settings = [
    { name: "1 thread", options: { workers: 1 } },
    { name: "2 threads: this one and a worker", options: { workers: 2 } },
    { name: "2 worker threads, this one free", options: { workers: 2, inThread: false } },
    { name: "the default", options: {} },
  ];
  const times = new Map<string, number[]>(settings.map((s) => [s.name, []]));
  let first: string | undefined;
  for (let round = 0; round < rounds + 1; round++) {
    for (let k = 0; k < settings.length; k++) {
      const { name, options } = settings[(k + round) % settings.length]!;
      const t0 = performance.now();
      const result = await simulateInWorkers(model, { trials, seed: 7, ...options });
      const ms = performance.now() - t0;
      const json = JSON.stringify(result);
      first ??= json;
      if (json !== first) throw new Error(`${name}: a different result from the same seed`);
      if (round > 0) times.get(name)!.push(ms);
    }
  }
  return {
    trials,
    rounds,
    rows: settings.map(({ name }) => ({
      name,
      medianMs: median(times.get(name)!),
      minMs: Math.min(...times.get(name)!),
    })),
  };
}
