import type { Span } from "../core/index.js";
import type { Unit } from "../units/index.js";
import type { CompareOp } from "./ast.js";

/**
 * A year as a formula names it: an absolute year (`gdp[2021]`, `cagr(gdp, 2016, 2021)`) or a year relative
 * to the cell being computed (`t` is offset 0, `t-1` offset −1).
 */
export type YearArg =
  | { readonly kind: "absolute"; readonly year: number }
  | { readonly kind: "relative"; readonly offset: number };

const relativeYears = new Map<number, YearArg>();
const absoluteYears_ = new Map<number, YearArg>();

/**
 * The year argument `t + offset`, one shared object per offset: a model of ten thousand `x[t-1]` holds one
 * `t-1`, not ten thousand (year arguments are never modified).
 */
export function relativeYear(offset: number): YearArg {
  let at = relativeYears.get(offset);
  if (!at) {
    at = Object.freeze({ kind: "relative", offset });
    relativeYears.set(offset, at);
  }
  return at;
}

/** The year argument for the absolute year `year`, one shared object per year (see {@link relativeYear}). */
export function absoluteYear(year: number): YearArg {
  let at = absoluteYears_.get(year);
  if (!at) {
    at = Object.freeze({ kind: "absolute", year });
    absoluteYears_.set(year, at);
  }
  return at;
}

/** The year a {@link YearArg} names when the cell's year is `year`. */
export function resolveYear(arg: YearArg, year: number): number {
  return arg.kind === "absolute" ? arg.year : year + arg.offset;
}

/** Functions over one indicator's values in two years, or over a range of years. */
export type SeriesFunction = "cagr" | "change" | "ppchange" | "sum" | "mean";

/** Functions of one number. */
export type MathFunction = "exp" | "log" | "sqrt" | "abs";

/**
 * A formula after checking: names resolved to slots (indices of indicator series), years resolved to
 * {@link YearArg}s, functions resolved, and unit conversions made explicit as `scale` nodes. This is what
 * both the interpreter and the compiler evaluate; it holds nothing from the formula's text but spans.
 */
export type CheckedExpr =
  | { readonly kind: "const"; readonly value: number; readonly exact: string; readonly span: Span }
  | { readonly kind: "year"; readonly span: Span }
  | { readonly kind: "cell"; readonly slot: number; readonly at: YearArg; readonly span: Span }
  | { readonly kind: "negate"; readonly arg: CheckedExpr; readonly span: Span }
  | {
      readonly kind: "sum";
      readonly terms: readonly { readonly subtract: boolean; readonly expr: CheckedExpr }[];
      readonly span: Span;
    }
  | {
      readonly kind: "product";
      readonly factors: readonly { readonly divide: boolean; readonly expr: CheckedExpr }[];
      readonly span: Span;
    }
  | { readonly kind: "power"; readonly base: CheckedExpr; readonly exponent: CheckedExpr; readonly span: Span }
  | {
      readonly kind: "compare";
      readonly op: CompareOp;
      readonly left: CheckedExpr;
      readonly right: CheckedExpr;
      /** The unit both sides were brought to (absent when neither side has one). */
      readonly unit?: Unit;
      readonly span: Span;
    }
  | {
      readonly kind: "logic";
      readonly op: "and" | "or";
      readonly left: CheckedExpr;
      readonly right: CheckedExpr;
      readonly span: Span;
    }
  | { readonly kind: "not"; readonly arg: CheckedExpr; readonly span: Span }
  | {
      readonly kind: "if";
      readonly cond: CheckedExpr;
      readonly then: CheckedExpr;
      readonly otherwise: CheckedExpr;
      readonly span: Span;
    }
  | { readonly kind: "math"; readonly fn: MathFunction; readonly arg: CheckedExpr; readonly span: Span }
  | { readonly kind: "round"; readonly arg: CheckedExpr; readonly digits: number; readonly span: Span }
  | { readonly kind: "minmax"; readonly fn: "min" | "max"; readonly args: readonly CheckedExpr[]; readonly span: Span }
  | {
      readonly kind: "series";
      readonly fn: SeriesFunction;
      readonly slot: number;
      readonly from: YearArg;
      readonly to: YearArg;
      readonly span: Span;
    }
  | {
      readonly kind: "elasticity";
      readonly slot: number;
      readonly of: number;
      readonly from: YearArg;
      readonly to: YearArg;
      readonly span: Span;
    }
  | {
      readonly kind: "aggregate";
      readonly fn: "sumOf" | "meanOf";
      readonly group: string;
      /** Each member's slot, and the factor converting its unit to the group's unit (omitted when 1). */
      readonly members: readonly { readonly slot: number; readonly num: number; readonly den: number }[];
      readonly span: Span;
    }
  | {
      /** A unit conversion: `arg × num / den` (亿元 → 万元 is × 10000). */
      readonly kind: "scale";
      readonly arg: CheckedExpr;
      readonly num: number;
      readonly den: number;
      readonly exactNum: string;
      readonly exactDen: string;
      readonly span: Span;
    };

/** One cell a formula reads: an indicator in a year, relative or absolute. */
export interface CellReference {
  readonly slot: number;
  readonly at: YearArg;
}

