import { decimalArithmetic, floatArithmetic, type Dec, type NumberMode } from "../core/index.js";
import type { ModelStructure, TargetInfo, ValueTable } from "../structure/index.js";
import type { CellResults } from "./evaluate.js";
import type { TargetOutcome } from "./projection.js";
import { targetDecider, type TargetResult } from "./target-condition.js";

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
 * "decimal"` (the decimal outcomes are computed only when some target needs them).
 */
export function decideOnThreshold(
  outcomes: readonly TargetOutcome[],
  decimalOutcomes: () => readonly TargetOutcome[],
): TargetOutcome[] {
  let exact: readonly TargetOutcome[] | undefined;
  return outcomes.map((outcome, k) => {
    if (!onThreshold(outcome)) return outcome;
    exact ??= decimalOutcomes();
    return { ...exact[k]!, decidedBy: "decimal" as const };
  });
}

/** A target's result as a planner should read it: float's, or decimal's when float finds it on its threshold. */
export type DecidedResult = TargetResult<number> & { readonly decidedBy?: "decimal" };

/** What deciding targets needs of a model (a `Model` is one): its structure, and evaluation in either mode. */
export interface EvaluableModel {
  readonly structure: ModelStructure;
  evaluate<T>(inputs: ValueTable, mode: NumberMode): CellResults<T>;
}

/**
 * Targets' results under the given inputs (without the first year each holds), as a planner should read them:
 * from the float evaluation (`floatResults`, when the caller has it already), except for the targets float finds
 * on their threshold, which decimal evaluation of the same inputs decides — evaluated once, and only if needed.
 */
export function decideTargets(
  model: EvaluableModel,
  targets: readonly TargetInfo[],
  inputs: ValueTable,
  floatResults: CellResults<number> = model.evaluate<number>(inputs, "float"),
): DecidedResult[] {
  let exact: CellResults<Dec> | undefined;
  return targets.map((target) => {
    const result = targetDecider(model.structure, target, floatArithmetic, { onTheWay: false })(floatResults);
    if (!onThreshold(result)) return result;
    exact ??= model.evaluate<Dec>(inputs, "decimal");
    const decided = targetDecider(model.structure, target, decimalArithmetic, { onTheWay: false })(exact);
    const num = (v: Dec | null) => (v === null ? null : v.toNumber());
    return {
      ...decided,
      value: num(decided.value),
      threshold: num(decided.threshold),
      margin: num(decided.margin),
      decidedBy: "decimal",
    };
  });
}
