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
