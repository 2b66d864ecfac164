import type { CellResults } from "../evaluate.js";
import type { CellProblem } from "../interpret-cell.js";
import type { FixedFailures } from "./fixed-failures.js";

/** Marks a buffer with the evaluator whose last evaluation into it ran to the end (see CompiledEvaluator). */
export const FILLED_BY: unique symbol = Symbol("filled by");

/** Marks a buffer with what its incremental evaluations found out about cells that always fail (see `FixedFailures`). */
export const FIXED_FAILURES: unique symbol = Symbol("fixed failures");

/**
 * The cells of one float evaluation by the compiled evaluator, in a buffer that can be filled again: a sweep, a
 * goal seek or a Monte Carlo run passes the same `FloatResults` to every evaluation and allocates nothing per
 * run. `values[cell]` is meaningful only where `failed[cell]` is 0 (a failed cell holds NaN there); its reason is
 * in `problems`, in the order the interpreter finds them.
 */
export class FloatResults implements CellResults<number> {
  readonly values: Float64Array;
  readonly failed: Uint8Array;
  readonly problems = new Map<number, CellProblem>();
  /** @internal */
  [FILLED_BY]: object | undefined = undefined;
  /** @internal */
  [FIXED_FAILURES]: FixedFailures | undefined = undefined;

  /** An empty buffer for a model of `cellCount` cells. */
  constructor(cellCount: number) {
    // one allocation for both arrays: a run allocates its results afresh, and large allocations are what cost
    const memory = new ArrayBuffer(cellCount * 9);
    this.values = new Float64Array(memory, 0, cellCount);
    this.failed = new Uint8Array(memory, cellCount * 8, cellCount);
  }

  /** Makes this buffer a copy of `other`, a buffer of the same model: values, failures, problems, and who filled it. */
  copyFrom(other: FloatResults): void {
    if (other.values.length !== this.values.length) throw new RangeError("the results buffer belongs to another model");
    this.values.set(other.values);
    this.failed.set(other.failed);
    this.problems.clear();
    for (const [cell, problem] of other.problems) this.problems.set(cell, problem);
    this[FILLED_BY] = other[FILLED_BY];
    this[FIXED_FAILURES] = undefined;
  }
}
