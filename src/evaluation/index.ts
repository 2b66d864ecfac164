/**
 * The evaluation layer: the reference interpreter (closures over checked formulas, in float or decimal mode),
 * the evaluation of every cell in dependency order, targets, and the public `Model` and `Projection`.
 */
export { Model, ModelError, buildModel, type RunOptions, type BuildOptions, type EvaluationEngine } from "./model.js";
export { CompiledEvaluator, compileEvaluator, type CompileOptions, type CompiledStats } from "./compile/compiled-evaluator.js";
export { FloatResults } from "./compile/float-results.js";
export { makeFunction, type FunctionMaker } from "./compile/kernels.js";
export { interpretCell, type FailCell } from "./interpret-cell.js";
export { Projection, type RunJson, type TargetOutcome, type ProjectionData } from "./projection.js";
export { evaluateCells, compileClosures, type CellResults, type CellProblem, type CompiledClosures } from "./evaluate.js";
export { compileNumber, compileCondition, type NumberClosure, type ConditionClosure } from "./interpreter.js";
export { compileTarget, resultsReader, type TargetResult } from "./targets.js";
export { decideOnThreshold, FLOAT_AGREEMENT, onThreshold, decideTargets, type DecidedResult } from "./threshold.js";
export { cellIssues, yearRanges } from "./cell-issues.js";
export { MissingRead, type CellReader } from "./signals.js";
