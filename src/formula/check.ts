import { didYouMean, type IssueCode, type Span } from "../core/index.js";
import {
  DIMENSIONLESS,
  PERCENT,
  PERCENTAGE_POINT,
  conversionFactor,
  isDimensionless,
  powerUnit,
  sameDimensions,
  type Unit,
} from "../units/index.js";
import type { Expr, RefExpr } from "./ast.js";
import {
  collectReads,
  dependsOnYear,
  relativeYear,
  yearDependentPart,
  type CheckedExpr,
  type Reads,
  type YearArg,
} from "./checked.js";
import { FUNCTIONS } from "./functions/index.js";
import type { Arg, BuildTools, ParamKind } from "./functions/spec.js";
import { describeType, poisoned, type CheckProblem, type Typed, type ValueType } from "./typed.js";
import { normalizeRatio, productType, requireDimensionless, scaleBy, unify } from "./unit-rules.js";
import { integerLiteral, yearArg } from "./year-args.js";
import type { CheckOptions, CheckOutcome, CheckedFormula, FormulaScope } from "./check-types.js";

export type { CheckOptions, CheckOutcome, CheckedFormula, FormulaScope } from "./check-types.js";

/** The largest power a quantity with a unit may be raised to, either way: 面积^2 and 长度^3 are units, 亿元^1e15 none. */
const MAX_UNIT_POWER = 64;

const FREE: ValueType = Object.freeze({ kind: "free" });
const unitTypes = new WeakMap<Unit, ValueType>();

/** The type "a quantity in `unit`", one shared object per unit (types are never modified). */
function unitType(unit: Unit): ValueType {
  let type = unitTypes.get(unit);
  if (!type) {
    type = Object.freeze({ kind: "unit", unit });
    unitTypes.set(unit, type);
  }
  return type;
}

/**
 * Checks a parsed formula against a model: resolves names and years, checks function arguments, infers the
 * unit of every part and inserts unit conversions, and converts the result to the declared unit. All problems
 * are collected (one mistake is reported once), each with its span.
 */
export function checkFormula(expr: Expr, scope: FormulaScope, options: CheckOptions): CheckOutcome {
  const checker = new Checker(scope, options);
  let result = checker.check(expr);
  result = checker.finish(result, expr.span);
  if (checker.problems.length === 0 && options.context === "target") checker.requireNamedYears(result.expr);
  if (checker.problems.length > 0) return { ok: false, problems: checker.problems };
  return { ok: true, formula: new Checked(result.expr, result.type) };
}

/**
 * A checked formula. What it reads is listed on request, not kept: for a model of ten thousand indicators the
 * lists would outweigh the formulas (the getter lives on the prototype, so each formula stays a small object).
 */
class Checked implements CheckedFormula {
  readonly expr: CheckedExpr;
  readonly type: ValueType;
  readonly yearIndependent: boolean;

  constructor(expr: CheckedExpr, type: ValueType) {
    this.expr = expr;
    this.type = type;
    this.yearIndependent = !dependsOnYear(expr);
  }

  get reads(): Reads {
    return collectReads(this.expr);
  }
}

class Checker implements BuildTools {
  readonly problems: CheckProblem[] = [];
  readonly #scope: FormulaScope;
  readonly #options: CheckOptions;

  constructor(scope: FormulaScope, options: CheckOptions) {
    this.#scope = scope;
    this.#options = options;
  }

  report(code: IssueCode, message: string, span: Span, hint?: string): Typed {
    this.problems.push({ code, message, span, ...(hint ? { hint } : {}) });
    return poisoned(span);
  }

  unify(items: readonly Typed[], what: string) {
    return unify(items, what, this);
  }

  requireDimensionless(item: Typed, role: string): Typed {
    return requireDimensionless(item, role, this);
  }

