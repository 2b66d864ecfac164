import type { Arithmetic, IssueCode } from "../core/index.js";
import {
  CellRule,
  FORMULA_KEYS,
  formulaKeyOf,
  type FormulaKey,
  type ModelStructure,
  type ValueTable,
} from "../structure/index.js";
import { interpretCell, type CellProblem } from "./interpret-cell.js";
import { numberClosure, type NumberClosure } from "./interpreter.js";
import { cellReader, type CellReader } from "./cell-reader.js";

export type { CellProblem } from "./interpret-cell.js";

/**
 * The value of every cell of one evaluation. `values[cell]` is meaningful only where `failed[cell]` is 0; a
 * failed cell has its reason in `problems`. Nothing is NaN in disguise: a cell either has a value or a reason.
 * (The interpreter gives an array, the compiled evaluator a `Float64Array`.)
 */
export interface CellResults<T> {
  readonly values: ArrayLike<T>;
  readonly failed: Uint8Array;
  readonly problems: ReadonlyMap<number, CellProblem>;
}

/** Closures for the formula, projection and backcast of each indicator, compiled once per model and number mode. */
export type CellClosures<T> = Readonly<Record<FormulaKey, readonly (NumberClosure<T> | undefined)[]>>;

/** Compiles every indicator's formulas with the interpreter. */
export function cellClosures<T>(structure: ModelStructure, ar: Arithmetic<T>): CellClosures<T> {
  const compile = (key: FormulaKey) =>
    structure.indicators.map((i) => {
      const checked = i[key]?.checked;
      return checked && numberClosure(checked.expr, ar);
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
  closures: CellClosures<T> = cellClosures(structure, ar),
): CellResults<T> {
  const { graph, rules, indicators } = structure;
  const cellCount = graph.cellCount;
  const values = new Array<T>(cellCount);
  const failed = new Uint8Array(cellCount);
  const problems = new Map<number, CellProblem>();
  const onceCell = new Int32Array(indicators.length * FORMULA_KEYS.length).fill(-1);

  const fail = (cell: number, code: IssueCode, message: string, root = cell) => {
    failed[cell] = 1;
    problems.set(cell, { code, message, root });
  };

  const literal = literalReader(ar);
  const problemOf = (cell: number) => problems.get(cell)!;
  const reader: CellReader<T> = cellReader(structure.layout, { values, failed });

  for (let k = 0; k < graph.cycles.length; k++) {
    for (const cell of graph.cycles[k]!) fail(cell, "cycle", "part of a circular definition");
  }

  for (const cell of graph.order) {
    const slot = structure.layout.slotOf(cell);
    const rule = rules[cell]!;
    switch (rule) {
      case CellRule.history:
        values[cell] = literal(structure.history.exactAt(cell)!, structure.history.float[cell]!);
        continue;
      case CellRule.input:
        if (inputs.has(cell)) values[cell] = literal(inputs.exactAt(cell)!, inputs.float[cell]!);
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
    const value = interpretCell(structure, ar, closures[key][slot]!, cell, reader, problemOf, fail);
    if (value !== undefined) values[cell] = value;
    if (formula.yearIndependent) onceCell[onceKey] = cell;
  }
  return { values, failed, problems };
}

/**
 * Reads reported and input values as numbers of the mode. In decimal mode each distinct text is read once per
 * evaluation (an input holds the same text in every year; decimals are never modified, so cells can share one).
 */
function literalReader<T>(ar: Arithmetic<T>): (exact: string, value: number) => T {
  if (ar.mode === "float") return (exact, value) => ar.literal(exact, value);
  const read = new Map<string, T>();
  return (exact, value) => {
    let x = read.get(exact);
    if (x === undefined) {
      x = ar.literal(exact, value);
      read.set(exact, x);
    }
    return x;
  };
}
