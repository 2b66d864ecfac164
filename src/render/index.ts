/**
 * The render layer: plain-text tables and messages for people (the CLI, notebooks, logs). Data stays in the
 * lower layers; this layer only formats it.
 */
export { formatTable } from "./text-table.js";
export { escapeControls } from "./text-width.js";
export { formatPrecise, formatValue } from "./format-number.js";
export { formatIssue, formatIssues } from "./issues.js";
export {
  formatProjectionTable,
  formatProjectionExact,
  formatConstants,
  formatLegend,
  formatAssumptions,
  formatFractionalCounts,
  formatTargets,
} from "./projection.js";
export { formatVerification } from "./verification.js";
export { formatSolve, formatSweep, formatReachability, formatComparison, formatFeasibility } from "./targets.js";
export { formatProbabilities, formatFan, formatProbabilitySolve } from "./simulation.js";
export { formatExtractedClaimsYaml } from "./extraction.js";
export { presentResult } from "./present.js";
