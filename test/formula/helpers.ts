import { Timeline } from "../../src/core/index.js";
import {
  checkFormula,
  parseFormula,
  type CheckOptions,
  type CheckProblem,
  type CheckedFormula,
  type Expr,
  type FormulaScope,
} from "../../src/formula/index.js";
import type { CheckOutcome } from "../../src/formula/check.js";
import type { FormulaProblem } from "../../src/formula/parse.js";
import { parseUnit } from "../../src/units/index.js";

/** The timeline of the Mentougou report: 2016–2025, actuals up to 2021. */
export const TIMELINE = new Timeline(2016, 2025, 2021);

/** The indicators of the test model and their units (`undefined`: declared without a unit). */
export const INDICATORS: Readonly<Record<string, string | undefined>> = {
  gdp: "亿元",
  gdp_wan: "万元",
  energy: "万吨标准煤",
  energy_t: "吨标准煤",
  share: "%",
  share_change: "百分点",
  pop: "万人",
  visits: "万人次",
  firms: "家",
  projects: "个",
  free: undefined,
  ratio: "1",
  intensity: "吨标准煤/万元",
  area: "公顷",
  地区生产总值: "亿元",
  人口: "万人",
  primary: "亿元",
  secondary: "亿元",
  tertiary: "万元",
  towns_a: undefined,
  towns_b: undefined,
};

/** The groups of the test model. */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  sectors: ["primary", "secondary", "tertiary"],
  mixed: ["gdp", "energy"],
  towns: ["towns_a", "towns_b"],
};

/**
 * A hand-made scope, as `makeScope` in src/model builds one: each indicator gets the slot of its position and
 * the unit its name parses to.
 */
export function makeScope(
  indicators: Readonly<Record<string, string | undefined>> = INDICATORS,
  groups: Readonly<Record<string, readonly string[]>> = GROUPS,
  timeline: Timeline = TIMELINE,
): FormulaScope {
  const ids = Object.keys(indicators);
  return {
    timeline,
    indicator: (name) => {
      const slot = ids.indexOf(name);
      if (slot < 0) return undefined;
      const unit = indicators[name];
      return { slot, unit: unit === undefined ? undefined : parseUnit(unit).unit };
    },
    group: (name) => (Object.hasOwn(groups, name) ? groups[name] : undefined),
    names: [...ids, ...Object.keys(groups)],
  };
}

export const SCOPE = makeScope();

/** The slot of an indicator of the test model. */
export function slot(name: string): number {
  const i = Object.keys(INDICATORS).indexOf(name);
  if (i < 0) throw new Error(`no indicator ${name}`);
  return i;
}

/** A cell formula: computed every year, a number. */
export const CELL: CheckOptions = { context: "cell", expect: "number" };
/** A target: a condition, every reference naming its year. */
export const TARGET: CheckOptions = { context: "target", expect: "condition" };
/** A cell formula whose result is converted to `unit`. */
export function declared(unit: string): CheckOptions {
  return { context: "cell", expect: "number", declaredUnit: parseUnit(unit).unit };
}

/** The parsed tree of a formula that must parse. */
export function parsed(text: string): Expr {
  const outcome = parseFormula(text);
  if (!outcome.ok) throw new Error(`'${text}' did not parse: ${outcome.problem.code}: ${outcome.problem.message}`);
  return outcome.expr;
}

/** The problem of a formula that must not parse. */
export function parseProblem(text: string): FormulaProblem {
  const outcome = parseFormula(text);
  if (outcome.ok) throw new Error(`'${text}' parsed, but should not have`);
  return outcome.problem;
}

/** Parses and checks a formula. */
export function check(text: string, options: CheckOptions = CELL, scope: FormulaScope = SCOPE): CheckOutcome {
  return checkFormula(parsed(text), scope, options);
}

/** The checked form of a formula that must check. */
export function checked(text: string, options: CheckOptions = CELL, scope: FormulaScope = SCOPE): CheckedFormula {
  const outcome = check(text, options, scope);
  if (!outcome.ok) {
    throw new Error(`'${text}' did not check: ${outcome.problems.map((p) => `${p.code}: ${p.message}`).join("; ")}`);
  }
  return outcome.formula;
}

/** The problems of a formula that must fail its check. */
export function problems(
  text: string,
  options: CheckOptions = CELL,
  scope: FormulaScope = SCOPE,
): readonly CheckProblem[] {
  const outcome = check(text, options, scope);
  if (outcome.ok) throw new Error(`'${text}' checked, but should not have`);
  return outcome.problems;
}

/** The one problem of a formula that must fail its check with exactly one. */
export function problem(text: string, options: CheckOptions = CELL, scope: FormulaScope = SCOPE): CheckProblem {
  const found = problems(text, options, scope);
  if (found.length !== 1)
    throw new Error(`'${text}' has ${found.length} problems: ${found.map((p) => p.code).join(", ")}`);
  return found[0]!;
}

/** The unit name a checked formula yields, `free` for a bare number, `condition` for a condition. */
export function resultUnit(formula: CheckedFormula): string {
  return formula.type.kind === "unit" ? formula.type.unit.name : formula.type.kind;
}

/** A copy of a tree without its `span` and `nameSpan` fields, for comparing shapes. */
export function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "span" && k !== "nameSpan")
        .map(([k, v]) => [k, withoutSpans(v)]),
    );
  }
  return value;
}
