import { Dec, type Interval, type PrintedFigure } from "../core/index.js";
import type { QualifierWord } from "./schema.js";

/** What a qualifier says about the printed magnitude. */
export type QualifierMeaning = "estimated" | "at_least" | "more_than" | "at_most" | "less_than" | "about" | "nearly";

/**
 * The meaning of each qualifier word. 以上/不低于/至少 (at least), 超过/超/突破/逾/余/多 (more than), 以下/以内/不超过
 * (at most), 不到/不足/低于 (less than), 左右/约 (about), 近 (nearly: just under the figure, by at most the 左右 tolerance),
 * 预计 (estimated: noted, the interval is unchanged).
 */
export const QUALIFIER_MEANING: Readonly<Record<QualifierWord, QualifierMeaning>> = {
  预计: "estimated",
  estimated: "estimated",
  以上: "at_least",
  不低于: "at_least",
  至少: "at_least",
  at_least: "at_least",
  超过: "more_than",
  超: "more_than",
  突破: "more_than",
  逾: "more_than",
  余: "more_than",
  多: "more_than",
  more_than: "more_than",
  以下: "at_most",
  以内: "at_most",
  不超过: "at_most",
  at_most: "at_most",
  不到: "less_than",
  不足: "less_than",
  低于: "less_than",
  less_than: "less_than",
  左右: "about",
  约: "about",
  近: "nearly",
  nearly: "nearly",
  about: "about",
};

/** True when the qualifiers bound a figure from below only as a floor: 以上, 不低于, 超过 … */
export function isFloor(meanings: readonly QualifierMeaning[]): boolean {
  return meanings.some((m) => m === "at_least" || m === "more_than");
}

/** True when the qualifiers make a figure a ceiling: 以内, 不超过, 不到 … */
export function isCeiling(meanings: readonly QualifierMeaning[]): boolean {
  return meanings.some((m) => m === "at_most" || m === "less_than");
}

/** The default tolerance of 左右/约: the true value may stray 10% of the printed value either way. */
export const DEFAULT_ABOUT_TOLERANCE = "0.1";

/**
 * The true values a printed figure with qualifiers allows, as a signed interval. Qualifiers apply to the
 * magnitude as printed, and rounding is allowed for: "下降3.85%以上" (printed −3.85% with 以上) is a change of at
 * most −3.845%; "增长5%以上" at least +4.5%; "63以内" at most 63.5; "5%左右" widens the rounding interval by the
 * tolerance (relative to the value); "近50%" is just under 50%: from 50% less the tolerance up to 50%, not included.
 * Bounds that qualifiers remove become unbounded (`null`).
 *
 * Returns `undefined` when the qualifiers contradict each other (a lower and an upper bound together).
 */
export function qualifiedInterval(
  figure: PrintedFigure,
  meanings: readonly QualifierMeaning[],
  aboutTolerance: string = DEFAULT_ABOUT_TOLERANCE,
): Interval | undefined {
  const lower = isFloor(meanings);
  const upper = isCeiling(meanings);
  if (lower && upper) return undefined;
  if (meanings.every((m) => m === "estimated")) return figure.interval;
  const negative = figure.negative;
  const magnitude = figure.value.abs();
  // The magnitude's rounding interval: [|v| − h, |v| + h) (the end nearer zero is included).
  let lo: Dec | null = magnitude.minus(figure.halfUnit);
  let hi: Dec | null = magnitude.plus(figure.halfUnit);
  let loClosed = true;
  // An exact figure (no rounding) keeps its own value at the far end: 以内 63 includes 63.
  let hiClosed = figure.halfUnit.isZero();
  if (lo.isNegative()) lo = new Dec(0);
  if (meanings.includes("nearly")) {
    if (lower || upper || meanings.includes("about")) return undefined;
    lo = Dec.max(0, magnitude.minus(magnitude.times(aboutTolerance)).minus(figure.halfUnit));
    hi = magnitude;
    hiClosed = false;
  }
  if (meanings.includes("about")) {
    const slack = magnitude.times(aboutTolerance);
    lo = Dec.max(0, lo.minus(slack));
    hi = hi.plus(slack);
    hiClosed = true;
  }
  if (lower) {
    hi = null;
    hiClosed = false;
    loClosed = !meanings.includes("more_than");
  }
  if (upper) {
    // The upper end of the rounding interval is open (63.5 would print as 64), for 以内 and 不到 alike.
    lo = new Dec(0);
    loClosed = true;
  }
  if (!negative) return { lo, hi, loClosed, hiClosed };
  return { lo: hi === null ? null : hi.neg(), hi: lo.neg(), loClosed: hiClosed, hiClosed: loClosed };
}
