import { describeSubYear } from "../sub-year.js";
import type { ClaimKindSpec } from "./kind.js";
import { bounds, magnitude } from "./printed.js";

/**
 * The difference of two growth rates in points: `增速比2022年提高0.8个百分点`, `增速比一季度加快1.2个百分点`; against
 * another indicator or region `增速高出1.2个百分点`, `增速低0.3个百分点` (the sentence names both).
 */
export const rateDifference: ClaimKindSpec = {
  states:
    "the difference of two growth rates in percentage points (增速比上年提高0.8个百分点, 高于全市1.2个百分点), the other rate in than:",
  time: "period",
  printed: "points",
  expected: "percentage points, such as 0.8pp (提高0.8个百分点) or -1.2pp (低于…1.2个百分点)",
  fields: ["than"],
  flat: "0.0pp",
  index: "rateDifferences",
  words: (claim) => {
    if (claim.flat) return "增速持平";
    const than = claim.than!;
    const otherPart =
      than.period && than.period.code !== claim.period?.code ? describeSubYear(than.period, "zh") : undefined;
    const negative = claim.figure.negative;
    if (than.indicator === claim.indicator && otherPart && than.to === claim.to)
      return `增速比${otherPart}${negative ? "回落" : "加快"}${magnitude(claim)}个百分点${bounds(claim)}`;
    if (than.indicator === claim.indicator)
      return `增速比${than.to}年${otherPart ?? ""}${negative ? "回落" : "提高"}${magnitude(claim)}个百分点${bounds(claim)}`;
    return `增速${negative ? "低" : "高出"}${magnitude(claim)}个百分点${bounds(claim)}`;
  },
};
