import { trialRng } from "../core/index.js";
import type { CellResults, Model } from "../evaluation/index.js";
import { cellsRead, setInputEveryYear, upstreamSlots, type ValueTable } from "../structure/index.js";
import { trialPlan, drawTrial, drawingOnly, type TrialPlan } from "./trial-plan.js";
import { trialTargets, type TrialTargets } from "./trial-targets.js";

/** Trials are run in chunks of this size; a chunk is the unit of work of a thread, and of every sum's order. */
export const CHUNK_TRIALS = 1000;

/** What a Monte Carlo run draws and records: seed, trials, scenario, fixed inputs, a moved input, indicators to track. */
export interface RunSpec {
  readonly seed: number;
  readonly trials: number;
  readonly scenario?: string;
  /** Inputs set to constants first (a lever without a distribution, in a goal seek). */
  readonly set?: Readonly<Record<string, number>>;
  /** An uncertain input whose distribution is moved to a new location (a lever with a distribution). */
  readonly moved?: { readonly id: string; readonly to: number };
  /** Indicators whose values are recorded for quantiles (fan charts); by default those the draws can move. */
  readonly track?: readonly string[];
  /** Targets to evaluate; by default all. */
  readonly targets?: readonly string[];
  /**
   * Whether each trial's draws are kept to rank the inputs that drive each target (default true: every input is
   * drawn). With `false` only the inputs the targets and tracked cells need are drawn — a goal seek on
   * probability, which reads nothing but a target's probability; each input drawn still gets the same numbers.
   */
  readonly drivers?: boolean;
}

/** What one chunk of trials produced, in trial order. */
export interface ChunkResult {
  readonly chunk: number;
  readonly start: number;
  readonly count: number;
  /** Per target: trials met, and trials in which it had no value. */
  readonly met: Uint32Array;
  readonly failed: Uint32Array;
  /** Tracked cells × count, cell by cell (cell c in trial k at c·count + k), NaN where a cell had no value. */
  readonly values: Float64Array;
  /** count × uncertain inputs: each trial's draws (a yearly input: the mean of its draws). */
  readonly draws: Float64Array;
  /** count × targets: each trial's margin, NaN without a value. */
  readonly margins: Float64Array;
  /** Trials in which a tracked cell or a target lost its value (a formula failed on an extreme draw). */
  readonly errorTrials: number;
  readonly firstError?: { readonly trial: number; readonly what: string; readonly reason: string };
}

/** A tracked cell: an indicator in a year from the base year on. */
export interface TrackedCell {
  readonly id: string;
  readonly year: number;
  readonly cell: number;
}

/**
 * A run's set-up as data: what each trial draws (the trial plan: the uncertain inputs, their cells and samplers),
 * the targets it decides, the cells it records for quantiles, and how many chunks it has. The in-thread runner, the
 * summary and the worker-thread run all start from it.
 */
export interface RunLayout {
  readonly plan: TrialPlan;
  readonly targetIds: readonly string[];
  readonly tracked: readonly TrackedCell[];
  /**
   * For each target, the uncertain inputs (indices into `plan.inputs`) that feed a cell it reads, directly or
   * through formulas: the only inputs that can drive it.
   */
  readonly reaching: readonly (readonly number[])[];
  readonly chunks: number;
}

/** The set-up of a run of `model` (see {@link RunLayout}). @throws RangeError for a tracked id the model lacks. */
export function runLayout(model: Model, spec: RunSpec): RunLayout {
  const full = trialPlan(model, spec.moved);
  const targetIds = spec.targets ?? model.structure.targets.map((t) => t.id);
  const tracked = trackedCells(model, full, spec.track);
  let plan = full;
  if (spec.drivers === false) {
    const { graph, layout } = model.structure;
    const recorded = recordedCells(model, targetIds, tracked);
    plan = drawingOnly(full, upstreamSlots(graph, layout, Array.from(recorded)));
  }
  const reaching = targetIds.map((id) => reachingInputs(model, full, id));
  return { plan, targetIds, tracked, reaching, chunks: Math.ceil(spec.trials / CHUNK_TRIALS) };
}

/**
 * The plan's inputs (their indices) that can drive target `id`: those feeding a cell it reads, and those drawn
 * correlated with one of them (they move it through the correlation). Every input for a target without a check.
 */
