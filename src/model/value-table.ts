import { Dec } from "../core/index.js";

/**
 * One value per cell (indicator × year), as a float and, where known, as exact decimal text for decimal mode.
 * A cell without a value holds NaN in `float` and `undefined` in `exact`; `has` tells them apart, so NaN never
 * stands for a number.
 */
export class ValueTable {
  readonly float: Float64Array;
  readonly exact: (string | undefined)[];

  constructor(cells: number) {
    this.float = new Float64Array(cells).fill(Number.NaN);
    this.exact = new Array<string | undefined>(cells).fill(undefined);
  }

  /** True when the cell holds a value. */
  has(cell: number): boolean {
    return this.exact[cell] !== undefined;
  }

  /** Sets a cell from a literal read exactly (`{ value: 0.05, exact: "0.05" }`). */
  set(cell: number, literal: { readonly value: number; readonly exact: string }): void {
    this.float[cell] = literal.value;
    this.exact[cell] = literal.exact;
  }

  /** Sets a cell from a JavaScript number; its exact text is the shortest decimal that prints as it. */
  setNumber(cell: number, value: number): void {
    this.float[cell] = value;
    this.exact[cell] = new Dec(value).toString();
  }

  /** An independent copy. */
  clone(): ValueTable {
    const copy = new ValueTable(this.float.length);
    copy.float.set(this.float);
    for (let i = 0; i < this.exact.length; i++) copy.exact[i] = this.exact[i];
    return copy;
  }
}
