import { CellFailure, type Arithmetic, type IssueCode } from "../core/index.js";
import { CellRule, FORMULA_KEYS, formulaKeyOf, type FormulaKey, type ModelStructure, type ValueTable } from "../model/index.js";
import { compileNumber, type NumberClosure } from "./interpreter.js";
import { MissingRead, type CellReader } from "./signals.js";

/** Why a cell has no value: a code, a message, and the root cell whose failure caused it (itself if it failed). */
export interface CellProblem {
  readonly code: IssueCode;
  readonly message: string;
  /** The cell where the chain of missing values starts; equal to the cell itself for a root cause. */
  readonly root: number;
}

/**
 * The value of every cell of one evaluation. `values[cell]` is meaningful only where `failed[cell]` is 0; a
 * failed cell has its reason in `problems`. Nothing is NaN in disguise: a cell either has a value or a reason.
 */
export interface CellResults<T> {
  readonly values: T[];
  readonly failed: Uint8Array;
  readonly problems: ReadonlyMap<number, CellProblem>;
}

/** Closures for the formula, projection and backcast of each indicator, compiled once per model and number mode. */
export type CompiledClosures<T> = Readonly<Record<FormulaKey, readonly (NumberClosure<T> | undefined)[]>>;

/** Compiles every indicator's formulas with the interpreter. */
export function compileClosures<T>(structure: ModelStructure, ar: Arithmetic<T>): CompiledClosures<T> {
  const compile = (key: FormulaKey) =>
    structure.indicators.map((i) => {
      const checked = i[key]?.checked;
      return checked && compileNumber(checked.expr, ar);
    });
  return { formula: compile("formula"), projection: compile("projection"), backcast: compile("backcast") };
}

/**
 * Evaluates every cell with the reference interpreter, in the dependency order of the model's graph:
 * reported values, then formulas and projections, with the scenario's `inputs`. A failing cell (a division by
 * zero, a circular definition, a gap) gets its reason and the cells that read it become missing with the same
 * root cause; everything else still evaluates. A year-independent formula is computed once and copied.
 */
export function evaluateCells<T>(
  structure: ModelStructure,
  inputs: ValueTable,
  ar: Arithmetic<T>,
  closures: CompiledClosures<T> = compileClosures(structure, ar),
): CellResults<T> {
  const { timeline, graph, rules, indicators } = structure;
  const years = timeline.length;
  const cellCount = graph.cellCount;
  const values = new Array<T>(cellCount);
  const failed = new Uint8Array(cellCount);
  const problems = new Map<number, CellProblem>();
  const onceCell = new Int32Array(indicators.length * FORMULA_KEYS.length).fill(-1);

  const fail = (cell: number, code: IssueCode, message: string, root = cell) => {
    failed[cell] = 1;
    problems.set(cell, { code, message, root });
  };

  const reader: CellReader<T> = {
    read(slot, year) {
      const yi = year - timeline.first;
      if (yi < 0 || yi >= years) throw new MissingRead(-1, slot, year);
      const cell = slot * years + yi;
      if (failed[cell]) throw new MissingRead(cell, slot, year);
      return values[cell]!;
    },
  };

  for (let k = 0; k < graph.cycles.length; k++) {
    for (const cell of graph.cycles[k]!) fail(cell, "cycle", "part of a circular definition");
  }

  for (const cell of graph.order) {
    const slot = Math.floor(cell / years);
    const yi = cell % years;
    const rule = rules[cell]!;
    switch (rule) {
      case CellRule.history:
        values[cell] = ar.literal(structure.history.exact[cell]!, structure.history.float[cell]!);
        continue;
      case CellRule.input:
        if (inputs.has(cell)) values[cell] = ar.literal(inputs.exact[cell]!, inputs.float[cell]!);
        else fail(cell, "gap", "no input value for the year");
        continue;
      case CellRule.gap:
        fail(cell, "gap", structure.cellReasons.get(cell) ?? "no value");
        continue;
      case CellRule.failed:
        fail(cell, "formula_failed", structure.cellReasons.get(cell) ?? "its rule could not be built");
        continue;
    }
    const info = indicators[slot]!;
    const key = formulaKeyOf(rule)!;
    const formula = info[key]!.checked!;
    const onceKey = slot * FORMULA_KEYS.length + FORMULA_KEYS.indexOf(key);
    if (formula.yearIndependent && onceCell[onceKey]! >= 0) {
      const source = onceCell[onceKey]!;
      if (failed[source]) {
        failed[cell] = 1;
        problems.set(cell, problems.get(source)!);
      } else {
        values[cell] = values[source]!;
      }
      continue;
    }
    const fn = closures[key][slot]!;
    const year = timeline.yearAt(yi);
    try {
      const value = fn(year, reader);
      if (!ar.isFinite(value)) fail(cell, "not_finite", "the result overflowed: it is not a finite number");
      else values[cell] = value;
    } catch (error) {
      if (error instanceof MissingRead) {
        const name = indicators[error.slot]!.id;
        if (error.cell < 0) {
          fail(cell, "outside_timeline", `needs ${name}[${error.year}], outside the timeline ${timeline}`);
        } else {
          const cause = problems.get(error.cell)!;
          fail(cell, "depends_on_missing", `needs ${name}[${error.year}], which has no value`, cause.root);
        }
      } else if (error instanceof CellFailure) {
        fail(cell, error.code, error.message);
      } else {
        throw error;
      }
    }
    if (formula.yearIndependent) onceCell[onceKey] = cell;
  }
  return { values, failed, problems };
}
