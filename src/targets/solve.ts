import { withDisplay, type Displayable, usageError } from "../core/index.js";
import { requireModel, requireOptions, type Model } from "../evaluation/index.js";
import { isWholeCount } from "../units/index.js";
import { brentRoot, goldenMaximum } from "./brent.js";
import { leverValue, resolveLever, setInputs, type Lever, type InputValue, type LeverBounds } from "./lever.js";
import { LeverEvaluation } from "./lever-evaluation.js";
import { probeTarget, targetDependsOnLever } from "./probe.js";

/** What to solve for: a target, the lever to move, the scenario to start from, optional bounds and inputs. */
export interface SolveOptions {
  readonly target: string;
  /** The input to move; by default the target's own `lever` in the model. */
  readonly lever?: string;
  readonly scenario?: string;
  readonly bounds?: LeverBounds;
  /** Other inputs set to constants first ("given a 2021 share of 12%"). */
  readonly set?: Readonly<Record<string, InputValue>>;
}

/**
 * The `solve` result, and the `solve --json` shape (fields are added, never renamed): `value` is the lever value at the boundary where the
 * target just holds — also when it already holds at the current value — or `null` when no value within the
 * bounds meets it (`reachable: false`, with `best` the value that comes closest) or when it holds throughout
 * the bounds (`holdsThroughout: true`, no boundary inside them).
 */
export interface SolveResult {
  readonly target: string;
  readonly lever: string;
  readonly scenario: string;
  readonly reachable: boolean;
  readonly value: number | null;
  /** The boundary when reachable; otherwise the lever value with the largest margin. */
  readonly best: number;
  readonly iterations: number;
  /** The target's margin at `value` (or at `best`), in the target's unit: how far from exactly on the boundary. */
  readonly residual: number | null;
  /** The lever's value in the scenario, and whether the target holds there. */
  readonly current: number | null;
  readonly currentMet: boolean | null;
  /** Which side of `value` meets the target: `above` (the lever must be at least `value`) or `below`. */
  readonly side?: "above" | "below";
  readonly holdsThroughout?: boolean;
  /**
   * For a lever that counts whole things (家, 个, 人 …): the nearest whole number on the side where the target
   * holds (at least 6.75 家 a year is 7 家), checked by evaluating the target there; absent for other levers, and
   * when no whole number within the bounds meets the target.
   */
  readonly whole?: number;
  readonly min: number;
  readonly max: number;
}

/** How many evenly spaced lever values are tried first, to find where the target changes from unmet to met. */
export const SOLVE_SCAN_POINTS = 41;

/**
 * What it would take: moves one lever within its bounds to where a target just holds. The bounds are scanned
 * at `SOLVE_SCAN_POINTS` points (and at the lever's current value) to find where the target's margin
 * changes sign; each crossing is refined by Brent's method to the precision of a double (far better than 1e-10
 * relative), and the boundary nearest the lever's current value is reported. When no sample meets the target,
 * the largest margin is refined by golden-section search — a band narrower than the scan is found that way —
 * and if even that misses, the target is unreachable and `best` is the value that comes closest; never an
 * exception, never a silent clamp.
 *
 * @throws PlansheetError for an unknown target or scenario, a lever that is not an input or has bad bounds,
 * and a target that the lever cannot affect at all (it reads nothing that depends on the lever).
 */
export function solve(model: Model, options: SolveOptions): SolveResult & Displayable {
  requireModel(model, "solve");
  requireOptions(options, "solve");
  return withDisplay(solveResult(model, options), "solve", model);
}

