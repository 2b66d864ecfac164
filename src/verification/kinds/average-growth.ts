import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** An average annual rate: `年均增速5.1%`, `年均下降4.07%`. */
export const averageGrowth: ClaimKindSpec = {
  states: "an average annual rate over a period (年均增长5.1%, 两年平均增长4.9%)",
  time: "period",
  printed: "percent",
  expected: "a percentage, such as 5.1%",
  fields: ["deflates"],
  ratio: true,
  flat: "0.0%",
  index: "averages",
  words: (claim) =>
    `${claim.figure.negative ? "年均下降" : "年均增速"}${claim.figure.text.replace(/^[+-]/, "")}${bounds(claim)}`,
};
