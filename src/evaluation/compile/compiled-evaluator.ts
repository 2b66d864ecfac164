import { floatArithmetic, type IssueCode } from "../../core/index.js";
import { FORMULA_KEYS, formulaKeyOf, type ModelStructure, type ValueTable } from "../../structure/index.js";
import { interpretCell, type CellProblem } from "../interpret-cell.js";
import { numberClosure, type NumberClosure } from "../interpreter.js";
import { cellReader, type CellReader, type CellTables } from "../cell-reader.js";
import { FILLED_BY, FIXED_FAILURES, FloatResults } from "./float-results.js";
import {
  KernelFactory,
  makeFunction,
  type CopyFailure,
  type FunctionMaker,
  type OnceKernel,
  type RangeKernel,
  type SlowPath,
} from "./kernels.js";
import { holdsNaN, PartialPlans, partialPlan, type PartialPlan, type Step } from "./incremental.js";
import { planEvaluation, type BlockReaders, type StepSpec } from "./kernel-plan.js";
import { FixedFailures, Verdict } from "./fixed-failures.js";
import { staticCellsOf } from "./static-cells.js";

const FIXED = Verdict.fixed;
const VARIES = Verdict.varies;

/** Options of {@link compileEvaluator}. */
export interface CompileOptions {
  /** How source becomes a function; the `Function` constructor unless a test stands in for a strict CSP. */
  readonly makeFunction?: FunctionMaker;
}

/** What compiling a model made, for a planner curious about the speed: cells, steps and distinct kernels. */
export interface CompiledStats {
  readonly cells: number;
  readonly steps: number;
  readonly kernels: number;
}

/**
 * A model compiled to JavaScript kernels for float evaluation: what sweeps, goal seeks and Monte Carlo trials
 * re-run with new inputs. Its results are the interpreter's, bit for bit: the same values, the same failed cells,
 * the same reasons in the same order.
 *
 * Kernels compute without per-operation checks; a cell whose value comes out other than a finite number is
 * handed to the interpreter, which computes it again from the same cells and gives its value or its reason. In
 * incremental evaluations a cell that fails whatever the changed inputs hold is interpreted once per buffer and
 * plan, and keeps its reason from then on (`fixed-failures.ts`).
 */
export class CompiledEvaluator {
  readonly #structure: ModelStructure;
  readonly #rank: Int32Array;
  readonly #steps: readonly Step[];
  readonly #readers: BlockReaders;
  /** Partial plans by the changed inputs they are for (a sweep changes the same input again and again). */
  readonly #partials = new PartialPlans();
  /** The buffer being filled, whose problems the interpreter may need (a cell not computed again that failed). */
  #current: FloatResults | undefined;
  readonly #stats: CompiledStats;
  readonly #historyCells: Int32Array;
  readonly #historyValues: Float64Array;
  readonly #inputRuns: Int32Array;
  readonly #staticCells: Int32Array;
  readonly #staticProblems: readonly CellProblem[];
  readonly #closures = new Map<number, NumberClosure<number>>();
  /** What the buffer of the incremental evaluation in progress, if one is, keeps under its plan. */
  #incremental: FixedFailures | undefined;
  #interpreted = 0;

  // The evaluation in progress: kernels and the interpreter's reader share these arrays.
  #values: Float64Array = new Float64Array(0);
  #failed: Uint8Array = new Uint8Array(0);
  /** The same arrays, for the cell reader. */
  readonly #tables: CellTables<number> = { values: this.#values, failed: this.#failed };
  readonly #pending = new Map<number, CellProblem>();
  readonly #pendingCells: number[] = [];
  /** Cells that had failed before an incremental evaluation computes them again. */
  readonly #recovered: number[] = [];
  readonly #reader: CellReader<number>;
  readonly #slow: SlowPath;
  readonly #copyFailure: CopyFailure;

