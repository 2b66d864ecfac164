/* What checking a formula takes (the names it may use, how it is used) and what it gives. */
import type { Timeline } from "../core/index.js";
import type { Unit } from "../units/index.js";
import type { CheckedExpr, Reads } from "./checked.js";
import type { CheckProblem, ValueType } from "./typed.js";

/** What a formula can name: indicators (with their series slot and declared unit) and groups. */
export interface FormulaScope {
  readonly timeline: Timeline;
  /** The indicator called `name`, or `undefined`. A `unit` of `undefined` means none was declared. */
  indicator(name: string): { readonly slot: number; readonly unit: Unit | undefined } | undefined;
  /** The member ids of the group called `name`, or `undefined`. */
  group(name: string): readonly string[] | undefined;
  /** Every name, for "did you mean" hints. */
  readonly names: readonly string[];
}

/**
 * How a formula is used: `cell` formulas are computed for every year (they may use `t` and same-year
 * references); `target` formulas are conditions evaluated once (every reference names its year). A `number`
 * formula may declare the unit its result is converted to.
 */
export interface CheckOptions {
  readonly context: "cell" | "target";
  readonly expect: "number" | "condition";
  readonly declaredUnit?: Unit;
}

/** A formula ready to evaluate: its checked tree, its result type, and what it reads. */
export interface CheckedFormula {
  readonly expr: CheckedExpr;
  readonly type: ValueType;
  /** True when the formula has the same value in every year (no `t`, no relative year): computed once. */
  readonly yearIndependent: boolean;
  /** The cells it reads (see {@link Reads}); computed on each access, so callers that need it often keep it. */
  readonly reads: Reads;
}

/** The outcome of checking: the checked formula, or every problem found. */
export type CheckOutcome =
  | { readonly ok: true; readonly formula: CheckedFormula }
  | { readonly ok: false; readonly problems: readonly CheckProblem[] };
