import type { Outputs } from "../outputs.js";

/**
 * One way of computing M(N, Y). Inputs are the chains' growth rates; levels in the first year never change.
 * `setGrowth` stages a change (a spreadsheet recalculates right away, the others at `evaluate`).
 */
export interface Contestant {
  readonly name: string;
  /** Computes every cell with the current inputs. */
  evaluate(): void;
  /** Sets chain `i`'s growth rate. */
  setGrowth(i: number, value: number): void;
  /** Sets every chain's growth rate at once (a Monte Carlo trial's draws). */
  setAllGrowth(values: Float64Array): void;
  /** Every number of the last evaluation, for the check. */
  outputs(): Outputs;
  /** The group sum in the last year and the first chain's cagr: what a trial records. */
  probe(): { readonly total: number; readonly cagr: number };
}
