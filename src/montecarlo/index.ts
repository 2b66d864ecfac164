/**
 * The Monte Carlo layer: distributions on inputs drawn by inversion from seeded generators (one per trial),
 * trials run in chunks, target probabilities with Wilson intervals, fan-chart quantiles with bounded memory,
 * the inputs that drive each target, and goal seek on probability. Worker threads live in `plansheet/node`.
 */
export { simulate, checkRunOptions, simulationResult, summaryFor, ChunkOrderer, MAX_TRIALS, type SimulateOptions, type SimulationResult } from "./simulate.js";
export { solveProbability, type ProbabilitySolveOptions, type ProbabilitySolveResult } from "./probability.js";
export { TrialRunner, CHUNK_TRIALS, type RunSpec, type ChunkResult, type TrackedCell } from "./runner.js";
export {
  SimulationSummary,
  wilsonInterval,
  sortedQuantile,
  EXACT_QUANTILE_TRIALS,
  HISTOGRAM_BINS,
  DRIVER_TRIALS,
  type CellQuantiles,
  type TargetProbability,
  type TargetDriver,
} from "./summary.js";
export { rankCorrelation, midRanks, correlationOfRanks } from "./rank-correlation.js";
export { varianceShare, varianceShareOfRanks, shareGroups } from "./variance-share.js";
export { samplerOf, movedSampler, triangularQuantile, PERT_TABLE_STEPS, type Sampler } from "./distribution.js";
export { trialPlan, drawTrial, type TrialPlan, type UncertainInput } from "./plan.js";
export { normalQuantile, normalCdf, logGamma, regularizedBeta, regularizedGammaP, betaQuantile } from "./special-functions.js";
