import { withDisplay, type Displayable, usageError } from "../core/index.js";
import { requireModel, requireOptions, type Model } from "../evaluation/index.js";
import type { CellQuantiles } from "./quantiles.js";
import { runLayout, TrialRunner, type ChunkResult, type RunLayout, type RunSpec } from "./runner.js";
import { SimulationSummary, type TargetProbability } from "./summary.js";

/** The most trials one run may have (a run's memory is bounded, but its time is not). */
export const MAX_TRIALS = 10_000_000;

/** Options of a Monte Carlo run. */
export interface SimulateOptions extends Omit<RunSpec, "seed" | "trials"> {
  readonly trials: number;
  readonly seed: number;
  /** Called after every chunk with the trials done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The `simulate` result, and the `simulate --json` shape: fields are added, never renamed. */
export interface SimulationResult {
  readonly trials: number;
  readonly seed: number;
  readonly scenario: string;
  readonly targets: readonly TargetProbability[];
  /** indicator → year → p5, p25, p50, p75, p95, mean (the data of a fan chart). */
  readonly quantiles: Record<string, Record<string, CellQuantiles>>;
  readonly quantileMethod: { kind: "exact" } | { kind: "histogram"; maxError: number };
  /** indicator → the largest error of its quantiles, in its own unit (0 where exact; see `quantileMethod`). */
  readonly quantileErrors: Record<string, number>;
  /** Trials in which a formula failed on an extreme draw (a tracked cell or a target lost its value). */
  readonly errors: {
    readonly trials: number;
    readonly first?: { readonly trial: number; readonly what: string; readonly reason: string };
  };
  /** The uncertain inputs and how each is drawn. */
  readonly inputs: readonly { readonly id: string; readonly draw: "once" | "yearly" }[];
}

/**
 * Checks a run's trial count and seed.
 * @throws PlansheetError (a usage error) for zero, negative or fractional trials, more than {@link MAX_TRIALS},
 * or a seed that is not a whole number.
 */
export function checkRunOptions(options: {
  readonly trials: number;
  readonly seed: number;
  readonly workers?: number;
}): void {
  const fail = (message: string, hint?: string) => {
    throw usageError(message, hint);
  };
  if (!Number.isInteger(options.trials) || options.trials < 1)
    fail(`the number of trials must be a whole number of at least 1, got ${options.trials}`);
  if (options.trials > MAX_TRIALS)
    fail(
      `${options.trials} trials is more than the ${MAX_TRIALS} one run may have`,
      "split the run, or use fewer trials: 100,000 gives probabilities to ±0.3 points",
    );
  if (!Number.isInteger(options.seed)) fail(`the seed must be a whole number, got ${options.seed}`);
  if (options.workers !== undefined && !(Number.isInteger(options.workers) && options.workers >= 0)) {
    fail(
      `the number of worker threads must be a whole number of at least 0, got ${options.workers}`,
      "0 or 1 runs in this thread",
    );
  }
}

/** Assembles the result from a summary that has every chunk. */
export function simulationResult(
  layout: RunLayout,
  summary: SimulationSummary,
  options: SimulateOptions,
): SimulationResult {
  return {
    trials: summary.trials,
    seed: options.seed,
    scenario: options.scenario ?? "baseline",
    targets: summary.targets(),
    quantiles: summary.quantiles(),
    quantileMethod: summary.quantileMethod(),
    quantileErrors: summary.quantileErrors(),
    errors: summary.errors(),
    inputs: layout.plan.inputs.map((i) => ({ id: i.id, draw: i.draw })),
  };
}

/** A fresh summary for a run's targets, inputs and tracked cells. */
export function summaryFor(layout: RunLayout): SimulationSummary {
  return new SimulationSummary(
    layout.targetIds,
    layout.plan.inputs.map((i) => i.id),
    layout.tracked,
    layout.reaching,
  );
}

/**
 * Runs every chunk of a run in this thread, in order, into a summary: what `simulate` and each step of a goal
 * seek on probability do. `onProgress` hears after every chunk.
 */
export function runInThread(
  model: Model,
  spec: RunSpec,
  onProgress?: (done: number, total: number) => void,
): { layout: RunLayout; summary: SimulationSummary } {
  const layout = runLayout(model, spec);
  const runner = new TrialRunner(model, spec, layout);
  const summary = summaryFor(layout);
  for (let chunk = 0; chunk < layout.chunks; chunk++) {
    summary.add(runner.runChunk(chunk));
    onProgress?.(summary.trials, spec.trials);
  }
  return { layout, summary };
}

/**
 * Monte Carlo over the model's `uncertainty`, in this thread: `trials` trials, each drawing its inputs from its
 * own generator seeded from `seed` and the trial's index. Gives each target's probability with a Wilson 95%
 * interval and the inputs that drive it, and each tracked indicator's quantiles by year. The same seed gives
 * bit-identical results, here or split across worker threads (`simulate` of `plansheet/node`, also exported
 * there as `simulateInWorkers`).
 * @throws PlansheetError for bad trial counts or seeds, and a model without uncertainty.
 */
export function simulate(model: Model, options: SimulateOptions): SimulationResult & Displayable {
  requireModel(model, "simulate");
  requireOptions(options, "simulate");
  return withDisplay(simulateResult(model, options), "simulation", model);
}

/** What {@link simulate} computes, before it is given its display. */
function simulateResult(model: Model, options: SimulateOptions): SimulationResult {
  checkRunOptions(options);
  const { onProgress, ...spec } = options;
  const { layout, summary } = runInThread(model, spec, onProgress);
  return simulationResult(layout, summary, options);
}

/**
 * Feeds chunk results that may arrive in any order to a summary, in chunk order; `spent` hears of each chunk once
 * the summary has it (its `values`, which the summary does not keep, can then be reused).
 */
export class ChunkOrderer {
  readonly #pending = new Map<number, ChunkResult>();
  #next = 0;

  constructor(
    readonly summary: SimulationSummary,
    readonly spent?: (chunk: ChunkResult) => void,
  ) {}

  /** Takes a chunk's results, and adds to the summary every chunk now next in order. */
  accept(chunk: ChunkResult): void {
    this.#pending.set(chunk.chunk, chunk);
    while (this.#pending.has(this.#next)) {
      const next = this.#pending.get(this.#next)!;
      this.summary.add(next);
      this.#pending.delete(this.#next);
      this.#next++;
      this.spent?.(next);
    }
  }
}
