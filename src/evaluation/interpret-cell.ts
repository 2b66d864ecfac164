import { CellFailure, type Arithmetic, type IssueCode } from "../core/index.js";
import type { ModelStructure } from "../structure/index.js";
import type { NumberClosure } from "./interpreter.js";
import { MissingRead, type CellReader } from "./cell-reader.js";

/** Why a cell has no value: a code, a message, and the root cell whose failure caused it (itself if it failed). */
export interface CellProblem {
  readonly code: IssueCode;
  readonly message: string;
  /** The cell where the chain of missing values starts; equal to the cell itself for a root cause. */
  readonly root: number;
}

/** Records that a cell has no value, with its reason (`root` defaults to the cell itself). */
export type FailCell = (cell: number, code: IssueCode, message: string, root?: number) => void;

/**
 * Evaluates one formula cell with the reference interpreter and returns its value, or records why it has none
 * and returns `undefined`: an operation without a value (a division by zero), a read of a cell that has no value
 * (then the root cause is the read cell's), a read outside the timeline, or a result that overflowed.
 *
 * Both engines use this one function, so that a cell gets the same reason whichever engine computed the cells
 * around it: the interpreter for every cell, the compiled evaluator only for the cells its kernels could not
 * give a finite value.
 */
export function interpretCell<T>(
  structure: ModelStructure,
  ar: Arithmetic<T>,
  fn: NumberClosure<T>,
  cell: number,
  reader: CellReader<T>,
  problemOf: (cell: number) => CellProblem,
  fail: FailCell,
): T | undefined {
  const { timeline, indicators } = structure;
  const year = structure.layout.yearOf(cell);
  try {
    const value = fn(year, reader);
    if (ar.isFinite(value)) return value;
    fail(cell, "not_finite", "the result overflowed: it is not a finite number");
  } catch (error) {
    if (error instanceof MissingRead) {
      const name = indicators[error.slot]!.id;
      if (error.cell < 0) {
        fail(cell, "outside_timeline", `needs ${name}[${error.year}], outside the timeline ${timeline}`);
      } else {
        fail(
          cell,
          "depends_on_missing",
          `needs ${name}[${error.year}], which has no value`,
          problemOf(error.cell).root,
        );
      }
    } else if (error instanceof CellFailure) {
      fail(cell, error.code, error.message);
    } else {
      throw error;
    }
  }
  return undefined;
}
