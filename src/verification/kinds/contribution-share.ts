import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** A part's share of its total's growth: `贡献率35.2%`. */
export const contributionShare: ClaimKindSpec = {
  states: "a part's contribution share (贡献率35.2%)",
  time: "period",
  printed: "percent",
  expected: "a percentage, such as 35.2% (贡献率35.2%)",
  fields: ["of"],
  needs: ["of"],
  index: "contributionShares",
  words: (claim) => `贡献率${claim.figure.text}${bounds(claim)}`,
};
