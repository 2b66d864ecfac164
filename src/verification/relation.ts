import { Timeline } from "../core/index.js";
import { checkFormula, parseFormula, type CheckedExpr, type FormulaScope } from "../formula/index.js";
import { evaluateRange, type Range } from "./interval-eval.js";
import type { Interval } from "../core/index.js";

/**
 * A relation between printed figures, written as the formula a reader would write (`L * g / (1 + g)`: the increase a
 * level L and its growth g imply), with one name per figure. Its range over the figures' intervals is exact: a name
 * read twice does not widen it (`evaluateRange`), so every derived check that uses a relation states what the
 * printed figures allow, no more.
 */
export interface Relation {
  readonly text: string;
  /** The figures' names, in the order their intervals are given. */
  readonly names: readonly string[];
  readonly expr: CheckedExpr;
}

const TIMELINE = new Timeline(-1_000_000, 1_000_000, 0);

/** A relation from its formula; its names are its identifiers in the order written. A formula that does not parse is a programming error. */
export function relation(text: string): Relation {
  const names: string[] = [];
  const scope: FormulaScope = {
    timeline: TIMELINE,
    indicator: (name) => {
      if (!names.includes(name)) names.push(name);
      return { slot: names.indexOf(name), unit: undefined };
    },
    group: () => undefined,
    names,
  };
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`relation '${text}': ${parsed.problem.message}`);
  const checked = checkFormula(parsed.expr, scope, { context: "cell", expect: "number" });
  if (!checked.ok) throw new Error(`relation '${text}': ${checked.problems[0]!.message}`);
  return { text, names, expr: checked.formula.expr };
}

/** The exact range of a relation over the intervals of its figures, given by name. */
export function rangeOf(rel: Relation, values: Readonly<Record<string, Interval>>): Range {
  return evaluateRange(rel.expr, (slot) => values[rel.names[slot]!]);
}
