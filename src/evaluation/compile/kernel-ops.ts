import { ScaleMode } from "../../core/index.js";
import { ENDPOINT_RULES, RANGE_RULES, VALUE_RULES, elasticityOfEnds } from "../../formula/index.js";
import { kernelArithmetic, logOp, powOp, sqrtOp } from "./kernel-arithmetic.js";

/*
 * The operations compiled kernels call: the arithmetic that has no JavaScript operator, the planning functions
 * of `formula/functions/` run on the kernels' arithmetic (one definition, bit for bit the interpreter's), and
 * group aggregates. The emitter names a planning function's operation `fn_<name>` (see `planningOp`).
 */

/** A group aggregate (`sumOf(g)`, `meanOf(g)`) prepared for kernels: member offsets and unit conversions. */
export interface AggregateSpec {
  /** Each member's first cell (`slot × years`). */
  readonly bases: Int32Array;
  /** Whether each member needs converting to the group's unit (`ScaleMode.none` when it does not). */
  readonly modes: Uint8Array;
  /** Each member's conversion, the interpreter's `scaler` on the kernels' arithmetic. */
  readonly scales: readonly ((x: number) => number)[];
  readonly mean: boolean;
  /** True when the group has members and none needs converting: kernels may then add it up with every year in a register. */
  readonly plain: boolean;
}

/**
 * A group aggregate for the year indices `from..to`, into `out`. Members are added one after the other for every
 * year (member by member rather than year by year, so that each series is read in order); every year still
 * gets exactly the interpreter's sum, first member first.
 */
export function aggregateRow(v: Float64Array, spec: AggregateSpec, from: number, to: number, out: Float64Array): void {
  const { bases, modes, scales, mean } = spec;
  const count = bases.length;
  if (count === 0) {
    out.fill(mean ? Number.NaN : 0, from, to + 1);
    return;
  }
  const base0 = bases[0]!;
  const mode0 = modes[0]!;
  if (mode0 === ScaleMode.none) {
    for (let i = from; i <= to; i++) out[i] = v[base0 + i]!;
  } else {
    const scale = scales[0]!;
    for (let i = from; i <= to; i++) out[i] = scale(v[base0 + i]!);
  }
  for (let k = 1; k < count; k++) {
    const base = bases[k]!;
    const mode = modes[k]!;
    if (mode === ScaleMode.none) {
      for (let i = from; i <= to; i++) out[i] = out[i]! + v[base + i]!;
    } else {
      const scale = scales[k]!;
      for (let i = from; i <= to; i++) out[i] = out[i]! + scale(v[base + i]!);
    }
  }
  if (mean) for (let i = from; i <= to; i++) out[i] = out[i]! / count;
}

/** The kernel operation of a planning function, by the function's name: `fn_cagr`. */
export function planningOp(name: string): string {
  return `fn_${name}`;
}

function planningOps(): Record<string, (...args: never[]) => number> {
  const ar = kernelArithmetic;
  const ops: Record<string, (...args: never[]) => number> = {};
  for (const [name, rule] of ENDPOINT_RULES)
    ops[planningOp(name)] = (start: number, end: number, years: number) => rule(ar, start, end, years);
  for (const [name, rule] of RANGE_RULES)
    ops[planningOp(name)] = (v: Float64Array, first: number, last: number) => rule(ar, v, first, last);
  for (const [name, rule] of VALUE_RULES) ops[planningOp(name)] = (...args: number[]) => rule(ar, args);
  ops[planningOp("elasticity")] = (x0: number, x1: number, y0: number, y1: number, years: number) =>
    elasticityOfEnds(ar, x0, x1, y0, y1, years);
  return ops;
}

/**
 * Everything a generated kernel may call, handed to it once when it is created; the kernel's prelude binds each
 * one to a local of the same name (`kernelPrelude`), so no operation can be missing from it.
 */
export const KERNEL_OPS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  pow: powOp,
  log: logOp,
  sqrt: sqrtOp,
  round: kernelArithmetic.round,
  aggregateRow,
  ...planningOps(),
};

/** The kernel's first lines: every operation of {@link KERNEL_OPS} as a local constant. */
export function kernelPrelude(): string[] {
  return ['"use strict";', `const { ${Object.keys(KERNEL_OPS).join(", ")} } = ops;`];
}
