import { intervalArithmetic, type Interval } from "../core/index.js";
import { numberClosure } from "../evaluation/index.js";
import { walk, type CheckedExpr } from "../formula/index.js";

/** The interval of each indicator (by slot) a formula reads, or `undefined` where nothing is known. */
export type IntervalLookup = (slot: number) => Interval | undefined;

/** Why a formula could not be evaluated over intervals. */
export class NotEvaluable extends Error {}

/** The nodes interval evaluation takes: arithmetic on indicators in one year; no years, functions over years or conditions. */
const EVALUABLE = new Set<CheckedExpr["kind"]>(["const", "cell", "negate", "sum", "product", "power", "scale", "math", "round", "minmax"]);

/**
 * The first part of a formula, in source order, that interval evaluation cannot take, and why: a fixed or relative
 * year (`x[2016]`, `x[t-1]`), `t`, a condition or `if`, a function over years, a group aggregate. An identity holds
 * between indicators in the same year, so each of these would be evaluated as something it is not.
 */
export function notOverIntervals(expr: CheckedExpr): { node: CheckedExpr; why: string } | undefined {
  let first: { node: CheckedExpr; why: string } | undefined;
  walk(expr, (e) => {
    const why =
      e.kind === "cell"
        ? e.at.kind === "absolute"
          ? "names a fixed year"
          : e.at.offset !== 0
            ? "names another year"
            : undefined
        : EVALUABLE.has(e.kind)
          ? undefined
          : e.kind === "year"
            ? "is the year itself"
            : e.kind === "if" || e.kind === "compare" || e.kind === "logic" || e.kind === "not"
              ? "is a condition"
              : e.kind === "aggregate"
                ? "is a group aggregate"
                : "reads other years";
    if (why && (!first || e.span.start < first.node.span.start)) first = { node: e, why };
  });
  return first;
}

/**
 * Evaluates a checked formula over intervals: the result holds the formula's value for every choice of values
 * inside the operands' intervals (sound, rounded outward; exact up to rounding when each indicator appears once,
 * as in `energy / gdp`). It is the reference interpreter run on {@link intervalArithmetic}, reading `x[year]` as
 * the indicator's interval whatever the year: identities are evaluated one year or one period at a time. Throws
 * {@link NotEvaluable} for functions over years, `t`, conditions, and for indicators without an interval.
 */
export function evaluateInterval(expr: CheckedExpr, lookup: IntervalLookup): Interval {
  const refused = notOverIntervals(expr);
  if (refused) throw new NotEvaluable(`${refused.node.kind} ${refused.why}: it cannot be evaluated over intervals`);
  const cells = {
    read(slot: number): Interval {
      const value = lookup(slot);
      if (!value) throw new NotEvaluable(`no interval for slot ${slot}`);
      return value;
    },
  };
  return numberClosure(expr, intervalArithmetic)(0, cells);
}

/**
 * The exponent of each indicator when a formula is a *monomial* — a product of indicators raised to whole
 * powers, times constants (`energy / gdp`, `a * b^2 / c`) — or `undefined` otherwise. For a monomial,
 * relative changes compose: `1 + Δy = Π (1 + Δxᵢ)^eᵢ`, whatever the constants and unit scales.
 */
export function monomialExponents(expr: CheckedExpr): Map<number, number> | undefined {
  switch (expr.kind) {
    case "const":
      return new Map();
    case "cell":
      return new Map([[expr.slot, 1]]);
    case "scale":
    case "negate":
      return monomialExponents(expr.arg);
    case "product": {
      const out = new Map<number, number>();
      for (const factor of expr.factors) {
        const inner = monomialExponents(factor.expr);
        if (!inner) return undefined;
        for (const [slot, e] of inner) out.set(slot, (out.get(slot) ?? 0) + (factor.divide ? -e : e));
      }
      for (const [slot, e] of out) if (e === 0) out.delete(slot);
      return out;
    }
    case "power": {
      if (expr.exponent.kind !== "const" || !Number.isInteger(expr.exponent.value)) return undefined;
      const inner = monomialExponents(expr.base);
      if (!inner) return undefined;
      const n = expr.exponent.value;
      return new Map([...inner].map(([slot, e]) => [slot, e * n]));
    }
    default:
      return undefined;
  }
}
