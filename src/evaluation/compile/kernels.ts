import { ScaleMode, scaleModeOf, scaler } from "../../core/index.js";
import type { ModelStructure } from "../../structure/index.js";
import { kernelSource, type AggregateNode } from "./emit.js";
import { KERNEL_OPS, type AggregateSpec } from "./kernel-ops.js";
import { kernelArithmetic } from "./kernel-arithmetic.js";
import type { KernelSpec } from "./kernel-plan.js";

/** Called by a kernel for a cell it could not give a finite value: writes the interpreter's value, or NaN, there. */
export type SlowPath = (cell: number) => void;

/** Called by a once kernel when its value failed: the cells that copy it fail with the same reason. */
export type CopyFailure = (source: number, base: number, runs: Int32Array) => void;

/** Computes the year indices `from..to` of `count` indicators (one row of offsets in `rows` each). */
export type RangeKernel = (
  v: Float64Array,
  rows: Int32Array,
  count: number,
  from: number,
  to: number,
  slow: SlowPath,
) => void;

/**
 * Computes a year-independent formula once per indicator and copies it to the year ranges in `runs` (unless the
 * value is what the buffer held already and the buffer is not `fresh`).
 */
export type OnceKernel = (
  v: Float64Array,
  rows: Int32Array,
  count: number,
  runs: Int32Array,
  slow: SlowPath,
  copyFailure: CopyFailure,
  fresh: boolean,
) => void;

/** Creates a function from source, as `new Function` does; injectable so that tests can refuse it like a strict CSP. */
export type FunctionMaker = (params: readonly string[], body: string) => (...args: never[]) => unknown;

/** The default {@link FunctionMaker}: the `Function` constructor, which a page's content security policy may forbid. */
export const makeFunction: FunctionMaker = (params, body) =>
  new Function(...params, body) as (...args: never[]) => unknown;

/**
 * Turns kernel specs into functions, once per shape: ten thousand indicators with the same formula shape make
 * one `new Function` call. Aggregates (`sumOf(g)`) are prepared once per group.
 */
export class KernelFactory {
  readonly #structure: ModelStructure;
  readonly #make: FunctionMaker;
  readonly #kernels = new Map<string, RangeKernel | OnceKernel>();
  readonly #aggregates = new Map<string, AggregateSpec>();

  constructor(structure: ModelStructure, make: FunctionMaker = makeFunction) {
    this.#structure = structure;
    this.#make = make;
  }

  /** How many distinct kernels were created. */
  get size(): number {
    return this.#kernels.size;
  }

  /**
   * The kernel for a spec, created on first use.
   * @throws EvalError where code generation from strings is not allowed (a strict content security policy).
   */
  kernel(spec: KernelSpec): RangeKernel | OnceKernel {
    let kernel = this.#kernels.get(spec.id);
    if (!kernel) {
      const { timeline } = this.#structure;
      const source = kernelSource(spec.expr, spec.placeholders, timeline.first, timeline.length, spec.kind, spec.runs);
      const factory = this.#make(["ops", "aggs"], source.body) as (
        ops: typeof KERNEL_OPS,
        aggs: readonly AggregateSpec[],
      ) => RangeKernel | OnceKernel;
      kernel = factory(
        KERNEL_OPS,
        source.aggregates.map((node) => this.#aggregate(node)),
      );
      this.#kernels.set(spec.id, kernel);
    }
    return kernel;
  }

  #aggregate(node: AggregateNode): AggregateSpec {
    const key = `${node.fn}|${node.group}`;
    let spec = this.#aggregates.get(key);
    if (!spec) {
      const { layout } = this.#structure;
      const modes = Uint8Array.from(node.members, (m) => scaleModeOf(m.num, m.den));
      spec = {
        bases: Int32Array.from(node.members, (m) => layout.seriesStart(m.slot)),
        modes,
        scales: node.members.map((m) => scaler(kernelArithmetic, m.num, m.den, String(m.num), String(m.den))),
        mean: node.fn === "meanOf",
        plain: modes.length > 0 && modes.every((mode) => mode === ScaleMode.none),
      };
      this.#aggregates.set(key, spec);
    }
    return spec;
  }
}
