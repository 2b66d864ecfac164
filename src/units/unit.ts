import {
  ONE,
  divideRational,
  formatRational,
  isOne,
  multiplyRational,
  powerRational,
  type Rational,
} from "./rational.js";

/**
 * Exponents of base dimensions: `{ money: 1 }` for 亿元, `{ energy: 1, money: -1 }` for 吨标准煤/万元, `{}` for
 * shares and rates. Each count word (家, 个, 项 …) is a dimension of its own, so that 家 + 个 is refused.
 * @inline
 */
export type Dimensions = Readonly<Record<string, number>>;

/**
 * How a dimensionless unit reads and combines: a share or rate in `%`, a change in percentage points (`pp`,
 * 百分点), or a plain ratio. All three are stored as plain ratios (48.08% is 0.4808); the flavour only guides
 * printing and the hints plansheet gives.
 * @inline
 */
export type Flavour = "none" | "percent" | "pp";

/**
 * A unit of measurement: its name as a planner writes it, its dimensions, and its scale relative to the base
 * units (元, 吨标准煤, 克, 米, 人, 人次, 小时, one of each count word). 亿元 is `{ money: 1 }` at scale 10⁸.
 */
export interface Unit {
  readonly name: string;
  readonly dims: Dimensions;
  readonly scale: Rational;
  readonly flavour: Flavour;
  /** False for a unit plansheet did not recognise and took as its own count. */
  readonly known: boolean;
}

/** A plain ratio without a unit (displayed as `1`). */
export const DIMENSIONLESS: Unit = { name: "1", dims: {}, scale: ONE, flavour: "none", known: true };
/** A share or rate in percent (`%`): stored as a ratio, 5% is 0.05. */
export const PERCENT: Unit = { name: "%", dims: {}, scale: ONE, flavour: "percent", known: true };
/** A change in percentage points (百分点): stored as a ratio, 0.6pp is 0.006. */
export const PERCENTAGE_POINT: Unit = { name: "百分点", dims: {}, scale: ONE, flavour: "pp", known: true };

function cleanDims(dims: Record<string, number>): Dimensions {
  const out: Record<string, number> = {};
  for (const key of Object.keys(dims).sort()) {
    if (dims[key] !== 0) out[key] = dims[key]!;
  }
  return out;
}

/** True when the unit has no dimensions (a share, rate, ratio or pure number). */
export function isDimensionless(unit: Unit): boolean {
  return Object.keys(unit.dims).length === 0;
}

/**
 * True for an amount of money (元, 万元, 亿元): the only kind of quantity that has a price basis, current prices
 * (现价) or comparable prices (可比价). Physical units (吨标准煤, 人, 公顷) and ratios have none.
 */
export function isMoney(unit: Unit): boolean {
  const dims = Object.keys(unit.dims);
  return dims.length === 1 && unit.dims.money === 1;
}

/**
 * True when the unit counts whole things one by one: a count word (家, 个, 项 …), 人 or 人次, unscaled. A number
 * in it is whole in the world (a district opens 2 hotels, never 2.5), though a model's average pace may give a
 * fraction; 万人 is not one (2.5万人 is 25,000 people).
 */
export function isWholeCount(unit: Unit): boolean {
  return countsThings(unit) && isOne(unit.scale);
}

/** True when the unit counts things, in ones or in 万 (家, 个, 人, 人次, 万人, 万户): a number of them, not an amount. */
export function countsThings(unit: Unit): boolean {
  const keys = Object.keys(unit.dims);
  if (keys.length !== 1 || unit.dims[keys[0]!] !== 1) return false;
  const key = keys[0]!;
  return key.startsWith("count:") || key === "people" || key === "visits";
}

/** True when `a` and `b` measure the same kind of quantity, so one converts to the other by a factor. */
export function sameDimensions(a: Unit, b: Unit): boolean {
  const ka = Object.keys(a.dims);
  const kb = Object.keys(b.dims);
  return ka.length === kb.length && ka.every((k) => a.dims[k] === b.dims[k]);
}

/**
 * The factor that turns a value in `from` into a value in `to` (亿元 → 万元: 10⁴). Both must have the same
 * dimensions.
 */
export function conversionFactor(from: Unit, to: Unit): Rational {
  return divideRational(from.scale, to.scale);
}

function wrap(name: string): string {
  return /[/·]/.test(name) ? `(${name})` : name;
}

/** The unit of `a × b`: dimensions add, scales multiply (亿元 × % is 亿元). */
export function multiplyUnits(a: Unit, b: Unit): Unit {
  if (isPlainRatio(b) && !isPlainRatio(a)) return a;
  if (isPlainRatio(a) && !isPlainRatio(b)) return b;
  const dims: Record<string, number> = { ...a.dims };
  for (const [k, v] of Object.entries(b.dims)) dims[k] = (dims[k] ?? 0) + v;
  return combined(`${wrap(a.name)}·${wrap(b.name)}`, dims, multiplyRational(a.scale, b.scale), a.known && b.known);
}

/** The unit of `a ÷ b`: dimensions subtract, scales divide (万吨标准煤 ÷ 亿元 is 10⁻⁴ 吨标准煤/元). */
export function divideUnits(a: Unit, b: Unit): Unit {
  if (isPlainRatio(b) && !isPlainRatio(a)) return a;
  const dims: Record<string, number> = { ...a.dims };
  for (const [k, v] of Object.entries(b.dims)) dims[k] = (dims[k] ?? 0) - v;
  return combined(`${wrap(a.name)}/${wrap(b.name)}`, dims, divideRational(a.scale, b.scale), a.known && b.known);
}

function isPlainRatio(unit: Unit): boolean {
  return isDimensionless(unit) && isOne(unit.scale);
}

function combined(name: string, dims: Record<string, number>, scale: Rational, known: boolean): Unit {
  const cleaned = cleanDims(dims);
  if (Object.keys(cleaned).length === 0 && isOne(scale)) return DIMENSIONLESS;
  return { name, dims: cleaned, scale, flavour: "none", known };
}

/** The unit of `a ^ n` for a whole `n`. */
export function powerUnit(a: Unit, n: number): Unit {
  if (isPlainRatio(a)) return DIMENSIONLESS;
  const dims: Record<string, number> = {};
  for (const [k, v] of Object.entries(a.dims)) dims[k] = v * n;
  return combined(`${wrap(a.name)}^${n}`, dims, powerRational(a.scale, n), a.known);
}

/** A unit with the given name, dimensions and scale (for the catalogue). */
export function makeUnit(
  name: string,
  dims: Record<string, number>,
  scale: Rational = ONE,
  flavour: Flavour = "none",
): Unit {
  return { name, dims: cleanDims(dims), scale, flavour, known: true };
}

/** `亿元`, or `亿元 (= 100000000 元)` style detail for messages about conversions. */
export function describeUnit(unit: Unit): string {
  if (isDimensionless(unit) && isOne(unit.scale)) return unit.name === "1" ? "a plain ratio" : unit.name;
  return unit.name;
}

/** `× 1/10000` for a conversion factor, as shown in messages. */
export function describeFactor(factor: Rational): string {
  return `× ${formatRational(factor)}`;
}
