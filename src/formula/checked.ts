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
      readonly whenTrue: CheckedExpr;
      readonly otherwise: CheckedExpr;
      readonly span: Span;
    }
  | { readonly kind: "math"; readonly fn: MathFunction; readonly arg: CheckedExpr; readonly span: Span }
  | { readonly kind: "round"; readonly arg: CheckedExpr; readonly digits: number; readonly span: Span }
  | { readonly kind: "minmax"; readonly fn: "min" | "max"; readonly args: readonly CheckedExpr[]; readonly span: Span }
  | {
      /**
       * A planning function computed from the values of its arguments (`contribution(part, total)`), by the rule
       * its spec gives (`FunctionSpec.rule`, over "values"); the arguments say which cells it reads.
       */
      readonly kind: "call";
      readonly fn: string;
      readonly args: readonly CheckedExpr[];
      readonly span: Span;
    }
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
  walk(expr, (e) => {
    if (e.kind === "cell") cells.push({ slot: e.slot, at: e.at });
    else if (e.kind === "series" && (e.fn === "sum" || e.fn === "mean"))
      cells.push({ slot: e.slot, at: e.from, through: e.to });
    else if (e.kind === "series") cells.push({ slot: e.slot, at: e.from }, { slot: e.slot, at: e.to });
    else if (e.kind === "elasticity") {
      cells.push(
        { slot: e.slot, at: e.from },
        { slot: e.slot, at: e.to },
        { slot: e.of, at: e.from },
        { slot: e.of, at: e.to },
      );
    } else if (e.kind === "aggregate") {
      for (const m of e.members) cells.push({ slot: m.slot, at: relativeYear(0) });
    }
  });
  return { cells };
}

/** True when the formula reads `t` or any year relative to it: its value may differ from year to year. */
export function dependsOnYear(expr: CheckedExpr): boolean {
  let depends = false;
  walk(expr, (e) => {
    depends = readsCellYear(e);
    return !depends;
  });
  return depends;
}

/**
 * The first part of a formula, in source order, whose value depends on the year being computed: `t`, a relative
 * year (`x[t-1]`, `growth(x)`), or a group aggregate (`sumOf(g)` is the sum in the cell's year); `undefined` when
 * there is none.
 */
export function yearDependentPart(expr: CheckedExpr): CheckedExpr | undefined {
  let first: CheckedExpr | undefined;
  walk(expr, (e) => {
    if (readsCellYear(e) && (!first || e.span.start < first.span.start)) first = e;
  });
  return first;
}

/** True when the node itself (not its children) reads the year being computed. */
function readsCellYear(e: CheckedExpr): boolean {
  return e.kind === "year" || e.kind === "aggregate" || yearsNamed(e).some((at) => at.kind === "relative");
}

/**
 * Visits every node of a checked tree once, parents before their children, without recursion (a sum of a hundred
 * thousand terms is one node with that many children, which no walk may spread or recurse on). `visit` returning
 * `false` ends the walk. Every walker over checked trees goes through it.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a visitor returns nothing to go on, or false to end the walk.
export function walk(expr: CheckedExpr, visit: (e: CheckedExpr) => void | boolean): void {
  const stack: CheckedExpr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (visit(e) === false) return;
    for (const child of children(e)) stack.push(child);
  }
}

/** The years a node itself names: a cell's year, the two ends of a function over years; none for other nodes. */
export function yearsNamed(e: CheckedExpr): readonly YearArg[] {
  if (e.kind === "cell") return [e.at];
  if (e.kind === "series" || e.kind === "elasticity") return [e.from, e.to];
  return [];
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
      return [e.cond, e.whenTrue, e.otherwise];
    case "minmax":
    case "call":
      return e.args;
    default:
      return [];
  }
}

/** Every absolute year a checked formula names (`gdp[2025]`, `cagr(gdp, 2020, 2025)`), ascending, without repeats. */
export function absoluteYears(expr: CheckedExpr): number[] {
  const years = new Set<number>();
  walk(expr, (e) => {
    for (const a of yearsNamed(e)) if (a.kind === "absolute") years.add(a.year);
  });
  return [...years].sort((a, b) => a - b);
}

/**
 * The formula with every mention of the absolute year `from` replaced by `to`: `re_share[2025] < 10%` becomes
 * `re_share[2023] < 10%`, `cagr(gdp, 2020, 2025)` becomes `cagr(gdp, 2020, 2023)`. Used to ask in which year on
 * the way a target first holds.
 */
export function replaceYear(expr: CheckedExpr, from: number, to: number): CheckedExpr {
  return mapYears(expr, (a) => (a.kind === "absolute" && a.year === from ? absoluteYear(to) : a));
}

/** The tree with every year a node names replaced by `f(year)` (see {@link yearsNamed}); the rest is shared. */
export function mapYears(expr: CheckedExpr, f: (at: YearArg) => YearArg): CheckedExpr {
  const mapped = mapChildren(expr, (child) => mapYears(child, f));
  switch (mapped.kind) {
    case "cell":
      return { ...mapped, at: f(mapped.at) };
    case "series":
    case "elasticity":
      return { ...mapped, from: f(mapped.from), to: f(mapped.to) };
    default:
      return mapped;
  }
}

/** The node with each direct child replaced by `f(child)` (a leaf comes back as it is). */
export function mapChildren(e: CheckedExpr, f: (child: CheckedExpr) => CheckedExpr): CheckedExpr {
  switch (e.kind) {
    case "negate":
    case "not":
    case "math":
    case "round":
    case "scale":
      return { ...e, arg: f(e.arg) } as CheckedExpr;
    case "sum":
      return { ...e, terms: e.terms.map((t) => ({ subtract: t.subtract, expr: f(t.expr) })) };
    case "product":
      return { ...e, factors: e.factors.map((x) => ({ divide: x.divide, expr: f(x.expr) })) };
    case "power":
      return { ...e, base: f(e.base), exponent: f(e.exponent) };
    case "compare":
    case "logic":
      return { ...e, left: f(e.left), right: f(e.right) } as CheckedExpr;
    case "if":
      return { ...e, cond: f(e.cond), whenTrue: f(e.whenTrue), otherwise: f(e.otherwise) };
    case "minmax":
    case "call":
      return { ...e, args: e.args.map(f) } as CheckedExpr;
    default:
      return e;
  }
}
