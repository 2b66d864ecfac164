import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** Growth in 倍: `增长1.3倍` is +130%, rounded in 倍. */
export const multiple: ClaimKindSpec = {
  states: "growth in 倍 (增长1.3倍: +130%, rounded in 倍; 翻一番 is 1)",
  time: "period",
  printed: "times",
  expected: "a number of 倍, such as 1.3 (增长1.3倍)",
  fields: [],
  ratio: true,
  index: "changes",
  words: (claim) => `增长${claim.figure.text}倍${bounds(claim)}`,
};
