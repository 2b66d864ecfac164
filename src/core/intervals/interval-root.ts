import { Decimal } from "decimal.js";

/**
 * Bounds of n-th roots for interval arithmetic: a float root refined by Newton steps in decimal, rounded to 40
 * significant digits towards −∞ or +∞, and then proven to be a bound by raising it to the n-th power with every
 * product rounded in the direction that makes the proof safe. `Decimal.pow` with a fractional exponent (an
 * exponential of a logarithm, only "almost always" correctly rounded) is some ten times slower and needs widening.
 */

const DIGITS = 40;
/** Where the Newton steps work: ten guard digits above the bounds' forty. */
const Work = Decimal.clone({ precision: DIGITS + 10, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
/** Products rounded down and up at ten guard digits, for the proofs. */
const ProofDown = Decimal.clone({ precision: DIGITS + 10, rounding: Decimal.ROUND_FLOOR, toExpNeg: -60, toExpPos: 60 });
const ProofUp = Decimal.clone({ precision: DIGITS + 10, rounding: Decimal.ROUND_CEIL, toExpNeg: -60, toExpPos: 60 });
const Down = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_FLOOR, toExpNeg: -60, toExpPos: 60 });
const Up = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_CEIL, toExpNeg: -60, toExpPos: 60 });
const WIDEN = new Decimal(10).pow(-(DIGITS - 2));

/** The largest root taken by Newton steps: beyond it, `y^(n−1)` costs more than the logarithm it replaces. */
const MAX_NEWTON_DEGREE = 10_000;

/**
 * y^n for y > 0 and a whole n ≥ 1, by squaring, every product rounded down (`up` false) or up: a lower or upper
 * bound of the exact power, since a product of positive numbers grows with each factor. decimal.js rounds every
 * product correctly in the direction asked (it is `pow` with a fractional exponent that it does not promise to).
 */
export function powerBound(y: Decimal, n: number, up: boolean): Decimal {
  const Proof = up ? ProofUp : ProofDown;
  let result: Decimal | undefined;
  let square = new Proof(y);
  for (let k = n; ; ) {
    if (k % 2 === 1) result = result === undefined ? square : new Proof(result).times(square);
    k = Math.floor(k / 2);
    if (k === 0) return result!;
    square = new Proof(square).times(square);
  }
}

/** One unit in the 40th significant digit of y > 0. */
function ulp(y: Decimal): Decimal {
  return new Decimal(10).pow(y.e - DIGITS + 1);
}

/** The old way, for a degree Newton steps do not take or a proof that keeps failing: `Decimal.pow`, widened. */
function rootByPower(x: Decimal, n: number, up: boolean): Decimal {
  const rounding = up ? Up : Down;
  const r = new rounding(x).pow(new rounding(1).div(n));
  return (up ? r.plus(r.abs().times(WIDEN)) : r.minus(r.abs().times(WIDEN))).toSignificantDigits(
    DIGITS,
    up ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR,
  );
}

/**
 * A lower (`up` false) or upper bound of the n-th root of x > 0, for a whole n ≥ 1, at 40 significant digits and
 * within a unit or two in its last digit of the exact root. The root is estimated in floats, refined by two Newton
 * steps at 50 digits (each doubles the correct digits: 16, 32, then the working precision), rounded to 40 digits
 * away from the root, and kept only once y^n, rounded against it, proves it a bound (y^n ≤ x for a lower one). A
 * candidate that fails the proof is moved out by a unit in the last place, twice at most; where the proof keeps
 * failing, or n is not a whole number up to 10,000, the bound comes from `Decimal.pow`, widened.
 */
export function rootBound(x: Decimal, n: number, up: boolean): Decimal {
  if (n === 1) return x;
  if (!Number.isInteger(n) || n < 1 || n > MAX_NEWTON_DEGREE) return rootByPower(x, n, up);
  // x = s·10^(kn) with s within the range of doubles, so that the root is s^(1/n)·10^k
  const k = Math.floor(x.e / n);
  const estimate = new Work(x).times(new Work(10).pow(-k * n)).toNumber() ** (1 / n);
  if (!(estimate > 0) || !Number.isFinite(estimate)) return rootByPower(x, n, up);
  const exact = new Work(x);
  let y = new Work(estimate).times(new Work(10).pow(k));
  for (let step = 0; step < 2; step++) {
    // y ← ((n − 1)·y + x / y^(n−1)) / n
    y = y
      .times(n - 1)
      .plus(exact.div(y.pow(n - 1)))
      .div(n);
  }
  let bound = y.toSignificantDigits(DIGITS, up ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR);
  for (let attempt = 0; attempt < 3; attempt++) {
    const proven = up ? powerBound(bound, n, false).gte(x) : powerBound(bound, n, true).lte(x);
    if (proven) return new Decimal(bound);
    bound = up ? new Up(bound).plus(ulp(bound)) : new Down(bound).minus(ulp(bound));
    if (!bound.isPositive() || bound.isZero()) break;
  }
  return rootByPower(x, n, up);
}
