import { roundHalfAwayFromZero } from "../../core/index.js";

/*
 * The operations compiled kernels call. Each one performs exactly the float operations of the interpreter's
 * (`floatArithmetic` and the planning functions in `formula/functions/`), in the same order, so that a value a
 * kernel computes is bit for bit the interpreter's. Where the interpreter throws (a division by zero, a cagr
 * from a base of zero), these return NaN instead: a kernel never throws, and any cell whose result is not a
 * finite number is handed back to the interpreter, which then finds the same value or the reason it has none.
 * NaN is therefore a "look again" mark, never a value: the operations below keep it from being swallowed
 * (`NaN ^ 0` is 1 in JavaScript, so `pow` checks for it).
 */

/** `a ^ b` (fails on `0 ^ negative` and on a negative base with a fractional exponent). */
export function powOp(a: number, b: number): number {
  if (a !== a) return Number.NaN;
  if (a === 0 && b < 0) return Number.NaN;
  if (a < 0 && !Number.isInteger(b)) return Number.NaN;
  return Math.pow(a, b);
}

/** Natural log (fails on `a ≤ 0`). */
export function logOp(a: number): number {
  return a > 0 ? Math.log(a) : Number.NaN;
}

/** Square root (fails on `a < 0`). */
export function sqrtOp(a: number): number {
  return a < 0 ? Number.NaN : Math.sqrt(a);
}

/** `round(a, digits)`: the interpreter's rounding half away from zero. */
export const roundOp: (a: number, digits: number) => number = roundHalfAwayFromZero;

/** 年均增速 over `years` years, as `cagr()` in `formula/functions/cagr.ts` computes it. */
export function cagrOp(start: number, end: number, years: number): number {
  if (years <= 0 || !(start > 0) || end < 0) return Number.NaN;
  const ratio = end / start;
  return Math.pow(ratio, 1 / years) - 1;
}

/** Cumulative change `end / start − 1`, as `relativeChange()` computes it (`years` must be positive). */
export function changeOp(start: number, end: number, years: number): number {
  if (years <= 0 || !(start > 0)) return Number.NaN;
  return end / start - 1;
}

/** Percentage-point change `end − start` (`years` must be positive). */
export function ppchangeOp(start: number, end: number, years: number): number {
  return years <= 0 ? Number.NaN : end - start;
}

/** Elasticity `cagr(x) / cagr(y)` over the same years, as `elasticity()` computes it. */
export function elasticityOp(x0: number, x1: number, y0: number, y1: number, years: number): number {
  const gx = cagrOp(x0, x1, years);
  const gy = cagrOp(y0, y1, years);
  if (gy === 0) return Number.NaN;
  return gx / gy;
}

/**
 * `sum(x, y0, y1)` or `mean(x, y0, y1)` over the year indices `from..to` of the series starting at `base`:
 * added from the first year on, as `sumValues()` does.
 */
export function rangeOp(v: Float64Array, base: number, from: number, to: number, mean: boolean): number {
  if (to < from) return Number.NaN;
  let total = v[base + from]!;
  for (let y = from + 1; y <= to; y++) total = total + v[base + y]!;
  return mean ? total / (to - from + 1) : total;
}

/** How a group member's value is brought to the group's unit, as the interpreter's `scaler` does it. */
export const ScaleMode = { none: 0, multiply: 1, divide: 2, both: 3 } as const;

/** A group aggregate (`sumOf(g)`, `meanOf(g)`) prepared for kernels: member offsets and unit factors. */
export interface AggregateSpec {
  /** Each member's first cell (`slot × years`). */
  readonly bases: Int32Array;
  readonly modes: Uint8Array;
  readonly nums: Float64Array;
  readonly dens: Float64Array;
  readonly mean: boolean;
}

/** The scale mode of a factor `num / den`, as the interpreter's `scaler` chooses it. */
export function scaleModeOf(num: number, den: number): number {
  if (num === 1 && den === 1) return ScaleMode.none;
  if (den === 1) return ScaleMode.multiply;
  if (num === 1) return ScaleMode.divide;
  return ScaleMode.both;
}

function scaled(x: number, mode: number, num: number, den: number): number {
  if (mode === ScaleMode.none) return x;
  if (mode === ScaleMode.multiply) return x * num;
  if (mode === ScaleMode.divide) return den === 0 ? Number.NaN : x / den;
  return den === 0 ? Number.NaN : (x * num) / den;
}

/**
 * A group aggregate for the year indices `from..to`, into `out`. Members are added one after the other for every
 * year (member by member rather than year by year, so that each series is read in order); every year still
 * gets exactly the interpreter's sum, first member first.
 */
export function aggregateRow(v: Float64Array, spec: AggregateSpec, from: number, to: number, out: Float64Array): void {
  const { bases, modes, nums, dens, mean } = spec;
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
    for (let i = from; i <= to; i++) out[i] = scaled(v[base0 + i]!, mode0, nums[0]!, dens[0]!);
  }
  for (let k = 1; k < count; k++) {
    const base = bases[k]!;
    const mode = modes[k]!;
    if (mode === ScaleMode.none) {
      for (let i = from; i <= to; i++) out[i] = out[i]! + v[base + i]!;
    } else {
      for (let i = from; i <= to; i++) out[i] = out[i]! + scaled(v[base + i]!, mode, nums[k]!, dens[k]!);
    }
  }
  if (mean) for (let i = from; i <= to; i++) out[i] = out[i]! / count;
}

/** Everything a generated kernel may call, handed to it once when it is created. */
export const KERNEL_OPS = {
  pow: powOp,
  log: logOp,
  sqrt: sqrtOp,
  round: roundOp,
  cagr: cagrOp,
  change: changeOp,
  ppchange: ppchangeOp,
  elasticity: elasticityOp,
  range: rangeOp,
  aggregateRow,
} as const;
