/**
 * The render layer: plain-text tables and messages for people (the CLI, notebooks, logs). Data stays in the
 * lower layers; this layer only formats it.
 */
export { formatTable } from "./text-table.js";
export { wrapLines } from "./fit-width.js";
export { displayWidth, escapeControls } from "./text-width.js";
export { formatPrecise, formatValue } from "./format-number.js";
export { formatIssue, formatIssues } from "./issues.js";
export {
  formatProjectionTable,
  formatProjectionExact,
  formatConstants,
  formatAssumptions,
  formatFractionalCounts,
  formatTargets,
  projectionDoc,
  constantsDoc,
  assumptionsDoc,
} from "./projection.js";
export { formatVerification, verificationDoc } from "./verification.js";
export {
  formatSolve,
  formatSweep,
  formatReachability,
  formatComparison,
  formatFeasibility,
  reachabilityDoc,
} from "./targets.js";
export { formatProbabilities, formatFan, formatProbabilitySolve, probabilitiesDoc } from "./simulation.js";
export { formatExtractedClaimsYaml } from "./extraction.js";
export { presentResult, setDisplayLanguage } from "./present.js";
export { projectionCsv, simulationCsv, sweepCsv } from "./csv.js";
export { fillWords, indicatorName, scenarioName, words } from "./words.js";