  /**
   * A target is evaluated once, not for a year: every part of it must name its years. `t` and bare names are
   * refused where they are read; this catches what reads the cell's year without saying so (`growth(x)`,
   * `sumOf(g)`).
   */
  requireNamedYears(expr: CheckedExpr): void {
    const part = yearDependentPart(expr);
    if (!part) return;
    const last = this.#scope.timeline.last;
    const hint =
      part.kind === "aggregate"
        ? `define an indicator with the formula ${part.fn}(${part.group}) and name its year, as in total[${last}]`
        : `name the year, as in growth(x, ${last}) or cagr(x, ${this.#scope.timeline.baseYear}, ${last})`;
    this.report(
      "invalid_year",
      "a target is checked once, not for each year: this part reads the year being computed",
      part.span,
      hint,
    );
  }

  /** Converts the whole formula's result to what its use expects. */
  finish(result: Typed, span: Span): Typed {
    const { expect, declaredUnit } = this.#options;
    if (result.type.kind === "error") return result;
    if (expect === "condition") {
      if (result.type.kind !== "condition") {
        return this.report("condition_expected", "a target must be a condition, such as re_share[2025] < 10%", span);
      }
      return result;
    }
    if (result.type.kind === "condition") {
      return this.report(
        "number_expected",
        "the formula is a condition, but an indicator needs a number",
        span,
        "to choose between values, write if(condition, a, b)",
      );
    }
    if (!declaredUnit || result.type.kind === "free") return result;
    const unit = result.type.unit;
    if (!sameDimensions(unit, declaredUnit)) {
      return this.report(
        "unit_not_convertible",
        `the formula gives ${describeType(result.type)}, which cannot be converted to the declared unit ${declaredUnit.name}`,
        span,
        "check the formula, or the indicator's unit",
      );
    }
    return { expr: scaleBy(result.expr, conversionFactor(unit, declaredUnit)), type: unitType(declaredUnit) };
  }

  check(expr: Expr): Typed {
    switch (expr.kind) {
      case "number":
        return this.#number(expr);
      case "t":
        if (this.#options.context === "target") {
          return this.report(
            "invalid_year",
            "t (the year being computed) has no meaning in a target",
            expr.span,
            "name the year, as in gdp[2025]",
          );
        }
        return { expr: { kind: "year", span: expr.span }, type: { kind: "unit", unit: DIMENSIONLESS } };
      case "ref":
        return this.#ref(expr);
      case "negate": {
        const arg = this.#number(expr.arg);
        return { expr: { kind: "negate", arg: arg.expr, span: expr.span }, type: arg.type };
      }
      case "sum": {
        const items = expr.terms.map((t) => this.check(t.expr));
        const { exprs, type } = this.unify(items, "added to");
        const terms = expr.terms.map((t, i) => ({ subtract: t.subtract, expr: exprs[i]! }));
        return { expr: { kind: "sum", terms, span: expr.span }, type };
      }
      case "product":
        return this.#product(expr);
      case "power":
        return this.#power(expr);
      case "compare": {
        const { exprs, type } = this.unify([this.check(expr.left), this.check(expr.right)], "compared with");
        return {
          expr: {
            kind: "compare",
            op: expr.op,
            left: exprs[0]!,
            right: exprs[1]!,
            ...(type.kind === "unit" ? { unit: type.unit } : {}),
            span: expr.span,
          },
          type: type.kind === "error" ? type : { kind: "condition" },
        };
      }
      case "logic": {
        const left = this.#condition(expr.left);
        const right = this.#condition(expr.right);
        return {
          expr: { kind: "logic", op: expr.op, left: left.expr, right: right.expr, span: expr.span },
          type: { kind: "condition" },
        };
      }
      case "not": {
        const arg = this.#condition(expr.arg);
        return { expr: { kind: "not", arg: arg.expr, span: expr.span }, type: { kind: "condition" } };
      }
      case "call":
        return this.#call(expr);
    }
  }

