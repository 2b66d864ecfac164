import { cagrSpec } from "./cagr.js";
import { changeSpec, growthSpec } from "./change.js";
import { elasticitySpec } from "./elasticity.js";
import { meanOfSpec, sumOfSpec } from "./group.js";
import { absSpec, expSpec, ifSpec, logSpec, maxSpec, minSpec, roundSpec, sqrtSpec } from "./math.js";
import { meanSpec, sumSpec } from "./over-years.js";
import { ppchangeSpec } from "./ppchange.js";
import type { FunctionSpec } from "./spec.js";

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

export { cagr } from "./cagr.js";
export { relativeChange } from "./change.js";
export { elasticity } from "./elasticity.js";
export { sumValues } from "./over-years.js";
export type { FunctionSpec, ParamKind, Arg } from "./spec.js";
