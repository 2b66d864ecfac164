import { withDisplay, type Displayable, usageError } from "../core/index.js";
import { requireModel, requireOptions, type Model } from "../evaluation/index.js";
import { targetCell } from "../structure/index.js";
import { readInputValue, resolveLever, setInputs, type InputValue, type LeverBounds } from "./lever.js";
import { LeverEvaluation } from "./lever-evaluation.js";
import { probeTarget } from "./probe.js";

/** One lever's range in a sweep: `steps` values from `from` to `to`, both ends included. @inline */
export interface SweepAxis {
  readonly lever: string;
  /** The first value: a number as plansheet holds it (−0.05), or as a planner writes it (`"-5%"`). */
  readonly from: InputValue;
  readonly to: InputValue;
  readonly steps: number;
}

/** An axis with its ends read as numbers. */
interface ReadAxis extends SweepAxis {
  readonly from: number;
  readonly to: number;
}

/** `axis` with its ends read against its lever's unit (`"-5%"` is −0.05). */
function readAxis(model: Model, axis: SweepAxis, what: string): ReadAxis {
  return {
    ...axis,
    from: readInputValue(model, axis.lever, axis.from, `${what}'s from`),
    to: readInputValue(model, axis.lever, axis.to, `${what}'s to`),
  };
}

/** What to sweep: one lever, or two on a grid; which cells to report at each point (`"re_share[2025]"`). */
export interface SweepOptions extends SweepAxis {
  readonly scenario?: string;
  /** A second lever: the sweep becomes a grid of `steps × second.steps` points. */
  readonly second?: SweepAxis;
  /** Cells to report at each point, as `id[year]`; by default the cells the targets compare. */
  readonly show?: readonly string[];
  /** Targets to report; by default all. */
  readonly targets?: readonly string[];
  /** Other inputs set to constants first. */
  readonly set?: Readonly<Record<string, InputValue>>;
}

/**
 * One point of a sweep: the lever value(s), each target met or not (`null`: no value) with its margin, the shown cells.
 * @inline
 */
export interface SweepPoint {
  readonly value: number;
  readonly value2?: number;
  readonly targets: Record<string, boolean | null>;
  readonly margins: Record<string, number | null>;
  readonly values: Record<string, number | null>;
}

/** The `sweep` result, and the `sweep --json` shape: fields are added, never renamed. */
export interface SweepResult {
  readonly lever: string;
  readonly lever2?: string;
  readonly scenario: string;
  readonly points: SweepPoint[];
}

/**
 * The targets a sweep moves: those whose margin (or verdict) is not the same at every point. A target the levers
 * do not reach has one margin throughout.
 */
export function targetsMoved(result: SweepResult): string[] {
  const first = result.points[0];
  if (!first) return [];
  return Object.keys(first.targets).filter((id) =>
    result.points.some((p) => p.targets[id] !== first.targets[id] || p.margins[id] !== first.margins[id]),
  );
}

/** `result` with only the targets named: the same points, the others' verdicts and margins left out. */
export function sweepOfTargets(result: SweepResult, ids: readonly string[]): SweepResult {
  const pick = <T>(record: Record<string, T>) => Object.fromEntries(ids.map((id) => [id, record[id]!]));
  return {
    ...result,
    points: result.points.map((p) => ({ ...p, targets: pick(p.targets), margins: pick(p.margins) })),
  };
}

/** The most points a sweep computes (all its axes together): each is a full evaluation, kept with its margins. */
export const MAX_SWEEP_POINTS = 100_000;

/** The values of one axis: `steps` evenly spaced values, both ends included. */
export function axisValues(axis: ReadAxis): number[] {
  if (!Number.isInteger(axis.steps) || axis.steps < 2) {
    throw usageError(`a sweep needs at least 2 steps (both ends), got ${axis.steps}`, "give --steps 2 or more");
  }
  if (axis.steps > MAX_SWEEP_POINTS)
    throw usageError(
      `a sweep computes at most ${MAX_SWEEP_POINTS} points, and --steps ${axis.steps} asks for more`,
      "give fewer steps, or sweep a narrower range",
    );
  if (!Number.isFinite(axis.from) || !Number.isFinite(axis.to))
    throw usageError(`a sweep's range must be finite numbers, got ${axis.from} to ${axis.to}`);
  return Array.from({ length: axis.steps }, (_, k) =>
    k === axis.steps - 1 ? axis.to : axis.from + ((axis.to - axis.from) * k) / (axis.steps - 1),
  );
}

