import { CellFailure } from "./cell-failure.js";
import { DECIMAL_PRECISION, Dec } from "./decimal.js";
import type { IssueCode } from "../issues.js";

/** The two ways plansheet can compute: JavaScript numbers, or decimal.js at 34 digits. */
export type NumberMode = "float" | "decimal";

/**
 * The operations a formula needs, for one number type. The reference interpreter is written once against this
 * interface and runs in both modes. Operations without a value throw a {@link CellFailure} naming the cause.
 */
export interface Arithmetic<T> {
  readonly mode: NumberMode;
  /** A literal as written (`exact`) and as the nearest double (`value`). */
  literal(exact: string, value: number): T;
  /** A whole number such as a year or a count of years. */
  integer(n: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** `a / b`; fails on `b = 0`. */
  div(a: T, b: T): T;
  neg(a: T): T;
  /** `a ^ b`; fails on `0 ^ negative` and on a negative base with a fractional exponent. */
  pow(a: T, b: T): T;
  /** The positive `n`-th root of `a ≥ 0`, `a^(1/n)`; fails on a negative `a`. */
  root(a: T, n: number): T;
  exp(a: T): T;
  /** Natural log; fails on `a ≤ 0`. */
  log(a: T): T;
  /** Square root; fails on `a < 0`. */
  sqrt(a: T): T;
  abs(a: T): T;
  /** Rounds half away from zero to `digits` decimals (`digits` may be negative: −2 rounds to hundreds). */
  round(a: T, digits: number): T;
  min(a: T, b: T): T;
  max(a: T, b: T): T;
  /** −1, 0 or 1 as `a` is below, equal to or above `b`. */
  compare(a: T, b: T): number;
  sign(a: T): number;
  toNumber(a: T): number;
  /** False for a float that overflowed (±Infinity) or is NaN. */
  isFinite(a: T): boolean;
  /**
   * An operation without a value (a cagr from a base of zero): float and decimal throw a {@link CellFailure}
   * with this code and message; the kernels' arithmetic returns NaN, its "look again" mark; intervals return the
   * empty interval. Planning functions write `return ar.fail(…)` so that one definition serves every mode.
   */
  fail(code: IssueCode, message: string): T;
}

/**
 * An arithmetic with every operation in one fixed order, so that all arithmetics share one object shape. The
 * planning functions of `formula/functions/` are written once and called with each of them (float, decimal,
 * the kernels', intervals); with one shape, the engine's property lookups inside those functions stay
 * monomorphic whichever arithmetics a process has used, and compiled kernels keep their speed.
 */
export function defineArithmetic<T>(ops: Arithmetic<T>): Arithmetic<T> {
  return {
    mode: ops.mode,
    literal: ops.literal,
    integer: ops.integer,
    add: ops.add,
    sub: ops.sub,
    mul: ops.mul,
    div: ops.div,
    neg: ops.neg,
    pow: ops.pow,
    root: ops.root,
    exp: ops.exp,
    log: ops.log,
    sqrt: ops.sqrt,
    abs: ops.abs,
    round: ops.round,
    min: ops.min,
    max: ops.max,
    compare: ops.compare,
    sign: ops.sign,
    toNumber: ops.toNumber,
    isFinite: ops.isFinite,
    fail: ops.fail,
  };
}

/** The failure of float and decimal arithmetic: a thrown {@link CellFailure}. */
function throwFailure(code: IssueCode, message: string): never {
  throw new CellFailure(code, message);
}

function checkPowArgs(baseSign: number, baseIsZero: boolean, exponent: number, exponentIsInteger: boolean): void {
  if (baseIsZero && exponent < 0) throw new CellFailure("zero_to_negative_power", "zero raised to a negative power");
  if (baseSign < 0 && !exponentIsInteger) {
    throw new CellFailure("domain", "a negative number raised to a fractional power has no real value");
  }
}

/**
 * Rounds half away from zero. The scaled value is first read at 15 significant digits, so that a number
 * printed as 2.675 rounds to 2.68 even though its double is 2.67499999…: planners round what they see.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const scale = 10 ** Math.abs(digits);
  const scaled = digits >= 0 ? Math.abs(x) * scale : Math.abs(x) / scale;
  // Beyond 2^53 every double is whole: a value that large at this scale has no digits left to round.
  if (scaled >= 2 ** 53) return x;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  const back = digits >= 0 ? rounded / scale : rounded * scale;
  return x < 0 ? -back : back;
}

/** Float arithmetic: JavaScript numbers, with the failures of {@link Arithmetic} checked. */
export const floatArithmetic: Arithmetic<number> = defineArithmetic({
  mode: "float",
  literal: (_exact, value) => value,
  integer: (n) => n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => {
    if (b === 0) throw new CellFailure("division_by_zero", "division by zero");
    return a / b;
  },
  neg: (a) => -a,
  pow: (a, b) => {
    checkPowArgs(Math.sign(a), a === 0, b, Number.isInteger(b));
    return a ** b;
  },
  root: (a, n) => {
    if (a < 0) throw new CellFailure("domain", `the ${n}-th root of a negative number has no real value`);
    return a ** (1 / n);
  },
  exp: (a) => Math.exp(a),
  log: (a) => {
    if (!(a > 0)) throw new CellFailure("domain", "the logarithm of a number that is not positive");
    return Math.log(a);
  },
  sqrt: (a) => {
    if (a < 0) throw new CellFailure("domain", "the square root of a negative number");
    return Math.sqrt(a);
  },
  abs: (a) => Math.abs(a),
  round: roundHalfAwayFromZero,
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  sign: (a) => Math.sign(a),
  toNumber: (a) => a,
  isFinite: (a) => Number.isFinite(a),
  fail: throwFailure,
});

/** Working precision for the Newton steps of a decimal root, a few guard digits above the mode's 34. */
const RootDec = Dec.clone({ precision: 40 });

/**
 * The n-th root of a positive decimal: two Newton steps from the float root reach 40 digits (each step doubles
 * the ~16 correct digits), then one rounding to 34. Falls back to `pow(a, 1/n)` where the float estimate is
 * unusable (values beyond the double range). Much cheaper than `Decimal.pow` with a fractional exponent.
 */
function decimalRoot(a: Dec, n: number): Dec {
  if (a.isZero() || n === 1) return a;
  const estimate = a.toNumber() ** (1 / n);
  if (!Number.isFinite(estimate) || estimate === 0) return a.pow(new Dec(1).div(n));
  const x = new RootDec(a);
  let y = new RootDec(estimate);
  for (let step = 0; step < 2; step++) {
    // y ← ((n − 1)·y + x / y^(n−1)) / n
    y = y
      .times(n - 1)
      .plus(x.div(y.pow(n - 1)))
      .div(n);
  }
  // Copying a Decimal does not round it: round to the mode's 34 digits explicitly.
  return new Dec(y.toSignificantDigits(DECIMAL_PRECISION, Dec.ROUND_HALF_EVEN));
}

/** Decimal arithmetic: decimal.js at 34 significant digits (see `Dec`). */
export const decimalArithmetic: Arithmetic<Dec> = defineArithmetic({
  mode: "decimal",
  literal: (exact) => new Dec(exact),
  integer: (n) => new Dec(n),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => {
    if (b.isZero()) throw new CellFailure("division_by_zero", "division by zero");
    return a.div(b);
  },
  neg: (a) => a.neg(),
  pow: (a, b) => {
    checkPowArgs(a.isZero() ? 0 : a.isNegative() ? -1 : 1, a.isZero(), b.toNumber(), b.isInteger());
    return a.pow(b);
  },
  root: (a, n) => {
    if (a.isNegative() && !a.isZero()) {
      throw new CellFailure("domain", `the ${n}-th root of a negative number has no real value`);
    }
    return decimalRoot(a, n);
  },
  exp: (a) => a.exp(),
  log: (a) => {
    if (!a.isPositive() || a.isZero())
      throw new CellFailure("domain", "the logarithm of a number that is not positive");
    return a.ln();
  },
  sqrt: (a) => {
    if (a.isNegative() && !a.isZero()) throw new CellFailure("domain", "the square root of a negative number");
    return a.sqrt();
  },
  abs: (a) => a.abs(),
  round: (a, digits) => {
    if (digits >= 0) return a.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
    const scale = new Dec(10).pow(-digits);
    return a.div(scale).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(scale);
  },
  min: (a, b) => (a.lessThanOrEqualTo(b) ? a : b),
  max: (a, b) => (a.greaterThanOrEqualTo(b) ? a : b),
  compare: (a, b) => a.comparedTo(b),
  sign: (a) => (a.isZero() ? 0 : a.isNegative() ? -1 : 1),
  toNumber: (a) => a.toNumber(),
  isFinite: (a) => a.isFinite(),
  fail: throwFailure,
});
