import type { CellLayout } from "../structure/index.js";

/**
 * Thrown (as a plain object, without a stack) when a formula reads a cell that has no value, so that the
 * reading cell becomes missing with the same root cause. `cell` is the cell read, or −1 when the year read
 * lies outside the timeline (`x[t-1]` in the first year).
 */
export class MissingRead {
  constructor(
    readonly cell: number,
    readonly slot: number,
    readonly year: number,
  ) {}
}

/** Reads cell values for the interpreter; throws {@link MissingRead} for a cell without a value. */
export interface CellReader<T> {
  read(slot: number, year: number): T;
}

/** Cell values and failed flags, laid out by a {@link CellLayout}; the arrays may be swapped between evaluations. */
export interface CellTables<T> {
  values: ArrayLike<T>;
  failed: ArrayLike<number>;
}

/**
 * The one cell reader: the value of `slot` in `year` from `tables`, or a {@link MissingRead} for a year outside the
 * timeline (cell −1) or a cell that failed. The interpreter, the compiled evaluator's slow path and targets all
 * read through it.
 */
export function cellReader<T>(layout: CellLayout, tables: CellTables<T>): CellReader<T> {
  return {
    read(slot, year) {
      const cell = layout.cellInYear(slot, year);
      if (cell < 0) throw new MissingRead(-1, slot, year);
      if (tables.failed[cell]) throw new MissingRead(cell, slot, year);
      return tables.values[cell]!;
    },
  };
}
