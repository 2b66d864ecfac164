/**
 * Timing as the benchmarks do it: every contestant is warmed up (the JIT settles, and the number of calls a round
 * needs is found), then timed in several rounds whose order is rotated, so that no contestant always runs first
 * or right after the same neighbour; the median of the rounds is what counts, and ratios are taken between
 * contestants timed in the same run. Nothing here asserts on time: tests never time anything.
 */

export interface Entry {
  readonly name: string;
  /** One unit of work: a full evaluation, one input change, a batch of trials. */
  readonly run: () => void;
}

export interface TimingOptions {
  readonly rounds: number;
  /** Aim for rounds about this long (more calls per round for fast contestants). */
  readonly roundMs: number;
  /** Warm up for at least this long (and at least two calls). */
  readonly warmupMs: number;
}

export interface Timing {
  /** Median milliseconds per call. */
  readonly median: number;
  /** Milliseconds per call in each round, in the order run. */
  readonly rounds: readonly number[];
  readonly callsPerRound: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `gc()` when Node was started with `--expose-gc`, so that one contestant's garbage is not timed with another. */
export function collectGarbage(): void {
  gc?.();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function warmUp(entry: Entry, options: TimingOptions): number {
  const start = performance.now();
  let calls = 0;
  let last = 0;
  while (calls < 2 || performance.now() - start < options.warmupMs) {
    const t0 = performance.now();
    entry.run();
    last = performance.now() - t0;
    calls += 1;
  }
  return Math.max(1, Math.min(100_000, Math.round(options.roundMs / Math.max(last, 1e-6))));
}

/** Times every entry: warm-up, then `rounds` rotated rounds; medians per call. */
export function timeRotated(entries: readonly Entry[], options: TimingOptions): Map<string, Timing> {
  const calls = new Map<string, number>();
  for (const entry of entries) {
    collectGarbage();
    calls.set(entry.name, warmUp(entry, options));
  }
  const rounds = new Map<string, number[]>(entries.map((e) => [e.name, []]));
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[(k + r) % entries.length]!;
      const n = calls.get(entry.name)!;
      collectGarbage();
      const t0 = performance.now();
      for (let i = 0; i < n; i++) entry.run();
      rounds.get(entry.name)!.push((performance.now() - t0) / n);
    }
  }
  return new Map(
    entries.map((e) => [
      e.name,
      { median: median(rounds.get(e.name)!), rounds: rounds.get(e.name)!, callsPerRound: calls.get(e.name)! },
    ]),
  );
}
