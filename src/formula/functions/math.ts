import type { MathFunction } from "../checked.js";
import { excelCall } from "./excel.js";
import type { Arg, FunctionSpec } from "./spec.js";

function unaryDimensionless(name: "exp" | "log" | "sqrt", summary: string, edgeCases: string): FunctionSpec {
  return {
    name,
    signature: `${name}(a)`,
    summary,
    edgeCases,
    example: name === "log" ? "log(gdp / gdp[t-1])" : `${name}(0.05)`,
    exampleValue: { exp: 1.0512710963760241, log: 0.029014965068524603, sqrt: 0.22360679774997896 }[name],
    params: ["number"],
    excel: { over: "values", text: excelCall({ exp: "EXP", log: "LN", sqrt: "SQRT" }[name]) },
    build(args, span, tools) {
      const a = tools.requireDimensionless((args[0] as Arg & { kind: "number" }).item, name);
      return {
        expr: { kind: "math", fn: name as MathFunction, arg: a.expr, span },
        type: a.type.kind === "error" ? a.type : { kind: "free" },
      };
    },
  };
}

/** `exp(a)`: e to the power a; a must be a plain number or ratio. */
export const expSpec = unaryDimensionless(
  "exp",
  "e raised to a (a without a unit)",
  "a float overflow beyond about e^709 fails the cell",
);
/** `log(a)`: the natural logarithm; a must be a positive plain number or ratio. */
export const logSpec = unaryDimensionless("log", "natural logarithm of a (a without a unit)", "fails when a ≤ 0");
/** `sqrt(a)`: the square root; a must be a non-negative plain number or ratio. */
export const sqrtSpec = unaryDimensionless("sqrt", "square root of a (a without a unit)", "fails when a < 0");

/** `abs(a)`: the absolute value, in a's unit. */
export const absSpec: FunctionSpec = {
  name: "abs",
  signature: "abs(a)",
  summary: "absolute value of a, in a's unit",
  edgeCases: "none",
  example: "abs(ppchange(share, 2016, 2021))",
  exampleValue: 0.025,
  params: ["number"],
  excel: { over: "values", text: excelCall("ABS") },
  build(args, span) {
    const a = (args[0] as Arg & { kind: "number" }).item;
    return { expr: { kind: "math", fn: "abs", arg: a.expr, span }, type: a.type };
  },
};

/** The most decimals `round` takes either way: past 10^±30 every finite double already is what rounding gives. */
export const MAX_ROUND_DIGITS = 30;

/** `round(a, digits)`: rounds half away from zero to `digits` decimals (0 when left out; negative rounds to tens, hundreds…). */
export const roundSpec: FunctionSpec = {
  name: "round",
  signature: "round(a) or round(a, digits)",
  summary: "a rounded half away from zero to a whole number of decimals (digits may be negative)",
  edgeCases:
    "digits must be a whole number written in the formula; a ratio rounds as a ratio (round(5.12%, 3) is 5.1%)",
  example: "round(gdp, 1)",
  exampleValue: 257.4,
  params: ["number", "integer"],
  excel: { over: "values", text: excelCall("ROUND") },
  optional: 1,
  build(args, span, tools) {
    const a = (args[0] as Arg & { kind: "number" }).item;
    const digits = args[1]?.kind === "integer" ? args[1].value : 0;
    if (Math.abs(digits) > MAX_ROUND_DIGITS) {
      return tools.report(
        "wrong_arguments",
        `round takes from −${MAX_ROUND_DIGITS} to ${MAX_ROUND_DIGITS} digits, got ${digits}`,
        (args[1] as Arg & { kind: "integer" }).span,
        "a double has about 16 significant digits: round(x, 2) to hundredths, round(x, -2) to hundreds",
      );
    }
    return { expr: { kind: "round", arg: a.expr, digits, span }, type: a.type };
  },
};

function extremumSpec(name: "min" | "max"): FunctionSpec {
  return {
    name,
    signature: `${name}(a, b, …)`,
    summary: `the ${name === "min" ? "smallest" : "largest"} of its arguments, which share a unit`,
    edgeCases: "missing if any argument is missing",
    example: `${name}(share, 10%)`,
    exampleValue: name === "min" ? 0.095 : 0.1,
    params: ["number", "number"],
    excel: { over: "values", text: excelCall(name === "min" ? "MIN" : "MAX") },
    variadic: true,
    build(args, span, tools) {
      const items = args.map((a) => (a as Arg & { kind: "number" }).item);
      const { exprs, type } = tools.unify(items, "compared with");
      return { expr: { kind: "minmax", fn: name, args: exprs, span }, type };
    },
  };
}

/** `min(a, b, …)`. */
export const minSpec = extremumSpec("min");
/** `max(a, b, …)`. */
export const maxSpec = extremumSpec("max");

/** `if(condition, a, b)`: a where the condition holds, else b; only the branch taken is evaluated. */
export const ifSpec: FunctionSpec = {
  name: "if",
  signature: "if(condition, a, b)",
  summary: "a where the condition holds, otherwise b (only the branch taken is computed)",
  edgeCases: "missing if the condition is missing; a and b must share a unit",
  example: "if(t <= 2021, gdp * share0, re_va[t-1] * (1 + re_growth))",
  exampleValue: 25.736,
  params: ["condition", "number", "number"],
  excel: { over: "values", text: excelCall("IF") },
  build(args, span, tools) {
    const cond = (args[0] as Arg & { kind: "condition" }).item;
    const then = (args[1] as Arg & { kind: "number" }).item;
    const otherwise = (args[2] as Arg & { kind: "number" }).item;
    const { exprs, type } = tools.unify([then, otherwise], "chosen together with");
    return { expr: { kind: "if", cond: cond.expr, whenTrue: exprs[0]!, otherwise: exprs[1]!, span }, type };
  },
};
