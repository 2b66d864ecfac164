import type { TargetInfo } from "./structure.js";

/**
 * The one cell a target compares with a figure (`re_share[2025] < 10%`): its indicator's slot, its year and the
 * comparison; `undefined` for a target on anything else (a growth rate, several conditions). What a chart draws as
 * a target line, and what a sweep shows by default.
 */
export function targetCell(
  target: TargetInfo,
): { readonly slot: number; readonly year: number; readonly op: string } | undefined {
  const expr = target.checked?.expr;
  if (expr?.kind !== "compare" || expr.left.kind !== "cell" || expr.left.at.kind !== "absolute") return undefined;
  return { slot: expr.left.slot, year: expr.left.at.year, op: expr.op };
}
