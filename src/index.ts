/**
 * plansheet: spreadsheet-style scenario modelling of development plans. This entry runs anywhere (Node,
 * browsers, Deno, notebooks) and imports nothing from `node:`; `plansheet/node` adds files and worker threads.
 * @module plansheet
 */
import { setPresenter } from "./core/index.js";
import { presentResult } from "./render/index.js";

// Results show themselves in the render layer's words (a notebook's tables, console.log's text).
setPresenter(presentResult);

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
export { parseModelText, readYamlText, verifyClaimsText, readReportBytes, type ParseModelOptions } from "./io/index.js";
export {
  extractClaims,
  claimsDefinitionOf,
  type Extraction,
  type ExtractedClaim,
  type ExtractedTarget,
  type ExtractOptions,
  type UnclassifiedNumber,
  type ExtractedAssumption,
  type DocumentInfo,
} from "./extraction/index.js";
export { modelJsonSchema, type ModelDefinition, type IndicatorDefinition } from "./structure/index.js";
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
  xoshiro128,
  trialRng,
  Dec,
  DECIMAL_PRECISION,
  type Issue,
  type IssueCode,
  type Severity,
  type NumberMode,
  type QuantityLiteral,
  type PrintedFigure,
  type Interval,
  type Rng,
  display,
  type Displayable,
  type DisplaySink,
  type MimeBundle,
  type DocumentLike,
} from "./core/index.js";
export { parseUnit, type Unit, type ParsedUnit } from "./units/index.js";
export {
  parseFormula,
  FUNCTIONS,
  toSExpression,
  type Expr,
  type FunctionSpec,
  type NameGrammar,
} from "./formula/index.js";
export {
  verifyClaims,
  VerificationReport,
  assertClaimsConsistent,
  assertGrowthConsistent,
  ClaimsAssertionError,
  claimsJsonSchema,
  type Check,
  type CheckKind,
  type Verdict,
  type VerifyJson,
  type ClaimsDefinition,
  type GrowthFigures,
} from "./verification/index.js";
export { compareScenarios, comparisonToJson, type ScenarioComparison, type ComparisonJson } from "./scenarios/index.js";
export {
  solve,
  sweep,
  findFeasible,
  requiredGrowth,
  impliedBase,
  yearReached,
  shareYearReached,
  requiredPartGrowth,
  type SolveOptions,
  type SolveResult,
  type SweepOptions,
  type SweepResult,
  type FeasibilityOptions,
  type FeasibilityResult,
  type InputValue,
  type LeverBounds,
} from "./targets/index.js";
export {
  simulate,
  solveProbability,
  MAX_TRIALS,
  type SimulateOptions,
  type SimulationResult,
  type ProbabilitySolveOptions,
  type ProbabilitySolveResult,
} from "./montecarlo/index.js";
export {
  Chart,
  projectionChart,
  fanChart,
  sweepChart,
  driversChart,
  verificationChart,
  VEGA_LITE_SCHEMA,
  CJK_FONT_STACK,
  type ChartKind,
  type ChartOptions,
  type ChartLanguage,
  type VegaLiteSpec,
} from "./charts/index.js";
export { reportPage, type ReportPageOptions } from "./page/index.js";
export {
  formatProjectionTable,
  formatProjectionExact,
  formatAssumptions,
  formatTargets,
  formatIssue,
  formatIssues,
  formatTable,
  formatVerification,
  formatSolve,
  formatSweep,
  formatReachability,
  formatComparison,
  formatFeasibility,
  formatProbabilities,
  formatFan,
  formatProbabilitySolve,
  setDisplayLanguage,
} from "./render/index.js";
export type { Language } from "./core/index.js";
