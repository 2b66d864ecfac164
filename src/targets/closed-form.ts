/**
 * Closed forms a planner reaches for before any model: the growth that takes a level to a target, the year a
 * level or a share crosses a threshold at a given pace, the base value a target implies. Each is exact
 * arithmetic on the formula given; rates are ratios (5% is 0.05).
 */
import { CellFailure, floatArithmetic } from "../core/index.js";
import { cagr } from "../formula/index.js";

/**
 * The constant annual growth that takes `start` to `end` in `years` years: (end / start)^(1/years) − 1 — the
 * formula language's `cagr` (one definition, with its edge cases: an end of 0 is −100%).
 * @throws RangeError when a level is not a finite number, start is not positive, end is negative, or years is
 * not positive.
 */
export function requiredGrowth(start: number, end: number, years: number): number {
  if (!Number.isFinite(start) || !Number.isFinite(end)) throw new RangeError("requiredGrowth needs finite levels");
  if (!(years > 0)) throw new RangeError("requiredGrowth needs a positive number of years");
  try {
    return cagr(floatArithmetic, start, end, years);
  } catch (error) {
    if (error instanceof CellFailure) throw new RangeError(`requiredGrowth: ${error.message}`);
    throw error;
  }
}

/**
 * The level `years` years before a target that growing at `growth` a year reaches it: target / (1 + growth)^years.
 * "What base value does the target imply?"
 */
export function impliedBase(target: number, growth: number, years: number): number {
  return target / (1 + growth) ** years;
}

/**
 * The first year a level growing at `growth` a year from `level` in `fromYear` reaches `threshold` (at or above
 * it when it must rise to it, at or below when it must fall), or `null` when it never does: the year n after
 * fromYear with level·(1 + g)^n crossing the threshold, n = ⌈ln(threshold / level) / ln(1 + g)⌉.
 */
export function yearReached(level: number, threshold: number, growth: number, fromYear: number): number | null {
  if (level === threshold) return fromYear;
  if (!(level > 0) || !(threshold > 0) || growth <= -1) return null;
  const rising = threshold > level;
  if ((rising && growth <= 0) || (!rising && growth >= 0)) return null;
  const n = Math.log(threshold / level) / Math.log(1 + growth);
  // Guard against n = 2.0000000000000004 for a crossing that lands exactly on a year.
  const whole = Math.ceil(n - 1e-12);
  return fromYear + Math.max(0, whole);
}

/**
 * The first year a share (part ÷ whole) starting at `share` in `fromYear` crosses `threshold`, when the part
 * grows at `partGrowth` and the whole at `wholeGrowth`: the share moves by (1 + partGrowth) / (1 + wholeGrowth)
 * a year. `null` when it never crosses.
 */
export function shareYearReached(
  share: number,
  threshold: number,
  partGrowth: number,
  wholeGrowth: number,
  fromYear: number,
): number | null {
  return yearReached(share, threshold, (1 + partGrowth) / (1 + wholeGrowth) - 1, fromYear);
}

/**
 * The annual growth of a part that brings its share of a whole from `share` to `target` in `years` years while
 * the whole grows at `wholeGrowth`: (1 + wholeGrowth)·(target / share)^(1/years) − 1. For a real-estate share of
 * 14% to fall to 10% in four years while GDP grows 5%, the sector must grow about −3.5% a year.
 */
export function requiredPartGrowth(share: number, target: number, wholeGrowth: number, years: number): number {
  return (1 + wholeGrowth) * (target / share) ** (1 / years) - 1;
}
