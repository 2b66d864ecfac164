import { CellFailure, type Arithmetic } from "../core/index.js";
import { absoluteYears, replaceYear, type CheckedExpr } from "../formula/index.js";
import type { ModelStructure, TargetInfo } from "../structure/index.js";
import type { CellResults } from "./evaluate.js";
import { COMPARE, conditionClosure, numberClosure } from "./interpreter.js";
import { combinedMargin, comparisonMargin, negatedMargin } from "./margin.js";
import { cellReader, MissingRead, type CellReader } from "./cell-reader.js";

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
  /**
   * For a target about one future year (`re_share[2025] < 10%`): the first year after the base year in which the
   * same condition holds (`re_share[2023] < 10%`), or `null` when it does not hold even in the target year.
   * Absent where the question means nothing (a target about past years).
   */
  readonly firstYear?: number | null;
}

/** A condition's outcome and margin, computed in one pass over its operands. */
type Margin<T> = { met: boolean; value: T | null; threshold: T | null; margin: T };

function marginClosure<T>(expr: CheckedExpr, ar: Arithmetic<T>): (cells: CellReader<T>) => Margin<T> {
  switch (expr.kind) {
    case "compare": {
      const left = numberClosure(expr.left, ar);
      const right = numberClosure(expr.right, ar);
      const op = expr.op;
      const holds = COMPARE[op];
      return (cells) => {
        const l = finite(left(Number.NaN, cells), ar, "the target's value");
        const r = finite(right(Number.NaN, cells), ar, "the target's threshold");
        return { met: holds(ar.compare(l, r)), value: l, threshold: r, margin: comparisonMargin(op, l, r, ar) };
      };
    }
    case "logic": {
      const left = marginClosure(expr.left, ar);
      const right = marginClosure(expr.right, ar);
      const op = expr.op;
      const and = op === "and";
      return (cells) => {
        const a = left(cells);
        const b = right(cells);
        return {
          met: and ? a.met && b.met : a.met || b.met,
          value: null,
          threshold: null,
          margin: combinedMargin(op, a.margin, b.margin, ar),
        };
      };
    }
    case "not": {
      const arg = marginClosure(expr.arg, ar);
      return (cells) => {
        const a = arg(cells);
        return { met: !a.met, value: null, threshold: null, margin: negatedMargin(a.margin, ar) };
      };
    }
    default:
      throw new Error(`internal: target node ${expr.kind} is not a condition`);
  }
}

/** `x`, which must be a finite number: a target compared with an overflow (2e308 is Infinity) has no verdict. */
function finite<T>(x: T, ar: Arithmetic<T>, what: string): T {
  if (!ar.isFinite(x)) throw new CellFailure("not_finite", `${what} overflowed: it is not a finite number`);
  return x;
}

/** A reader over finished cell results (for targets, which are evaluated after all cells). */
export function resultsReader<T>(structure: ModelStructure, results: CellResults<T>): CellReader<T> {
  return cellReader(structure.layout, results);
}

/**
 * The same condition for each year on the way to a target year: for `re_share[2025] < 10%` with base year 2021,
 * `re_share[2022] < 10%` … `re_share[2024] < 10%`. Only for a target whose last named year lies after the base
 * year; the years tried come after every other year the target names (`cagr(gdp, 2020, y)` needs y > 2020).
 */
function onTheWayClosure<T>(structure: ModelStructure, expr: CheckedExpr, ar: Arithmetic<T>) {
  const years = absoluteYears(expr);
  const target = years[years.length - 1];
  if (target === undefined || target <= structure.timeline.baseYear) return undefined;
  const earliest = Math.max(structure.timeline.baseYear, ...years.slice(0, -1)) + 1;
  const variants: { year: number; holds: (cells: CellReader<T>) => boolean }[] = [];
  for (let y = earliest; y < target; y++) {
    const holds = conditionClosure(replaceYear(expr, target, y), ar);
    variants.push({ year: y, holds: (cells) => holds(Number.NaN, cells) });
  }
  return {
    /** The first year the condition holds, given that it holds in the target year. */
    first(cells: CellReader<T>): number {
      for (const variant of variants) {
        try {
          if (variant.holds(cells)) return variant.year;
        } catch (error) {
          if (!(error instanceof MissingRead) && !(error instanceof Error)) throw error;
        }
      }
      return target;
    },
  };
}

/** Compiles a target into a function of the finished cells giving its {@link TargetResult}. */
export function targetDecider<T>(
  structure: ModelStructure,
  target: TargetInfo,
  ar: Arithmetic<T>,
  options: { readonly onTheWay?: boolean } = {},
): (results: CellResults<T>) => TargetResult<T> {
  const checked = target.checked;
  if (!checked) {
    return () => ({
      id: target.id,
      met: null,
      value: null,
      threshold: null,
      margin: null,
      reason: "the target's condition could not be built",
    });
  }
  const margin = marginClosure(checked.expr, ar);
  const onTheWay = options.onTheWay === false ? undefined : onTheWayClosure(structure, checked.expr, ar);
  // A Monte Carlo run decides on the same results buffer trial after trial: its reader is made once.
  let lastResults: CellResults<T> | undefined;
  let lastCells: CellReader<T> | undefined;
  return (results) => {
    if (results !== lastResults) {
      lastResults = results;
      lastCells = resultsReader(structure, results);
    }
    const cells = lastCells!;
    try {
      const m = margin(cells);
      const met = m.met;
      if (!onTheWay) return { id: target.id, met, value: m.value, threshold: m.threshold, margin: m.margin };
      const firstYear = met ? onTheWay.first(cells) : null;
      return { id: target.id, met, value: m.value, threshold: m.threshold, margin: m.margin, firstYear };
    } catch (error) {
      if (!(error instanceof MissingRead)) {
        const message = error instanceof Error ? error.message : String(error);
        return { id: target.id, met: null, value: null, threshold: null, margin: null, reason: message };
      }
      const name = structure.indicators[error.slot]!.id;
      const why = error.cell >= 0 ? results.problems.get(error.cell)?.message : "outside the timeline";
      return {
        id: target.id,
        met: null,
        value: null,
        threshold: null,
        margin: null,
        reason: `needs ${name}[${error.year}], which has no value (${why})`,
      };
    }
  };
}
