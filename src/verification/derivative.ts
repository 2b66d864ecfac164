import type { Span } from "../core/index.js";
import type { CheckedExpr } from "../formula/index.js";

/*
 * The partial derivative of a relation with respect to one indicator, as a checked formula, so that it can be
 * evaluated over intervals like the relation itself. Its sign over a box says whether the relation rises or falls
 * with the indicator there: where it does, the relation's extremes lie at that indicator's ends (corner
 * evaluation), and no subdivision is needed along it.
 */

const constant = (value: number, span: Span): CheckedExpr => ({ kind: "const", value, exact: String(value), span });
const isZero = (e: CheckedExpr) => e.kind === "const" && e.value === 0;

function product(factors: { divide: boolean; expr: CheckedExpr }[], span: Span): CheckedExpr {
  if (factors.some((f) => !f.divide && isZero(f.expr))) return constant(0, span);
  return factors.length === 1 && !factors[0]!.divide ? factors[0]!.expr : { kind: "product", factors, span };
}

function sum(terms: { subtract: boolean; expr: CheckedExpr }[], span: Span): CheckedExpr {
  const kept = terms.filter((t) => !isZero(t.expr));
  if (kept.length === 0) return constant(0, span);
  if (kept.length === 1 && !kept[0]!.subtract) return kept[0]!.expr;
  return {
    kind: "sum",
    terms: kept[0]!.subtract ? [{ subtract: false, expr: constant(0, span) }, ...kept] : kept,
    span,
  };
}

/**
 * ∂e/∂x for the indicator in `slot`, or `undefined` where the relation has no derivative that says which way it
 * goes (`abs`, `round`, `min`, `max`) or reads what interval evaluation does not take.
 */
export function derivative(e: CheckedExpr, slot: number): CheckedExpr | undefined {
  const s = e.span;
  switch (e.kind) {
    case "const":
      return constant(0, s);
    case "cell":
      return constant(e.slot === slot ? 1 : 0, s);
    case "negate": {
      const d = derivative(e.arg, slot);
      return d && { kind: "negate", arg: d, span: s };
    }
    case "scale": {
      const d = derivative(e.arg, slot);
      return d && { ...e, arg: d };
    }
    case "sum": {
      const terms: { subtract: boolean; expr: CheckedExpr }[] = [];
      for (const t of e.terms) {
        const d = derivative(t.expr, slot);
        if (!d) return undefined;
        terms.push({ subtract: t.subtract, expr: d });
      }
      return sum(terms, s);
    }
    case "product": {
      // Left to right: (u·v)' = u'·v + u·v', (u/v)' = (u'·v − u·v') / v².
      let u: CheckedExpr = e.factors[0]!.expr;
      let du = derivative(u, slot);
      if (!du) return undefined;
      for (const f of e.factors.slice(1)) {
        const v = f.expr;
        const dv = derivative(v, slot);
        if (!dv) return undefined;
        const left = product(
          [
            { divide: false, expr: du },
            { divide: false, expr: v },
          ],
          s,
        );
        const right = product(
          [
            { divide: false, expr: u },
            { divide: false, expr: dv },
          ],
          s,
        );
        du = f.divide
          ? product(
              [
                {
                  divide: false,
                  expr: sum(
                    [
                      { subtract: false, expr: left },
                      { subtract: true, expr: right },
                    ],
                    s,
                  ),
                },
                { divide: true, expr: v },
                { divide: true, expr: v },
              ],
              s,
            )
          : sum(
              [
                { subtract: false, expr: left },
                { subtract: false, expr: right },
              ],
              s,
            );
        u = { kind: "product", factors: [{ divide: false, expr: u }, f], span: s };
      }
      return du;
    }
    case "power": {
      const du = derivative(e.base, slot);
      if (!du) return undefined;
      if (e.exponent.kind !== "const") return undefined;
      const n = e.exponent.value;
      // (u^n)' = n · u^(n − 1) · u'
      const lowered: CheckedExpr = { kind: "power", base: e.base, exponent: constant(n - 1, s), span: s };
      return product(
        [
          { divide: false, expr: constant(n, s) },
          { divide: false, expr: lowered },
          { divide: false, expr: du },
        ],
        s,
      );
    }
    case "math": {
      const du = derivative(e.arg, slot);
      if (!du) return undefined;
      if (e.fn === "exp")
        return product(
          [
            { divide: false, expr: e },
            { divide: false, expr: du },
          ],
          s,
        );
      if (e.fn === "log")
        return product(
          [
            { divide: false, expr: du },
            { divide: true, expr: e.arg },
          ],
          s,
        );
      if (e.fn === "sqrt")
        return product(
          [
            { divide: false, expr: du },
            { divide: true, expr: constant(2, s) },
            { divide: true, expr: e },
          ],
          s,
        );
      return undefined;
    }
    default:
      return undefined;
  }
}
