import type { Arithmetic } from "../../core/index.js";
import { poisoned } from "../typed.js";
import { excelMean, excelSum } from "./excel.js";
import { backwardPeriod, checkPeriodOrder, type Arg, type FunctionSpec } from "./spec.js";

/**
 * The sum of the entries `first..last` of `values` (one indicator over a range of years, in order, added from
 * the first year on). A planner's `sum(x, 2021, 2025)` is the five-year total:
 *
 *     sum = x[y0] + x[y0 + 1] + … + x[y1]
 */
export function sumRange<T>(ar: Arithmetic<T>, values: ArrayLike<T>, first: number, last: number): T {
  if (last < first) return ar.fail("domain", backwardPeriod("sum", last - first));
  let total = values[first] as T;
  for (let i = first + 1; i <= last; i++) total = ar.add(total, values[i] as T);
  return total;
}

/** The mean of the entries `first..last`: their {@link sumRange} divided by their number, `y1 − y0 + 1`. */
export function meanRange<T>(ar: Arithmetic<T>, values: ArrayLike<T>, first: number, last: number): T {
  if (last < first) return ar.fail("domain", backwardPeriod("mean", last - first));
  return ar.div(sumRange(ar, values, first, last), ar.integer(last - first + 1));
}

function overYearsSpec(name: "sum" | "mean", summary: string): FunctionSpec {
  return {
    name,
    signature: `${name}(x, y0, y1)`,
    summary,
    edgeCases: "includes both ends; missing if any year in the range is missing; fails when y1 < y0",
    example: `${name}(investment, 2021, 2025)`,
    exampleValue: name === "sum" ? 60 : 12,
    params: ["series", "year", "year"],
    rule: { over: "range", compute: name === "sum" ? sumRange : meanRange },
    excel: { over: "range", text: name === "sum" ? excelSum : excelMean },
    build(args, span, tools) {
      const [x, from, to] = args as [Arg & { kind: "series" }, Arg & { kind: "year" }, Arg & { kind: "year" }];
      if (!checkPeriodOrder(from, to, name, true, tools, span)) return poisoned(span);
      return {
        expr: { kind: "series", fn: name, slot: x.slot, from: from.year, to: to.year, span },
        type: x.unit ? { kind: "unit", unit: x.unit } : { kind: "free" },
      };
    },
  };
}

/** `sum(x, y0, y1)`: x[y0] + x[y0+1] + … + x[y1], in x's unit. */
export const sumSpec = overYearsSpec("sum", "total of x over the years y0 to y1, both included");

/** `mean(x, y0, y1)`: the sum over the years divided by their number, y1 − y0 + 1. */
export const meanSpec = overYearsSpec("mean", "average of x over the years y0 to y1, both included");
