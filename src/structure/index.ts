/**
 * The model layer: the model file's schema (zod, the single source of truth), reading and checking a
 * definition into a {@link ModelStructure}, the cells' value rules, the dependency graph, and the input values
 * of each scenario.
 */
export {
  modelJsonSchema,
  dataSourceSchema,
  type ModelDefinition,
  type IndicatorDefinition,
  type DataSource,
} from "./schema.js";
export { buildStructure } from "./build.js";
export { schemaIssues, position, QUOTE_HINT } from "./schema-issues.js";
export type { SourceInfo, SourceLocator, SourcePlace } from "./source.js";
export { CellRule, ruleName, formulaKeyOf, FORMULA_KEYS, type CellRuleCode, type FormulaKey } from "./rules.js";
export { ValueTable } from "./value-table.js";
export { makeScope } from "./build-formulas.js";
export { scenarioInputs, applyOverride, setInputEveryYear, DEFAULT_SCENARIO } from "./scenario-inputs.js";
export { readWhatIf } from "./what-if.js";
export type { ValidOverride } from "./schema.js";
export { samplerOf, movedSampler, type Sampler } from "./distributions/index.js";
export { checkLiteralForUnit } from "./literal-checks.js";
export { stronglyConnected } from "./graph.js";
export { cellsRead, upstreamSlots } from "./upstream.js";
export { CellLayout } from "./cell-layout.js";
export type { ModelStructure, IndicatorInfo, Labels, TargetInfo } from "./structure.js";
export { labelIn } from "./structure.js";
export { targetCell } from "./target-cell.js";
