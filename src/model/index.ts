/**
 * The model layer: the model file's schema (zod, the single source of truth), reading and checking a
 * definition into a {@link ModelStructure}, the cells' value rules, the dependency graph, and the input values
 * of each scenario.
 */
export {
  modelSchema,
  modelJsonSchema,
  quantitySchema,
  labelSchema,
  indicatorSchema,
  scenarioSchema,
  targetSchema,
  leverSchema,
  distributionSchema,
  type ModelDefinition,
  type IndicatorDefinition,
  type ValidModel,
  type ValidDistribution,
  type ValidOverride,
  type Label,
} from "./schema.js";
export { buildStructure, type BuildResult } from "./build.js";
export { schemaIssues, position, QUOTE_HINT } from "./schema-issues.js";
export type { SourceInfo, SourceLocator } from "./source.js";
export { CellRule, ruleName, formulaKeyOf, FORMULA_KEYS, type CellRuleCode, type FormulaKey } from "./rules.js";
export { ValueTable } from "./value-table.js";
export { formulaOfRule } from "./build-cells.js";
export { buildFormula, makeScope } from "./build-formulas.js";
export { normalizeLabel } from "./build-indicators.js";
export { scenarioInputs, applyOverride, DEFAULT_SCENARIO } from "./scenario-inputs.js";
export { idProblem } from "./ids.js";
export { readDistribution, readCorrelations, type DistributionSpec, type DrawMode, type CorrelationInfo } from "./uncertainty.js";
export { checkLiteralForUnit } from "./literal-checks.js";
export { stronglyConnected, type CellGraph } from "./graph.js";
export { cellsRead, upstreamSlots } from "./upstream.js";
export { CellLayout } from "./cell-layout.js";
export {
  type ModelStructure,
  type IndicatorInfo,
  type IndicatorFormula,
  type HistoryEntry,
  type Labels,
  type ScenarioInfo,
  type TargetInfo,
  type LeverInfo,
  type UncertaintyInfo,
} from "./structure.js";
