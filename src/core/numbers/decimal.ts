import { Decimal } from "decimal.js";

/**
 * The decimal number type of plansheet's exact mode: decimal.js at 34 significant digits with rounding half
 * to even — the precision and rounding of IEEE 754 decimal128. Sums, differences and products of figures as
 * printed are exact; quotients, roots, powers, `exp` and `log` are rounded to 34 digits.
 *
 * This module is the only place that configures Decimal; everything else imports `Dec` from here, so the
 * global `Decimal` of other libraries is never touched.
 */
export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/** A decimal value of plansheet's exact mode. */
export type Dec = Decimal;

/** Precision of decimal mode, in significant digits. */
export const DECIMAL_PRECISION = 34;

/** The decimal that a JavaScript number prints as (`0.1` → 0.1, not the binary expansion). */
export function decimalOf(value: number | string | Decimal): Decimal {
  return new Dec(value);
}
