import { defineArithmetic, floatArithmetic, roundHalfAwayFromZero, type Arithmetic } from "../../core/index.js";

/**
 * The arithmetic of compiled kernels: exactly the float operations of {@link floatArithmetic}, in the same
 * order, so that a value a kernel computes is bit for bit the interpreter's — but where the interpreter throws
 * (a division by zero, a cagr from a base of zero) it returns NaN. A kernel never throws: any cell whose result is
 * not a finite number is handed back to the interpreter, which then finds the same value or the reason it has
 * none. NaN is therefore a "look again" mark, never a value: the operations below keep it from being swallowed
 * (`NaN ^ 0` is 1 in JavaScript, so `pow` checks for it).
 *
 * The planning functions of `formula/functions/` run on it unchanged: the kernels' `cagr` is `cagr` itself.
 */
export const kernelArithmetic: Arithmetic<number> = defineArithmetic<number>({
  ...floatArithmetic,
  div: (a, b) => (b === 0 ? Number.NaN : a / b),
  pow: powOp,
  root: (a, n) => (a < 0 ? Number.NaN : a ** (1 / n)),
  log: logOp,
  sqrt: sqrtOp,
  round: roundHalfAwayFromZero,
  fail: () => Number.NaN,
});

/** `a ^ b`; NaN on `0 ^ negative`, on a negative base with a fractional exponent, and on a NaN base. */
export function powOp(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.NaN;
  if (a === 0 && b < 0) return Number.NaN;
  if (a < 0 && !Number.isInteger(b)) return Number.NaN;
  return a ** b;
}

/** Natural log; NaN for `a ≤ 0`. */
export function logOp(a: number): number {
  return a > 0 ? Math.log(a) : Number.NaN;
}

/** Square root; NaN for `a < 0`. */
export function sqrtOp(a: number): number {
  return a < 0 ? Number.NaN : Math.sqrt(a);
}
