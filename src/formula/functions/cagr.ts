import type { Arithmetic } from "../../core/index.js";
import { PERCENT } from "../../units/index.js";
import { poisoned } from "../typed.js";
import { excelCagr } from "./excel.js";
import { backwardPeriod, checkPeriodOrder, type Arg, type FunctionSpec } from "./spec.js";

/**
 * 年均增速, the average annual (compound, geometric) growth rate of a quantity from `start` to `end` over
 * `years` years:
 *
 *     cagr = (end / start)^(1 / years) − 1
 *
 * so that `start · (1 + cagr)^years = end`. A series grown at a constant rate g has cagr g.
 *
 * Edge cases (each a failed cell, never NaN): `years ≤ 0` (the period must run forward); `start ≤ 0` (a
 * growth rate from a zero or negative base is not defined); `end < 0` (the sign changed over the period).
 * `end = 0` gives −100%.
 */
export function cagr<T>(ar: Arithmetic<T>, start: T, end: T, years: number): T {
  if (years <= 0) return ar.fail("domain", backwardPeriod("cagr", years));
  if (ar.sign(start) <= 0) {
    return ar.fail("domain", "cagr needs a positive starting value: there is no growth rate from zero or below");
  }
  if (ar.sign(end) < 0) return ar.fail("domain", "cagr is not defined when the value changes sign over the period");
  return ar.sub(ar.root(ar.div(end, start), years), ar.integer(1));
}

/** `cagr(x, y0, y1)`: see {@link cagr}. */
export const cagrSpec: FunctionSpec = {
  name: "cagr",
  signature: "cagr(x, y0, y1)",
  summary: "年均增速: average annual growth of x from y0 to y1, (x[y1] / x[y0])^(1/(y1 − y0)) − 1",
  edgeCases: "fails when y1 ≤ y0, when x[y0] ≤ 0, or when x[y1] < 0 (a sign change); x[y1] = 0 gives −100%",
  example: "cagr(gdp, 2016, 2021) >= 5%",
  exampleValue: true,
  params: ["series", "year", "year"],
  rule: { over: "endpoints", compute: cagr },
  excel: { over: "endpoints", text: excelCagr },
  build(args, span, tools) {
    const [x, from, to] = args as [Arg & { kind: "series" }, Arg & { kind: "year" }, Arg & { kind: "year" }];
    if (!checkPeriodOrder(from, to, "cagr", false, tools, span)) return poisoned(span);
    return {
      expr: { kind: "series", fn: "cagr", slot: x.slot, from: from.year, to: to.year, span },
      type: { kind: "unit", unit: PERCENT },
    };
  },
};
