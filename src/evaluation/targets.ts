import type { Arithmetic } from "../core/index.js";
import type { CheckedExpr } from "../formula/index.js";
import type { ModelStructure, TargetInfo } from "../model/index.js";
import type { CellResults } from "./evaluate.js";
import { compileCondition, compileNumber } from "./interpreter.js";
import { MissingRead, type CellReader } from "./signals.js";

/**
 * How a target fares in one evaluation. `margin` is how far the value lies on the good side of the
 * threshold, in the target's unit, negative when unmet: `gdp[2027] >= 4500` at 4369.9 has margin −130.1,
 * `share < 10%` at 12% has margin −0.02. For a combination (`a and b`) the margin is the smallest (for `or`
 * the largest) of its parts', and value and threshold are `null`. Everything is `null`, with `reason`, when
 * the target needs a cell that has no value.
 */
export interface TargetResult<T = number> {
  readonly id: string;
  readonly met: boolean | null;
  readonly value: T | null;
  readonly threshold: T | null;
  readonly margin: T | null;
  /** Why `met` is null. */
  readonly reason?: string;
}

type Margin<T> = { value: T | null; threshold: T | null; margin: T };

function compileMargin<T>(expr: CheckedExpr, ar: Arithmetic<T>): (cells: CellReader<T>) => Margin<T> {
  switch (expr.kind) {
    case "compare": {
      const left = compileNumber(expr.left, ar);
      const right = compileNumber(expr.right, ar);
      const op = expr.op;
      return (cells) => {
        const l = left(Number.NaN, cells);
        const r = right(Number.NaN, cells);
        const diff = ar.sub(l, r);
        const margin =
          op === ">" || op === ">=" ? diff : op === "<" || op === "<=" ? ar.neg(diff) : op === "==" ? ar.neg(ar.abs(diff)) : ar.abs(diff);
        return { value: l, threshold: r, margin };
      };
    }
    case "logic": {
      const left = compileMargin(expr.left, ar);
      const right = compileMargin(expr.right, ar);
      const pick = expr.op === "and" ? ar.min : ar.max;
      return (cells) => ({ value: null, threshold: null, margin: pick(left(cells).margin, right(cells).margin) });
    }
    case "not": {
      const arg = compileMargin(expr.arg, ar);
      return (cells) => ({ value: null, threshold: null, margin: ar.neg(arg(cells).margin) });
    }
    default:
      throw new Error(`internal: target node ${expr.kind} is not a condition`);
  }
}

/** A reader over finished cell results (for targets, which are evaluated after all cells). */
export function resultsReader<T>(structure: ModelStructure, results: CellResults<T>): CellReader<T> {
  const { timeline } = structure;
  const years = timeline.length;
  return {
    read(slot, year) {
      const yi = year - timeline.first;
      if (yi < 0 || yi >= years) throw new MissingRead(-1, slot, year);
      const cell = slot * years + yi;
      if (results.failed[cell]) throw new MissingRead(cell, slot, year);
      return results.values[cell]!;
    },
  };
}

/** Compiles a target into a function of the finished cells giving its {@link TargetResult}. */
export function compileTarget<T>(structure: ModelStructure, target: TargetInfo, ar: Arithmetic<T>): (results: CellResults<T>) => TargetResult<T> {
  const checked = target.checked;
  if (!checked) {
    return () => ({ id: target.id, met: null, value: null, threshold: null, margin: null, reason: "the target's condition could not be built" });
  }
  const condition = compileCondition(checked.expr, ar);
  const margin = compileMargin(checked.expr, ar);
  return (results) => {
    const cells = resultsReader(structure, results);
    try {
      const met = condition(Number.NaN, cells);
      const m = margin(cells);
      return { id: target.id, met, value: m.value, threshold: m.threshold, margin: m.margin };
    } catch (error) {
      if (!(error instanceof MissingRead)) {
        const message = error instanceof Error ? error.message : String(error);
        return { id: target.id, met: null, value: null, threshold: null, margin: null, reason: message };
      }
      const name = structure.indicators[error.slot]!.id;
      const why = error.cell >= 0 ? results.problems.get(error.cell)?.message : "outside the timeline";
      return { id: target.id, met: null, value: null, threshold: null, margin: null, reason: `needs ${name}[${error.year}], which has no value (${why})` };
    }
  };
}
