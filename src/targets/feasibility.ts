import { withDisplay, type Displayable } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import type { ValueTable } from "../structure/index.js";
import { leverValue, resolveLever, setInputs, type Lever, type InputValue, type LeverBounds } from "./lever.js";
import { LeverEvaluation } from "./lever-evaluation.js";
import { probeTarget, type TargetProbe } from "./probe.js";

/** Several targets, several levers with bounds, and a scenario to start from. */
export interface FeasibilityOptions {
  readonly targets: readonly string[];
  readonly levers: readonly string[];
  readonly scenario?: string;
  /** Bounds by lever id, overriding the model's `levers` section. */
  readonly bounds?: Readonly<Record<string, LeverBounds>>;
  /** Other inputs set to constants first. */
  readonly set?: Readonly<Record<string, InputValue>>;
}

/** The outcome of a joint search: a setting that meets every target, or the best found and what conflicts. */
export interface FeasibilityResult {
  readonly targets: readonly string[];
  readonly levers: readonly string[];
  readonly scenario: string;
  readonly feasible: boolean;
  /** The lever values found (meeting every target when `feasible`; otherwise the best compromise). */
  readonly setting: Record<string, number>;
  readonly met: Record<string, boolean | null>;
  readonly margins: Record<string, number | null>;
  /**
   * When not feasible: the smallest sets of targets found that cannot hold together within the bounds — a target
   * alone when no lever value meets it, else pairs. Empty when every pair can hold but all together cannot.
   */
  readonly conflicts: readonly (readonly string[])[];
  readonly method: string;
  /** The step below which the search stopped, per lever. */
  readonly resolution: Record<string, number>;
  readonly evaluations: number;
}

/** The search stops refining a lever once its step is below this fraction of the lever's range. */
export const FEASIBILITY_RESOLUTION = 1e-6;

/** A description of the search, reported with every result. */
export const FEASIBILITY_METHOD =
  "maximise the smallest relative margin (margin ÷ |threshold|) over the box of lever bounds: a grid of 3 values per lever " +
  "(a Halton sequence of 128 points beyond 5 levers) picks the 3 best starts, then a compass search refines each, halving " +
  `its step down to ${FEASIBILITY_RESOLUTION} of each range; of the settings that meet every target it reports the one nearest the ` +
  "levers' current values (bisection toward them, then a compass search that keeps every target met). A heuristic: it may miss a " +
  "feasible region narrower than the grid.";

/** Van der Corput radical inverse, for the Halton points of high-dimensional searches. */
function radicalInverse(index: number, base: number): number {
  let result = 0;
  let f = 1 / base;
  for (let i = index; i > 0; i = Math.floor(i / base)) {
    result += f * (i % base);
    f /= base;
  }
  return result;
}

const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];

function startingPoints(levers: readonly Lever[]): number[][] {
  const d = levers.length;
  const unit: number[][] = [];
  if (d <= 5) {
    const total = 3 ** d;
    for (let k = 0; k < total; k++) unit.push(levers.map((_, i) => (Math.floor(k / 3 ** i) % 3) / 2));
  } else {
    for (let k = 1; k <= 128; k++) unit.push(levers.map((_, i) => radicalInverse(k, PRIMES[i % PRIMES.length]!)));
  }
  return unit.map((u) => u.map((t, i) => levers[i]!.min + t * (levers[i]!.max - levers[i]!.min)));
}

/** The scale a margin is divided by so that targets in different units compare: |threshold|, or 1 for 0. */
function scaleOf(probe: TargetProbe, inputs: ValueTable): number {
  const threshold = probe.evaluate(inputs).threshold;
  return threshold === null || threshold === 0 ? 1 : Math.abs(threshold);
}

/**
 * Joint feasibility: looks for lever values (each within its bounds) that meet several targets at once, by
 * maximising the smallest relative margin (the result's `method` describes the search). When none is found, it
 * reports the best compromise and which targets conflict: each target no lever setting meets on its own, then each
 * pair of the others that cannot hold together.
 */
