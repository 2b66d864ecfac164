import { didYouMean, floatArithmetic, makeIssue, PlansheetError } from "../core/index.js";
import { compileTarget, type Model, type TargetResult } from "../evaluation/index.js";
import { collectReads, resolveYear } from "../formula/index.js";
import type { TargetInfo, ValueTable } from "../model/index.js";
import type { Lever } from "./lever.js";

/** A target ready to be evaluated again and again under changing inputs (by solve, sweep and feasibility). */
export interface TargetProbe {
  readonly target: TargetInfo;
  /** The target's result with these inputs (float mode). */
  evaluate(inputs: ValueTable): TargetResult<number>;
  /** Its margin with these inputs; `NaN` when the target has no value (a cell it needs is missing). */
  margin(inputs: ValueTable): number;
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
    throw new PlansheetError(message, [makeIssue("usage", { message, ...(hint ? { hint } : {}) })]);
  }
  if (!target.checked) {
    const message = `target '${id}' is not a condition that could be built: ${target.text}`;
    throw new PlansheetError(message, [makeIssue("invalid_target", { message })]);
  }
  const compiled = compileTarget(model.structure, target, floatArithmetic);
  const evaluate = (inputs: ValueTable) => compiled(model.evaluate<number>(inputs, "float"));
  return {
    target,
    evaluate,
    margin: (inputs) => evaluate(inputs).margin ?? Number.NaN,
  };
}

/**
 * True when the target reads, directly or through formulas, some cell whose value comes from the lever's input:
 * otherwise no value of the lever can change it, and searching would be pointless.
 */
export function targetDependsOnLever(model: Model, target: TargetInfo, lever: Lever): boolean {
  const { graph, timeline } = model.structure;
  const years = timeline.length;
  const wanted = new Set<number>();
  for (const read of target.checked ? collectReads(target.checked.expr).cells : []) {
    const from = resolveYear(read.at, timeline.baseYear);
    const to = read.through ? resolveYear(read.through, timeline.baseYear) : from;
    for (let y = Math.max(from, timeline.first); y <= Math.min(to, timeline.last); y++) wanted.add(read.slot * years + (y - timeline.first));
  }
  // Walk back from the cells the target reads through their dependencies, looking for the lever's cells.
  const seen = new Uint8Array(graph.cellCount);
  const stack = [...wanted];
  while (stack.length > 0) {
    const cell = stack.pop()!;
    if (seen[cell]) continue;
    seen[cell] = 1;
    if (Math.floor(cell / years) === lever.slot) return true;
    for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) stack.push(graph.deps[k]!);
  }
  return false;
}
