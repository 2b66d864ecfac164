import { joinSpans } from "../core/index.js";
import {
  DIMENSIONLESS,
  conversionFactor,
  divideUnits,
  isDimensionless,
  isOne,
  multiplyUnits,
  PERCENT,
  PERCENTAGE_POINT,
  sameDimensions,
  type Rational,
  type Unit,
} from "../units/index.js";
import type { CheckedExpr } from "./checked.js";
import { describeType, poisoned, type ProblemSink, type Typed, type ValueType } from "./typed.js";

/**
 * The unit rules of formulas, applied once when a model is built. Evaluation then runs on plain numbers, with
 * every conversion already written into the checked formula as a `scale` node.
 */

/** Wraps `expr` so that its value is multiplied by `factor` (omitted when the factor is 1). */
export function scaleBy(expr: CheckedExpr, factor: Rational): CheckedExpr {
  if (isOne(factor)) return expr;
  return {
    kind: "scale",
    arg: expr,
    num: Number(factor.num),
    den: Number(factor.den),
    exactNum: factor.num.toString(),
    exactDen: factor.den.toString(),
    span: expr.span,
  };
}

/**
 * A dimensionless result with a scale other than 1 (亿元 / 万元 is 10⁴) is turned into a plain ratio at once,
 * so that a ratio always means what it says.
 */
export function normalizeRatio(item: Typed): Typed {
  if (item.type.kind !== "unit" || !isDimensionless(item.type.unit) || isOne(item.type.unit.scale)) return item;
  return { expr: scaleBy(item.expr, item.type.unit.scale), type: { kind: "unit", unit: DIMENSIONLESS } };
}

function isShareLike(unit: Unit): boolean {
  return unit.flavour === "percent" || unit.flavour === "pp";
}

/**
 * The flavour of a sum of dimensionless quantities: a share plus a percentage-point change is a share; points
 * plus points are points; otherwise a plain ratio.
 */
function combineFlavour(a: Unit, b: Unit): Unit {
  if (!isDimensionless(a)) return a;
  if (a.flavour === "percent" || b.flavour === "percent") return PERCENT;
  if (a.flavour === "pp" && b.flavour === "pp") return PERCENTAGE_POINT;
  if (a.flavour === "pp" || b.flavour === "pp") return PERCENTAGE_POINT;
  return a;
}

/**
 * Brings operands that are added, subtracted, compared, or chosen between (`min`, `max`, `if`) to one unit:
 * their dimensions must agree (亿元 + 万吨标准煤 is refused, as is a level plus a 百分点 change); a bare number
 * takes the others' unit; a quantity in another scale of the same dimension is converted to the first one's
 * (亿元 + 万元 converts the 万元 term by 10⁻⁴). A bare number above 1 next to a share is taken as a slip for a
 * percentage (`share < 10` meant `share < 10%`).
 *
 * `what` names the operation for messages ("added to", "compared with").
 */
export function unify(
  items: readonly Typed[],
  what: string,
  sink: ProblemSink,
): { exprs: CheckedExpr[]; type: ValueType } {
  let target: Unit | undefined;
  let error = false;
  for (const item of items) {
    if (item.type.kind === "error") error = true;
    if (item.type.kind === "condition") {
      sink.report(
        "number_expected",
        `a condition cannot be ${what} a number`,
        item.expr.span,
        "conditions combine with and, or, not; use if(condition, a, b) to choose a number",
      );
      error = true;
    }
    if (item.type.kind !== "unit") continue;
    const unit = item.type.unit;
    if (target === undefined) {
      target = unit;
      continue;
    }
    if (!sameDimensions(target, unit)) {
      const first = items.find((i) => i.type.kind === "unit")!;
      sink.report(
        "unit_mismatch",
        `${describeType(item.type)} cannot be ${what} ${describeType(first.type)}`,
        joinSpans(first.expr.span, item.expr.span),
        mismatchHint(target, unit),
      );
      error = true;
      continue;
    }
    target = combineFlavour(target, unit);
  }
  if (error) return { exprs: items.map((i) => i.expr), type: { kind: "error" } };
  if (target === undefined) return { exprs: items.map((i) => i.expr), type: { kind: "free" } };
  const unit = target;
  if (isShareLike(unit)) {
    for (const item of items) {
      if (item.type.kind === "free" && item.type.literal !== undefined && Math.abs(item.type.literal) > 1) {
        const v = item.type.literal;
        sink.report(
          "percent_slip",
          `the bare number ${v} stands next to a share or rate in ${unit.name}, where it would mean ${v * 100}%`,
          item.expr.span,
          `write ${v}% (or ${v}pp for percentage points)`,
        );
        return { exprs: items.map((i) => i.expr), type: { kind: "error" } };
      }
    }
  }
  const exprs = items.map((item) =>
    item.type.kind === "unit" ? scaleBy(item.expr, conversionFactor(item.type.unit, unit)) : item.expr,
  );
  return { exprs, type: { kind: "unit", unit } };
}

function mismatchHint(a: Unit, b: Unit): string | undefined {
  const pp = (u: Unit) => u.flavour === "pp";
  if (pp(b) && !isDimensionless(a)) return "a percentage-point change applies to a share or rate, not to a level";
  if (b.flavour === "percent" && !isDimensionless(a)) return "to grow a level by a rate, multiply: x * (1 + 5%)";
  if (pp(a) && !isDimensionless(b)) return "a percentage-point change applies to a share or rate, not to a level";
  if (a.flavour === "percent" && !isDimensionless(b)) return "to grow a level by a rate, multiply: x * (1 + 5%)";
  return undefined;
}

/** The type of `a × b` (or `a ÷ b` when `divide`). */
export function productType(a: ValueType, b: ValueType, divide: boolean): ValueType {
  if (a.kind === "error" || b.kind === "error") return { kind: "error" };
  if (b.kind === "free") return a.kind === "free" ? { kind: "free" } : a;
  if (b.kind !== "unit") return { kind: "error" };
  const right = b.unit;
  if (a.kind === "free") return { kind: "unit", unit: divide ? divideUnits(DIMENSIONLESS, right) : right };
  if (a.kind !== "unit") return { kind: "error" };
  return { kind: "unit", unit: divide ? divideUnits(a.unit, right) : multiplyUnits(a.unit, right) };
}

/**
 * Requires a quantity without dimensions (a ratio, a rate, a bare number), as `exp`, `log`, `sqrt` and
 * exponents need. Returns the item as a plain ratio, or reports the problem.
 */
export function requireDimensionless(item: Typed, role: string, sink: ProblemSink): Typed {
  if (item.type.kind === "condition") {
    sink.report("number_expected", `${role} needs a number, not a condition`, item.expr.span);
    return poisoned(item.expr.span);
  }
  if (item.type.kind !== "unit") return item;
  if (!isDimensionless(item.type.unit)) {
    sink.report(
      "unit_dimensionless_required",
      `${role} needs a number without a unit, but this is in ${item.type.unit.name}`,
      item.expr.span,
      "divide by a value of the same unit first, e.g. log(gdp / gdp[2020])",
    );
    return poisoned(item.expr.span);
  }
  return normalizeRatio(item);
}
