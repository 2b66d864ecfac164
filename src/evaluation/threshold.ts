import { decimalArithmetic, floatArithmetic, type Dec } from "../core/index.js";
import type { TargetInfo, ValueTable } from "../model/index.js";
import type { Model } from "./model.js";
import type { TargetOutcome } from "./projection.js";
import { compileTarget, type TargetResult } from "./targets.js";

/**
 * How closely float and decimal evaluation agree: |float − decimal| ≤ 1e-9·(1 + |decimal|) on every cell (the
 * property the test suite checks on random models).
 */
export const FLOAT_AGREEMENT = 1e-9;

/**
 * Whether a target computed in float mode lies on its threshold within float rounding — `|margin| ≤
 * 1e-9·(1 + |value| + |threshold|)` — so that float cannot tell met from unmet: `80% + 5 × 1pp > 85%` comes out
 * as 0.8500000000000001 > 0.85, met, when the exact sum is 85% and the target is not met. Such a target is decided
 * in decimal mode.
 */
export function onThreshold(outcome: TargetResult<number>): boolean {
  if (outcome.met === null || outcome.margin === null) return false;
  const scale = 1 + Math.abs(outcome.value ?? 0) + Math.abs(outcome.threshold ?? 0);
  return Math.abs(outcome.margin) <= FLOAT_AGREEMENT * scale;
}

/**
 * Float outcomes with every target on its threshold replaced by its decimal outcome, marked `decidedBy:
 * "decimal"` (the decimal projection is computed only when some target needs it).
 */
export function decideOnThreshold(outcomes: readonly TargetOutcome[], decimalOutcomes: () => readonly TargetOutcome[]): TargetOutcome[] {
  let exact: readonly TargetOutcome[] | undefined;
  return outcomes.map((outcome, k) => {
    if (!onThreshold(outcome)) return outcome;
    exact ??= decimalOutcomes();
    return { ...exact[k]!, decidedBy: "decimal" as const };
  });
}

/** A target's result as a planner should read it: float's, or decimal's when float finds it on its threshold. */
export type DecidedResult = TargetResult<number> & { readonly decidedBy?: "decimal" };

/**
 * Compiles a target for repeated evaluation under changing inputs (without the first year it holds): in float,
 * unless float finds it on its threshold, where decimal evaluation of the same inputs decides.
 */
export function targetDecider(model: Model, target: TargetInfo): (inputs: ValueTable) => DecidedResult {
  const inFloat = compileTarget(model.structure, target, floatArithmetic, { onTheWay: false });
  let inDecimal: ((inputs: ValueTable) => TargetResult<Dec>) | undefined;
  return (inputs) => {
    const result = inFloat(model.evaluate<number>(inputs, "float"));
    if (!onThreshold(result)) return result;
    if (!inDecimal) {
      const compiled = compileTarget(model.structure, target, decimalArithmetic, { onTheWay: false });
      inDecimal = (values) => compiled(model.evaluate<Dec>(values, "decimal"));
    }
    const exact = inDecimal(inputs);
    const num = (v: Dec | null) => (v === null ? null : v.toNumber());
    return { ...exact, value: num(exact.value), threshold: num(exact.threshold), margin: num(exact.margin), decidedBy: "decimal" };
  };
}
