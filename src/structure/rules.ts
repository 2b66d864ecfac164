/**
 * How a cell gets its value, in their order of precedence: a reported `history` value
 * wins; otherwise a `formula` (a definition that holds in every year); otherwise, after the base year, the
 * `projection`; otherwise, before the base year, the `backcast` (earlier years derived from later ones, such
 * as a level implied by a growth rate); otherwise an input `value`; otherwise the cell is a gap. `failed`
 * marks the cells of an indicator whose rule could not be built.
 */
export const CellRule = {
  gap: 0,
  history: 1,
  formula: 2,
  projection: 3,
  input: 4,
  failed: 5,
  backcast: 6,
} as const;

/** One of {@link CellRule}'s codes. */
export type CellRuleCode = (typeof CellRule)[keyof typeof CellRule];

/** The indicator fields that hold formulas, each the rule of some of its cells. */
export const FORMULA_KEYS = ["formula", "projection", "backcast"] as const;

/** `formula`, `projection` or `backcast`. */
export type FormulaKey = (typeof FORMULA_KEYS)[number];

/** The formula field a rule evaluates, or `undefined` for rules without a formula. */
export function formulaKeyOf(rule: number): FormulaKey | undefined {
  return rule === CellRule.formula
    ? "formula"
    : rule === CellRule.projection
      ? "projection"
      : rule === CellRule.backcast
        ? "backcast"
        : undefined;
}

/** The rule's name, for tables and JSON: `history`, `formula`, … */
export function ruleName(code: CellRuleCode): keyof typeof CellRule {
  return (Object.keys(CellRule) as (keyof typeof CellRule)[]).find((k) => CellRule[k] === code)!;
}
