import type { Arithmetic } from "../../core/index.js";
import { PERCENT } from "../../units/index.js";
import { poisoned } from "../typed.js";
import { EXCEL_MISSING } from "./excel.js";
import {
  backwardPeriod,
  cellYearArg,
  checkPeriodOrder,
  yearBefore,
  type Arg,
  type ExcelForm,
  type FunctionSpec,
} from "./spec.js";

/**
 * The cumulative relative change of a quantity from `start` to `end` (比2016年增长28.5%):
 *
 *     change = end / start − 1
 *
 * Changes compose: `(1 + change(y0, y1)) · (1 + change(y1, y2)) = 1 + change(y0, y2)`.
 *
 * Edge cases: `start = 0` fails (division by zero); `start < 0` fails, since a relative change from a
 * negative base reads backwards (from −10 to 5 would be −150%) — use `x[y1] − x[y0]` instead.
 */
export function relativeChange<T>(ar: Arithmetic<T>, start: T, end: T): T {
  if (ar.sign(start) === 0) return ar.fail("division_by_zero", "a relative change from a base of zero");
  if (ar.sign(start) < 0) {
    return ar.fail("domain", "a relative change from a negative base is not meaningful; use the difference instead");
  }
  return ar.sub(ar.div(end, start), ar.integer(1));
}

/** A relative change as a spreadsheet formula, missing where {@link change} fails: a backward period, a base ≤ 0. */
const CHANGE_EXCEL: ExcelForm = {
  over: "endpoints",
  text: (start, end, years) => (years <= 0 ? EXCEL_MISSING : `IF(${start}<=0,${EXCEL_MISSING},${end}/${start}-1)`),
};

/** `change(x, y0, y1)` over a period of `years`: {@link relativeChange}, for a period that runs forward. */
export function change<T>(ar: Arithmetic<T>, start: T, end: T, years: number): T {
  if (years <= 0) return ar.fail("domain", backwardPeriod("change", years));
  return relativeChange(ar, start, end);
}

/** `change(x, y0, y1)`: see {@link relativeChange}. */
export const changeSpec: FunctionSpec = {
  name: "change",
  signature: "change(x, y0, y1)",
  summary: "cumulative change of x from y0 to y1, x[y1] / x[y0] − 1 (比2016年增长28.5%)",
  edgeCases: "fails when x[y0] is zero or negative, or when y1 ≤ y0",
  example: "change(gdp, 2016, 2021)",
  exampleValue: 0.2868,
  params: ["series", "year", "year"],
  rule: { over: "endpoints", compute: change },
  excel: CHANGE_EXCEL,
  build(args, span, tools) {
    const [x, from, to] = args as [Arg & { kind: "series" }, Arg & { kind: "year" }, Arg & { kind: "year" }];
    if (!checkPeriodOrder(from, to, "change", false, tools, span)) return poisoned(span);
    return {
      expr: { kind: "series", fn: "change", slot: x.slot, from: from.year, to: to.year, span },
      type: { kind: "unit", unit: PERCENT },
    };
  },
};

/**
 * `growth(x)`: year-on-year growth, `x[t] / x[t−1] − 1`, which is `change(x, t−1, t)`; `growth(x, y)` is the
 * growth in year y. Missing in the first year of the timeline (there is no year before it).
 */
export const growthSpec: FunctionSpec = {
  name: "growth",
  signature: "growth(x) or growth(x, y)",
  summary: "year-on-year growth of x, x[y] / x[y − 1] − 1 (y is the cell's year unless given)",
  edgeCases: "missing in the first year of the timeline; fails when x[y − 1] is zero or negative",
  example: "growth(gdp)",
  exampleValue: 0.02944,
  params: ["series", "year"],
  optional: 1,
  rule: { over: "endpoints", compute: change },
  excel: CHANGE_EXCEL,
  build(args, span) {
    const x = args[0] as Arg & { kind: "series" };
    const at = cellYearArg(args[1]);
    return {
      expr: { kind: "series", fn: "change", slot: x.slot, from: yearBefore(at), to: at, span },
      type: { kind: "unit", unit: PERCENT },
    };
  },
};
