import { correlationOfRanks, midRanks, rankCorrelation } from "./rank-correlation.js";
import type { ChunkResult } from "./runner.js";
import { marginSpread, varianceShare, varianceShareOfRanks, type MarginSpread } from "./variance-share.js";

/** Which inputs drive each target is measured over the first this-many trials (memory stays bounded). */
export const DRIVER_TRIALS = 100_000;

/** One input's pull on a target over the trials. */
export interface TargetDriver {
  readonly input: string;
  /** Spearman's rank correlation of the input's draws with the target's margin: +1, a larger draw always helps. */
  readonly rho: number;
  /** The share of the margin's variance the input explains on its own, 0 to 1 (`null` when the margin never varies). */
  readonly share: number | null;
}

/**
 * The trials that measure which inputs drive each target: each trial's draws and margins, kept for the first
 * {@link DRIVER_TRIALS} trials in chunk order (so memory stays bounded and the order is the same on any number of
 * threads).
 */
export class DriverSample {
  readonly #chunks: Pick<ChunkResult, "count" | "draws" | "margins">[] = [];
  #trials = 0;

  constructor(
    readonly inputs: readonly string[],
    readonly targets: number,
  ) {}

  /** Keeps a chunk's draws and margins while the sample is not full. */
  add(chunk: ChunkResult): void {
    if (this.#trials < DRIVER_TRIALS)
      this.#chunks.push({ count: chunk.count, draws: chunk.draws, margins: chunk.margins });
    this.#trials += chunk.count;
    this.#ranks = undefined;
    this.#margins = undefined;
  }

  /**
   * Each input's pull on target `t`: by how much of the margin's variance it explains on its own (largest first),
   * with Spearman's ρ for the direction; inputs without a finite ρ are left out.
   */
  drivers(t: number): TargetDriver[] {
    const trials = Math.min(this.#trials, DRIVER_TRIALS);
    this.#ranks ??= new DrawRanks(this.#columns("draws", this.inputs.length, trials));
    const drawRanks = this.#ranks;
    this.#margins ??= this.#columns("margins", this.targets, trials);
    const margins = this.#margins[t]!;
    const marginRanks = allFinite(margins) ? midRanks(margins) : undefined;
    const spread = marginSpread(margins);
    return this.inputs
      .map((input, i) => {
        const share = drawRanks.share(i, margins, spread);
        return {
          input,
          rho: drawRanks.correlation(i, margins, marginRanks),
          share: Number.isNaN(share) ? null : share,
        };
      })
      .filter((d) => Number.isFinite(d.rho))
      .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || Math.abs(b.rho) - Math.abs(a.rho));
  }

  #ranks: DrawRanks | undefined;
  #margins: Float64Array[] | undefined;

  /** The columns of the chunks' `draws` or `margins` (rows of `width`) over the first `trials` trials, in one read. */
  #columns(of: "draws" | "margins", width: number, trials: number): Float64Array[] {
    // one allocation for all of them: many large ones cost more than one, most of all with other threads running
    const memory = new Float64Array(width * trials);
    const columns = Array.from({ length: width }, (_, j) => memory.subarray(j * trials, (j + 1) * trials));
    let row = 0;
    for (const chunk of this.#chunks) {
      const rows = chunk[of];
      for (let k = 0; k < chunk.count && row < trials; k++, row++) {
        for (let j = 0; j < width; j++) columns[j]![row] = rows[k * width + j]!;
      }
    }
    return columns;
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
  /** The inputs' ranks, one stretch each, allocated together on first use. */
  #memory: Float64Array | undefined;

  constructor(draws: readonly Float64Array[]) {
    this.#draws = draws;
    this.#ranks = draws.map(() => undefined);
  }

  /** ρ of the input's draws and the margins; `marginRanks` are the margins' mid-ranks when all have values. */
  correlation(input: number, margins: Float64Array, marginRanks: Float64Array | undefined): number {
    const ranks = marginRanks && this.#ranksOf(input);
    return ranks ? correlationOfRanks(ranks, marginRanks) : rankCorrelation(this.#draws[input]!, margins);
  }

  /** The share of the margins' variance the input explains on its own (`spread`: the margins' own, over all trials). */
  share(input: number, margins: Float64Array, spread: MarginSpread): number {
    const ranks = this.#ranksOf(input);
    return ranks ? varianceShareOfRanks(ranks, margins, spread) : varianceShare(this.#draws[input]!, margins);
  }

  /** The input's mid-ranks over every trial, or null when a draw has no value. */
  #ranksOf(input: number): Float64Array | null {
    let ranks = this.#ranks[input];
    if (ranks === undefined) {
      const draws = this.#draws[input]!;
      const n = draws.length;
      this.#memory ??= new Float64Array(this.#draws.length * n);
      ranks = allFinite(draws) ? midRanks(draws, this.#memory.subarray(input * n, (input + 1) * n)) : null;
      this.#ranks[input] = ranks;
    }
    return ranks;
  }
}

/** True when every value is a finite number. */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return false;
  return true;
}
