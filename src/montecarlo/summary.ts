import { DriverSample, type TargetDriver } from "./drivers.js";
import { wilsonInterval } from "./intervals.js";
import { QuantileAccumulator, type CellQuantiles } from "./quantiles.js";
import type { ChunkResult, TrackedCell } from "./runner.js";

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
   * `varianceShareOfRanks`; largest first), with Spearman's ρ: the direction, for a relation that has one. Only
   * inputs that feed a cell the target reads are candidates: an input the target never reads is never its driver.
   */
  readonly drivers: readonly TargetDriver[];
}

/**
 * Merges chunk results — target counts, each tracked cell's quantiles (`quantiles.ts`), the sample that ranks the
 * drivers (`drivers.ts`) — which must arrive in chunk order: every sum is then taken in the same order whatever the
 * number of threads, so results are bit-identical across thread counts.
 */
export class SimulationSummary {
  readonly #targets: readonly string[];
  readonly #cells: readonly TrackedCell[];
  readonly #accumulators: QuantileAccumulator[];
  readonly #met: Float64Array;
  readonly #failed: Float64Array;
  readonly #drivers: DriverSample;
  #trials = 0;
  #nextChunk = 0;
  #errorTrials = 0;
  #firstError: ChunkResult["firstError"];

  /**
   * `reaching` lists, for each target, the inputs (indices into `inputs`) that can drive it: those feeding a cell
   * it reads. By default every input is a candidate.
   */
  constructor(
    targets: readonly string[],
    inputs: readonly string[],
    cells: readonly TrackedCell[],
    reaching?: readonly (readonly number[])[],
  ) {
    this.#targets = targets;
    this.#cells = cells;
    this.#accumulators = cells.map(() => new QuantileAccumulator());
    this.#drivers = new DriverSample(inputs, targets.length, reaching);
    this.#met = new Float64Array(targets.length);
    this.#failed = new Float64Array(targets.length);
  }

  /** Adds the next chunk. @throws Error when a chunk comes out of order. */
  add(chunk: ChunkResult): void {
    if (chunk.chunk !== this.#nextChunk)
      throw new Error(`internal: chunk ${chunk.chunk} arrived before chunk ${this.#nextChunk}`);
    this.#nextChunk++;
    const nCells = this.#cells.length;
    // each accumulator takes its cell's values in trial order
    for (let c = 0; c < nCells; c++) this.#accumulators[c]!.addEvery(chunk.values, c * chunk.count, 1, chunk.count);
    // only what the drivers need is kept: a chunk's tracked values are let go
    this.#drivers.add(chunk);
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
    return this.#targets.map((id, t) => {
      const { probability, met } = this.probabilityOf(t);
      return {
        id,
        probability,
        ci: wilsonInterval(met, this.#trials),
        met,
        failed: this.#failed[t]!,
        drivers: this.#drivers.drivers(t),
      };
    });
  }

  /** Target `t`'s probability (met / trials) and the trials in which it was met, without its drivers. */
  probabilityOf(t: number): { probability: number; met: number } {
    const met = this.#met[t]!;
    return { probability: this.#trials === 0 ? Number.NaN : met / this.#trials, met };
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