/** `re_share[2025]` → the indicator and the year. */
function parseCellName(model: Model, name: string): { id: string; year: number } {
  const match = /^(.+)\[(\d+)\]$/.exec(name.trim());
  const id = match?.[1];
  const year = Number(match?.[2]);
  if (!id || !model.structure.indicatorById.has(id) || !model.structure.timeline.contains(year)) {
    throw usageError(
      `'${name}' is not a cell of this model`,
      `write an indicator and a year inside ${model.structure.timeline}, such as gdp[${model.structure.timeline.last}]`,
    );
  }
  return { id, year };
}

/** The cells the targets compare directly (`re_share[2025]` in `re_share[2025] < 10%`), as default columns. */
function defaultCells(model: Model, targets: readonly string[]): string[] {
  const cells = new Set<string>();
  for (const id of targets) {
    const target = model.structure.targets.find((t) => t.id === id);
    const cell = target && targetCell(target);
    if (cell) cells.add(`${model.structure.indicators[cell.slot]!.id}[${cell.year}]`);
  }
  return [...cells];
}

/**
 * A data table over one or two levers: at each value (or grid point), every target met or not with its
 * margin, and the chosen cells. Lever bounds from the model do not limit a sweep: its range is the one given.
 * @throws PlansheetError for fewer than two steps, an unknown lever, target or cell.
 */
export function sweep(model: Model, options: SweepOptions): SweepResult & Displayable {
  requireModel(model, "sweep");
  requireOptions(options, "sweep");
  return withDisplay(sweepResult(model, options), "sweep", model);
}

/** What {@link sweep} computes, before it is given its display. */
function sweepResult(model: Model, given: SweepOptions): SweepResult {
  const { second: givenSecond, ...rest } = given;
  const second = givenSecond ? readAxis(model, givenSecond, "the sweep's second lever") : undefined;
  const options = { ...rest, ...readAxis(model, given, "the sweep"), ...(second ? { second } : {}) };
  const unbounded = (axis: ReadAxis): LeverBounds => ({
    min: Math.min(axis.from, axis.to),
    max: Math.max(axis.from, axis.to),
  });
  const lever = resolveLever(model, options.lever, unbounded(options));
  const lever2 = options.second ? resolveLever(model, options.second.lever, unbounded(options.second)) : undefined;
  const xs = axisValues(options);
  const ys = options.second ? axisValues(options.second) : [undefined];
  if (xs.length * ys.length > MAX_SWEEP_POINTS) {
    throw usageError(
      `a sweep computes at most ${MAX_SWEEP_POINTS} points, and ${xs.length} × ${ys.length} steps ask for ${xs.length * ys.length}`,
      "give fewer steps on one lever or both",
    );
  }
  const targetIds = options.targets ?? model.structure.targets.map((t) => t.id);
  const probes = targetIds.map((id) => probeTarget(model, id));
  const shown = (options.show ?? defaultCells(model, targetIds)).map((name) => ({
    name,
    ...parseCellName(model, name),
  }));
  const base = model.inputsOf(options.scenario);
  if (options.set) setInputs(model, base, options.set);
  const points: SweepPoint[] = [];
  // Each point evaluates only what the levers that moved feed; every target is read from that one evaluation.
  const live = new LeverEvaluation(model, base);
  for (const x of xs) {
    for (const y of ys) {
      live.set(lever, x);
      if (lever2 && y !== undefined) live.set(lever2, y);
      const projection = live.evaluate();
      const targets: Record<string, boolean | null> = {};
      const margins: Record<string, number | null> = {};
      for (const probe of probes) {
        const result = probe.read(projection);
        targets[probe.target.id] = result.met;
        margins[probe.target.id] = result.margin;
      }
      const values: Record<string, number | null> = {};
      for (const cell of shown) {
        const index = model.structure.layout.cellInYear(model.structure.indicatorById.get(cell.id)!.slot, cell.year);
        values[cell.name] = projection.failed[index] ? null : projection.values[index]!;
      }
      points.push({ value: x, ...(y !== undefined ? { value2: y } : {}), targets, margins, values });
    }
  }
  return {
    lever: options.lever,
    ...(options.second ? { lever2: options.second.lever } : {}),
    scenario: options.scenario ?? "baseline",
    points,
  };
}