/** What {@link solve} computes, before it is given its display. */
function solveResult(model: Model, options: SolveOptions): SolveResult {
  const probe = probeTarget(model, options.target);
  const leverId = options.lever ?? probe.target.lever;
  if (leverId === undefined) {
    const message = `target '${options.target}' names no lever: say which input to move`;
    throw usageError(message, "give --lever, or add `lever:` to the target in the model");
  }
  const lever = resolveLever(model, leverId, options.bounds);
  if (!targetDependsOnLever(model, probe.target, lever)) {
    const message = `target '${options.target}' does not depend on '${leverId}': no value of that lever can change it`;
    throw usageError(message, "choose a lever among the inputs the target's indicators are computed from");
  }
  const base = model.inputsOf(options.scenario);
  if (options.set) setInputs(model, base, options.set);
  // Each step evaluates only the cells downstream of the lever.
  const live = new LeverEvaluation(model, base);
  let evaluations = 0;
  const margin = (value: number) => {
    evaluations++;
    live.set(lever, value);
    return probe.read(live.evaluate()).margin ?? Number.NaN;
  };
  const current = leverValue(model, base, lever) ?? null;
  const currentMet = current === null ? null : probe.decide(base).met;
  evaluations += current === null ? 0 : 1;
  const scenario = options.scenario ?? "baseline";
  const common = {
    target: options.target,
    lever: leverId,
    scenario,
    current,
    currentMet,
    min: lever.min,
    max: lever.max,
  };

  const points = scanPoints(lever, current);
  const samples: Sample[] = points.map((x) => ({ x, m: margin(x) })).filter((s) => !Number.isNaN(s.m));
  if (samples.length === 0) {
    return {
      ...common,
      reachable: false,
      value: null,
      best: current ?? lever.min,
      iterations: evaluations,
      residual: null,
    };
  }
  const crossings = crossingsOf(samples);
  if (crossings.length === 0 && samples.every((s) => s.m >= 0)) {
    const weakest = samples.reduce((w, s) => (s.m < w.m ? s : w));
    return {
      ...common,
      reachable: true,
      value: null,
      best: weakest.x,
      iterations: evaluations,
      residual: weakest.m,
      holdsThroughout: true,
    };
  }
  if (crossings.length === 0) {
    // No sample meets the target. Refine the largest margin: a band narrower than the scan may still meet it.
    const i = samples.reduce((bi, s, k) => (s.m > samples[bi]!.m ? k : bi), 0);
    const lo = samples[Math.max(0, i - 1)]!;
    const hi = samples[Math.min(samples.length - 1, i + 1)]!;
    const refined = goldenMaximum(margin, lo.x, hi.x, 1e-12 * Math.max(1, Math.abs(hi.x - lo.x)));
    const best = refined.fx > samples[i]!.m ? { x: refined.x, m: refined.fx } : samples[i]!;
    if (best.m < 0)
      return { ...common, reachable: false, value: null, best: best.x, iterations: evaluations, residual: best.m };
    crossings.push(...crossingsOf([lo, best, hi].filter((s, k, all) => k === 0 || s.x !== all[k - 1]!.x)));
  }
  // Refine every crossing, then keep the boundary nearest the lever's current value.
  const near = current ?? (lever.min + lever.max) / 2;
  const boundaries = crossings.map(([a, b]) => {
    const root = brentRoot(margin, a.x, b.x, a.m, b.m);
    // The side of the boundary on which the target holds (a is the lower sample, b the upper); land on it.
    const side: "above" | "below" = a.m >= 0 ? "below" : "above";
    return { value: root.fx >= 0 ? root.x : nudgeToMet(margin, root.x, side), side };
  });
  const chosen = boundaries.reduce((best, b) => (Math.abs(b.value - near) < Math.abs(best.value - near) ? b : best));
  // The evaluations of the search; the margin at the answer and the whole-number check come after it.
  const iterations = evaluations;
  const residual = margin(chosen.value);
  const unit = model.structure.indicatorById.get(leverId)?.unit;
  const whole = unit && isWholeCount(unit) ? wholeOnSide(chosen.value, chosen.side, lever, margin) : undefined;
  return {
    ...common,
    reachable: true,
    value: chosen.value,
    best: chosen.value,
    iterations,
    residual,
    side: chosen.side,
    ...(whole !== undefined ? { whole } : {}),
  };
}

/**
 * The whole number nearest `value` on `side` at which the target holds: from the whole number just past the
 * boundary on the other side, one step at a time (three at most), so that a boundary found as 6.9999999999 or
 * 7.0000000001 gives 7 when 7 meets the target.
 */
function wholeOnSide(
  value: number,
  side: "above" | "below",
  lever: Lever,
  margin: (x: number) => number,
): number | undefined {
  const step = side === "above" ? 1 : -1;
  const start = side === "above" ? Math.floor(value) : Math.ceil(value);
  for (let k = start; Math.abs(k - start) <= 2; k += step) {
    if (k < lever.min || k > lever.max) continue;
    if (margin(k) >= 0) return k;
  }
  return undefined;
}

interface Sample {
  readonly x: number;
  readonly m: number;
}

/** Neighbouring samples (in lever order) on opposite sides of the target: one meets it, the other does not. */
function crossingsOf(samples: readonly Sample[]): [Sample, Sample][] {
  const out: [Sample, Sample][] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (a.m >= 0 !== b.m >= 0) out.push([a, b]);
  }
  return out;
}

/** The scan: evenly spaced values across the bounds, and the current value, in order. */
function scanPoints(lever: Lever, current: number | null): number[] {
  const points = Array.from(
    { length: SOLVE_SCAN_POINTS },
    (_, k) => lever.min + ((lever.max - lever.min) * k) / (SOLVE_SCAN_POINTS - 1),
  );
  if (current !== null && current > lever.min && current < lever.max) points.push(current);
  return [...new Set(points)].sort((a, b) => a - b);
}

/**
 * Brent ends on the last point it evaluated, which may sit a unit in the last place on the unmet side. Step by
 * ulps towards the met side until the target holds, so that `value` always meets it.
 */
function nudgeToMet(margin: (x: number) => number, x: number, side: "above" | "below"): number {
  let y = x;
  for (let k = 0; k < 64; k++) {
    const step = Math.max(Number.MIN_VALUE, Math.abs(y) * Number.EPSILON) * 2 ** Math.min(k, 20);
    y = side === "above" ? y + step : y - step;
    if (margin(y) >= 0) return y;
  }
  return y;
}
