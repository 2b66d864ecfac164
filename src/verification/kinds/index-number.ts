import { pointInterval, scaleInterval, subtractIntervals } from "../../core/index.js";
import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** An index number: `指数99.5（上年=100）` is a change of −0.5%, printed to 0.1 index points. */
export const indexNumber: ClaimKindSpec = {
  states: "an index number (上年=100: 99.5)",
  time: "period",
  printed: "times",
  expected: "an index number, such as 99.5 (上年=100)",
  fields: ["deflates"],
  ratio: true,
  toRatio: (printed) => subtractIntervals(scaleInterval(printed, "1", "100"), pointInterval(1)),
  index: "changes",
  words: (claim) =>
    `指数${claim.figure.text}（${claim.from === undefined || claim.to === claim.from + 1 ? "上年" : `${claim.from}年`}=100）${bounds(claim)}`,
};