  #number(expr: Expr): Typed {
    if (expr.kind === "number") {
      const e: CheckedExpr = { kind: "const", value: expr.value, exact: expr.exact, span: expr.span };
      if (expr.literal === "percent") return { expr: e, type: { kind: "unit", unit: PERCENT } };
      if (expr.literal === "pp") return { expr: e, type: { kind: "unit", unit: PERCENTAGE_POINT } };
      return { expr: e, type: { kind: "free", literal: expr.value } };
    }
    const item = this.check(expr);
    if (item.type.kind === "condition") {
      return this.report("number_expected", "a number is needed here, not a condition", expr.span);
    }
    return item;
  }

  #condition(expr: Expr): Typed {
    const item = this.check(expr);
    if (item.type.kind !== "condition" && item.type.kind !== "error") {
      return this.report("condition_expected", "a condition is needed here, such as x > 0", expr.span);
    }
    return item;
  }

  #ref(expr: RefExpr): Typed {
    const info = this.#scope.indicator(expr.name);
    if (!info) return this.#unknownName(expr.name, expr.nameSpan);
    let at: YearArg;
    if (expr.index) {
      const year = yearArg(expr.index, this.#scope.timeline, this.#options.context, this);
      if (!year) return poisoned(expr.span);
      at = year;
    } else if (this.#options.context === "target") {
      return this.report(
        "invalid_year",
        `say which year of ${expr.name} the target means`,
        expr.span,
        `write ${expr.name}[${this.#scope.timeline.last}]`,
      );
    } else {
      at = relativeYear(0);
    }
    return {
      expr: { kind: "cell", slot: info.slot, at, span: expr.span },
      type: info.unit ? unitType(info.unit) : FREE,
    };
  }

  #unknownName(name: string, span: Span): Typed {
    if (this.#scope.group(name)) {
      return this.report(
        "unknown_reference",
        `'${name}' is a group, not an indicator`,
        span,
        `write sumOf(${name}) or meanOf(${name})`,
      );
    }
    if (FUNCTIONS.has(name)) {
      return this.report(
        "unknown_reference",
        `'${name}' is a function`,
        span,
        `call it: ${FUNCTIONS.get(name)!.signature}`,
      );
    }
    return this.report(
      "unknown_reference",
      `'${name}' is not an indicator of this model`,
      span,
      didYouMean(name, this.#scope.names),
    );
  }

  #product(expr: Expr & { kind: "product" }): Typed {
    let type: ValueType = { kind: "free" };
    const factors: { divide: boolean; expr: CheckedExpr }[] = [];
    for (const f of expr.factors) {
      const item = this.#number(f.expr);
      type = factors.length === 0 ? item.type : productType(type, item.type, f.divide);
      factors.push({ divide: f.divide, expr: item.expr });
    }
    // An exact-length copy: an array grown by push keeps spare room, which ten thousand formulas add up.
    return normalizeRatio({ expr: { kind: "product", factors: factors.slice(), span: expr.span }, type });
  }

  #power(expr: Expr & { kind: "power" }): Typed {
    const base = this.#number(expr.base);
    const exponent = this.requireDimensionless(this.#number(expr.exponent), "an exponent");
    const node: CheckedExpr = { kind: "power", base: base.expr, exponent: exponent.expr, span: expr.span };
    if (base.type.kind === "error" || exponent.type.kind === "error") return poisoned(expr.span);
    if (base.type.kind !== "unit" || isDimensionless(base.type.unit)) {
      return {
        expr: node,
        type: base.type.kind === "unit" ? { kind: "unit", unit: powerUnit(base.type.unit, 1) } : base.type,
      };
    }
    const n = integerLiteral(expr.exponent);
    if (n === undefined) {
      return this.report(
        "unit_dimensionless_required",
        `a quantity in ${base.type.unit.name} can only be raised to a whole number written in the formula`,
        expr.exponent.span,
        "divide by a value of the same unit first, e.g. (gdp / gdp[2020])^(1/5)",
      );
    }
    // 亿元^1e15 is no unit a quantity has (and its scale would not fit in memory): a power of a unit stays small
    if (Math.abs(n) > MAX_UNIT_POWER) {
      return this.report(
        "unit_dimensionless_required",
        `a quantity in ${base.type.unit.name} raised to the power ${n} has no unit a quantity has (at most ${MAX_UNIT_POWER} either way)`,
        expr.exponent.span,
        "divide by a value of the same unit first, e.g. (gdp / gdp[2020])^n",
      );
    }
    return normalizeRatio({ expr: node, type: { kind: "unit", unit: powerUnit(base.type.unit, n) } });
  }

  #call(expr: Expr & { kind: "call" }): Typed {
    const spec = FUNCTIONS.get(expr.name);
    if (!spec) {
      if (this.#scope.indicator(expr.name)) {
        return this.report(
          "unknown_function",
          `'${expr.name}' is an indicator, not a function`,
          expr.nameSpan,
          `for a given year write ${expr.name}[2021]`,
        );
      }
      return this.report(
        "unknown_function",
        `'${expr.name}' is not a plansheet function`,
        expr.nameSpan,
        didYouMean(expr.name, FUNCTIONS.keys()),
      );
    }
    const min = spec.params.length - (spec.optional ?? 0);
    const max = spec.variadic ? Infinity : spec.params.length;
    if (expr.args.length < min || expr.args.length > max) {
      const count = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      return this.report(
        "wrong_arguments",
        `${expr.name} takes ${count} argument${min === 1 && max === 1 ? "" : "s"}, got ${expr.args.length}`,
        expr.span,
        `write ${spec.signature}`,
      );
    }
    const args: Arg[] = [];
    let failed = false;
    expr.args.forEach((argExpr, i) => {
      const kind = spec.params[Math.min(i, spec.params.length - 1)]!;
      const arg = this.#arg(argExpr, kind, expr.name, i);
      if (arg) args.push(arg);
      else failed = true;
    });
    if (failed) return poisoned(expr.span);
    return spec.build(args, expr.span, this);
  }

  #arg(expr: Expr, kind: ParamKind, fn: string, position: number): Arg | undefined {
    const nth = ["first", "second", "third", "fourth", "fifth"][position] ?? `${position + 1}th`;
    switch (kind) {
      case "number": {
        const item = this.#number(expr);
        return item.type.kind === "error" ? undefined : { kind: "number", item };
      }
      case "condition": {
        const item = this.#condition(expr);
        return item.type.kind === "error" ? undefined : { kind: "condition", item };
      }
      case "series": {
        if (expr.kind !== "ref" || expr.index) {
          this.report(
            "wrong_arguments",
            `the ${nth} argument of ${fn} must be an indicator named bare, like gdp`,
            expr.span,
            `write ${FUNCTIONS.get(fn)!.signature}`,
          );
          return undefined;
        }
        const info = this.#scope.indicator(expr.name);
        if (!info) {
          this.#unknownName(expr.name, expr.span);
          return undefined;
        }
        return { kind: "series", slot: info.slot, name: expr.name, unit: info.unit, span: expr.span };
      }
      case "year": {
        const year = yearArg(expr, this.#scope.timeline, this.#options.context, this);
        return year ? { kind: "year", year, span: expr.span } : undefined;
      }
      case "group": {
        const members = expr.kind === "ref" && !expr.index ? this.#scope.group(expr.name) : undefined;
        if (!members) {
          this.report(
            "wrong_arguments",
            `the argument of ${fn} must be a group name`,
            expr.span,
            didYouMean(expr.kind === "ref" ? expr.name : "", this.#scope.names),
          );
          return undefined;
        }
        const name = (expr as RefExpr).name;
        return {
          kind: "group",
          name,
          members: members.map((m) => ({ name: m, ...this.#scope.indicator(m)! })),
          span: expr.span,
        };
      }
      case "integer": {
        const n = integerLiteral(expr);
        if (n === undefined) {
          this.report(
            "wrong_arguments",
            `the ${nth} argument of ${fn} must be a whole number written in the formula`,
            expr.span,
          );
          return undefined;
        }
        return { kind: "integer", value: n, span: expr.span };
      }
    }
  }
}
