import { makeIssue, PlansheetError } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { brentRoot, goldenMaximum } from "./brent.js";
import { leverValue, resolveLever, setInputs, setLever, type Lever, type LeverBounds } from "./lever.js";
import { probeTarget, targetDependsOnLever } from "./probe.js";

/** What to solve for: a target, the lever to move, the scenario to start from, optional bounds and inputs. */
export interface SolveOptions {
  readonly target: string;
  /** The input to move; by default the target's own `lever` in the model. */
  readonly lever?: string;
  readonly scenario?: string;
  readonly bounds?: LeverBounds;
  /** Other inputs set to constants first ("given a 2021 share of 12%"). */
  readonly set?: Readonly<Record<string, number>>;
}

/**
 * The `solve` result (DESIGN shape, with fields added): `value` is the lever value at the boundary where the
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
  readonly min: number;
  readonly max: number;
}

/** How many evenly spaced lever values are tried first, to find where the target changes from unmet to met. */
export const SOLVE_SCAN_POINTS = 41;

/**
 * What it would take: moves one lever within its bounds to where a target just holds. The bounds are scanned
 * at {@link SOLVE_SCAN_POINTS} points (and at the lever's current value) to find where the target's margin
 * changes sign; the crossing nearest the current value is then refined by Brent's method to the precision of a
 * double (far better than 1e-10 relative). When the margin never reaches 0 within the bounds, the target is
 * unreachable and `best` is the value with the largest margin (refined by golden-section search); never an
 * exception, never a silent clamp.
 *
 * @throws PlansheetError for an unknown target or scenario, a lever that is not an input or has bad bounds,
 * and a target that the lever cannot affect at all (it reads nothing that depends on the lever).
 */
export function solve(model: Model, options: SolveOptions): SolveResult {
  const probe = probeTarget(model, options.target);
  const leverId = options.lever ?? probe.target.lever;
  if (leverId === undefined) {
    const message = `target '${options.target}' names no lever: say which input to move`;
    throw new PlansheetError(message, [makeIssue("usage", { message, hint: "give --lever, or add `lever:` to the target in the model" })]);
  }
  const lever = resolveLever(model, leverId, options.bounds);
  if (!targetDependsOnLever(model, probe.target, lever)) {
    const message = `target '${options.target}' does not depend on '${leverId}': no value of that lever can change it`;
    throw new PlansheetError(message, [makeIssue("usage", { message, hint: "choose a lever among the inputs the target's indicators are computed from" })]);
  }
  const base = model.inputsOf(options.scenario);
  if (options.set) setInputs(model, base, options.set);
  const inputs = base.clone();
  let evaluations = 0;
  const margin = (value: number) => {
    evaluations++;
    setLever(model, inputs, lever, value);
    return probe.margin(inputs);
  };
  const current = leverValue(model, base, lever) ?? null;
  const currentMargin = current === null ? Number.NaN : margin(current);
  const scenario = options.scenario ?? "baseline";
  const common = { target: options.target, lever: leverId, scenario, current, currentMet: Number.isNaN(currentMargin) ? null : currentMargin >= 0, min: lever.min, max: lever.max };

  const points = scanPoints(lever, current);
  const samples = points.map((x) => ({ x, m: margin(x) })).filter((s) => !Number.isNaN(s.m));
  const crossings: [typeof samples[number], typeof samples[number]][] = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if ((a.m >= 0) !== (b.m >= 0)) crossings.push([a, b]);
  }
  if (crossings.length > 0) {
    const near = current ?? (lever.min + lever.max) / 2;
    const [a, b] = crossings.reduce((best, pair) => (distance(pair, near) < distance(best, near) ? pair : best));
    const root = brentRoot(margin, a.x, b.x, a.m, b.m);
    // The side of the boundary on which the target holds (a is the lower sample, b the upper); land on it.
    const side = a.m >= 0 ? "below" : "above";
    const value = root.fx >= 0 ? root.x : nudgeToMet(margin, root.x, side);
    return { ...common, reachable: true, value, best: value, iterations: evaluations, residual: margin(value), side };
  }
  if (samples.length > 0 && samples.every((s) => s.m >= 0)) {
    const weakest = samples.reduce((w, s) => (s.m < w.m ? s : w));
    return { ...common, reachable: true, value: null, best: weakest.x, iterations: evaluations, residual: weakest.m, holdsThroughout: true };
  }
  if (samples.length === 0) {
    return { ...common, reachable: false, value: null, best: current ?? lever.min, iterations: evaluations, residual: null };
  }
  // Unreachable: the largest margin, refined around the best sample.
  const i = samples.reduce((bi, s, k) => (s.m > samples[bi]!.m ? k : bi), 0);
  const lo = samples[Math.max(0, i - 1)]!.x;
  const hi = samples[Math.min(samples.length - 1, i + 1)]!.x;
  const refined = goldenMaximum(margin, lo, hi, 1e-12 * Math.max(1, Math.abs(hi - lo)));
  const best = refined.fx > samples[i]!.m ? refined : { x: samples[i]!.x, fx: samples[i]!.m };
  return { ...common, reachable: false, value: null, best: best.x, iterations: evaluations, residual: best.fx };
}

/** The scan: evenly spaced values across the bounds, and the current value, in order. */
function scanPoints(lever: Lever, current: number | null): number[] {
  const points = Array.from({ length: SOLVE_SCAN_POINTS }, (_, k) => lever.min + ((lever.max - lever.min) * k) / (SOLVE_SCAN_POINTS - 1));
  if (current !== null && current > lever.min && current < lever.max) points.push(current);
  return [...new Set(points)].sort((a, b) => a - b);
}

function distance(pair: readonly [{ x: number }, { x: number }], x: number): number {
  return Math.min(Math.abs(pair[0].x - x), Math.abs(pair[1].x - x));
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
