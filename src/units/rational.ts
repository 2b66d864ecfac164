/**
 * An exact positive fraction `num / den` in lowest terms, for the scale of a unit relative to its base unit
 * (亿元 is 10⁸ 元, 亩 is 2000/3 平方米). BigInt keeps products of scales exact however many are multiplied.
 * @inline
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** `num / den` in lowest terms; `den` must be positive. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  const n = BigInt(num);
  const d = BigInt(den);
  if (d <= 0n) throw new RangeError("a unit scale needs a positive denominator");
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

/** 1, the scale of a base unit. */
export const ONE: Rational = rational(1n);

/** `a × b`. */
export function multiplyRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** `a ÷ b`. */
export function divideRational(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

/** `a ^ n` for a whole `n` (negative allowed). */
export function powerRational(a: Rational, n: number): Rational {
  const e = BigInt(Math.abs(n));
  const r = rational(a.num ** e, a.den ** e);
  return n >= 0 ? r : rational(r.den, r.num);
}

/** True for the scale 1. */
export function isOne(a: Rational): boolean {
  return a.num === a.den;
}

/** The fraction as the nearest double. */
export function rationalToNumber(a: Rational): number {
  return Number(a.num) / Number(a.den);
}

/** `1/10000`, `100000000`, `2000/3`. */
export function formatRational(a: Rational): string {
  return a.den === 1n ? String(a.num) : `${a.num}/${a.den}`;
}
