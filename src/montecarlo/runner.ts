import { floatArithmetic, trialRng } from "../core/index.js";
import { compileTarget, decideTargets, type CellResults, type Model, type TargetResult } from "../evaluation/index.js";
import { CellRule, cellsRead, upstreamSlots, type TargetInfo, type ValueTable } from "../model/index.js";
import { trialPlan, drawTrial, type TrialPlan } from "./plan.js";

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
 * Runs chunks of trials of one model: draws each trial's inputs from its own generator (seeded from the run's
 * seed and the trial's index), evaluates every cell with the model's fastest float evaluator, and records the
 * targets, the tracked cells and the draws. Everything a chunk records depends only on its trials, never on
 * which thread ran it.
 */
export class TrialRunner {
  readonly plan: TrialPlan;
  readonly tracked: readonly TrackedCell[];
  readonly targetIds: readonly string[];
  readonly #spec: RunSpec;
  readonly #table: ValueTable;
  /** Evaluates the model with the trial's inputs in place: the compiled evaluator's own buffer, else the table. */
  readonly #trial: { values: Float64Array; evaluate(): CellResults<number> };
  readonly #targets: ((results: CellResults<number>) => TargetResult<number>)[];
  readonly #deterministicOk: Uint8Array;
  readonly #scratch: Float64Array;

  constructor(model: Model, spec: RunSpec) {
    this.#spec = spec;
    this.plan = trialPlan(model, spec.moved);
    const { structure } = model;
    this.#table = model.inputsOf(spec.scenario);
    for (const [id, value] of Object.entries(spec.set ?? {})) setEveryInputCell(model, this.#table, id, value);
    // Give every uncertain cell an exact text once, so the table reads it as a value; trials then overwrite floats.
    for (const input of this.plan.inputs) for (const cell of input.cells) if (!this.#table.has(cell)) this.#table.setNumber(cell, 0);
    this.targetIds = spec.targets ?? structure.targets.map((t) => t.id);
    this.tracked = trackedCells(model, this.plan, spec.track);
    const deterministic = model.evaluate<number>(this.#table, "float");
    const uncertainSlots = new Set(this.plan.inputs.map((i) => i.slot));
    const targets = this.targetIds.map((id) => structure.targets.find((t) => t.id === id)!);
    const moved = targets.map((target) => reachedByDraws(model, target, uncertainSlots));
    // A target no draw can move has the same outcome in every trial: decided once, from the evaluation without
    // draws — exactly, should float find it on its threshold (80% + 5 × 1pp > 85% is true in floating point).
    const fixed = decideTargets(model, targets.filter((_, t) => !moved[t]), this.#table, deterministic);
    let nextFixed = 0;
    this.#targets = targets.map((target, t) => {
      if (moved[t]) return compileTarget(structure, target, floatArithmetic, { onTheWay: false });
      const outcome = fixed[nextFixed++]!;
      return () => outcome;
    });
    this.#deterministicOk = Uint8Array.from(this.tracked.map((t) => (deterministic.failed[t.cell] ? 0 : 1)));
    this.#scratch = new Float64Array(Math.max(1, this.plan.correlatedCount));
    const compiled = model.compiled();
    if (compiled) {
      // The fastest path: the scenario's inputs go into the evaluator's buffer once; each trial overwrites the
      // uncertain cells there and evaluates in place, allocating nothing.
      const buffer = compiled.evaluate(this.#table);
      this.#trial = { values: buffer.values, evaluate: () => compiled.evaluate(buffer, buffer) };
    } else {
      const table = this.#table;
      this.#trial = { values: table.float, evaluate: () => model.evaluate<number>(table, "float", "interpreter") };
    }
  }

  /** How many chunks the run has. */
  get chunks(): number {
    return Math.ceil(this.#spec.trials / CHUNK_TRIALS);
  }

  /** Runs chunk `index`: trials [index·CHUNK_TRIALS, …) up to the run's total. */
  runChunk(index: number): ChunkResult {
    const start = index * CHUNK_TRIALS;
    const count = Math.min(CHUNK_TRIALS, this.#spec.trials - start);
    const nInputs = this.plan.inputs.length;
    const nCells = this.tracked.length;
    const nTargets = this.targetIds.length;
    const met = new Uint32Array(nTargets);
    const failed = new Uint32Array(nTargets);
    const values = new Float64Array(count * nCells);
    const draws = new Float64Array(count * nInputs);
    const margins = new Float64Array(count * nTargets);
    let errorTrials = 0;
    let firstError: ChunkResult["firstError"];
    for (let k = 0; k < count; k++) {
      const trial = start + k;
      drawTrial(this.plan, trialRng(this.#spec.seed, trial), this.#trial.values, draws, k * nInputs, this.#scratch);
      const results = this.#trial.evaluate();
      let lost: { what: string; reason: string } | undefined;
      for (let c = 0; c < nCells; c++) {
        const tracked = this.tracked[c]!;
        const missing = results.failed[tracked.cell] === 1;
        values[k * nCells + c] = missing ? Number.NaN : results.values[tracked.cell]!;
        if (missing && this.#deterministicOk[c] && !lost) {
          lost = { what: `${tracked.id}[${tracked.year}]`, reason: results.problems.get(tracked.cell)?.message ?? "no value" };
        }
      }
      for (let t = 0; t < nTargets; t++) {
        const outcome = this.#targets[t]!(results);
        margins[k * nTargets + t] = outcome.margin ?? Number.NaN;
        if (outcome.met === true) met[t]! += 1;
        else if (outcome.met === null) {
          failed[t]! += 1;
          if (!lost) lost = { what: `target ${this.targetIds[t]}`, reason: outcome.reason ?? "no value" };
        }
      }
      if (lost) {
        errorTrials += 1;
        if (!firstError) firstError = { trial, ...lost };
      }
    }
    return { chunk: index, start, count, met, failed, values, draws, margins, errorTrials, ...(firstError ? { firstError } : {}) };
  }
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
  const { layout, rules } = model.structure;
  for (let yi = 0; yi < layout.years; yi++) {
    const cell = layout.cell(info.slot, yi);
    if (rules[cell] === CellRule.input) table.setNumber(cell, value);
  }
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
    Array.from({ length: years - first }, (_, k) => ({ id: info.id, year: timeline.yearAt(first + k), cell: layout.cell(info.slot, first + k) })),
  );
}
