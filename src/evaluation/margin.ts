import type { Arithmetic } from "../core/index.js";
import type { CompareOp } from "../formula/index.js";

/** What the margin rule needs of numbers: plansheet's arithmetics have it, and so has a spreadsheet formula's text. */
export type MarginOps<T> = Pick<Arithmetic<T>, "sub" | "abs" | "neg" | "min" | "max" | "integer">;

/**
 * How far `l op r` lies on its good side, in the unit of its operands, negative when it does not hold: `l − r` for
 * `>` and `>=`, `r − l` for `<` and `<=` (the good side first, so that a target met exactly has margin +0, not −0),
 * `−|l − r|` for `==` (0 at best) and `|l − r|` for `!=`. The one margin rule: targets, the workbook's margin
 * formulas and everything that reports a margin go through it.
 */
export function comparisonMargin<T>(op: CompareOp, l: T, r: T, ops: MarginOps<T>): T {
  if (op === ">" || op === ">=") return ops.sub(l, r);
  if (op === "<" || op === "<=") return ops.sub(r, l);
  return op === "==" ? ops.sub(ops.integer(0), ops.abs(ops.sub(l, r))) : ops.abs(ops.sub(l, r));
}

/** The margin of `a and b` is the smaller of theirs (both must hold), of `a or b` the larger (one is enough). */
export function combinedMargin<T>(op: "and" | "or", a: T, b: T, ops: MarginOps<T>): T {
  return op === "and" ? ops.min(a, b) : ops.max(a, b);
}

/** The margin of `not a`: its margin turned round. */
export function negatedMargin<T>(a: T, ops: MarginOps<T>): T {
  return ops.neg(a);
}
