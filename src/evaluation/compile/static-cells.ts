import { CellRule, type ModelStructure } from "../../structure/index.js";
import type { CellProblem } from "../interpret-cell.js";

/** The cells a compiled evaluation does not compute: reported values, input runs, and cells that never have a value. */
export interface StaticCells {
  readonly historyCells: Int32Array;
  readonly historyValues: Float64Array;
  /** Consecutive input cells (the years of one input, and neighbouring inputs) as `[start, end)` pairs, copied as runs. */
  readonly inputRuns: Int32Array;
  /** Cells of circular definitions, gaps and rules that could not be built, each with its problem. */
  readonly staticCells: Int32Array;
  readonly staticProblems: readonly CellProblem[];
}

/** Sorts a model's cells that no kernel computes into {@link StaticCells}. */
export function staticCellsOf(structure: ModelStructure): StaticCells {
  const { rules, graph, history, cellReasons } = structure;
  const historyCells: number[] = [];
  const inputRuns: number[] = [];
  const staticCells: number[] = [];
  const staticProblems: CellProblem[] = [];
  for (let cell = 0; cell < graph.cellCount; cell++) {
    const rule = rules[cell]!;
    if (graph.cycleOf[cell]! >= 0) {
      staticCells.push(cell);
      staticProblems.push({ code: "cycle", message: "part of a circular definition", root: cell });
    } else if (rule === CellRule.history) {
      historyCells.push(cell);
    } else if (rule === CellRule.input) {
      if (inputRuns.length > 0 && inputRuns[inputRuns.length - 1] === cell) inputRuns[inputRuns.length - 1] = cell + 1;
      else inputRuns.push(cell, cell + 1);
    } else if (rule === CellRule.gap || rule === CellRule.failed) {
      staticCells.push(cell);
      const reason = cellReasons.get(cell);
      staticProblems.push(
        rule === CellRule.gap
          ? { code: "gap", message: reason ?? "no value", root: cell }
          : { code: "formula_failed", message: reason ?? "its rule could not be built", root: cell },
      );
    }
  }
  return {
    historyCells: Int32Array.from(historyCells),
    historyValues: Float64Array.from(historyCells, (cell) => history.float[cell]!),
    inputRuns: Int32Array.from(inputRuns),
    staticCells: Int32Array.from(staticCells),
    staticProblems,
  };
}
