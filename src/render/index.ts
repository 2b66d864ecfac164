/**
 * The render layer: plain-text tables and messages for people (the CLI, notebooks, logs). Data stays in the
 * lower layers; this layer only formats it.
 */
export { formatTable, type Column } from "./text-table.js";
export { displayWidth, pad, clip, escapeControls, CELL_COLUMNS } from "./text-width.js";
export { formatValue, formatLevel, formatSigned, formatPrecise } from "./format-number.js";
export { formatIssue, formatIssues, ISSUES_SHOWN } from "./issues.js";
export { bilingual } from "./labels.js";
export {
  formatProjectionTable,
  formatProjectionExact,
  formatConstants,
  formatLegend,
  formatAssumptions,
  formatFractionalCounts,
  formatTargets,
  isConstant,
  ASSUMPTION_MARK,
  PROJECTED_MARK,
  BACKCAST_MARK,
} from "./projection.js";
export { formatVerification, VERDICT_MARK } from "./verification.js";
export { formatSolve, formatSweep, formatReachability, formatComparison, formatFeasibility } from "./targets.js";
export { formatProbabilities, formatFan, formatProbabilitySolve } from "./simulation.js";
