import type { Arithmetic, Span } from "../../core/index.js";
import type { Unit } from "../../units/index.js";
import type { YearArg } from "../checked.js";
import type { ProblemSink, Typed } from "../typed.js";

/**
 * What a function parameter takes:
 * - `number`: any numeric formula;
 * - `condition`: a comparison or a combination of comparisons;
 * - `series`: an indicator named bare (`gdp`), whose values over the years the function reads;
 * - `year`: a year, absolute (`2021`) or relative to the cell's year (`t`, `t-5`);
 * - `group`: a group name (`sectors`);
 * - `integer`: a whole number written as a literal (the digits of `round`).
 */
export type ParamKind = "number" | "condition" | "series" | "year" | "group" | "integer";

/** A function argument after it was checked against its parameter kind. */
export type Arg =
  | { readonly kind: "number"; readonly item: Typed }
  | { readonly kind: "condition"; readonly item: Typed }
  | {
      readonly kind: "series";
      readonly slot: number;
      readonly name: string;
      readonly unit: Unit | undefined;
      readonly span: Span;
    }
  | { readonly kind: "year"; readonly year: YearArg; readonly span: Span }
  | {
      readonly kind: "group";
      readonly name: string;
      readonly members: readonly { readonly slot: number; readonly name: string; readonly unit: Unit | undefined }[];
      readonly span: Span;
    }
  | { readonly kind: "integer"; readonly value: number; readonly span: Span };

/** What a function's `build` may use: the problem sink and the unit rules. */
export interface BuildTools extends ProblemSink {
  unify(items: readonly Typed[], what: string): { exprs: Typed["expr"][]; type: Typed["type"] };
  requireDimensionless(item: Typed, role: string): Typed;
}

/**
 * A function of the two ends of a period (`cagr`, `change`, `ppchange`): the values `start` and `end` of one
 * indicator, `years` apart.
 */
export type EndpointsRule = <T>(ar: Arithmetic<T>, start: T, end: T, years: number) => T;

/** A function of a run of values (`sum`, `mean`): the entries `first..last` of `values`, both included. */
export type RangeRule = <T>(ar: Arithmetic<T>, values: ArrayLike<T>, first: number, last: number) => T;

/** A function of the values of its arguments (`contribution`), which the checked formula computes first. */
export type ValuesRule = <T>(ar: Arithmetic<T>, args: readonly T[]) => T;

/**
 * How a planning function is computed: written once against {@link Arithmetic}, so that the interpreter (float
 * and decimal), the kernels (a non-throwing float arithmetic, bit for bit the interpreter's) and the verifier
 * (intervals) run the same definition. Failures are `ar.fail(…)`.
 */
export type FunctionRule =
  | { readonly over: "endpoints"; readonly compute: EndpointsRule }
  | { readonly over: "range"; readonly compute: RangeRule }
  | { readonly over: "values"; readonly compute: ValuesRule };

/**
 * A function's form in a spreadsheet formula (Excel, LibreOffice): its text from its arguments' texts, missing
 * wherever plansheet's value is missing, with the guards of its rule. By what it is computed from:
 * - `endpoints`: the cells at the two ends of a period `years` apart (`cagr`, `change`, `ppchange`);
 * - `range`: the cells of a run of years, none when the run goes backwards (`sum`, `mean`);
 * - `members`: the terms of a group's members in the same year, in one unit (`sumOf`, `meanOf`);
 * - `pair`: the two ends of two series over one period (`elasticity`);
 * - `values`: its arguments' formulas (`contribution`, `if`, `min`, `exp`, `round` with its digits…).
 */
export type ExcelForm =
  | { readonly over: "endpoints"; text(start: string, end: string, years: number): string }
  | { readonly over: "range"; text(cells: readonly string[]): string }
  | { readonly over: "members"; text(terms: readonly string[]): string }
  | {
      readonly over: "pair";
      text(x: readonly [string, string], y: readonly [string, string], years: number): string;
    }
  | { readonly over: "values"; text(args: readonly string[]): string };

/**
 * One built-in function: its signature and documentation (the single source for error messages and the
 * README's function table), its parameters, and how to build its checked form and unit from checked args.
 */
export interface FunctionSpec {
  readonly name: string;
  /** `cagr(x, y0, y1)`. */
  readonly signature: string;
  /** What it computes, with its formula: `(x[y1] / x[y0])^(1/(y1 − y0)) − 1`. */
  readonly summary: string;
  /** Edge cases, as documented behaviour. */
  readonly edgeCases: string;
  readonly example: string;
  /**
   * The example's value in EXAMPLE_YEAR of EXAMPLE_DATA (`examples.ts`; for a condition, whether it holds), which the
   * test suite checks against the engine.
   */
  readonly exampleValue: number | boolean;
  /** Parameter kinds; with `variadic`, the last kind repeats. */
  readonly params: readonly ParamKind[];
  /** How many trailing parameters may be left out. */
  readonly optional?: number;
  readonly variadic?: boolean;
  /**
   * How it is computed, for the planning functions; absent for the operations every arithmetic has as its own
   * (`if`, `min`, `exp`, `round`…), for `elasticity` (a ratio of two cagrs, see `elasticity.ts`) and for the
   * group aggregates (sums in the same year).
   */
  readonly rule?: FunctionRule;
  /**
   * Its form in a spreadsheet formula (`excel.ts` has the pieces), which the workbook export writes; a function
   * without one is refused at export, naming it.
   */
  readonly excel?: ExcelForm;
  /** Checks a call's arguments and builds its checked node and unit, reporting problems through `tools`. */
  build(args: readonly Arg[], span: Span, tools: BuildTools): Typed;
}

/**
 * Why a function over years has no value when its period does not run forward (`years` from its start to its
 * end is 0 or less; for `sum` and `mean`, less than 0): the one sentence every rule and the interpreter use.
 */
export function backwardPeriod(fn: string, years: number): string {
  const gap =
    years === 0
      ? "its end is its start"
      : `its end comes ${-years} ${years === -1 ? "year" : "years"} before its start`;
  return `${fn} needs a period that runs forward: ${gap}`;
}

/** The year an optional year argument names, or the cell's own year (`t`) when it was left out. */
export function cellYearArg(arg: Arg | undefined): YearArg {
  return arg?.kind === "year" ? arg.year : { kind: "relative", offset: 0 };
}

/** The year before a year argument: `t − 1` for `t`, 2020 for 2021. */
export function yearBefore(at: YearArg): YearArg {
  return at.kind === "absolute" ? { kind: "absolute", year: at.year - 1 } : { kind: "relative", offset: at.offset - 1 };
}

/** Reports a period whose end does not come after its start, when both ends are known at build time. */
export function checkPeriodOrder(
  from: Arg,
  to: Arg,
  fn: string,
  allowEqual: boolean,
  tools: BuildTools,
  span: Span,
): boolean {
  if (from.kind !== "year" || to.kind !== "year") return true;
  const a = from.year;
  const b = to.year;
  if (a.kind !== b.kind) return true;
  const start = a.kind === "absolute" ? a.year : a.offset;
  const end = b.kind === "absolute" ? b.year : b.offset;
  if (end > start || (allowEqual && end === start)) return true;
  tools.report(
    "wrong_arguments",
    `${fn} needs a period whose end comes ${allowEqual ? "no earlier than" : "after"} its start`,
    span,
    `write the earlier year first, as in ${fn}(x, 2016, 2021)`,
  );
  return false;
}
