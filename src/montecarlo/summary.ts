import { correlationOfRanks, midRanks, rankCorrelation } from "./rank-correlation.js";
import { varianceShare, varianceShareOfRanks } from "./variance-share.js";
import type { ChunkResult, TrackedCell } from "./runner.js";

/** Quantiles are exact (every value kept and sorted) up to this many trials per cell. */
export const EXACT_QUANTILE_TRIALS = 10_000;
/**
 * Beyond {@link EXACT_QUANTILE_TRIALS}, each cell's values go into a histogram of this many bins spanning the
 * range of its first 10,000 values widened by half that range on each side; a quantile is then interpolated
 * within its bin, so its error is at most one bin width: 1/1024 of the first values' range.
 */
export const HISTOGRAM_BINS = 2048;
/** Which inputs drive each target is measured over the first this-many trials (memory stays bounded). */
export const DRIVER_TRIALS = 100_000;

const Z95 = 1.959963984540054;

/**
 * The Wilson score interval (E. B. Wilson, 1927) for a proportion: 95% confidence bounds on the probability
 * behind `successes` out of `n`, well behaved near 0 and 1 where the textbook normal interval is not.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // With no successes (or no failures) the bound on that side is exactly 0 (or 1), not a rounding residue.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}

/** The p-quantile of sorted values by linear interpolation between order statistics (type 7, R's default). */
export function sortedQuantile(sorted: Float64Array | readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lower = sorted[i]!;
  return i + 1 < n ? lower + (h - i) * (sorted[i + 1]! - lower) : lower;
}

/** The fan-chart data of one cell: quantiles and mean of its values over the trials where it had one. */
export interface CellQuantiles {
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
  /** Trials in which the cell had a value. */
  readonly n: number;
}

/** The quantile estimator of one cell: exact until {@link EXACT_QUANTILE_TRIALS} values, a histogram after. */
class CellAccumulator {
  #exact: Float64Array | undefined = new Float64Array(EXACT_QUANTILE_TRIALS);
  #count = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;
  #bins: Uint32Array | undefined;
  #lo = 0;
  #width = 1;
  #under = 0;
  #over = 0;

  add(value: number): void {
    if (Number.isNaN(value)) return;
    this.#sum += value;
    this.#min = Math.min(this.#min, value);
    this.#max = Math.max(this.#max, value);
    if (this.#exact && this.#count < EXACT_QUANTILE_TRIALS) {
      this.#exact[this.#count++] = value;
      return;
    }
    if (!this.#bins) this.#startHistogram();
    this.#bin(value);
    this.#count++;
  }

  #startHistogram(): void {
    const values = this.#exact!;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const range = hi - lo || Math.max(Math.abs(hi), 1) * 1e-9;
    this.#lo = lo - range / 2;
    this.#width = (2 * range) / HISTOGRAM_BINS;
    this.#bins = new Uint32Array(HISTOGRAM_BINS);
    for (const v of values) this.#bin(v);
    this.#exact = undefined;
  }

