/**
 * The Monte Carlo layer: distributions on inputs drawn by inversion from seeded generators (one per trial),
 * trials run in chunks, target probabilities with Wilson intervals, fan-chart quantiles with bounded memory,
 * the inputs that drive each target, and goal seek on probability. Worker threads live in `plansheet/node`.
 */
export {
  simulate,
  checkRunOptions,
  simulationResult,
  summaryFor,
  ChunkOrderer,
  MAX_TRIALS,
  type SimulateOptions,
  type SimulationResult,
} from "./simulate.js";
export { solveProbability, type ProbabilitySolveOptions, type ProbabilitySolveResult } from "./probability.js";
export { TrialRunner, runLayout, type RunSpec, type ChunkResult } from "./runner.js";
export type { TargetDriver } from "./drivers.js";
