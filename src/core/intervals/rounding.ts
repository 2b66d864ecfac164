import { Dec } from "../numbers/decimal.js";
import type { Interval } from "./interval.js";
import { parseQuantityLiteral, type LiteralKind } from "../numbers/literal.js";

/**
 * A figure as printed, read as the set of true values that print that way. Rounding half away from zero to
 * the printed number of decimals, a printed `5.1` stands for [5.05, 5.15), `276` for [275.5, 276.5), `0.23`
 * for [0.225, 0.235), and a negative `-3.85` for (−3.855, −3.845]. A printed zero `0.0` is (−0.05, 0.05), and
 * `-0.0` is (−0.05, 0]. A percentage is read as a ratio: `5.1%` is [0.0505, 0.0515). Trailing zeros count:
 * `5.10` is [5.095, 5.105).
 */
export interface PrintedFigure {
  readonly text: string;
  readonly kind: LiteralKind;
  /** The printed value (as a ratio for % and pp). */
  readonly value: Dec;
  /** True when printed with a minus sign (so `-0.0%` is a fall too small to show, not zero). */
  readonly negative: boolean;
  /** Decimals as printed: 1 for `5.1%`, 0 for `276`. */
  readonly decimals: number;
  /** Half a unit in the last printed place, as a ratio for % and pp: 0.0005 for `5.1%`. */
  readonly halfUnit: Dec;
  /** The true values that round to the printed figure. */
  readonly interval: Interval;
}

/**
 * Reads a printed figure. Returns `undefined` for text that is not a number as printed (`二十`, `5.1.2`).
 *
 * Scientific notation is refused: a report prints digits, and `1e3` carries no rounding.
 */
export function readPrintedFigure(text: string): PrintedFigure | undefined {
  if (/[eE]/.test(text)) return undefined;
  // per mille (出生率6.39‰) is a rate printed in thousandths: read as the percentage it is, with its own rounding
  const permille = /‰\s*$/.test(text);
  const literal = parseQuantityLiteral(permille ? text.replace(/‰\s*$/, "") : text);
  if (!literal || (permille && literal.kind !== "plain")) return undefined;
  const decimals = /\.(\d*)/.exec(text)?.[1]?.length ?? 0;
  const toRatio = permille ? 1000 : literal.kind === "plain" ? 1 : 100;
  const halfUnit = new Dec(10).pow(-decimals).div(2).div(toRatio);
  const value = permille ? new Dec(literal.exact).div(1000) : new Dec(literal.exact);
  const negative = /^\s*-/.test(text);
  const lo = value.minus(halfUnit);
  const hi = value.plus(halfUnit);
  // Half away from zero: the end nearer zero is included, the end farther from zero is not. A printed zero
  // stands for anything that rounds to it from either side; `-0.0` only for what rounds to it from below.
  let interval: Interval;
  if (value.isZero())
    interval = negative
      ? { lo, hi: value, loClosed: false, hiClosed: true }
      : { lo, hi, loClosed: false, hiClosed: false };
  else if (negative) interval = { lo, hi, loClosed: false, hiClosed: true };
  else interval = { lo, hi, loClosed: true, hiClosed: false };
  return {
    text: text.trim(),
    kind: permille ? "percent" : literal.kind,
    value,
    negative,
    decimals,
    halfUnit,
    interval,
  };
}

/**
 * The interval a figure stands for if it was truncated (cut off) rather than rounded: a printed `4.07` is
 * [4.07, 4.08) for a positive value. Used to say when a figure matches only if it was truncated.
 */
export function truncationInterval(figure: PrintedFigure): Interval {
  const unit = figure.halfUnit.times(2);
  return figure.negative
    ? { lo: figure.value.minus(unit), hi: figure.value, loClosed: false, hiClosed: true }
    : { lo: figure.value, hi: figure.value.plus(unit), loClosed: true, hiClosed: false };
}