  #bin(value: number): void {
    const k = Math.floor((value - this.#lo) / this.#width);
    if (k < 0) this.#under++;
    else if (k >= HISTOGRAM_BINS) this.#over++;
    else this.#bins![k]! += 1;
  }

  #quantile(p: number, sorted: Float64Array | undefined): number {
    if (sorted) return sortedQuantile(sorted, p);
    if (this.#min === this.#max) return this.#min;
    // The value at rank p·(n − 1), interpolated within its bin; beyond the histogram, the extreme seen.
    let target = p * (this.#count - 1);
    if (target < this.#under) return this.#min;
    target -= this.#under;
    const bins = this.#bins!;
    for (let k = 0; k < bins.length; k++) {
      const c = bins[k]!;
      if (target < c) return this.#lo + (k + (target + 0.5) / c) * this.#width;
      target -= c;
    }
    return this.#max;
  }

  summary(): CellQuantiles {
    if (this.#count === 0) return { p5: Number.NaN, p25: Number.NaN, p50: Number.NaN, p75: Number.NaN, p95: Number.NaN, mean: Number.NaN, n: 0 };
    const sorted = this.#exact?.slice(0, this.#count).sort();
    return {
      p5: this.#quantile(0.05, sorted),
      p25: this.#quantile(0.25, sorted),
      p50: this.#quantile(0.5, sorted),
      p75: this.#quantile(0.75, sorted),
      p95: this.#quantile(0.95, sorted),
      mean: this.#sum / this.#count,
      n: this.#count,
    };
  }

  /** `exact`, or `histogram` with the bound on a quantile's error (one bin width). */
  get method(): { kind: "exact" } | { kind: "histogram"; maxError: number } {
    return this.#exact ? { kind: "exact" } : { kind: "histogram", maxError: this.#width };
  }
}

/** One target's outcome over the trials. */
export interface TargetProbability {
  readonly id: string;
  /** Trials met ÷ all trials (a trial in which the target had no value counts as not met). */
  readonly probability: number;
  /** Wilson 95% interval of the probability. */
  readonly ci: [number, number];
  readonly met: number;
  /** Trials in which the target had no value (a cell it needs failed). */
  readonly failed: number;
  /**
   * Inputs by how much of the target margin's variance each explains on its own (`share`, see
   * `varianceShareOfRanks`; largest first), with Spearman's ρ: the direction, for a relation that has one.
   */
  readonly drivers: readonly TargetDriver[];
}

/** One input's pull on a target over the trials. */
export interface TargetDriver {
  readonly input: string;
  /** Spearman's rank correlation of the input's draws with the target's margin: +1, a larger draw always helps. */
  readonly rho: number;
  /** The share of the margin's variance the input explains on its own, 0 to 1 (`null` when the margin never varies). */
  readonly share: number | null;
}

/**
 * Merges chunk results, which must arrive in chunk order: every sum is then taken in the same order whatever the
 * number of threads, so results are bit-identical across thread counts.
 */
export class SimulationSummary {
  readonly #targets: readonly string[];
  readonly #inputs: readonly string[];
  readonly #cells: readonly TrackedCell[];
  readonly #accumulators: CellAccumulator[];
  readonly #met: Float64Array;
  readonly #failed: Float64Array;
  /** The chunks whose trials measure the drivers (the first {@link DRIVER_TRIALS} trials), in order. */
  readonly #driverChunks: Pick<ChunkResult, "count" | "draws" | "margins">[] = [];
  #trials = 0;
  #nextChunk = 0;
  #errorTrials = 0;
  #firstError: ChunkResult["firstError"];

  constructor(targets: readonly string[], inputs: readonly string[], cells: readonly TrackedCell[]) {
    this.#targets = targets;
    this.#inputs = inputs;
    this.#cells = cells;
    this.#accumulators = cells.map(() => new CellAccumulator());
    this.#met = new Float64Array(targets.length);
    this.#failed = new Float64Array(targets.length);
  }

  /** Adds the next chunk. @throws Error when a chunk comes out of order. */
  add(chunk: ChunkResult): void {
    if (chunk.chunk !== this.#nextChunk) throw new Error(`internal: chunk ${chunk.chunk} arrived before chunk ${this.#nextChunk}`);
    this.#nextChunk++;
    const nCells = this.#cells.length;
    for (let k = 0; k < chunk.count; k++) {
      for (let c = 0; c < nCells; c++) this.#accumulators[c]!.add(chunk.values[k * nCells + c]!);
    }
    // only what the drivers need is kept: a chunk's tracked values are let go
    if (this.#trials < DRIVER_TRIALS) this.#driverChunks.push({ count: chunk.count, draws: chunk.draws, margins: chunk.margins });
    for (let t = 0; t < this.#targets.length; t++) {
      this.#met[t]! += chunk.met[t]!;
      this.#failed[t]! += chunk.failed[t]!;
    }
    this.#trials += chunk.count;
    this.#errorTrials += chunk.errorTrials;
    if (!this.#firstError && chunk.firstError) this.#firstError = chunk.firstError;
  }

  get trials(): number {
    return this.#trials;
  }

  /** Every target's probability, interval and drivers. */
  targets(): TargetProbability[] {
    const driverTrials = Math.min(this.#trials, DRIVER_TRIALS);
    const drawRanks = new DrawRanks(this.#inputs.map((_, i) => this.#column("draws", i, this.#inputs.length, driverTrials)));
    return this.#targets.map((id, t) => {
      const met = this.#met[t]!;
      const margins = this.#column("margins", t, this.#targets.length, driverTrials);
      const marginRanks = margins.every(Number.isFinite) ? midRanks(margins) : undefined;
      const drivers = this.#inputs
        .map((input, i) => {
          const share = drawRanks.share(i, margins);
          return { input, rho: drawRanks.correlation(i, margins, marginRanks), share: Number.isNaN(share) ? null : share };
        })
        .filter((d) => Number.isFinite(d.rho))
        .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || Math.abs(b.rho) - Math.abs(a.rho));
      return { id, probability: this.#trials === 0 ? Number.NaN : met / this.#trials, ci: wilsonInterval(met, this.#trials), met, failed: this.#failed[t]!, drivers };
    });
  }

  /** Column `j` of the chunks' `draws` or `margins` (rows of `width`) over the first `trials` trials. */
  #column(of: "draws" | "margins", j: number, width: number, trials: number): Float64Array {
    const column = new Float64Array(trials);
    let row = 0;
    for (const chunk of this.#driverChunks) {
      const rows = chunk[of];
      for (let k = 0; k < chunk.count && row < trials; k++) column[row++] = rows[k * width + j]!;
    }
    return column;
  }

  /** The fan-chart data: indicator → year → quantiles. */
  quantiles(): Record<string, Record<string, CellQuantiles>> {
    const out: Record<string, Record<string, CellQuantiles>> = {};
    this.#cells.forEach((cell, c) => {
      out[cell.id] ??= {};
      out[cell.id]![String(cell.year)] = this.#accumulators[c]!.summary();
    });
    return out;
  }

  /**
   * The largest error of any quantile of each indicator, over its years, in the indicator's own unit: 0 where the
   * quantiles are exact (sorted values), one histogram bin's width where they come from the histogram.
   */
  quantileErrors(): Record<string, number> {
    const out: Record<string, number> = {};
    this.#cells.forEach((cell, c) => {
      const m = this.#accumulators[c]!.method;
      out[cell.id] = Math.max(out[cell.id] ?? 0, m.kind === "histogram" ? m.maxError : 0);
    });
    return out;
  }

  /** How the quantiles were estimated, with the largest error bound over the cells. */
  quantileMethod(): { kind: "exact" } | { kind: "histogram"; maxError: number } {
    let worst = 0;
    let histogram = false;
    for (const a of this.#accumulators) {
      const m = a.method;
      if (m.kind === "histogram") {
        histogram = true;
        worst = Math.max(worst, m.maxError);
      }
    }
    return histogram ? { kind: "histogram", maxError: worst } : { kind: "exact" };
  }

  /** Trials in which a tracked cell or a target lost its value, and the first such. */
  errors(): { trials: number; first?: NonNullable<ChunkResult["firstError"]> } {
    return { trials: this.#errorTrials, ...(this.#firstError ? { first: this.#firstError } : {}) };
  }
}

/**
 * Spearman's ρ of each input's draws against a target's margins: draws and margins each ranked once when every
 * trial gave both a value (the usual case); otherwise over the trials where both have one, as
 * {@link rankCorrelation} does.
 */
class DrawRanks {
  readonly #draws: readonly Float64Array[];
  readonly #ranks: (Float64Array | null | undefined)[];

  constructor(draws: readonly Float64Array[]) {
    this.#draws = draws;
    this.#ranks = draws.map(() => undefined);
  }

  /** ρ of the input's draws and the margins; `marginRanks` are the margins' mid-ranks when all have values. */
  correlation(input: number, margins: Float64Array, marginRanks: Float64Array | undefined): number {
    const ranks = marginRanks && this.#ranksOf(input);
    return ranks ? correlationOfRanks(ranks, marginRanks) : rankCorrelation(this.#draws[input]!, margins);
  }

  /** The share of the margins' variance the input explains on its own. */
  share(input: number, margins: Float64Array): number {
    const ranks = this.#ranksOf(input);
    return ranks ? varianceShareOfRanks(ranks, margins) : varianceShare(this.#draws[input]!, margins);
  }

  /** The input's mid-ranks over every trial, or null when a draw has no value. */
  #ranksOf(input: number): Float64Array | null {
    let ranks = this.#ranks[input];
    if (ranks === undefined) {
      const draws = this.#draws[input]!;
      ranks = draws.every(Number.isFinite) ? midRanks(draws) : null;
      this.#ranks[input] = ranks;
    }
    return ranks;
  }
}