export function findFeasible(model: Model, options: FeasibilityOptions): FeasibilityResult & Displayable {
  return withDisplay(findFeasibleResult(model, options), "feasibility", model);
}

/** What {@link findFeasible} computes, before it is given its display. */
function findFeasibleResult(model: Model, options: FeasibilityOptions): FeasibilityResult {
  const probes = options.targets.map((id) => probeTarget(model, id));
  const levers = options.levers.map((id) => resolveLever(model, id, options.bounds?.[id]));
  const base = model.inputsOf(options.scenario);
  if (options.set) setInputs(model, base, options.set);
  const scales = probes.map((p) => scaleOf(p, base));
  let evaluations = 0;

  // Each point evaluates only the cells downstream of the levers, once for all targets.
  const live = new LeverEvaluation(model, base);
  const marginsAt = (x: readonly number[]) => {
    evaluations++;
    levers.forEach((lever, i) => live.set(lever, x[i]!));
    const results = live.evaluate();
    return probes.map((p) => p.read(results));
  };
  const worst = (x: readonly number[], which: readonly number[]) => {
    const results = marginsAt(x);
    let min = Infinity;
    for (const i of which) {
      const m = results[i]!.margin;
      min = Math.min(min, m === null ? -Infinity : m / scales[i]!);
    }
    return min;
  };

  const search = (which: readonly number[]) => {
    const starts = startingPoints(levers)
      .map((x) => ({ x, f: worst(x, which) }))
      .sort((a, b) => b.f - a.f)
      .slice(0, 3);
    let best = starts[0]!;
    for (const start of starts) {
      const found = compassSearch(start.x, start.f, levers, (x) => worst(x, which));
      if (found.f > best.f) best = found;
      if (best.f >= 0) break;
    }
    return best;
  };

  const all = probes.map((_, i) => i);
  const found = search(all);
  const feasible = found.f >= 0;
  // Of the settings that meet every target, the one that moves the levers least from their current values.
  const best = feasible
    ? leastEffort(
        levers.map((l) => leverValue(model, base, l) ?? l.min),
        found,
        levers,
        (x) => worst(x, all),
      )
    : found;
  const results = marginsAt(best.x);
  const conflicts: string[][] = [];
  if (!feasible) {
    const alone = all.filter((i) => search([i]).f < 0);
    for (const i of alone) conflicts.push([probes[i]!.target.id]);
    const rest = all.filter((i) => !alone.includes(i));
    for (let a = 0; a < rest.length; a++) {
      for (let b = a + 1; b < rest.length; b++) {
        if (search([rest[a]!, rest[b]!]).f < 0)
          conflicts.push([probes[rest[a]!]!.target.id, probes[rest[b]!]!.target.id]);
      }
    }
  }
  const record = <T>(f: (i: number) => T) => Object.fromEntries(probes.map((p, i) => [p.target.id, f(i)]));
  return {
    targets: options.targets,
    levers: options.levers,
    scenario: options.scenario ?? "baseline",
    feasible,
    setting: Object.fromEntries(levers.map((l, i) => [l.id, best.x[i]!])),
    met: record((i) => results[i]!.met),
    margins: record((i) => results[i]!.margin),
    conflicts,
    method: FEASIBILITY_METHOD,
    resolution: Object.fromEntries(levers.map((l) => [l.id, (l.max - l.min) * FEASIBILITY_RESOLUTION])),
    evaluations,
  };
}

/**
 * The setting nearest the current values (distance measured in fractions of each lever's range) among those that
 * meet every target (`f(x) ≥ 0`), starting from one that does: the current values themselves when they meet every
 * target; else the first point on the way from the current values to the feasible one found where every target
 * holds (bisection), moved by a compass search that keeps every target met while it shortens the distance.
 */
