import { pointInterval, subtractIntervals } from "../../core/index.js";
import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** One level as a multiple of another year's: `是2016年的2.3倍` is a change of +130%. */
export const ratio: ClaimKindSpec = {
  states: "one level as a multiple of another year's (是2016年的2.3倍)",
  time: "period",
  printed: "times",
  expected: "a number of 倍, such as 2.3 (是2016年的2.3倍)",
  fields: [],
  ratio: true,
  toRatio: (printed) => subtractIntervals(printed, pointInterval(1)),
  index: "changes",
  words: (claim) => `是${claim.from}年的${claim.figure.text}倍${bounds(claim)}`,
};
