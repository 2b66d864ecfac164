import { Worker } from "node:worker_threads";
import { median, scaled, type Spread, spreadOf } from "../harness.js";
import type { TrialKind } from "./monte-carlo-worker.js";
import type { TrialSums } from "./trials.js";

export interface MonteCarloRow {
  readonly name: string;
  readonly threads: number;
  readonly trials: number;
  readonly trialsPerSecond: number;
  readonly usPerTrial: number;
  /** Time per trial relative to the faster hand-written loop with the same number of threads. */
  readonly ratio: number;
  /** The spread of the rounds' microseconds per trial. */
  readonly spread: Spread;
}

export interface MonteCarloResult {
  readonly chains: number;
  readonly rows: readonly MonteCarloRow[];
}

const SEED = 20_211_215;

/** Trials per round (on each thread) for each contestant: the slow ones run fewer, to keep rounds short. */
const TRIALS: Record<TrialKind, number> = {
  hand: 20_000,
  "hand-per-kind": 20_000,
  compiled: 20_000,
  simulate: 20_000,
  interpreted: 1_000,
  mathjs: 200,
  hyperformula: 50,
};

/** Relative tolerance of each contestant's sums over the check's trials (0: bit for bit); `simulate` draws other numbers. */
const TOLERANCE: Record<Exclude<TrialKind, "simulate">, number> = {
  hand: 0,
  "hand-per-kind": 0,
  compiled: 0,
  interpreted: 0,
  mathjs: 1e-12,
  hyperformula: 1e-12,
};

interface PoolResult {
  readonly name: string;
  /** Median wall time of a round, ms. */
  readonly ms: number;
  /** The spread of the rounds' wall times, ms. */
  readonly spread: Spread;
  /** Each thread's sums over the check's trials (the same draws for every contestant). */
  readonly check: readonly TrialSums[];
  /** Each thread's sums over a round's trials (the last round). */
  readonly round: readonly TrialSums[];
}

/**
 * Runs each kind of contestant on its own `threads` worker threads — all started and warmed up first — for
 * `rounds` rounds, the kinds rotated from round to round as contestants are on one thread; every thread of a
 * pool runs its trials with its own seed (the k-th thread of every pool draws the same numbers).
 */
async function pools(
  kinds: readonly TrialKind[],
  chains: number,
  threads: number,
  rounds: number,
): Promise<Map<TrialKind, PoolResult>> {
  // A worker thread does not inherit the TypeScript loader in time to load a .ts entry: register it first.
  const entry = new URL("./monte-carlo-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const next = (worker: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  const byKind = new Map(
    kinds.map((kind) => [
      kind,
      Array.from(
        { length: threads },
        (_, k) =>
          new Worker(bootstrap, { eval: true, workerData: { kind, chains, trials: TRIALS[kind], seed: SEED + 7 * k } }),
      ),
    ]),
  );
  try {
    await Promise.all([...byKind.values()].flat().map(next));
    const checks = new Map<TrialKind, { name: string; sums: TrialSums }[]>();
    for (const [kind, pool] of byKind) {
      const done = pool.map(next);
      for (const w of pool) w.postMessage("check");
      checks.set(kind, (await Promise.all(done)) as { name: string; sums: TrialSums }[]);
    }
    const times = new Map<TrialKind, number[]>(kinds.map((kind) => [kind, []]));
    const lastRound = new Map<TrialKind, TrialSums[]>();
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(k + r) % kinds.length]!;
        const pool = byKind.get(kind)!;
        const t0 = performance.now();
        const done = pool.map(next);
        for (const w of pool) w.postMessage("go");
        const sums = (await Promise.all(done)) as { sums: TrialSums }[];
        times.get(kind)!.push(performance.now() - t0);
        lastRound.set(
          kind,
          sums.map((s) => s.sums),
        );
      }
    }
    return new Map(
      kinds.map((kind) => [
        kind,
        {
          name: checks.get(kind)![0]!.name,
          ms: median(times.get(kind)!),
          spread: spreadOf(times.get(kind)!),
          check: checks.get(kind)!.map((c) => c.sums),
          round: lastRound.get(kind)!,
        },
      ]),
    );
  } finally {
    const all = [...byKind.values()].flat();
    for (const w of all) w.postMessage("stop");
    await Promise.all(all.map((w) => w.terminate()));
  }
}

function sameSums(a: TrialSums, b: TrialSums, tolerance: number): boolean {
  const close = (x: number, y: number) =>
    tolerance === 0 ? Object.is(x, y) : Math.abs(x - y) <= tolerance * Math.abs(x);
  return close(a.total, b.total) && close(a.cagr, b.cagr);
}

/**
 * `simulate` draws other numbers than the hand-written loop, from the same distributions: over a round's 20,000
 * trials the means of the last year's group sum agree to 0.2% (about 20 standard errors of their difference) and
 * the first chain's mean cagr to 0.05 percentage points (about 5); a wrong distribution or model misses by more.
 */
function sameMeans(hand: TrialSums, simulated: TrialSums, trials: number): boolean {
  return (
    Math.abs(simulated.total - hand.total) <= 0.002 * Math.abs(hand.total) &&
    Math.abs(simulated.cagr - hand.cagr) / trials <= 0.0005
  );
}

function rowsOf(results: Map<TrialKind, PoolResult>, threads: number): MonteCarloRow[] {
  const base = Math.min(
    results.get("hand")!.ms / TRIALS.hand,
    results.get("hand-per-kind")!.ms / TRIALS["hand-per-kind"],
  );
  return [...results].map(([kind, r]) => {
    const perTrial = r.ms / TRIALS[kind]; // ms per trial on each thread
    const trials = TRIALS[kind] * threads;
    return {
      name: r.name,
      threads,
      trials,
      trialsPerSecond: (trials * 1000) / r.ms,
      usPerTrial: (r.ms * 1000) / trials,
      ratio: perTrial / base,
      spread: scaled(r.spread, 1000 / trials),
    };
  });
}

/**
 * Monte Carlo trials per second of M(N, 10): every contestant alone on one worker thread, and the hand-written
 * loops, plansheet compiled and plansheet `simulate()` on two. Before timing, every contestant's sums over the same first trials are
 * checked against the hand-written loop's (the same seed draws the same numbers).
 */
export async function monteCarlo(chains: number, rounds: number, threads: number): Promise<MonteCarloResult> {
  const single = await pools(
    ["hand", "hand-per-kind", "compiled", "simulate", "interpreted", "mathjs", "hyperformula"],
    chains,
    1,
    rounds,
  );
  const parallel = await pools(["hand", "hand-per-kind", "compiled", "simulate"], chains, threads, rounds);
  for (const results of [single, parallel]) {
    const reference = results.get("hand")!;
    for (const [kind, r] of results) {
      if (kind === "simulate") {
        r.round.forEach((sums, k) => {
          if (!sameMeans(reference.round[k]!, sums, TRIALS.simulate))
            throw new Error(`${r.name}: Monte Carlo means differ from the hand-written loop's`);
        });
        continue;
      }
      r.check.forEach((sums, k) => {
        if (!sameSums(reference.check[k]!, sums, TOLERANCE[kind]))
          throw new Error(`${r.name}: Monte Carlo sums differ from the hand-written loop's`);
      });
    }
  }
  return { chains, rows: [...rowsOf(single, 1), ...rowsOf(parallel, threads)] };
}