function reachingInputs(model: Model, plan: TrialPlan, id: string): number[] {
  const { graph, timeline, layout, correlations } = model.structure;
  const checked = model.structure.targets.find((t) => t.id === id)?.checked;
  const all = plan.inputs.map((_, i) => i);
  if (!checked) return all;
  const upstream = upstreamSlots(graph, layout, cellsRead(checked, timeline));
  const feeds = plan.inputs.map((input) => upstream.has(input.slot));
  const correlatedWithAFeed = (i: number): boolean => {
    const k = plan.inputs[i]!.correlated;
    if (k < 0 || !correlations) return false;
    return plan.inputs.some(
      (other, j) => feeds[j] && other.correlated >= 0 && correlations.matrix[k]![other.correlated] !== 0,
    );
  };
  return all.filter((i) => feeds[i] || correlatedWithAFeed(i));
}

/**
 * Runs chunks of trials of one model: draws each trial's inputs from its own generator (seeded from the run's
 * seed and the trial's index), evaluates every cell with the model's fastest float evaluator, and records the
 * targets, the tracked cells and the draws. Everything a chunk records depends only on its trials, never on
 * which thread ran it.
 */
export class TrialRunner {
  readonly layout: RunLayout;
  readonly #spec: RunSpec;
  /** Evaluates the model with the trial's inputs in place: the compiled evaluator's own buffer, else the table. */
  readonly #trial: { values: Float64Array; evaluate(): CellResults<number> };
  readonly #targets: TrialTargets;
  /** Per tracked cell, 1 when it has a value without draws: a trial in which it has none lost it to a draw. */
  readonly #deterministicOk: Uint8Array;
  readonly #scratch: Float64Array;
  /** The tracked cells' indices, in order. */
  readonly #trackedCells: Int32Array;
  /** False when the run draws no input (nothing it records depends on one): every trial is then the same. */
  readonly #drawing: boolean;

