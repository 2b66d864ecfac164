import type { LiteralKind, Span } from "../core/index.js";

/**
 * A formula as plansheet reads it: a tagged union of readonly plain objects, each with the span of text it
 * came from. mathjs parses the text; `parseFormula` (`parse.ts`) turns mathjs's nodes into these, refusing anything
 * not listed here, so the rest of plansheet never sees a mathjs type.
 *
 * Sums and products are n-ary (`a - b + c` is one `sum` with three terms, evaluated left to right exactly as
 * `(a - b) + c`), so a formula of ten thousand terms is one flat node, not ten thousand nested ones.
 */
export type Expr =
  | NumberExpr
  | RefExpr
  | YearExpr
  | NegateExpr
  | SumExpr
  | ProductExpr
  | PowerExpr
  | CompareExpr
  | LogicExpr
  | NotExpr
  | CallExpr;

/** A number literal: `276`, `5%` (kind percent, 0.05), `0.6pp` (kind pp, 0.006). @inline */
export interface NumberExpr {
  readonly kind: "number";
  readonly value: number;
  /** The exact decimal value (`5%` → "0.05"). */
  readonly exact: string;
  readonly literal: LiteralKind;
  readonly text: string;
  readonly span: Span;
}

/**
 * A reference to an indicator: `gdp` (the same year), `gdp[t-1]` (a lag), `gdp[2021]` (an absolute year).
 * `index` is absent for the same year.
 * @inline
 */
export interface RefExpr {
  readonly kind: "ref";
  readonly name: string;
  readonly index?: Expr;
  readonly span: Span;
  /** Span of the name alone. */
  readonly nameSpan: Span;
}

/** `t`, the year of the cell being computed. @inline */
export interface YearExpr {
  readonly kind: "t";
  readonly span: Span;
}

/** `-x`. @inline */
export interface NegateExpr {
  readonly kind: "negate";
  readonly arg: Expr;
  readonly span: Span;
}

/** `a + b - c`: terms added left to right, each possibly subtracted. @inline */
export interface SumExpr {
  readonly kind: "sum";
  readonly terms: readonly { readonly subtract: boolean; readonly expr: Expr }[];
  readonly span: Span;
}

/** `a * b / c`: factors multiplied left to right, each possibly a divisor. @inline */
export interface ProductExpr {
  readonly kind: "product";
  readonly factors: readonly { readonly divide: boolean; readonly expr: Expr }[];
  readonly span: Span;
}

/** `a ^ b`. @inline */
export interface PowerExpr {
  readonly kind: "power";
  readonly base: Expr;
  readonly exponent: Expr;
  readonly span: Span;
}

/** The comparison operators a condition may use. @inline */
export type CompareOp = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** `a >= b`: a condition. @inline */
export interface CompareExpr {
  readonly kind: "compare";
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

/** `a and b`, `a or b`: conditions combined. @inline */
export interface LogicExpr {
  readonly kind: "logic";
  readonly op: "and" | "or";
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

/** `not a`. @inline */
export interface NotExpr {
  readonly kind: "not";
  readonly arg: Expr;
  readonly span: Span;
}

/** A call of one of plansheet's functions: `cagr(gdp, 2016, 2021)`, `if(c, a, b)`. @inline */
export interface CallExpr {
  readonly kind: "call";
  readonly name: string;
  readonly args: readonly Expr[];
  readonly span: Span;
  readonly nameSpan: Span;
}

/**
 * The formula as a one-line S-expression, for tests and debugging: `gdp[t-1] * (1 + g)` prints as
 * `(* (ref gdp (- t 1)) (+ 1 g))`; an n-ary sum prints as the left-to-right binary operations it stands for.
 */
export function toSExpression(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return expr.literal === "plain" ? expr.exact : `${expr.text}`;
    case "ref":
      return expr.index ? `(ref ${expr.name} ${toSExpression(expr.index)})` : expr.name;
    case "t":
      return "t";
    case "negate":
      return `(- ${toSExpression(expr.arg)})`;
    case "sum":
      return foldLeft(expr.terms.map((t) => [t.subtract ? "-" : "+", toSExpression(t.expr)] as const));
    case "product":
      return foldLeft(expr.factors.map((f) => [f.divide ? "/" : "*", toSExpression(f.expr)] as const));
    case "power":
      return `(^ ${toSExpression(expr.base)} ${toSExpression(expr.exponent)})`;
    case "compare":
    case "logic":
      return `(${expr.op} ${toSExpression(expr.left)} ${toSExpression(expr.right)})`;
    case "not":
      return `(not ${toSExpression(expr.arg)})`;
    case "call":
      return `(${expr.name} ${expr.args.map(toSExpression).join(" ")})`;
  }
}

function foldLeft(items: readonly (readonly [string, string])[]): string {
  let out = items[0]![1];
  for (const [op, text] of items.slice(1)) out = `(${op} ${out} ${text})`;
  return out;
}
