import { withDisplay, type Displayable, usageError } from "../core/index.js";
import { requireModel, requireOptions, type Model } from "../evaluation/index.js";
import { resolveLever, type LeverBounds } from "../targets/index.js";
import { wilsonInterval } from "./intervals.js";
import { checkRunOptions, runInThread } from "./simulate.js";

/** What probability to reach: a target, the lever, the probability wanted, and the Monte Carlo run. */
export interface ProbabilitySolveOptions {
  readonly target: string;
  readonly lever?: string;
  readonly probability: number;
  readonly trials: number;
  readonly seed: number;
  readonly scenario?: string;
  readonly bounds?: LeverBounds;
}

/** The lever value at which the target's probability reaches the one wanted (or the closest, when it cannot). */
export interface ProbabilitySolveResult {
  readonly target: string;
  readonly lever: string;
  readonly probability: number;
  readonly reachable: boolean;
  /** The lever value where the probability first reaches the one wanted; `null` when it cannot within the bounds. */
  readonly value: number | null;
  /** The value found, or the one with the probability closest to the one wanted. */
  readonly best: number;
  /** The probability at `best`, with its Wilson 95% interval. */
  readonly achieved: number;
  readonly ci: [number, number];
  /** Monte Carlo runs made (each of `trials` trials, the same trials every time). */
  readonly iterations: number;
  readonly trials: number;
  readonly seed: number;
  /** `distribution` when the lever moves an uncertain input's distribution, `value` when it sets an input. */
  readonly moves: "distribution" | "value";
}

/** Points tried across the bounds before bisecting. */
const SCAN_POINTS = 11;
/** Bisection stops once the bracket is below this fraction of the bounds. */
const RESOLUTION = 1e-7;

/**
 * Goal seek on probability: the lever value that gives a chosen probability of meeting a target — say, the mean
 * GDP growth that gives an 80% chance of `cagr(gdp, 2020, 2025) >= 5%`. A lever on an uncertain input moves its
 * distribution (the mean of a normal, the median of a lognormal …); a lever on another input sets it. Every
 * lever value re-runs the very same trials (common random numbers), so the probability changes with the lever
 * smoothly, step by step, not by sampling noise: the bounds are scanned, then the step where the probability
 * crosses the one wanted is bisected to 1e-7 of the bounds.
 * @throws PlansheetError for a probability outside (0, 1), bad trials or seed, a lever that is not an input.
 */
export function solveProbability(model: Model, options: ProbabilitySolveOptions): ProbabilitySolveResult & Displayable {
  requireModel(model, "solveProbability");
  requireOptions(options, "solveProbability");
  return withDisplay(solveProbabilityResult(model, options), "probability_solve", model);
}

/** What {@link solveProbability} computes, before it is given its display. */
function solveProbabilityResult(model: Model, options: ProbabilitySolveOptions): ProbabilitySolveResult {
  checkRunOptions(options);
  if (!(options.probability > 0 && options.probability < 1)) {
    const message = `the probability wanted must lie strictly between 0 and 1, got ${options.probability}`;
    throw usageError(message, "write 0.8 or 80%");
  }
  const target = model.structure.targets.find((t) => t.id === options.target);
  const leverId = options.lever ?? target?.lever;
  if (!target || leverId === undefined) {
    const message = !target
      ? `'${options.target}' is not a target of this model`
      : `target '${options.target}' names no lever: give one`;
    throw usageError(message);
  }
  const lever = resolveLever(model, leverId, options.bounds);
  const uncertain = model.structure.uncertainty.some((u) => u.id === leverId);
  let iterations = 0;
  const probabilityAt = (value: number): { p: number; met: number } => {
    iterations++;
    const { summary } = runInThread(model, {
      seed: options.seed,
      trials: options.trials,
      targets: [options.target],
      track: [],
      drivers: false,
      ...(options.scenario ? { scenario: options.scenario } : {}),
      ...(uncertain ? { moved: { id: leverId, to: value } } : { set: { [leverId]: value } }),
    });
    // only the probability: the drivers of each try are never shown
    const { probability, met } = summary.probabilityOf(0);
    return { p: probability, met };
  };
  const want = options.probability;
  const xs = Array.from(
    { length: SCAN_POINTS },
    (_, k) => lever.min + ((lever.max - lever.min) * k) / (SCAN_POINTS - 1),
  );
  const scan = xs.map((x) => ({ x, ...probabilityAt(x) }));
  const common = {
    target: options.target,
    lever: leverId,
    probability: want,
    trials: options.trials,
    seed: options.seed,
    moves: uncertain ? ("distribution" as const) : ("value" as const),
  };
  const result = (value: number | null, best: { x: number; p: number; met: number }) => ({
    ...common,
    reachable: value !== null,
    value,
    best: best.x,
    achieved: best.p,
    ci: wilsonInterval(best.met, options.trials),
    iterations,
  });
  for (let k = 1; k < scan.length; k++) {
    const a = scan[k - 1]!;
    const b = scan[k]!;
    if (a.p >= want === b.p >= want) continue;
    // Bisect for the lever value where the probability first reaches `want` (on b's side if rising).
    let lo = a;
    let hi = b;
    while (Math.abs(hi.x - lo.x) > RESOLUTION * (lever.max - lever.min)) {
      const mid = (lo.x + hi.x) / 2;
      const m = { x: mid, ...probabilityAt(mid) };
      if (m.p >= want === lo.p >= want) lo = m;
      else hi = m;
    }
    const reached = lo.p >= want ? lo : hi;
    return result(reached.x, reached);
  }
  const closest = scan.reduce((c, s) => (Math.abs(s.p - want) < Math.abs(c.p - want) ? s : c));
  return closest.p >= want && scan.every((s) => s.p >= want) ? result(closest.x, closest) : result(null, closest);
}
