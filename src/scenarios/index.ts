/**
 * The scenarios layer: scenarios side by side. (A scenario's inputs — `extends` chains and `set` overrides — are
 * resolved in the model layer, since every run needs them.)
 */
export { compareScenarios, comparisonToJson, type ScenarioComparison, type ComparisonJson } from "./compare.js";
