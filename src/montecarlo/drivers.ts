import { correlationOfRanks, correlationOfSums, midRanks, rankCorrelation, rankSquares } from "./rank-correlation.js";
import type { ChunkResult } from "./runner.js";
import {
  marginSpread,
  rankGroups,
  shareOfGroups,
  varianceShare,
  varianceShareOfRanks,
  type MarginSpread,
} from "./variance-share.js";

/** The column of an input no target can be driven by: never filled, never read. */
const NO_COLUMN = new Float64Array(0);

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

  /** `reaching[t]`: the inputs (indices into `inputs`) that can drive target `t`; by default every input. */
  constructor(
    readonly inputs: readonly string[],
    readonly targets: number,
    readonly reaching?: readonly (readonly number[])[],
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
   * with Spearman's ρ for the direction; inputs that cannot reach the target, and inputs without a finite ρ, are
   * left out (only the inputs that can are ranked).
   */
  drivers(t: number): TargetDriver[] {
    const trials = Math.min(this.#trials, DRIVER_TRIALS);
    this.#ranks ??= new DrawRanks(this.#columns("draws", this.inputs.length, trials, this.#candidates()));
    const drawRanks = this.#ranks;
    this.#margins ??= this.#columns("margins", this.targets, trials);
    const margins = this.#margins[t]!;
    const spread = marginSpread(margins);
    const finite = allFinite(margins);
    // A margin that is the same in every trial (a target no draw moves): ρ is 0 with every input whose draws are
    // ranked, and there is no variance to share; nothing needs ranking.
    const constant = finite && !spread.varies && trials >= 3;
    const marginRanks = finite && !constant ? midRanks(margins) : undefined;
    const marginSquares = marginRanks ? rankSquares(marginRanks) : 0;
    const candidates = this.reaching?.[t] ?? this.inputs.map((_, i) => i);
    return candidates
      .map((i) => {
        const input = this.inputs[i]!;
        const { rho, share } =
          constant && drawRanks.ranked(i)
            ? { rho: 0, share: Number.NaN }
            : drawRanks.pull(i, margins, spread, marginRanks, marginSquares);
        return { input, rho, share: Number.isNaN(share) ? null : share };
      })
      .filter((d) => Number.isFinite(d.rho))
      .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || Math.abs(b.rho) - Math.abs(a.rho));
  }

  #ranks: DrawRanks | undefined;
  #margins: Float64Array[] | undefined;

  /** The inputs some target may be driven by (all of them without `reaching`): the only draws worth a column. */
  #candidates(): readonly number[] {
    if (!this.reaching) return this.inputs.map((_, i) => i);
    return [...new Set(this.reaching.flat())].sort((a, b) => a - b);
  }

  /**
   * The columns of the chunks' `draws` or `margins` (rows of `width`) over the first `trials` trials, in one read;
   * only the columns `wanted` (all by default) are filled, the others left empty.
   */
  #columns(of: "draws" | "margins", width: number, trials: number, wanted?: readonly number[]): Float64Array[] {
    const taken = wanted ?? Array.from({ length: width }, (_, j) => j);
    // one allocation for all of them: many large ones cost more than one, most of all with other threads running
    const memory = new Float64Array(taken.length * trials);
    const columns = Array.from({ length: width }, () => NO_COLUMN);
    taken.forEach((j, n) => {
      columns[j] = memory.subarray(n * trials, (n + 1) * trials);
    });
    let row = 0;
    for (const chunk of this.#chunks) {
      const rows = chunk[of];
      for (let k = 0; k < chunk.count && row < trials; k++, row++) {
        for (let n = 0; n < taken.length; n++) columns[taken[n]!]![row] = rows[k * width + taken[n]!]!;
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
  /** Per input with ranks: Σ of its squared rank deviations, and each trial's group for the variance share. */
  readonly #columns: ({ squares: number; group: Uint8Array; count: Float64Array } | undefined)[];
  /** The inputs' ranks, one stretch each, allocated together on first use. */
  #memory: Float64Array | undefined;

  constructor(draws: readonly Float64Array[]) {
    this.#draws = draws;
    this.#ranks = draws.map(() => undefined);
    this.#columns = draws.map(() => undefined);
  }

  /** True when every draw of the input has a value, so that its draws are ranked over every trial. */
  ranked(input: number): boolean {
    return this.#ranksOf(input) !== null;
  }

  /**
   * ρ of the input's draws and the margins, and the share of the margins' variance the input explains on its own
   * (`spread`: the margins' own, over all trials). `marginRanks` are the margins' mid-ranks when all have values
   * (with `marginSquares`, their {@link rankSquares}): then both come from one pass over the trials, the same
   * numbers as {@link correlationOfRanks} and {@link varianceShareOfRanks} give.
   */
  pull(
    input: number,
    margins: Float64Array,
    spread: MarginSpread,
    marginRanks: Float64Array | undefined,
    marginSquares: number,
  ): { rho: number; share: number } {
    const ranks = this.#ranksOf(input);
    if (!ranks) {
      const draws = this.#draws[input]!;
      return { rho: rankCorrelation(draws, margins), share: varianceShare(draws, margins) };
    }
    if (!marginRanks) {
      return {
        rho: rankCorrelation(this.#draws[input]!, margins),
        share: varianceShareOfRanks(ranks, margins, spread),
      };
    }
    const column = (this.#columns[input] ??= { squares: rankSquares(ranks), ...rankGroups(ranks) });
    const { group, count } = column;
    const n = ranks.length;
    const mean = (n - 1) / 2;
    const sum = new Float64Array(count.length);
    let sxy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (ranks[i]! - mean) * (marginRanks[i]! - mean);
      sum[group[i]!]! += margins[i]!;
    }
    return {
      rho: correlationOfSums(n, sxy, column.squares, marginSquares),
      share: shareOfGroups(count, sum, spread),
    };
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