  /** Use {@link compileEvaluator}. */
  constructor(structure: ModelStructure, make: FunctionMaker) {
    this.#structure = structure;
    const plan = planEvaluation(structure);
    this.#rank = plan.rank;
    const factory = new KernelFactory(structure, make);
    this.#steps = plan.steps.map((spec) => toStep(spec, factory));
    this.#readers = plan.blocks;
    this.#stats = { cells: structure.graph.cellCount, steps: this.#steps.length, kernels: factory.size };

    const cells = staticCellsOf(structure);
    this.#historyCells = cells.historyCells;
    this.#historyValues = cells.historyValues;
    this.#inputRuns = cells.inputRuns;
    this.#staticCells = cells.staticCells;
    this.#staticProblems = cells.staticProblems;

    this.#reader = cellReader(structure.layout, this.#tables);
    const problemOf = (cell: number) => this.#problemOf(cell);
    const fail = (cell: number, code: IssueCode, message: string, root = cell) =>
      this.#fail(cell, { code, message, root });
    const interpret = (cell: number, reader: CellReader<number>) => {
      this.#interpreted++;
      const fn = this.#closure(cell);
      const value = interpretCell(structure, floatArithmetic, fn, cell, reader, problemOf, fail);
      this.#values[cell] = value === undefined ? Number.NaN : value;
    };
    this.#slow = (cell) => {
      const fixed = this.#incremental;
      if (fixed !== undefined) {
        const verdict = fixed.verdict[cell];
        // failed already, with its reason in the buffer's problems, which the evaluation left there
        if (verdict === FIXED) this.#values[cell] = Number.NaN;
        else if (verdict === VARIES) interpret(cell, this.#reader);
        else {
          fixed.reader.tainted = false;
          interpret(cell, fixed.reader);
          fixed.verdict[cell] = this.#failed[cell] === 1 && !fixed.reader.tainted ? FIXED : VARIES;
        }
        return;
      }
      interpret(cell, this.#reader);
    };
    this.#copyFailure = (source, base, runs) => {
      const problem = this.#problemOf(source);
      for (let q = 0; q < runs.length; q += 2) {
        for (let j = runs[q]!; j <= runs[q + 1]!; j++) if (base + j !== source) this.#fail(base + j, problem);
      }
    };
  }

  /** Cells, steps and distinct kernels of the compiled model. */
  get stats(): CompiledStats {
    return this.#stats;
  }

  /**
   * How many cells the kernels have handed to the interpreter so far (cells whose value came out other than a
   * finite number, and cells only the interpreter computes), not counting those known to fail whatever the changed
   * inputs of an incremental evaluation hold: what a Monte Carlo trial should leave unchanged.
   */
  get interpretedCells(): number {
    return this.#interpreted;
  }

