import type { Arithmetic } from "../../core/index.js";
import { PERCENTAGE_POINT } from "../../units/index.js";
import type { YearArg } from "../checked.js";
import { poisoned, type Typed } from "../typed.js";
import { EXCEL_MISSING } from "./excel.js";
import { cellYearArg, yearBefore, type Arg, type FunctionSpec } from "./spec.js";

/**
 * 拉动: how many percentage points of a total's growth in a year come from one of its parts,
 *
 *     contribution = (part[y] − part[y−1]) / total[y−1]
 *
 * so that the contributions of parts that add up to the total add up to the total's growth (第三产业拉动GDP增长
 * 3.1个百分点). The share of the growth that comes from the part (贡献率) is the contribution over the growth.
 *
 * Edge cases: a total of zero the year before fails (division by zero); a negative one fails, since growth from
 * a negative base reads backwards.
 */
export function contribution<T>(ar: Arithmetic<T>, partNow: T, partBefore: T, totalBefore: T): T {
  if (ar.sign(totalBefore) === 0)
    return ar.fail("division_by_zero", "a contribution to the growth of a total that was zero");
  if (ar.sign(totalBefore) < 0)
    return ar.fail("domain", "a contribution to the growth of a total that was negative is not meaningful");
  return ar.div(ar.sub(partNow, partBefore), totalBefore);
}

function cellOf(x: Arg & { kind: "series" }, at: YearArg): Typed {
  return {
    expr: { kind: "cell", slot: x.slot, at, span: x.span },
    type: x.unit ? { kind: "unit", unit: x.unit } : { kind: "free" },
  };
}

/** `contribution(part, total)` or `contribution(part, total, y)`: see {@link contribution}. */
export const contributionSpec: FunctionSpec = {
  name: "contribution",
  signature: "contribution(part, total) or contribution(part, total, y)",
  summary: "拉动: percentage points of total's growth in y that come from part, (part[y] − part[y − 1]) / total[y − 1]",
  edgeCases:
    "missing in the first year of the timeline; fails when total[y − 1] is zero or negative; part and total must share a dimension",
  example: "contribution(industry, gdp)",
  exampleValue: 0.012,
  params: ["series", "series", "year"],
  optional: 1,
  rule: {
    over: "values",
    compute: (ar, [partNow, partBefore, totalBefore]) => contribution(ar, partNow!, partBefore!, totalBefore!),
  },
  excel: {
    over: "values",
    text: ([partNow, partBefore, totalBefore]) =>
      `IF(${totalBefore}<=0,${EXCEL_MISSING},(${partNow}-${partBefore})/${totalBefore})`,
  },
  build(args, span, tools) {
    const [part, total] = args as [Arg & { kind: "series" }, Arg & { kind: "series" }];
    const at = cellYearArg(args[2]);
    const before = yearBefore(at);
    const { exprs, type } = tools.unify(
      [cellOf(part, at), cellOf(part, before), cellOf(total, before)],
      "compared with",
    );
    if (type.kind === "error") return poisoned(span);
    return {
      expr: { kind: "call", fn: "contribution", args: exprs, span },
      type: { kind: "unit", unit: PERCENTAGE_POINT },
    };
  },
};
