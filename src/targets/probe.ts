import { didYouMean, floatArithmetic, makeIssue, PlansheetError, usageError } from "../core/index.js";
import {
  targetDecider,
  decideTargets,
  type CellResults,
  type DecidedResult,
  type Model,
  type TargetResult,
} from "../evaluation/index.js";
import { cellsRead, upstreamSlots, type TargetInfo, type ValueTable } from "../structure/index.js";
import type { Lever } from "./lever.js";

/** A target ready to be evaluated again and again under changing inputs (by solve, sweep and feasibility). */
export interface TargetProbe {
  readonly target: TargetInfo;
  /** The target's result with these inputs (float mode). */
  evaluate(inputs: ValueTable): TargetResult<number>;
  /** The target's result read from cells evaluated already (float mode). */
  read(results: CellResults<number>): TargetResult<number>;
  /** Its margin with these inputs; `NaN` when the target has no value (a cell it needs is missing). */
  margin(inputs: ValueTable): number;
  /**
   * Its result with these inputs as a planner should read it: float's, unless float finds the target on its
   * threshold within float rounding, where decimal evaluation decides (`decidedBy: "decimal"`).
   */
  decide(inputs: ValueTable): DecidedResult;
}

/**
 * Compiles a target of the model for repeated evaluation.
 * @throws PlansheetError when the model has no such target, or its condition did not build.
 */
export function probeTarget(model: Model, id: string): TargetProbe {
  const target = model.structure.targets.find((t) => t.id === id);
  if (!target) {
    const ids = model.structure.targets.map((t) => t.id);
    const hint = didYouMean(id, ids);
    const message = `'${id}' is not a target of this model${ids.length > 0 ? ` (it has ${ids.join(", ")})` : " (it defines none)"}`;
    throw usageError(message, hint);
  }
  if (!target.checked) {
    const message = `target '${id}' is not a condition that could be built: ${target.text}`;
    throw new PlansheetError(message, [makeIssue("invalid_target", { message })]);
  }
  const compiled = targetDecider(model.structure, target, floatArithmetic, { onTheWay: false });
  const evaluate = (inputs: ValueTable) => compiled(model.evaluate<number>(inputs, "float"));
  return {
    target,
    evaluate,
    read: compiled,
    margin: (inputs) => evaluate(inputs).margin ?? Number.NaN,
    decide: (inputs) => decideTargets(model, [target], inputs)[0]!,
  };
}

/**
 * True when the target reads, directly or through formulas, some cell whose value comes from the lever's input:
 * otherwise no value of the lever can change it, and searching would be pointless.
 */
export function targetDependsOnLever(model: Model, target: TargetInfo, lever: Lever): boolean {
  if (!target.checked) return false;
  const { graph, timeline } = model.structure;
  return upstreamSlots(graph, model.structure.layout, cellsRead(target.checked, timeline)).has(lever.slot);
}