/**
 * Every cell a checked formula may read, for the dependency graph. Ranges (`sum(x, 2021, 2025)`) are listed
 * as their two ends with `through: true`, meaning every year between is read too. Both branches of an `if`
 * are included: the graph must allow for either.
 */
export interface Reads {
  readonly cells: readonly (CellReference & { readonly through?: YearArg })[];
}

/** Lists the cells a checked formula reads (see {@link Reads}). */
export function collectReads(expr: CheckedExpr): Reads {
  const cells: (CellReference & { through?: YearArg })[] = [];
  const stack: CheckedExpr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.kind === "cell") cells.push({ slot: e.slot, at: e.at });
    else if (e.kind === "series" && (e.fn === "sum" || e.fn === "mean")) cells.push({ slot: e.slot, at: e.from, through: e.to });
    else if (e.kind === "series") cells.push({ slot: e.slot, at: e.from }, { slot: e.slot, at: e.to });
    else if (e.kind === "elasticity") {
      cells.push({ slot: e.slot, at: e.from }, { slot: e.slot, at: e.to }, { slot: e.of, at: e.from }, { slot: e.of, at: e.to });
    } else if (e.kind === "aggregate") {
      for (const m of e.members) cells.push({ slot: m.slot, at: { kind: "relative", offset: 0 } });
    }
    for (const child of children(e)) stack.push(child);
  }
  return { cells };
}

/** True when the formula reads `t` or any year relative to it: its value may differ from year to year. */
export function dependsOnYear(expr: CheckedExpr): boolean {
  return yearDependentPart(expr) !== undefined;
}

/**
 * The first part of a formula, in source order, whose value depends on the year being computed: `t`, a relative
 * year (`x[t-1]`, `growth(x)`), or a group aggregate (`sumOf(g)` is the sum in the cell's year); `undefined` when
 * there is none.
 */
export function yearDependentPart(expr: CheckedExpr): CheckedExpr | undefined {
  const stack: CheckedExpr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.kind === "year" || e.kind === "aggregate") return e;
    if (e.kind === "cell" && e.at.kind === "relative") return e;
    if ((e.kind === "series" || e.kind === "elasticity") && (e.from.kind === "relative" || e.to.kind === "relative")) return e;
    const parts = children(e);
    for (let k = parts.length - 1; k >= 0; k--) stack.push(parts[k]!);
  }
  return undefined;
}

/** The direct sub-expressions of a checked node. */
export function children(e: CheckedExpr): readonly CheckedExpr[] {
  switch (e.kind) {
    case "negate":
    case "not":
    case "math":
    case "round":
    case "scale":
      return [e.arg];
    case "sum":
      return e.terms.map((t) => t.expr);
    case "product":
      return e.factors.map((f) => f.expr);
    case "power":
      return [e.base, e.exponent];
    case "compare":
    case "logic":
      return [e.left, e.right];
    case "if":
      return [e.cond, e.then, e.otherwise];
    case "minmax":
      return e.args;
    default:
      return [];
  }
}

/** Every absolute year a checked formula names (`gdp[2025]`, `cagr(gdp, 2020, 2025)`), ascending, without repeats. */
export function absoluteYears(expr: CheckedExpr): number[] {
  const years = new Set<number>();
  const stack: CheckedExpr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const args: YearArg[] = e.kind === "cell" ? [e.at] : e.kind === "series" || e.kind === "elasticity" ? [e.from, e.to] : [];
    for (const a of args) if (a.kind === "absolute") years.add(a.year);
    for (const child of children(e)) stack.push(child);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The formula with every mention of the absolute year `from` replaced by `to`: `re_share[2025] < 10%` becomes
 * `re_share[2023] < 10%`, `cagr(gdp, 2020, 2025)` becomes `cagr(gdp, 2020, 2023)`. Used to ask in which year on
 * the way a target first holds.
 */
export function replaceYear(expr: CheckedExpr, from: number, to: number): CheckedExpr {
  const year = (a: YearArg): YearArg => (a.kind === "absolute" && a.year === from ? { kind: "absolute", year: to } : a);
  const r = (e: CheckedExpr) => replaceYear(e, from, to);
  switch (expr.kind) {
    case "cell":
      return { ...expr, at: year(expr.at) };
    case "series":
    case "elasticity":
      return { ...expr, from: year(expr.from), to: year(expr.to) };
    case "negate":
    case "not":
    case "math":
    case "round":
    case "scale":
      return { ...expr, arg: r(expr.arg) } as CheckedExpr;
    case "sum":
      return { ...expr, terms: expr.terms.map((t) => ({ subtract: t.subtract, expr: r(t.expr) })) };
    case "product":
      return { ...expr, factors: expr.factors.map((f) => ({ divide: f.divide, expr: r(f.expr) })) };
    case "power":
      return { ...expr, base: r(expr.base), exponent: r(expr.exponent) };
    case "compare":
    case "logic":
      return { ...expr, left: r(expr.left), right: r(expr.right) } as CheckedExpr;
    case "if":
      return { ...expr, cond: r(expr.cond), then: r(expr.then), otherwise: r(expr.otherwise) };
    case "minmax":
      return { ...expr, args: expr.args.map(r) };
    default:
      return expr;
  }
}
