import type { PrintedFigure } from "../core/index.js";
import type { ReadClaim } from "./claims.js";
import type { Scale } from "./describe.js";
import { KINDS } from "./kinds/index.js";

/** A change as the report prints it: `增长28.5%`, `下降3.85%以上`, `持平`. */
export const changeWords = KINDS.cumulative_change.words;

/** A level as printed, with the unit it is printed in: `276亿元`, `48.08%`, `6万元` (突破). */
export const levelWords = KINDS.level.words;

/** A claim quoted the way the report prints it, as its kind words it, in quotation marks: “年均下降4.07%”. */
export function quoted(claim: ReadClaim): string {
  return `“${KINDS[claim.kind].words(claim)}”`;
}

/** How to show intervals of the kind a claim states: points, a percentage, or a level in the indicator's unit. */
export function scaleOf(claim: ReadClaim): Scale {
  const printed = KINDS[claim.kind].printed;
  if (printed === "points") return { kind: "pp" };
  if (printed === "times" || claim.figure.kind === "percent") return { kind: "percent" };
  return { kind: "level", ...(claim.unit ? { unit: claim.unit.name } : {}) };
}

/** Decimals to show a computed value next to a printed one: one more than printed. */
export function decimalsNear(figure: PrintedFigure): number {
  return figure.decimals + 1;
}
