/**
 * The targets layer: what it would take. `solve` moves one lever to where a target just holds; `sweep` tabulates
 * targets over one or two levers; `findFeasible` searches several levers for a setting that meets several
 * targets; the closed forms answer the same questions without a model.
 */
export { solve, SOLVE_SCAN_POINTS, type SolveOptions, type SolveResult } from "./solve.js";
export { sweep, axisValues, type SweepOptions, type SweepAxis, type SweepPoint, type SweepResult } from "./sweep.js";
export { findFeasible, FEASIBILITY_METHOD, FEASIBILITY_RESOLUTION, type FeasibilityOptions, type FeasibilityResult } from "./feasibility.js";
export { resolveLever, setLever, setInputs, leverValue, type Lever, type LeverBounds } from "./lever.js";
export { probeTarget, targetDependsOnLever, type TargetProbe } from "./probe.js";
export { brentRoot, goldenMaximum, type Root } from "./brent.js";
export { requiredGrowth, impliedBase, yearReached, shareYearReached, requiredPartGrowth } from "./closed-form.js";
