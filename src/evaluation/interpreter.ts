import { CellFailure, scaler, type Arithmetic } from "../core/index.js";
import {
  ENDPOINT_RULES,
  RANGE_RULES,
  backwardPeriod,
  VALUE_RULES,
  elasticityOfEnds,
  resolveYear,
  ruleOf,
  type CheckedExpr,
  type CompareOp,
} from "../formula/index.js";
import type { CellReader } from "./cell-reader.js";

/** A compiled numeric formula: its value in `year`, reading other cells through `cells`. */
export type NumberClosure<T> = (year: number, cells: CellReader<T>) => T;

/** A compiled condition. */
export type ConditionClosure<T> = (year: number, cells: CellReader<T>) => boolean;

/**
 * The reference interpreter: turns a checked formula into nested closures, once, so that evaluating a cell is
 * a call per node and no tree walk. It is written once against {@link Arithmetic} and runs in float and in
 * decimal mode alike. Every failing operation throws a `CellFailure`; a read of a missing cell throws a
 * `MissingRead`; the evaluator catches both and records the cell's reason.
 *
 * Operations run in exactly the order of the formula (sums and products left to right), so the compiled
 * evaluator, which emits the same operations, computes bit-identical floats.
 */
export function numberClosure<T>(expr: CheckedExpr, ar: Arithmetic<T>): NumberClosure<T> {
  switch (expr.kind) {
    case "const": {
      const value = ar.literal(expr.exact, expr.value);
      return () => value;
    }
    case "year":
      return (year) => ar.integer(year);
    case "cell": {
      const { slot, at } = expr;
      if (at.kind === "absolute") return (_year, cells) => cells.read(slot, at.year);
      const offset = at.offset;
      return (year, cells) => cells.read(slot, year + offset);
    }
    case "negate": {
      const arg = numberClosure(expr.arg, ar);
      return (year, cells) => ar.neg(arg(year, cells));
    }
    case "sum": {
      const terms = expr.terms.map((t) => ({ subtract: t.subtract, fn: numberClosure(t.expr, ar) }));
      const first = terms[0]!.fn;
      const rest = terms.slice(1);
      return (year, cells) => {
        let acc = first(year, cells);
        for (const term of rest)
          acc = term.subtract ? ar.sub(acc, term.fn(year, cells)) : ar.add(acc, term.fn(year, cells));
        return acc;
      };
    }
    case "product": {
      const factors = expr.factors.map((f) => ({ divide: f.divide, fn: numberClosure(f.expr, ar) }));
      const first = factors[0]!.fn;
      const rest = factors.slice(1);
      return (year, cells) => {
        let acc = first(year, cells);
        for (const factor of rest)
          acc = factor.divide ? ar.div(acc, factor.fn(year, cells)) : ar.mul(acc, factor.fn(year, cells));
        return acc;
      };
    }
    case "power": {
      const base = numberClosure(expr.base, ar);
      const exponent = numberClosure(expr.exponent, ar);
      return (year, cells) => ar.pow(base(year, cells), exponent(year, cells));
    }
    case "if": {
      const cond = conditionClosure(expr.cond, ar);
      const then = numberClosure(expr.whenTrue, ar);
      const otherwise = numberClosure(expr.otherwise, ar);
      return (year, cells) => (cond(year, cells) ? then(year, cells) : otherwise(year, cells));
    }
    case "math": {
      const arg = numberClosure(expr.arg, ar);
      const fn = { exp: ar.exp, log: ar.log, sqrt: ar.sqrt, abs: ar.abs }[expr.fn];
      return (year, cells) => fn(arg(year, cells));
    }
    case "round": {
      const arg = numberClosure(expr.arg, ar);
      const digits = expr.digits;
      return (year, cells) => ar.round(arg(year, cells), digits);
    }
    case "minmax": {
      const args = expr.args.map((a) => numberClosure(a, ar));
      const pick = expr.fn === "min" ? ar.min : ar.max;
      return (year, cells) => {
        let acc = args[0]!(year, cells);
        for (let i = 1; i < args.length; i++) acc = pick(acc, args[i]!(year, cells));
        return acc;
      };
    }
    case "series":
      return seriesClosure(expr, ar);
    case "call": {
      const rule = ruleOf(VALUE_RULES, expr.fn);
      const args = expr.args.map((a) => numberClosure(a, ar));
      return (year, cells) =>
        rule(
          ar,
          args.map((arg) => arg(year, cells)),
        );
    }
    case "elasticity": {
      const { slot, of, from, to } = expr;
      return (year, cells) => {
        const y0 = resolveYear(from, year);
        const y1 = resolveYear(to, year);
        return elasticityOfEnds(
          ar,
          cells.read(slot, y0),
          cells.read(slot, y1),
          cells.read(of, y0),
          cells.read(of, y1),
          y1 - y0,
        );
      };
    }
    case "aggregate": {
      const members = expr.members.map((m) => ({
        slot: m.slot,
        scale: scaler(ar, m.num, m.den, String(m.num), String(m.den)),
      }));
      const mean = expr.fn === "meanOf";
      const count = ar.integer(members.length);
      return (year, cells) => {
        if (members.length === 0) {
          if (mean) throw new CellFailure("domain", `group ${expr.group} has no members to average`);
          return ar.integer(0);
        }
        let acc = members[0]!.scale(cells.read(members[0]!.slot, year));
        for (let i = 1; i < members.length; i++)
          acc = ar.add(acc, members[i]!.scale(cells.read(members[i]!.slot, year)));
        return mean ? ar.div(acc, count) : acc;
      };
    }
    case "scale": {
      const arg = numberClosure(expr.arg, ar);
      const scale = scaler(ar, expr.num, expr.den, expr.exactNum, expr.exactDen);
      return (year, cells) => scale(arg(year, cells));
    }
    case "compare":
    case "logic":
    case "not":
      throw new Error(`internal: a condition (${expr.kind}) where a number was expected`);
  }
}

