import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** Growth or decline over a period: `增长28.5%`, `下降3.85%以上`, `持平`. */
export const cumulativeChange: ClaimKindSpec = {
  states: "a change over a period (比2016年增长28.5%, 比上年下降3.1%, 持平)",
  time: "period",
  printed: "percent",
  expected: "a percentage, such as 28.5% or -3.85%",
  fields: ["deflates"],
  ratio: true,
  flat: "0.0%",
  index: "changes",
  words: (claim) =>
    claim.flat
      ? "持平"
      : `${claim.figure.negative ? "下降" : "增长"}${claim.figure.text.replace(/^[+-]/, "")}${bounds(claim)}`,
};
