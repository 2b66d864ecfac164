/**
 * Timing as the benchmarks do it: every contestant is warmed up (the JIT settles, and the number of calls a round
 * needs is found), then timed in several rounds whose order is rotated, so that no contestant always runs first
 * or right after the same neighbour; the median of the rounds is what counts, given with the spread of the rounds,
 * and ratios are taken between contestants timed in the same run. No garbage collection is forced anywhere near a
 * timed round: a contestant pays for the garbage it makes, as it would in a user's process (an outside review found
 * that a `gc()` forced before each sample made builds and extractions look up to twice as slow). Nothing here
 * asserts on time: tests never time anything.
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

/** How the rounds of one figure spread: their least, first quartile, third quartile and greatest values. */
export interface Spread {
  readonly min: number;
  readonly q1: number;
  readonly q3: number;
  readonly max: number;
}

export interface Timing {
  /** Median milliseconds per call. */
  readonly median: number;
  /** The spread of the rounds' milliseconds per call. */
  readonly spread: Spread;
  /** Milliseconds per call in each round, in the order run. */
  readonly rounds: readonly number[];
  readonly callsPerRound: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at fraction `p` of the sorted values, interpolated between neighbours (R's type 7). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The spread of a figure's rounds (see {@link Spread}). */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), max: sorted[sorted.length - 1]! };
}

/** A figure with the spread of its rounds, scaled by `factor` (for per-trial or per-cell figures). */
export function scaled(spread: Spread, factor: number): Spread {
  return { min: spread.min * factor, q1: spread.q1 * factor, q3: spread.q3 * factor, max: spread.max * factor };
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

/** Times every entry: warm-up, then `rounds` rotated rounds; medians per call and the spread of the rounds. */
export function timeRotated(entries: readonly Entry[], options: TimingOptions): Map<string, Timing> {
  const calls = new Map<string, number>();
  for (const entry of entries) calls.set(entry.name, warmUp(entry, options));
  const rounds = new Map<string, number[]>(entries.map((e) => [e.name, []]));
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[(k + r) % entries.length]!;
      const n = calls.get(entry.name)!;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) entry.run();
      rounds.get(entry.name)!.push((performance.now() - t0) / n);
    }
  }
  return new Map(
    entries.map((e) => [
      e.name,
      {
        median: median(rounds.get(e.name)!),
        spread: spreadOf(rounds.get(e.name)!),
        rounds: rounds.get(e.name)!,
        callsPerRound: calls.get(e.name)!,
      },
    ]),
  );
}