  /** A new results buffer for this model, to pass to {@link CompiledEvaluator.evaluate} again and again. */
  results(): FloatResults {
    return new FloatResults(this.#structure.graph.cellCount);
  }

  /**
   * Evaluates every cell with the given input values (float mode). With `into`, the results go into that
   * buffer (its previous contents are replaced) and nothing else is allocated unless some cell fails.
   *
   * Passing the buffer itself as `inputs` evaluates again with the input values already in it: a Monte Carlo
   * trial or a solver step writes the inputs it changes straight into `buffer.values` (at the input cells; NaN
   * means no value) and calls `evaluate(buffer, buffer)`, and no input table is copied.
   * @throws RangeError when `into` belongs to a model of another size.
   */
  evaluate(inputs: ValueTable | FloatResults, into: FloatResults = this.results()): FloatResults {
    const v = into.values;
    const failed = into.failed;
    if (v.length !== this.#structure.graph.cellCount)
      throw new RangeError("the results buffer belongs to another model");
    if (into.problems.size > 0) {
      for (const cell of into.problems.keys()) failed[cell] = 0;
      into.problems.clear();
    }
    this.#values = v;
    this.#failed = failed;
    this.#tables.values = v;
    this.#tables.failed = failed;
    // A buffer this evaluator filled completely last time holds the reported values, and year-independent values
    // in every year, already: they are written again only where they changed.
    const fresh = into[FILLED_BY] !== this;
    into[FILLED_BY] = undefined;
    into[FIXED_FAILURES] = undefined;

    if (fresh) {
      const historyCells = this.#historyCells;
      const historyValues = this.#historyValues;
      for (let k = 0; k < historyCells.length; k++) v[historyCells[k]!] = historyValues[k]!;
    }
    for (let k = 0; k < this.#staticCells.length; k++) this.#fail(this.#staticCells[k]!, this.#staticProblems[k]!);
    if (inputs === into) this.#failEmptyInputs(v);
    else this.#copyInputs(inputs as ValueTable, v);

    this.#run(into, this.#steps, fresh);
    const cells = this.#pendingCells;
    if (cells.length > 0) {
      // The interpreter records problems in its order of evaluation; reports list them in that order.
      const rank = this.#rank;
      cells.sort((a, b) => rank[a]! - rank[b]!);
      for (const cell of cells) into.problems.set(cell, this.#pending.get(cell)!);
      cells.length = 0;
      this.#pending.clear();
    }
    return into;
  }

  /**
   * Evaluates `buffer` again after the inputs `changed` (indicator slots) changed in it, computing only the cells
   * downstream of them — a sweep's or a goal seek's step, a what-if. The new input values are written in
   * `buffer.values` already, every year of them (NaN: no value). The results are a full evaluation's, bit for bit,
   * with the same problems in the same order. A buffer this evaluator did not fill completely last time is
   * evaluated in full.
   *
   * With `wanted` (cells; pass the same array every time), only what those cells need is computed — a Monte Carlo
   * trial that records a few cells: they are right, the other cells downstream of the change are left stale, and
   * the buffer can then be evaluated again this way, with the same `changed` and `wanted`, or in full.
   * @throws RangeError when `buffer` belongs to a model of another size.
   */
  evaluateChanged(buffer: FloatResults, changed: readonly number[], wanted?: Int32Array): FloatResults {
    const partial = this.#partialPlan(changed, wanted);
    const filled = buffer[FILLED_BY];
    if (filled !== this && (wanted === undefined || filled !== partial)) {
      this.evaluate(buffer, buffer);
      if (wanted) buffer[FILLED_BY] = partial;
      return buffer;
    }
    const { values: v, failed, problems } = buffer;
    this.#values = v;
    this.#failed = failed;
    this.#tables.values = v;
    this.#tables.failed = failed;
    buffer[FILLED_BY] = undefined;
    // The cells computed again and the changed inputs start without a failure; the problems of those that failed
    // stay in the map until the run has decided them, so that the order of the others is kept.
    const recovered = this.#recovered;
    recovered.length = 0;
    let memory = buffer[FIXED_FAILURES];
    if (memory !== undefined && memory.plan === partial) {
      // the cells that failed last time under this plan; a fixed failure stays as it is
      for (const cell of memory.failing) recovered.push(cell);
    } else {
      memory = new FixedFailures(partial, this.#structure.layout, this.#reader);
      buffer[FIXED_FAILURES] = memory;
      if (problems.size > 0) {
        // every failed cell has a problem: look through the shorter list
        const { touched, touchedCells } = partial;
        if (problems.size < touchedCells.length) {
          for (const cell of problems.keys()) if (touched[cell]) recovered.push(cell);
        } else {
          for (const cell of touchedCells) if (failed[cell]) recovered.push(cell);
        }
      }
    }
    for (const cell of recovered) failed[cell] = 0;
    if (holdsNaN(v, partial.inputRuns)) {
      for (const cell of partial.inputCells)
        if (Number.isNaN(v[cell]))
          this.#fail(cell, { code: "gap", message: "no input value for the year", root: cell });
    }
    this.#incremental = memory;
    try {
      this.#run(buffer, partial.steps, false);
    } finally {
      this.#incremental = undefined;
    }
    const pending = this.#pending;
    if (recovered.length > 0) {
      for (const cell of recovered) if (!pending.has(cell)) problems.delete(cell);
      recovered.length = 0;
    }
    const cells = this.#pendingCells;
    let added = false;
    memory.failing.length = 0;
    for (const cell of cells) {
      // a cell that fails again keeps its place; a new failure needs the order made again
      if (!problems.has(cell)) added = true;
      problems.set(cell, pending.get(cell)!);
      if (!memory.isFixed(cell)) memory.failing.push(cell);
    }
    if (added) {
      const rank = this.#rank;
      const entries = [...problems].sort((x, y) => rank[x[0]]! - rank[y[0]]!);
      problems.clear();
      for (const [cell, problem] of entries) problems.set(cell, problem);
    }
    cells.length = 0;
    if (pending.size > 0) pending.clear(); // clearing an empty Map still allocates its table anew
    if (wanted) buffer[FILLED_BY] = partial;
    return buffer;
  }

  /**
   * {@link CompiledEvaluator.evaluateChanged} with the inputs `changed` (indicator slots) taken from `inputs`: every year where each
   * is an input, NaN where the table has none. A buffer this evaluator did not fill is evaluated in full from `inputs`.
   */
  evaluateWith(buffer: FloatResults, inputs: ValueTable, changed: readonly number[]): FloatResults {
    if (buffer[FILLED_BY] !== this) return this.evaluate(inputs, buffer);
    const { values } = buffer;
    for (const cell of this.#partialPlan(changed).inputCells)
      values[cell] = inputs.has(cell) ? inputs.float[cell]! : Number.NaN;
    return this.evaluateChanged(buffer, changed);
  }

  /** How many formula cells {@link CompiledEvaluator.evaluateChanged} computes after the inputs `changed` (indicator slots) changed (for the `wanted` cells). */
  cellsDownstream(changed: readonly number[], wanted?: Int32Array): number {
    return this.#partialPlan(changed, wanted).cellCount;
  }

  /** The plan of {@link CompiledEvaluator.evaluateChanged} for a set of changed inputs (and wanted cells), made once and kept. */
  #partialPlan(changed: readonly number[], wanted?: Int32Array): PartialPlan {
    return this.#partials.get(changed, wanted, () =>
      partialPlan(this.#structure, this.#readers, this.#steps, changed, wanted),
    );
  }

  /** Runs steps into a buffer, marking it filled by this evaluator when they ran to the end. */
  #run(into: FloatResults, steps: readonly Step[], fresh: boolean): void {
    this.#current = into;
    try {
      this.#runSteps(into.values, into.failed, steps, fresh);
    } catch (error) {
      // Only a bug gets here; the buffer stays unmarked, so its next evaluation trusts nothing in it.
      this.#pending.clear();
      this.#pendingCells.length = 0;
      throw error;
    } finally {
      this.#current = undefined;
    }
    into[FILLED_BY] = this;
  }

  #copyInputs(inputs: ValueTable, v: Float64Array): void {
    const float = inputs.float;
    const runs = this.#inputRuns;
    // x − x is 0 for every number and NaN for NaN (and ±Infinity, a value, which the second pass lets through)
    let check = 0;
    for (let q = 0; q < runs.length; q += 2) {
      const end = runs[q + 1]!;
      for (let cell = runs[q]!; cell < end; cell++) {
        const x = float[cell]!;
        v[cell] = x;
        check += x - x;
      }
    }
    if (check === 0) return;
    // NaN marks an input cell without a value; a table could also hold NaN as a value, which `has` tells.
    for (let q = 0; q < runs.length; q += 2) {
      for (let cell = runs[q]!; cell < runs[q + 1]!; cell++) {
        if (Number.isNaN(float[cell]) && !inputs.has(cell))
          this.#fail(cell, { code: "gap", message: "no input value for the year", root: cell });
      }
    }
  }

  #runSteps(v: Float64Array, failed: Uint8Array, steps: readonly Step[], fresh: boolean): void {
    const slow = this.#slow;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.kind === "range") step.kernel(v, step.rows, step.count, step.from, step.to, slow);
      else if (step.kind === "once") step.kernel(v, step.rows, step.count, step.runs, slow, this.#copyFailure, fresh);
      else this.#runCells(step, v, failed);
    }
  }

  /** Nothing to copy when the inputs are in the buffer already (see {@link CompiledEvaluator.evaluate}); only empty ones to find. */
  #failEmptyInputs(v: Float64Array): void {
    const runs = this.#inputRuns;
    // x − x is 0 for every number and NaN for NaN (and ±Infinity, a value, which the second pass lets through)
    let check = 0;
    for (let q = 0; q < runs.length; q += 2) {
      const end = runs[q + 1]!;
      for (let cell = runs[q]!; cell < end; cell++) check += v[cell]! - v[cell]!;
    }
    if (check === 0) return;
    for (let q = 0; q < runs.length; q += 2) {
      for (let cell = runs[q]!; cell < runs[q + 1]!; cell++) {
        if (Number.isNaN(v[cell]))
          this.#fail(cell, { code: "gap", message: "no input value for the year", root: cell });
      }
    }
  }

  #runCells(step: Step & { kind: "cells" }, v: Float64Array, failed: Uint8Array): void {
    const { cells, how, kernels, rows } = step;
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j]!;
      const h = how[j]!;
      if (h >= 0) {
        const yi = this.#structure.layout.yearIndexOf(cell);
        kernels[h]!(v, rows[h]!, 1, yi, yi, this.#slow);
      } else if (h === -1) {
        this.#slow(cell);
      } else {
        const source = -2 - h;
        v[cell] = v[source]!;
        if (failed[source]) this.#fail(cell, this.#problemOf(source));
      }
    }
  }

  /** A failed cell's problem: found in this evaluation, or kept in the buffer (a failure decided once, a cell not computed again). */
  #problemOf(cell: number): CellProblem {
    return this.#pending.get(cell) ?? this.#current!.problems.get(cell)!;
  }

  #fail(cell: number, problem: CellProblem): void {
    this.#values[cell] = Number.NaN;
    this.#failed[cell] = 1;
    if (!this.#pending.has(cell)) this.#pendingCells.push(cell);
    this.#pending.set(cell, problem);
  }

  /** The interpreter's closure for a cell's formula, compiled the first time a kernel hands it a cell. */
  #closure(cell: number): NumberClosure<number> {
    const slot = this.#structure.layout.slotOf(cell);
    const key = formulaKeyOf(this.#structure.rules[cell]!)!;
    const id = slot * FORMULA_KEYS.length + FORMULA_KEYS.indexOf(key);
    let fn = this.#closures.get(id);
    if (!fn) {
      fn = numberClosure(this.#structure.indicators[slot]![key]!.checked!.expr, floatArithmetic);
      this.#closures.set(id, fn);
    }
    return fn;
  }
}

function toStep(spec: StepSpec, factory: KernelFactory): Step {
  switch (spec.kind) {
    case "range":
      return { ...spec, kernel: factory.kernel(spec.kernel) as RangeKernel };
    case "once":
      return { ...spec, kernel: factory.kernel(spec.kernel) as OnceKernel };
    case "cells":
      return { ...spec, kernels: spec.kernels.map((k) => factory.kernel(k) as RangeKernel) };
  }
}

/**
 * Compiles a model for float evaluation, or returns `undefined` where JavaScript may not create code from
 * strings (a page with a strict content security policy): then the interpreter evaluates the model instead.
 */
export function compileEvaluator(
  structure: ModelStructure,
  options: CompileOptions = {},
): CompiledEvaluator | undefined {
  try {
    return new CompiledEvaluator(structure, options.makeFunction ?? makeFunction);
  } catch (error) {
    // A CSP refuses `new Function` with an EvalError; anything else is a bug and must not hide behind the fallback.
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
