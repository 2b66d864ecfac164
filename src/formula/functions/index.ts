import { cagrSpec } from "./cagr.js";
import { changeSpec, growthSpec } from "./change.js";
import { contributionSpec } from "./contribution.js";
import { elasticitySpec } from "./elasticity.js";
import { meanOfSpec, sumOfSpec } from "./group.js";
import { absSpec, expSpec, ifSpec, logSpec, maxSpec, minSpec, roundSpec, sqrtSpec } from "./math.js";
import { meanSpec, sumSpec } from "./over-years.js";
import { ppchangeSpec } from "./ppchange.js";
import type { EndpointsRule, FunctionSpec, RangeRule, ValuesRule } from "./spec.js";

/**
 * Every function a formula may call, by name: the planning functions (年均增速 and its kin), group
 * aggregates, and the few math functions a planner needs. Nothing else can be called.
 */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  [
    cagrSpec,
    changeSpec,
    growthSpec,
    ppchangeSpec,
    sumSpec,
    meanSpec,
    elasticitySpec,
    contributionSpec,
    sumOfSpec,
    meanOfSpec,
    ifSpec,
    minSpec,
    maxSpec,
    absSpec,
    roundSpec,
    expSpec,
    logSpec,
    sqrtSpec,
  ].map((spec) => [spec.name, spec]),
);

/** The rule of each planning function over the two ends of a period (`cagr`, `change`, `ppchange`), by name. */
export const ENDPOINT_RULES: ReadonlyMap<string, EndpointsRule> = rulesOver("endpoints");

/** The rule of each planning function over a run of years (`sum`, `mean`), by name. */
export const RANGE_RULES: ReadonlyMap<string, RangeRule> = rulesOver("range");

/** The rule of each planning function of its arguments' values (`contribution`), by name. */
export const VALUE_RULES: ReadonlyMap<string, ValuesRule> = rulesOver("values");

function rulesOver<O extends "endpoints" | "range" | "values">(over: O) {
  type Rule = Extract<NonNullable<FunctionSpec["rule"]>, { over: O }>["compute"];
  const rules = new Map<string, Rule>();
  for (const spec of FUNCTIONS.values()) {
    // `growth` is `change` over the year before: one rule under the name the checked tree uses.
    if (spec.rule?.over === over && spec.name !== "growth") rules.set(spec.name, spec.rule.compute as Rule);
  }
  return rules;
}

/** The rule a function's checked node names, or an internal error: the checker only builds known functions. */
export function ruleOf<T>(rules: ReadonlyMap<string, T>, name: string): T {
  const rule = rules.get(name);
  if (rule === undefined) throw new Error(`internal: no rule for the function ${name}`);
  return rule;
}

export { cagr } from "./cagr.js";
export { elasticityOfEnds } from "./elasticity.js";
export { backwardPeriod } from "./spec.js";
export { EXCEL_MISSING } from "./excel.js";
export type { FunctionSpec, ParamKind, Arg, EndpointsRule, RangeRule, ValuesRule, ExcelForm } from "./spec.js";
