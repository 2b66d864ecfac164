import { Dec } from "../core/index.js";

const NONE = -1;

/**
 * One value per cell (indicator × year), as a float and, where known, as exact decimal text for decimal mode.
 * A cell without a value holds NaN in `float` and has no exact text; `has` tells them apart, so NaN never
 * stands for a number.
 *
 * The exact texts are kept once each, with a small index per cell: a model of ten thousand indicators has
 * hundreds of thousands of cells but few distinct texts (an input holds the same value in every year).
 */
export class ValueTable {
  readonly float: Float64Array;
  /** For each cell, the position of its exact text in `#texts`, or −1. */
  readonly #text: Int32Array;
  readonly #texts: string[];
  readonly #textIndex: Map<string, number>;
  /** `exact` as an array, made only if asked for and then kept up to date. */
  #exact: (string | undefined)[] | undefined;
  /** The position of the text set last. */
  #last = NONE;

  constructor(cells: number) {
    this.float = new Float64Array(cells).fill(Number.NaN);
    this.#text = new Int32Array(cells).fill(NONE);
    this.#texts = [];
    this.#textIndex = new Map();
  }

  /** The exact text of every cell (`undefined` where there is no value), as an array. */
  get exact(): readonly (string | undefined)[] {
    if (!this.#exact) this.#exact = Array.from(this.#text, (k) => (k === NONE ? undefined : this.#texts[k]));
    return this.#exact;
  }

  /** The exact text of one cell, or `undefined` when it holds no value. */
  exactAt(cell: number): string | undefined {
    const k = this.#text[cell];
    return k === undefined || k === NONE ? undefined : this.#texts[k];
  }

  /** True when the cell holds a value. */
  has(cell: number): boolean {
    const k = this.#text[cell];
    return k !== undefined && k !== NONE;
  }

  /** Sets a cell from a literal read exactly (`{ value: 0.05, exact: "0.05" }`). */
  set(cell: number, literal: { readonly value: number; readonly exact: string }): void {
    this.float[cell] = literal.value;
    this.#setText(cell, literal.exact);
  }

  /** Sets a cell from a JavaScript number; its exact text is the shortest decimal that prints as it. */
  setNumber(cell: number, value: number): void {
    this.float[cell] = value;
    this.#setText(cell, new Dec(value).toString());
  }

  #setText(cell: number, text: string): void {
    // An input holds the same text year after year: look it up only when it changes.
    let k = text === this.#texts[this.#last] ? this.#last : this.#textIndex.get(text);
    if (k === undefined) {
      k = this.#texts.length;
      this.#texts.push(text);
      this.#textIndex.set(text, k);
    }
    this.#text[cell] = k;
    this.#last = k;
    if (this.#exact) this.#exact[cell] = text;
  }

  /** Empties a cell: it then holds no value (NaN in `float`, no exact text). */
  clear(cell: number): void {
    this.float[cell] = Number.NaN;
    this.#text[cell] = NONE;
    if (this.#exact) this.#exact[cell] = undefined;
  }

  /** An independent copy. */
  clone(): ValueTable {
    const copy = new ValueTable(this.float.length);
    copy.float.set(this.float);
    copy.#text.set(this.#text);
    for (const text of this.#texts) copy.#texts.push(text);
    for (const [text, k] of this.#textIndex) copy.#textIndex.set(text, k);
    return copy;
  }
}
