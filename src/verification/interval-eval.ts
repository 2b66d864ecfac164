import {
  Dec,
  absInterval,
  addIntervals,
  divideIntervals,
  expInterval,
  logInterval,
  multiplyIntervals,
  negateInterval,
  pointInterval,
  powerIntervalInteger,
  rootInterval,
  scaleInterval,
  subtractIntervals,
  type Interval,
} from "../core/index.js";
import type { CheckedExpr } from "../formula/index.js";

/** The interval of each indicator (by slot) a formula reads, or `undefined` where nothing is known. */
export type IntervalLookup = (slot: number) => Interval | undefined;

/** Why a formula could not be evaluated over intervals. */
export class NotEvaluable extends Error {}

function minOrMax(a: Interval, b: Interval, max: boolean): Interval {
  const pick = (x: Dec | null, y: Dec | null, lowEnd: boolean): Dec | null => {
    if (x === null || y === null) return (lowEnd ? !max : max) ? null : (x ?? y);
    return max ? Dec.max(x, y) : Dec.min(x, y);
  };
  return { lo: pick(a.lo, b.lo, true), hi: pick(a.hi, b.hi, false), loClosed: a.loClosed && b.loClosed, hiClosed: a.hiClosed && b.hiClosed };
}

/**
 * Evaluates a checked formula over intervals: the result holds the formula's value for every choice of values
 * inside the operands' intervals (sound, rounded outward; exact up to rounding when each indicator appears once,
 * as in `energy / gdp`). Reads `x[year]` as the indicator's interval whatever the year: identities are
 * evaluated one year or one period at a time. Throws {@link NotEvaluable} for functions over years, `t`,
 * conditions, and for indicators without an interval.
 */
export function evaluateInterval(expr: CheckedExpr, lookup: IntervalLookup): Interval {
  switch (expr.kind) {
    case "const":
      return pointInterval(expr.exact);
    case "cell": {
      const value = lookup(expr.slot);
      if (!value) throw new NotEvaluable(`no interval for slot ${expr.slot}`);
      return value;
    }
    case "negate":
      return negateInterval(evaluateInterval(expr.arg, lookup));
    case "sum": {
      let acc = evaluateInterval(expr.terms[0]!.expr, lookup);
      for (const term of expr.terms.slice(1)) {
        const v = evaluateInterval(term.expr, lookup);
        acc = term.subtract ? subtractIntervals(acc, v) : addIntervals(acc, v);
      }
      return acc;
    }
    case "product": {
      let acc = evaluateInterval(expr.factors[0]!.expr, lookup);
      for (const factor of expr.factors.slice(1)) {
        const v = evaluateInterval(factor.expr, lookup);
        acc = factor.divide ? divideIntervals(acc, v) : multiplyIntervals(acc, v);
      }
      return acc;
    }
    case "power": {
      const base = evaluateInterval(expr.base, lookup);
      if (expr.exponent.kind === "const" && Number.isInteger(expr.exponent.value)) return powerIntervalInteger(base, expr.exponent.value);
      const exponent = evaluateInterval(expr.exponent, lookup);
      return expInterval(multiplyIntervals(exponent, logInterval(base)));
    }
    case "scale":
      return scaleInterval(evaluateInterval(expr.arg, lookup), expr.exactNum, expr.exactDen);
    case "math": {
      const arg = evaluateInterval(expr.arg, lookup);
      if (expr.fn === "exp") return expInterval(arg);
      if (expr.fn === "log") return logInterval(arg);
      if (expr.fn === "sqrt") return rootInterval(arg, 2);
      return absInterval(arg);
    }
    case "minmax": {
      let acc = evaluateInterval(expr.args[0]!, lookup);
      for (const arg of expr.args.slice(1)) acc = minOrMax(acc, evaluateInterval(arg, lookup), expr.fn === "max");
      return acc;
    }
    default:
      throw new NotEvaluable(`${expr.kind} cannot be evaluated over intervals`);
  }
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
