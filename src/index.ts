/**
 * plansheet: spreadsheet-style scenario modelling of development plans. This entry runs anywhere (Node,
 * browsers, Deno, notebooks) and imports nothing from `node:`; `plansheet/node` adds reading files by path.
 */
export {
  buildModel,
  Model,
  ModelError,
  Projection,
  type RunOptions,
  type BuildOptions,
  type RunJson,
  type TargetOutcome,
  type EvaluationEngine,
  type CompiledEvaluator,
  type CompiledStats,
  type FloatResults,
  type CellResults,
  type CellProblem,
} from "./evaluation/index.js";
export { parseModelText, readYamlText } from "./io/index.js";
export { modelJsonSchema, type ModelDefinition, type IndicatorDefinition } from "./model/index.js";
export {
  PlansheetError,
  ISSUE_CODES,
  parseQuantityLiteral,
  readPrintedFigure,
  truncationInterval,
  interval,
  intervalContains,
  intervalsOverlap,
  formatInterval,
  Dec,
  DECIMAL_PRECISION,
  type Issue,
  type IssueCode,
  type Severity,
  type NumberMode,
  type QuantityLiteral,
  type PrintedFigure,
  type Interval,
} from "./core/index.js";
export { parseUnit, type Unit, type ParsedUnit } from "./units/index.js";
export { parseFormula, FUNCTIONS, toSExpression, type Expr, type FunctionSpec } from "./formula/index.js";
export {
  formatProjectionTable,
  formatProjectionExact,
  formatAssumptions,
  formatTargets,
  formatIssue,
  formatIssues,
  formatTable,
} from "./render/index.js";
