import type { ClaimKindSpec } from "./kind.js";
import { bounds, magnitude } from "./printed.js";

/** A part's contribution to its total's growth, in points: `拉动1.3个百分点`, `下拉0.4个百分点`. */
export const contribution: ClaimKindSpec = {
  states: "a part's contribution to its total's growth in percentage points (拉动GDP增长1.3个百分点; 下拉 negative)",
  time: "period",
  printed: "points",
  expected: "percentage points: a contribution is in 百分点, such as 1.3pp (拉动1.3个百分点)",
  fields: ["of"],
  needs: ["of"],
  flat: "0.0pp",
  index: "contributions",
  words: (claim) =>
    claim.flat ? "拉动为零" : `${claim.figure.negative ? "下拉" : "拉动"}${magnitude(claim)}个百分点${bounds(claim)}`,
};
