import { sortedValues } from "./rank-correlation.js";

/** Quantiles are exact (every value kept and sorted) up to this many trials per cell. */
export const EXACT_QUANTILE_TRIALS = 10_000;
/**
 * Beyond {@link EXACT_QUANTILE_TRIALS}, each cell's values go into a histogram of this many bins spanning the
 * range of its first 10,000 values widened by half that range on each side; a quantile is then interpolated
 * within its bin, so its error is at most one bin width: 1/1024 of the first values' range.
 */
export const HISTOGRAM_BINS = 2048;
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

/** The quantile estimator of one cell (the values of one indicator in one year over the trials): exact until {@link EXACT_QUANTILE_TRIALS} values, a histogram after. */
export class QuantileAccumulator {
  #exact: Float64Array | undefined = new Float64Array(EXACT_QUANTILE_TRIALS);
  #count = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;
  #bins: Uint32Array | undefined;
  #lo = 0;
  #width = 1;
  #under = 0;

  /** Adds `count` values of `values`, from index `start` on, `stride` apart, in that order. */
  addEvery(values: Float64Array, start: number, stride: number, count: number): void {
    let k = 0;
    let i = start;
    for (; k < count && this.#bins === undefined; k++, i += stride) this.add(values[i]!);
    if (k === count) return;
    // the histogram's part of add, with the accumulator's fields in locals
    const bins = this.#bins!;
    const lo = this.#lo;
    const width = this.#width;
    let sum = this.#sum;
    let min = this.#min;
    let max = this.#max;
    let n = this.#count;
    let under = this.#under;
    for (; k < count; k++, i += stride) {
      const value = values[i]!;
      if (Number.isNaN(value)) continue;
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
      const bin = Math.floor((value - lo) / width);
      if (bin < 0) under++;
      else if (bin < HISTOGRAM_BINS) bins[bin]! += 1;
      n++;
    }
    this.#sum = sum;
    this.#min = min;
    this.#max = max;
    this.#count = n;
    this.#under = under;
  }

  /** Adds one value (NaN, a trial without one, is left out). */
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
    // Values beyond the last bin are counted in #count only: ranks past the bins resolve to the largest seen.
    if (k < 0) this.#under++;
    else if (k < HISTOGRAM_BINS) this.#bins![k]! += 1;
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
    if (this.#count === 0)
      return {
        p5: Number.NaN,
        p25: Number.NaN,
        p50: Number.NaN,
        p75: Number.NaN,
        p95: Number.NaN,
        mean: Number.NaN,
        n: 0,
      };
    const sorted = this.#exact && sortedValues(this.#exact.subarray(0, this.#count));
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
