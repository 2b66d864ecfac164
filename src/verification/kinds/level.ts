import type { ClaimKindSpec } from "./kind.js";
import { bounds } from "./printed.js";

/** A level in a year, as printed with its unit: `276亿元`, `48.08%`, `突破6万元`. */
export const level: ClaimKindSpec = {
  states: "a level in a year (完成地区生产总值276亿元; a rate such as 城镇调查失业率5.2% may be one)",
  time: "year",
  printed: "amount",
  expected: "a level in the indicator's unit (276, 0.23) — or a percentage for a share or rate",
  fields: [],
  index: "levels",
  words: (claim) => {
    const unit = claim.printedUnit && claim.figure.kind === "plain" ? claim.printedUnit : "";
    return claim.meanings.some((m) => m === "more_than")
      ? `${bounds(claim)}${claim.figure.text}${unit}`
      : `${claim.figure.text}${unit}${bounds(claim)}`;
  },
};
