/**
 * The targets layer: what it would take. `solve` moves one lever to where a target just holds; `sweep` tabulates
 * targets over one or two levers; `findFeasible` searches several levers for a setting that meets several
 * targets; the closed forms answer the same questions without a model.
 */
export { solve, type SolveOptions, type SolveResult } from "./solve.js";
export { sweep, sweepOfTargets, targetsMoved, type SweepOptions, type SweepResult } from "./sweep.js";
export { findFeasible, type FeasibilityOptions, type FeasibilityResult } from "./feasibility.js";
export { readInputValue, resolveLever, type InputValue, type LeverBounds } from "./lever.js";
export { requiredGrowth, impliedBase, yearReached, shareYearReached, requiredPartGrowth } from "./closed-form.js";
