import type { Arithmetic } from "../../core/index.js";
import { cagr } from "./cagr.js";
import { EXCEL_MISSING, excelCagr } from "./excel.js";
import { DIMENSIONLESS } from "../../units/index.js";
import { poisoned } from "../typed.js";
import { checkPeriodOrder, type Arg, type FunctionSpec } from "./spec.js";

/**
 * An elasticity coefficient (弹性系数), such as the energy elasticity of GDP: the ratio of two average annual
 * growth rates over the same period,
 *
 *     elasticity = cagr(x) / cagr(y)
 *
 * Fails when y did not grow (cagr(y) = 0), and wherever either cagr fails.
 */
export function elasticity<T>(ar: Arithmetic<T>, growthOfX: T, growthOfY: T): T {
  if (ar.sign(growthOfY) === 0)
    return ar.fail("division_by_zero", "an elasticity against a quantity that did not grow");
  return ar.div(growthOfX, growthOfY);
}

/** `elasticity(x, y, y0, y1)` from the four values it reads: the cagr of x over the cagr of y, `years` apart. */
export function elasticityOfEnds<T>(ar: Arithmetic<T>, x0: T, x1: T, y0: T, y1: T, years: number): T {
  return elasticity(ar, cagr(ar, x0, x1, years), cagr(ar, y0, y1, years));
}

/** `elasticity(x, y, y0, y1)`: see {@link elasticity}. */
export const elasticitySpec: FunctionSpec = {
  name: "elasticity",
  signature: "elasticity(x, y, y0, y1)",
  summary: "弹性系数: growth of x relative to growth of y, cagr(x, y0, y1) / cagr(y, y0, y1)",
  edgeCases: "fails when y did not grow over the period, and wherever either cagr fails",
  example: "elasticity(energy, gdp, 2016, 2021)",
  exampleValue: 0.3720611843584059,
  params: ["series", "series", "year", "year"],
  excel: {
    over: "pair",
    text: ([x0, x1], [y0, y1], years) => {
      const y = excelCagr(y0, y1, years);
      return `IF(${y}=0,${EXCEL_MISSING},${excelCagr(x0, x1, years)}/${y})`;
    },
  },
  build(args, span, tools) {
    const [x, y, from, to] = args as [
      Arg & { kind: "series" },
      Arg & { kind: "series" },
      Arg & { kind: "year" },
      Arg & { kind: "year" },
    ];
    if (!checkPeriodOrder(from, to, "elasticity", false, tools, span)) return poisoned(span);
    return {
      expr: { kind: "elasticity", slot: x.slot, of: y.slot, from: from.year, to: to.year, span },
      type: { kind: "unit", unit: DIMENSIONLESS },
    };
  },
};
