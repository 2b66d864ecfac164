import type { ClaimKindSpec } from "./kind.js";
import { bounds, magnitude } from "./printed.js";

/** A change of a rate or share in percentage points: `提高4.8个百分点`. */
export const ppChange: ClaimKindSpec = {
  states: "a change of a rate or share in percentage points (提高4.8个百分点); with of:, of the share of that total",
  time: "period",
  printed: "points",
  expected: "percentage points, such as 4.8pp",
  fields: ["of"],
  flat: "0.0pp",
  index: "points",
  words: (claim) =>
    claim.flat ? "持平" : `${claim.figure.negative ? "下降" : "提高"}${magnitude(claim)}个百分点${bounds(claim)}`,
};
