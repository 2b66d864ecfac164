import { Dec, formatFilePosition, parseQuantityLiteral, type Issue } from "../core/index.js";
import type { SourcePlace } from "../structure/index.js";
import { conversionFactor, isOne, parseUnit, sameDimensions, type Rational } from "../units/index.js";
import { issueAt, type DataPoint } from "./data-layout.js";
import { normalUnit } from "./data-words.js";

/** The unit of one value of a table, where the table (or its data entry) states it, and whether to convert it. */
export interface ValueUnit {
  /** The unit: a unit column's, a header's brackets, the table's unit line, or the data entry's `unit:`. */
  readonly unit?: string;
  /** True when the data entry gives `unit:`, which asks for conversion into the model's units. */
  readonly convert: boolean;
  /** Where the table states the unit, when not beside the value's name: its unit line (`单位：万元`). */
  readonly statedAt?: SourcePlace;
}

/** What checking a value's unit gives: the factor into the model's unit, or `undefined` when it is refused. */
export type UnitVerdict = { readonly factor: Rational } | undefined;

const SAME: UnitVerdict = { factor: { num: 1n, den: 1n } };

/**
 * Checks the unit a table gives an indicator's value in against the model's unit for it, once per indicator and
 * unit (`seen` remembers which were reported). The same unit passes; another unit of the same dimension is
 * converted when the data entry asks for it with `unit:`, and refused otherwise (plansheet does not convert a
 * table's 万元 into the model's 亿元 unasked); a unit of another dimension is refused. For an indicator without a
 * unit in the model, every value must be in one unit.
 */
export function checkUnit(
  id: string,
  indicator: Record<string, unknown>,
  given: ValueUnit,
  point: DataPoint,
  seen: Map<string, { unit: string; at: SourcePlace }>,
  issues: Issue[],
): UnitVerdict {
  const { unit } = given;
  if (unit === undefined) return SAME;
  const modelUnit = typeof indicator.unit === "string" ? (indicator.unit as string) : undefined;
  const reportedKey = `${id}\u0000${normalUnit(unit)}`;
  const reportOnce = (message: string, hint: string) => {
    if (seen.has(reportedKey)) return;
    seen.set(reportedKey, { unit, at: point.nameAt });
    issues.push(issueAt("data_unit", message, hint, point.nameAt, { indicator: id }));
  };
  const where = formatFilePosition(point.nameAt);
  if (modelUnit !== undefined) {
    if (normalUnit(modelUnit) === normalUnit(unit)) return SAME;
    if (!given.convert) {
      reportOnce(
        `${where} gives ${id} in ${unit}${given.statedAt ? ` (the unit line at ${formatFilePosition(given.statedAt)})` : ""}, but the model's unit for it is ${modelUnit}`,
        `add unit: ${unit} to the table's data entry to convert its values into ${modelUnit}, or change the model's unit`,
      );
      return undefined;
    }
    const [from, to] = [parseUnit(unit), parseUnit(modelUnit)];
    const unknown = [...from.unknownWords, ...to.unknownWords];
    if (unknown.length > 0) {
      reportOnce(
        `${id} in ${point.nameAt.file} is given in ${unit}, which cannot be converted into ${modelUnit}, the model's unit for it: plansheet does not know the unit ${unknown.join(", ")}`,
        "write the unit as the statistical unit it is (万元, 万吨标准煤, 万人), or convert the values in the table",
      );
      return undefined;
    }
    if (!sameDimensions(from.unit, to.unit)) {
      reportOnce(
        `${id} in ${point.nameAt.file} is given in ${unit}, which cannot be converted into ${modelUnit}, the model's unit for it: they measure different things`,
        `give ${id} in a table of its own, or check the unit: of its data entry`,
      );
      return undefined;
    }
    return { factor: conversionFactor(from.unit, to.unit) };
  }
  const first = seen.get(id);
  if (!first) {
    seen.set(id, { unit, at: point.at });
    return SAME;
  }
  if (normalUnit(first.unit) === normalUnit(unit)) return SAME;
  if (!seen.has(reportedKey)) {
    seen.set(reportedKey, { unit, at: point.at });
    const message = `${id} is given in mixed units: ${first.unit} at ${formatFilePosition(first.at)}, ${unit} at ${formatFilePosition(point.at)}`;
    issues.push(
      issueAt("data_unit", message, `give every value of ${id} in one unit, and set unit: in the model`, point.at, {
        indicator: id,
      }),
    );
  }
  return undefined;
}

/**
 * A number as printed (`10124000`, `12.3%`) brought into another unit by an exact factor (万元 → 亿元 is 1/10000):
 * the decimal is read as a fraction, multiplied by the factor with whole numbers, and written back. The result is
 * exact whenever it has a finite decimal expansion — every factor of powers of ten, such as 万元 → 亿元 — and
 * otherwise rounded to 34 significant digits, the precision of decimal mode (亩 → 公顷 is 1/15).
 */
export function convertedText(text: string, factor: Rational): string {
  if (isOne(factor)) return text;
  const literal = parseQuantityLiteral(text);
  if (!literal) return text;
  const fixed = new Dec(literal.exact).toFixed();
  const negative = fixed.startsWith("-");
  const [whole, fraction = ""] = fixed.replace(/^-/, "").split(".");
  let num = BigInt(`${whole}${fraction}`) * factor.num;
  let den = 10n ** BigInt(fraction.length) * factor.den;
  const g = gcd(num, den);
  if (g > 1n) [num, den] = [num / g, den / g];
  const sign = negative && num !== 0n ? "-" : "";
  const places = decimalPlaces(den);
  if (places === undefined) return new Dec(`${sign}${num}`).div(new Dec(den.toString())).toString();
  const digits = (num * (10n ** BigInt(places) / den)).toString().padStart(places + 1, "0");
  const point = digits.length - places;
  return new Dec(`${sign}${digits.slice(0, point)}.${digits.slice(point) || "0"}`).toString();
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** The number of decimal places `1/den` needs, when it has a finite decimal expansion (`den` is 2ᵃ·5ᵇ); else `undefined`. */
function decimalPlaces(den: bigint): number | undefined {
  let [twos, fives, rest] = [0, 0, den];
  while (rest % 2n === 0n) [rest, twos] = [rest / 2n, twos + 1];
  while (rest % 5n === 0n) [rest, fives] = [rest / 5n, fives + 1];
  return rest === 1n ? Math.max(twos, fives) : undefined;
}
