import { Worker } from "node:worker_threads";
import type { Contestant } from "../contestants/contestant.js";
import { HAND_NAMES, handFloat } from "../contestants/hand-float.js";
import { hyperformula } from "../contestants/hyperformula.js";
import { mathjsPerCell } from "../contestants/mathjs-per-cell.js";
import { plansheet } from "../contestants/plansheet.js";
import { collectGarbage, median } from "../harness.js";
import { syntheticModel } from "../model.js";
import { meansOf, runTrials, type TrialSums } from "./trials.js";

export interface MonteCarloRow {
  readonly name: string;
  readonly threads: number;
  readonly trials: number;
  readonly trialsPerSecond: number;
  readonly usPerTrial: number;
  /** Time per trial relative to the faster hand-written loop with the same number of threads. */
  readonly ratio: number;
}

export interface MonteCarloResult {
  readonly chains: number;
  readonly rows: readonly MonteCarloRow[];
}

const SEED = 20_211_215;

function sameSums(a: TrialSums, b: TrialSums, tolerance: number): boolean {
  const close = (x: number, y: number) => (tolerance === 0 ? Object.is(x, y) : Math.abs(x - y) <= tolerance * Math.abs(x));
  return close(a.total, b.total) && close(a.cagr, b.cagr);
}

/** Trials per second of each contestant on one thread, rounds rotated, median. */
function oneThread(chains: number, rounds: number): MonteCarloRow[] {
  const model = syntheticModel(chains);
  const means = meansOf(model.growthDecimal);
  const reference = handFloat(model);
  const perKind = handFloat(model, "per-kind");
  const entries: { contestant: Contestant; trials: number; tolerance: number }[] = [
    { contestant: reference, trials: 20_000, tolerance: 0 },
    { contestant: perKind, trials: 20_000, tolerance: 0 },
    { contestant: plansheet(model, "compiled", { inPlace: true }), trials: 20_000, tolerance: 0 },
    { contestant: plansheet(model, "interpreter"), trials: 1_000, tolerance: 0 },
    { contestant: mathjsPerCell(model), trials: 200, tolerance: 1e-12 },
    { contestant: hyperformula(model, true), trials: 50, tolerance: 1e-12 },
  ];
  // The check: the same first 50 trials give the same sums.
  const expected = runTrials(reference, means, 50, SEED);
  for (const { contestant, tolerance } of entries) {
    const sums = runTrials(contestant, means, 50, SEED);
    if (!sameSums(expected, sums, tolerance)) throw new Error(`${contestant.name}: Monte Carlo sums differ: ${JSON.stringify(sums)} vs ${JSON.stringify(expected)}`);
  }
  const times = new Map<string, number[]>(entries.map((e) => [e.contestant.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < entries.length; k++) {
      const { contestant, trials } = entries[(k + r) % entries.length]!;
      collectGarbage();
      const t0 = performance.now();
      runTrials(contestant, means, trials, SEED + r);
      times.get(contestant.name)!.push((performance.now() - t0) / trials);
    }
  }
  const base = Math.min(median(times.get(reference.name)!), median(times.get(perKind.name)!));
  return entries.map(({ contestant, trials }) => {
    const perTrial = median(times.get(contestant.name)!);
    return { name: contestant.name, threads: 1, trials, trialsPerSecond: 1000 / perTrial, usPerTrial: perTrial * 1000, ratio: perTrial / base };
  });
}

/** Runs `trials` trials on each of `threads` worker threads, `rounds` times; median wall time per round. */
async function workers(kind: "hand" | "hand-per-kind" | "compiled", chains: number, threads: number, trials: number, rounds: number): Promise<{ ms: number; sums: TrialSums[] }> {
  // A worker thread does not inherit the TypeScript loader in time to load a .ts entry: register it first.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./monte-carlo-worker.ts", import.meta.url).href)}); });`;
  const pool = Array.from({ length: threads }, (_, k) => new Worker(bootstrap, { eval: true, workerData: { kind, chains, trials, seed: SEED + 7 * k } }));
  const next = (worker: Worker) => new Promise<unknown>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await Promise.all(pool.map(next));
  const times: number[] = [];
  let sums: TrialSums[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const done = pool.map(next);
    for (const w of pool) w.postMessage("go");
    const results = (await Promise.all(done)) as { sums: TrialSums }[];
    times.push(performance.now() - t0);
    sums = results.map((x) => x.sums);
  }
  for (const w of pool) w.postMessage("stop");
  await Promise.all(pool.map((w) => w.terminate()));
  return { ms: median(times), sums };
}

/** Monte Carlo trials per second of M(N, 10): every contestant on one thread, and the two fastest on worker threads. */
export async function monteCarlo(chains: number, rounds: number, threads: number): Promise<MonteCarloResult> {
  const rows = oneThread(chains, rounds);
  const trials = 20_000;
  const hand = await workers("hand", chains, threads, trials, rounds);
  const perKind = await workers("hand-per-kind", chains, threads, trials, rounds);
  const compiled = await workers("compiled", chains, threads, trials, rounds);
  hand.sums.forEach((s, k) => {
    if (!sameSums(s, compiled.sums[k]!, 0) || !sameSums(s, perKind.sums[k]!, 0)) throw new Error("Monte Carlo sums of the worker threads differ");
  });
  const total = trials * threads;
  const base = Math.min(hand.ms, perKind.ms);
  const row = (name: string, ms: number): MonteCarloRow => ({
    name,
    threads,
    trials: total,
    trialsPerSecond: (total * 1000) / ms,
    usPerTrial: (ms * 1000) / total,
    ratio: ms / base,
  });
  rows.push(row(HAND_NAMES["per-series"], hand.ms), row(HAND_NAMES["per-kind"], perKind.ms), row("plansheet compiled", compiled.ms));
  return { chains, rows };
}
