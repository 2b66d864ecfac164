import type { Arithmetic } from "../../core/index.js";
import { EXCEL_MISSING } from "./excel.js";
import { isDimensionless, PERCENTAGE_POINT } from "../../units/index.js";
import { poisoned } from "../typed.js";
import { backwardPeriod, checkPeriodOrder, type Arg, type FunctionSpec } from "./spec.js";

/** The change of a share or rate from `start` to `end` in percentage points, `end − start`, over a forward period. */
export function ppchange<T>(ar: Arithmetic<T>, start: T, end: T, years: number): T {
  if (years <= 0) return ar.fail("domain", backwardPeriod("ppchange", years));
  return ar.sub(end, start);
}

/**
 * `ppchange(x, y0, y1)`: the change of a share or rate in percentage points, `x[y1] − x[y0]` (森林覆盖率提高
 * 4.8个百分点). The result is in 百分点. x must be a share or rate (a unit without dimensions, such as %).
 */
export const ppchangeSpec: FunctionSpec = {
  name: "ppchange",
  signature: "ppchange(x, y0, y1)",
  summary: "change of a share or rate in percentage points, x[y1] − x[y0] (in 百分点)",
  edgeCases: "x must be a share or rate (unit %); fails when y1 ≤ y0",
  example: "ppchange(forest_cover, 2016, 2021)",
  exampleValue: 0.05,
  params: ["series", "year", "year"],
  rule: { over: "endpoints", compute: ppchange },
  excel: { over: "endpoints", text: (start, end, years) => (years <= 0 ? EXCEL_MISSING : `(${end}-${start})`) },
  build(args, span, tools) {
    const [x, from, to] = args as [Arg & { kind: "series" }, Arg & { kind: "year" }, Arg & { kind: "year" }];
    if (x.unit && !isDimensionless(x.unit)) {
      return tools.report(
        "unit_mismatch",
        `ppchange needs a share or rate, but ${x.name} is in ${x.unit.name}`,
        x.span,
        "use change(x, y0, y1) for the relative change of a level",
      );
    }
    if (!checkPeriodOrder(from, to, "ppchange", false, tools, span)) return poisoned(span);
    return {
      expr: { kind: "series", fn: "ppchange", slot: x.slot, from: from.year, to: to.year, span },
      type: { kind: "unit", unit: PERCENTAGE_POINT },
    };
  },
};
