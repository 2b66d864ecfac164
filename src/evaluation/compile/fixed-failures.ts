import type { CellLayout } from "../../structure/index.js";
import type { CellReader } from "../cell-reader.js";
import type { PartialPlan } from "./incremental.js";

/** What is known of a cell the kernels hand to the interpreter in incremental evaluations: not yet seen, fixed, or varying. */
export const Verdict = { open: 0, fixed: 1, varies: 2 } as const;

/**
 * The cells of one buffer's incremental evaluations, under one partial plan, whose failure does not depend on the
 * changed inputs: `x[t-1]` in the first year, a cell that reads one of those, a cell that reads a gap. Between two
 * evaluations under the same plan only the changed inputs move (that is the plan's contract), so a cell that fails
 * without reading anything downstream of them fails the same way, with the same reason, every time: it is decided
 * the first time the kernels hand it to the interpreter, and from then on it keeps its failure and its reason in the
 * buffer, and the interpreter never sees it again — a Monte Carlo run pays for it once, not once per trial.
 *
 * The decision reads as the interpreter reads: a cell is fixed when it failed before reading any cell that the
 * change touches (other than a fixed one). Whatever it read had the same value every time, so it took the same
 * branches and failed at the same place. A cell that read a touched cell first (`g * x[t-1]`) is left to vary, and
 * is interpreted whenever its kernel gives no finite value.
 */
export class FixedFailures {
  /**
   * The cells that failed in the last evaluation under the plan, other than the fixed ones: with the fixed ones,
   * the only failed cells among those the plan computes again, so the next evaluation needs no search for them.
   */
  readonly failing: number[] = [];
  #verdict: Uint8Array | undefined;
  #reader: TaintReader | undefined;

  constructor(
    readonly plan: PartialPlan,
    readonly layout: CellLayout,
    readonly cells: CellReader<number>,
  ) {}

  /** Per cell, its {@link Verdict} (made when the first cell is handed to the interpreter). */
  get verdict(): Uint8Array {
    this.#verdict ??= new Uint8Array(this.plan.touched.length);
    return this.#verdict;
  }

  /** The reader the deciding interpretation reads through: the evaluator's, noting a read of a touched cell. */
  get reader(): TaintReader {
    this.#reader ??= new TaintReader(this.layout, this.cells, this.plan.touched, this.verdict);
    return this.#reader;
  }

  /** True when the cell is known to fail whatever the changed inputs hold. */
  isFixed(cell: number): boolean {
    return this.#verdict !== undefined && this.#verdict[cell] === Verdict.fixed;
  }
}

/** A cell reader that notes whether a cell touched by the change (and not known to fail regardless) was read. */
class TaintReader implements CellReader<number> {
  /** True once a read since the last reset was of a touched cell. */
  tainted = false;

  constructor(
    readonly layout: CellLayout,
    readonly cells: CellReader<number>,
    readonly touched: Uint8Array,
    readonly verdict: Uint8Array,
  ) {}

  read(slot: number, year: number): number {
    const cell = this.layout.cellInYear(slot, year);
    if (cell >= 0 && this.touched[cell] === 1 && this.verdict[cell] !== Verdict.fixed) this.tainted = true;
    return this.cells.read(slot, year);
  }
}
