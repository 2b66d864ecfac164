import { floatArithmetic } from "../core/index.js";
import { decideTargets, targetDecider, type CellResults, type Model, type TargetResult } from "../evaluation/index.js";
import { cellsRead, upstreamSlots, type TargetInfo, type ValueTable } from "../structure/index.js";
import type { TrialPlan } from "./trial-plan.js";

/** A target's outcome in a trial, from the trial's results. */
export type TargetOutcome = (results: CellResults<number>) => TargetResult<number>;

/**
 * How a run decides its targets (by index in its list): those decided on each trial's results, with how, and those
 * whose verdict is the same in every trial, with that outcome — which a chunk records once for all its trials.
 */
export interface TrialTargets {
  readonly decided: readonly number[];
  readonly deciders: readonly TargetOutcome[];
  readonly same: readonly { readonly t: number; readonly outcome: TargetResult<number> }[];
}

/**
 * How each target of a run is decided. A target no draw can move has the same outcome in every trial: decided
 * once, from the evaluation without draws (`deterministic`, of the inputs `table`) — exactly, should float find it
 * on its threshold (80% + 5 × 1pp > 85% is true in floating point). One without a verdict then (a cell it needs
 * has no value) is still given to each trial, which counts it as an error. The others are compiled and decided on
 * each trial's results.
 */
export function trialTargets(
  model: Model,
  targetIds: readonly string[],
  plan: TrialPlan,
  table: ValueTable,
  deterministic: CellResults<number>,
): TrialTargets {
  const { structure } = model;
  const uncertainSlots = new Set(plan.inputs.map((i) => i.slot));
  const targets = targetIds.map((id) => structure.targets.find((t) => t.id === id)!);
  const moved = targets.map((target) => reachedByDraws(model, target, uncertainSlots));
  const fixed = decideTargets(
    model,
    targets.filter((_, t) => !moved[t]),
    table,
    deterministic,
  );
  let nextFixed = 0;
  const decided: number[] = [];
  const deciders: TargetOutcome[] = [];
  const same: { t: number; outcome: TargetResult<number> }[] = [];
  targets.forEach((target, t) => {
    if (moved[t]) {
      decided.push(t);
      deciders.push(targetDecider(structure, target, floatArithmetic, { onTheWay: false }));
      return;
    }
    const outcome = fixed[nextFixed++]!;
    if (outcome.met !== null) {
      same.push({ t, outcome });
      return;
    }
    decided.push(t);
    deciders.push(() => outcome);
  });
  return { decided, deciders, same };
}

/** True when some uncertain input feeds a cell the target reads, directly or through formulas. */
function reachedByDraws(model: Model, target: TargetInfo, uncertainSlots: ReadonlySet<number>): boolean {
  if (!target.checked) return true;
  const { graph, timeline, layout } = model.structure;
  const upstream = upstreamSlots(graph, layout, cellsRead(target.checked, timeline));
  return [...uncertainSlots].some((slot) => upstream.has(slot));
}
