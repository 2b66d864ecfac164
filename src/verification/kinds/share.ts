import type { ClaimKindSpec } from "./kind.js";
import { level } from "./level.js";

/** A share or rate in a year, printed with % (占…比重58.4%, 城镇化率62.4%); with `of`, a share of that total. */
export const share: ClaimKindSpec = {
  states: "a share or rate in a year printed with % (占地区生产总值比重58.4%); with of:, a share of that total",
  time: "year",
  printed: "percent",
  expected: "a percentage, such as 58.4%",
  fields: ["of"],
  index: "levels",
  words: level.words,
};