/**
 * A function over years, by its rule (`formula/functions/`): over the two ends of the period (`cagr`), or over
 * every year of it (`sum`), read in order from the first.
 */
function seriesClosure<T>(expr: CheckedExpr & { kind: "series" }, ar: Arithmetic<T>): NumberClosure<T> {
  const { slot, from, to } = expr;
  const range = RANGE_RULES.get(expr.fn);
  if (range) {
    return (year, cells) => {
      const y0 = resolveYear(from, year);
      const y1 = resolveYear(to, year);
      if (y1 < y0) return ar.fail("domain", backwardPeriod(expr.fn, y1 - y0));
      const values: T[] = [];
      for (let y = y0; y <= y1; y++) values.push(cells.read(slot, y));
      return range(ar, values, 0, y1 - y0);
    };
  }
  const rule = ruleOf(ENDPOINT_RULES, expr.fn);
  return (year, cells) => {
    const y0 = resolveYear(from, year);
    const y1 = resolveYear(to, year);
    // The period is checked before its ends are read: a backward period fails whether or not its ends exist.
    if (y1 <= y0) return ar.fail("domain", backwardPeriod(expr.fn, y1 - y0));
    return rule(ar, cells.read(slot, y0), cells.read(slot, y1), y1 - y0);
  };
}

/** Whether a comparison holds, from the sign of `left − right` (`ar.compare`): `<` holds when it is negative. */
export const COMPARE: Record<CompareOp, (c: number) => boolean> = {
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
  "==": (c) => c === 0,
  "!=": (c) => c !== 0,
};

/** Compiles a condition (a comparison, or `and`/`or`/`not` of conditions; `and`/`or` stop early). */
export function conditionClosure<T>(expr: CheckedExpr, ar: Arithmetic<T>): ConditionClosure<T> {
  switch (expr.kind) {
    case "compare": {
      const left = numberClosure(expr.left, ar);
      const right = numberClosure(expr.right, ar);
      const test = COMPARE[expr.op];
      return (year, cells) => test(ar.compare(left(year, cells), right(year, cells)));
    }
    case "logic": {
      const left = conditionClosure(expr.left, ar);
      const right = conditionClosure(expr.right, ar);
      return expr.op === "and"
        ? (year, cells) => left(year, cells) && right(year, cells)
        : (year, cells) => left(year, cells) || right(year, cells);
    }
    case "not": {
      const arg = conditionClosure(expr.arg, ar);
      return (year, cells) => !arg(year, cells);
    }
    default:
      throw new Error(`internal: a number (${expr.kind}) where a condition was expected`);
  }
}