  constructor(model: Model, spec: RunSpec, layout: RunLayout = runLayout(model, spec)) {
    this.#spec = spec;
    this.layout = layout;
    const table = trialTable(model, spec, layout.plan);
    const deterministic = model.evaluate<number>(table, "float");
    this.#targets = trialTargets(model, layout.targetIds, layout.plan, table, deterministic);
    this.#deterministicOk = Uint8Array.from(layout.tracked.map((t) => (deterministic.failed[t.cell] ? 0 : 1)));
    this.#scratch = new Float64Array(Math.max(1, layout.plan.correlatedCount));
    this.#drawing = layout.plan.inputs.some((i) => i.drawn);
    this.#trackedCells = Int32Array.from(layout.tracked, (t) => t.cell);
    this.#trial = trialEvaluator(
      model,
      table,
      layout.plan.inputs.filter((i) => i.drawn).map((i) => i.slot),
      recordedCells(model, layout.targetIds, layout.tracked),
    );
  }

  /**
   * Runs chunk `index`: trials [index·CHUNK_TRIALS, …) up to the run's total. The tracked cells' values go into
   * `spare` when it has the length they need (a chunk's `values` the summary is done with, handed back), else into
   * a new array.
   */
  runChunk(index: number, spare?: Float64Array): ChunkResult {
    const start = index * CHUNK_TRIALS;
    const count = Math.min(CHUNK_TRIALS, this.#spec.trials - start);
    const { plan, tracked, targetIds } = this.layout;
    const trackedCells = this.#trackedCells;
    const deterministicOk = this.#deterministicOk;
    const { decided, deciders } = this.#targets;
    const nInputs = plan.inputs.length;
    const nCells = tracked.length;
    const nTargets = targetIds.length;
    const met = new Uint32Array(nTargets);
    const failed = new Uint32Array(nTargets);
    const values = spare?.length === count * nCells ? spare : new Float64Array(count * nCells);
    const draws = new Float64Array(count * nInputs);
    const margins = new Float64Array(count * nTargets);
    let errorTrials = 0;
    let firstError: ChunkResult["firstError"];
    for (const { t, outcome } of this.#targets.same) {
      const margin = outcome.margin ?? Number.NaN;
      for (let k = 0; k < count; k++) margins[k * nTargets + t] = margin;
      if (outcome.met === true) met[t] = count;
    }
    // without draws, one evaluation stands for every trial, and no input has a draw to record
    const undrawn = this.#drawing ? undefined : this.#trial.evaluate();
    if (undrawn) draws.fill(Number.NaN);
    for (let k = 0; k < count; k++) {
      const trial = start + k;
      let results = undrawn;
      if (!results) {
        drawTrial(plan, trialRng(this.#spec.seed, trial), this.#trial.values, draws, k * nInputs, this.#scratch);
        results = this.#trial.evaluate();
      }
      let lost: { what: string; reason: string } | undefined;
      const { values: cellValues, failed: cellFailed } = results;
      for (let c = 0, at = k; c < nCells; c++, at += count) {
        const cell = trackedCells[c]!;
        if (cellFailed[cell] !== 1) {
          values[at] = cellValues[cell]!;
          continue;
        }
        values[at] = Number.NaN;
        if (deterministicOk[c] && !lost) {
          const { id, year } = tracked[c]!;
          lost = { what: `${id}[${year}]`, reason: results.problems.get(cell)?.message ?? "no value" };
        }
      }
      for (let d = 0; d < decided.length; d++) {
        const t = decided[d]!;
        const outcome = deciders[d]!(results);
        margins[k * nTargets + t] = outcome.margin ?? Number.NaN;
        if (outcome.met === true) met[t]! += 1;
        else if (outcome.met === null) {
          failed[t]! += 1;
          if (!lost) lost = { what: `target ${targetIds[t]}`, reason: outcome.reason ?? "no value" };
        }
      }
      if (lost) {
        errorTrials += 1;
        if (!firstError) firstError = { trial, ...lost };
      }
    }
    return {
      chunk: index,
      start,
      count,
      met,
      failed,
      values,
      draws,
      margins,
      errorTrials,
      ...(firstError ? { firstError } : {}),
    };
  }
}

/**
 * The scenario's inputs with a run's fixed settings (`set`), and every uncertain cell given a value once, so the
 * table reads it as one; trials then overwrite those cells' floats.
 */
function trialTable(model: Model, spec: RunSpec, plan: TrialPlan): ValueTable {
  const table = model.inputsOf(spec.scenario);
  for (const [id, value] of Object.entries(spec.set ?? {})) setEveryInputCell(model, table, id, value);
  for (const input of plan.inputs) for (const cell of input.cells) if (!table.has(cell)) table.setNumber(cell, 0);
  return table;
}

/** The cells a trial records: the tracked cells, and every year of each indicator a target reads. */
function recordedCells(model: Model, targetIds: readonly string[], tracked: readonly TrackedCell[]): Int32Array {
  const { structure } = model;
  const { layout: cellLayout } = structure;
  const cells = new Set(tracked.map((t) => t.cell));
  for (const id of targetIds) {
    const checked = structure.targets.find((t) => t.id === id)?.checked;
    for (const read of checked?.reads.cells ?? [])
      for (let yi = 0; yi < cellLayout.years; yi++) cells.add(cellLayout.cell(read.slot, yi));
  }
  return Int32Array.from(cells);
}

/**
 * The fastest way to evaluate a trial: the compiled evaluator, into whose buffer the scenario's inputs go once
 * (each trial overwrites the uncertain cells there and evaluates in place, allocating nothing, computing only the
 * cells downstream of the uncertain inputs `drawn` that the `recorded` cells need); else the interpreter over the
 * table.
 */
function trialEvaluator(
  model: Model,
  table: ValueTable,
  drawn: readonly number[],
  recorded: Int32Array,
): { values: Float64Array; evaluate(): CellResults<number> } {
  const compiled = model.compiled();
  if (compiled) {
    const buffer = compiled.evaluate(table);
    return { values: buffer.values, evaluate: () => compiled.evaluateChanged(buffer, drawn, recorded) };
  }
  return { values: table.float, evaluate: () => model.evaluate<number>(table, "float", "interpreter") };
}

function setEveryInputCell(model: Model, table: ValueTable, id: string, value: number): void {
  const info = model.structure.indicatorById.get(id);
  if (!info) throw new RangeError(`'${id}' is not an indicator of this model`);
  setInputEveryYear(model.structure, table, info.slot, value);
}

/**
 * The cells recorded for quantiles: the named indicators, or by default every indicator whose values from the
 * base year on depend on an uncertain input; from the base year to the last.
 */
function trackedCells(model: Model, plan: TrialPlan, ids: readonly string[] | undefined): TrackedCell[] {
  const { structure } = model;
  const { timeline, graph, layout } = structure;
  const years = timeline.length;
  const uncertainSlots = new Set(plan.inputs.map((i) => i.slot));
  const first = timeline.indexOf(timeline.baseYear);
  const chosen =
    ids?.map((id) => {
      const info = structure.indicatorById.get(id);
      if (!info) throw new RangeError(`'${id}' is not an indicator of this model`);
      return info;
    }) ??
    structure.indicators.filter((info) => {
      const cells = Array.from({ length: years - first }, (_, k) => layout.cell(info.slot, first + k));
      const upstream = upstreamSlots(graph, layout, cells);
      return [...uncertainSlots].some((s) => upstream.has(s));
    });
  return chosen.flatMap((info) =>
    Array.from({ length: years - first }, (_, k) => ({
      id: info.id,
      year: timeline.yearAt(first + k),
      cell: layout.cell(info.slot, first + k),
    })),
  );
}
