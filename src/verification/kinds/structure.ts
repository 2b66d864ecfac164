import type { ClaimKindSpec } from "./kind.js";

/** Shares of a total printed as A：B：C (三次产业结构 3.9：59.5：36.6). */
export const structure: ClaimKindSpec = {
  states: "shares of a total printed as A：B：C (三次产业结构 3.9：59.5：36.6), with parts: in their order",
  time: "year",
  printed: "shares",
  expected: 'shares separated by ： such as "3.9：59.5：36.6"',
  fields: ["parts"],
  needs: ["parts"],
  index: "structures",
  words: (claim) => claim.figure.text,
};
