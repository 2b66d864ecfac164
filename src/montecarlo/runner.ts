import { floatArithmetic, trialRng } from "../core/index.js";
import { targetDecider, decideTargets, type CellResults, type Model, type TargetResult } from "../evaluation/index.js";
import { cellsRead, setInputEveryYear, upstreamSlots, type TargetInfo, type ValueTable } from "../structure/index.js";
import { trialPlan, drawTrial, type TrialPlan } from "./trial-plan.js";

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
}

/** What one chunk of trials produced, in trial order. */
export interface ChunkResult {
  readonly chunk: number;
  readonly start: number;
  readonly count: number;
  /** Per target: trials met, and trials in which it had no value. */
  readonly met: Uint32Array;
  readonly failed: Uint32Array;
  /** count × tracked cells, NaN where a cell had no value. */
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
  readonly chunks: number;
}

/** The set-up of a run of `model` (see {@link RunLayout}). @throws RangeError for a tracked id the model lacks. */
export function runLayout(model: Model, spec: RunSpec): RunLayout {
  const plan = trialPlan(model, spec.moved);
  return {
    plan,
    targetIds: spec.targets ?? model.structure.targets.map((t) => t.id),
    tracked: trackedCells(model, plan, spec.track),
    chunks: Math.ceil(spec.trials / CHUNK_TRIALS),
  };
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
  readonly #targets: readonly TargetOutcome[];
  /** Per tracked cell, 1 when it has a value without draws: a trial in which it has none lost it to a draw. */
  readonly #deterministicOk: Uint8Array;
  readonly #scratch: Float64Array;

  constructor(model: Model, spec: RunSpec, layout: RunLayout = runLayout(model, spec)) {
    this.#spec = spec;
    this.layout = layout;
    const table = trialTable(model, spec, layout.plan);
    const deterministic = model.evaluate<number>(table, "float");
    this.#targets = targetOutcomes(model, layout, table, deterministic);
    this.#deterministicOk = Uint8Array.from(layout.tracked.map((t) => (deterministic.failed[t.cell] ? 0 : 1)));
    this.#scratch = new Float64Array(Math.max(1, layout.plan.correlatedCount));
    this.#trial = trialEvaluator(
      model,
      table,
      layout.plan.inputs.map((i) => i.slot),
      recordedCells(model, layout),
    );
  }

  /** Runs chunk `index`: trials [index·CHUNK_TRIALS, …) up to the run's total. */
  runChunk(index: number): ChunkResult {
    const start = index * CHUNK_TRIALS;
    const count = Math.min(CHUNK_TRIALS, this.#spec.trials - start);
    const { plan, tracked, targetIds } = this.layout;
    const nInputs = plan.inputs.length;
    const nCells = tracked.length;
    const nTargets = targetIds.length;
    const met = new Uint32Array(nTargets);
    const failed = new Uint32Array(nTargets);
    const values = new Float64Array(count * nCells);
    const draws = new Float64Array(count * nInputs);
    const margins = new Float64Array(count * nTargets);
    let errorTrials = 0;
    let firstError: ChunkResult["firstError"];
    for (let k = 0; k < count; k++) {
      const trial = start + k;
      drawTrial(plan, trialRng(this.#spec.seed, trial), this.#trial.values, draws, k * nInputs, this.#scratch);
      const results = this.#trial.evaluate();
      let lost: { what: string; reason: string } | undefined;
      for (let c = 0; c < nCells; c++) {
        const cell = tracked[c]!;
        const missing = results.failed[cell.cell] === 1;
        values[k * nCells + c] = missing ? Number.NaN : results.values[cell.cell]!;
        if (missing && this.#deterministicOk[c] && !lost) {
          lost = { what: `${cell.id}[${cell.year}]`, reason: results.problems.get(cell.cell)?.message ?? "no value" };
        }
      }
      for (let t = 0; t < nTargets; t++) {
        const outcome = this.#targets[t]!(results);
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

/** A target's outcome in a trial, from the trial's results. */
type TargetOutcome = (results: CellResults<number>) => TargetResult<number>;

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

/**
 * How each target is decided in a trial. A target no draw can move has the same outcome in every trial: decided
 * once, from the evaluation without draws — exactly, should float find it on its threshold (80% + 5 × 1pp > 85%
 * is true in floating point). The others are compiled and decided on each trial's results.
 */
function targetOutcomes(
  model: Model,
  layout: RunLayout,
  table: ValueTable,
  deterministic: CellResults<number>,
): TargetOutcome[] {
  const { structure } = model;
  const uncertainSlots = new Set(layout.plan.inputs.map((i) => i.slot));
  const targets = layout.targetIds.map((id) => structure.targets.find((t) => t.id === id)!);
  const moved = targets.map((target) => reachedByDraws(model, target, uncertainSlots));
  const fixed = decideTargets(
    model,
    targets.filter((_, t) => !moved[t]),
    table,
    deterministic,
  );
  let nextFixed = 0;
  return targets.map((target, t) => {
    if (moved[t]) return targetDecider(structure, target, floatArithmetic, { onTheWay: false });
    const outcome = fixed[nextFixed++]!;
    return () => outcome;
  });
}

/** The cells a trial records: the tracked cells, and every year of each indicator a target reads. */
function recordedCells(model: Model, layout: RunLayout): Int32Array {
  const { structure } = model;
  const { layout: cellLayout } = structure;
  const cells = new Set(layout.tracked.map((t) => t.cell));
  for (const id of layout.targetIds) {
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

/** True when some uncertain input feeds a cell the target reads, directly or through formulas. */
function reachedByDraws(model: Model, target: TargetInfo, uncertainSlots: ReadonlySet<number>): boolean {
  if (!target.checked) return true;
  const { graph, timeline, layout } = model.structure;
  const upstream = upstreamSlots(graph, layout, cellsRead(target.checked, timeline));
  return [...uncertainSlots].some((slot) => upstream.has(slot));
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
