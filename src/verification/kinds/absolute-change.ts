import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** A change in the indicator's own unit: `增加73.5亿元`, `减少5.2亿元`. */
export const absoluteChange: ClaimKindSpec = {
  states: "a change in the indicator's own unit (增加73.5亿元, 减少0.3万人, 增收6.1亿元)",
  time: "period",
  printed: "amount",
  expected: "an amount in the indicator's unit, such as 73.5 (增加73.5亿元) or -5.2 (减少5.2亿元)",
  fields: [],
  flat: "0.0",
  index: "amounts",
  words: (claim) =>
    `${claim.figure.negative ? "减少" : "增加"}${claim.figure.text.replace(/^[+-]/, "")}${claim.printedUnit ?? ""}${bounds(claim)}`,
};
