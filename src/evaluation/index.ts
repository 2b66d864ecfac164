/**
 * The evaluation layer: the reference interpreter (closures over checked formulas, in float or decimal mode),
 * the evaluation of every cell in dependency order, targets, and the public `Model` and `Projection`.
 */
export {
  Model,
  ModelError,
  buildModel,
  requireModel,
  requireOptions,
  type RunOptions,
  type BuildOptions,
  type EvaluationEngine,
} from "./model.js";
export { CompiledEvaluator, type CompiledStats } from "./compile/compiled-evaluator.js";
export { FloatResults } from "./compile/float-results.js";
export { Projection, type RunJson, type TargetOutcome } from "./projection.js";
export type { CellResults, CellProblem } from "./evaluate.js";
export { targetDecider, type TargetResult } from "./target-condition.js";
export { combinedMargin, comparisonMargin, negatedMargin, type MarginOps } from "./margin.js";
export { decideTargets, type DecidedResult } from "./threshold.js";
export { yearRanges } from "./cell-issues.js";
export { numberClosure } from "./interpreter.js";