function leastEffort(
  current: readonly number[],
  feasible: { x: number[]; f: number },
  levers: readonly Lever[],
  f: (x: readonly number[]) => number,
): { x: number[]; f: number } {
  const c = current.map((v, i) => Math.min(levers[i]!.max, Math.max(levers[i]!.min, v)));
  const fc = f(c);
  if (fc >= 0) return { x: c, f: fc };
  const range = levers.map((l) => (l.max - l.min > 0 ? l.max - l.min : 1));
  const distance = (x: readonly number[]) => Math.hypot(...x.map((v, i) => (v - c[i]!) / range[i]!));
  const along = (t: number) => c.map((v, i) => v + t * (feasible.x[i]! - v));
  let lo = 0;
  let hi = 1;
  let best = feasible;
  for (let k = 0; k < 50 && hi - lo > FEASIBILITY_RESOLUTION; k++) {
    const mid = (lo + hi) / 2;
    const x = along(mid);
    const fx = f(x);
    if (fx >= 0) {
      hi = mid;
      best = { x, f: fx };
    } else lo = mid;
  }
  // Along each lever, and along each pair of levers in opposite or equal senses: moving one lever up and another
  // down slides along a boundary such as a + b ≥ 10, which moves along single levers cannot follow.
  const directions: number[][] = axisDirections(levers.length);
  for (let i = 0; i < levers.length && levers.length <= 6; i++) {
    for (let j = i + 1; j < levers.length; j++) {
      for (const [a, b] of [
        [1, -1],
        [-1, 1],
        [1, 1],
        [-1, -1],
      ] as const)
        directions.push(levers.map((_, k) => (k === i ? a : k === j ? b : 0)));
    }
  }
  let d = distance(best.x);
  patternSearch(best.x, levers, directions, 1 / 8, (candidate) => {
    if (distance(candidate) >= d) return false;
    const fx = f(candidate);
    if (fx < 0) return false;
    best = { x: candidate, f: fx };
    d = distance(candidate);
    return true;
  });
  return best;
}

/**
 * Compass (pattern) search for a maximum within the box: try a step up and down along each lever; move to the
 * first improvement; when none improves, halve the step; stop once every step is below the resolution.
 */
function compassSearch(
  x0: readonly number[],
  f0: number,
  levers: readonly Lever[],
  f: (x: readonly number[]) => number,
): { x: number[]; f: number } {
  let fx = f0;
  const x = patternSearch(x0, levers, axisDirections(levers.length), 1 / 4, (candidate) => {
    const fc = f(candidate);
    if (fc <= fx) return false;
    fx = fc;
    return true;
  });
  return { x, f: fx };
}

/** Up and down along each lever, in lever order. */
function axisDirections(count: number): number[][] {
  const directions: number[][] = [];
  for (let i = 0; i < count; i++)
    for (const sense of [1, -1]) directions.push(Array.from({ length: count }, (_, k) => (k === i ? sense : 0)));
  return directions;
}

/**
 * The pattern search both searches share: from `x0`, try a step of `stepFraction` of each lever's range along each
 * direction in turn (clamped to the box); `accept(candidate)` says whether to move there; the first accepted move
 * is taken; when none is, every step is halved; it stops once every step is below the resolution.
 */
function patternSearch(
  x0: readonly number[],
  levers: readonly Lever[],
  directions: readonly (readonly number[])[],
  stepFraction: number,
  accept: (candidate: number[]) => boolean,
): number[] {
  let x = [...x0];
  const steps = levers.map((l) => (l.max - l.min) * stepFraction);
  const floor = levers.map((l) => Math.max((l.max - l.min) * FEASIBILITY_RESOLUTION, Number.MIN_VALUE));
  while (steps.some((s, i) => s >= floor[i]!)) {
    let moved = false;
    for (const direction of directions) {
      const candidate = x.map((v, i) =>
        Math.min(levers[i]!.max, Math.max(levers[i]!.min, v + direction[i]! * steps[i]!)),
      );
      if (candidate.every((v, i) => v === x[i])) continue;
      if (accept(candidate)) {
        x = candidate;
        moved = true;
        break;
      }
    }
    if (!moved) for (let i = 0; i < steps.length; i++) steps[i] = steps[i]! / 2;
  }
  return x;
}
