import type { PrintedFigure } from "../core/index.js";
import type { ReadClaim } from "./claims.js";
import type { Scale } from "./describe.js";

/** The qualifier words of a claim that bound its figure, as printed after it (`以上`, `以内`). */
function bounds(claim: ReadClaim): string {
  return claim.qualifiers.filter((q) => q !== "预计" && q !== "estimated" && !/^[a-z_]+$/.test(q)).join("");
}

/** A change as the report prints it: `增长28.5%`, `下降3.85%以上`. */
export function changeWords(claim: ReadClaim): string {
  const f = claim.figure;
  return `${f.negative ? "下降" : "增长"}${f.text.replace(/^[+-]/, "")}${bounds(claim)}`;
}

/** An average rate as the report prints it: `年均增速5.1%`, `年均下降4.07%`. */
export function averageWords(claim: ReadClaim): string {
  const f = claim.figure;
  return `${f.negative ? "年均下降" : "年均增速"}${f.text.replace(/^[+-]/, "")}${bounds(claim)}`;
}

/** A percentage-point change as printed: `提高4.8个百分点`. */
export function pointsWords(claim: ReadClaim): string {
  const magnitude = claim.figure.text.replace(/^[+-]/, "").replace(/pp|个?百分点/, "");
  return `${claim.figure.negative ? "下降" : "提高"}${magnitude}个百分点${bounds(claim)}`;
}

/** A level as printed, with the unit it is printed in: `276亿元`, `48.08%`, `6万元` (突破). */
export function levelWords(claim: ReadClaim): string {
  const unit = claim.printedUnit && claim.figure.kind === "plain" ? claim.printedUnit : "";
  const words = bounds(claim);
  return claim.meanings.some((m) => m === "more_than") ? `${words}${claim.figure.text}${unit}` : `${claim.figure.text}${unit}${words}`;
}

/** An absolute change as printed, with its unit: `增加73.5亿元`, `减少5.2亿元`. */
export function amountWords(claim: ReadClaim): string {
  const f = claim.figure;
  return `${f.negative ? "减少" : "增加"}${f.text.replace(/^[+-]/, "")}${claim.printedUnit ?? ""}${bounds(claim)}`;
}

/** A multiple as printed: `增长1.3倍`; a ratio of levels: `是2016年的2.3倍`. */
export function multipleWords(claim: ReadClaim): string {
  return claim.kind === "ratio" ? `是${claim.from}年的${claim.figure.text}倍${bounds(claim)}` : `增长${claim.figure.text}倍${bounds(claim)}`;
}

/** A claim quoted the way the report prints it, in quotation marks: “年均下降4.07%”. */
export function quoted(claim: ReadClaim): string {
  const words: Record<ReadClaim["kind"], (c: ReadClaim) => string> = {
    average_growth: averageWords,
    cumulative_change: changeWords,
    pp_change: pointsWords,
    absolute_change: amountWords,
    multiple: multipleWords,
    ratio: multipleWords,
    level: levelWords,
    share: levelWords,
  };
  return `“${words[claim.kind](claim)}”`;
}

/** How to show intervals of the kind a claim states (levels in the indicator's unit). */
export function scaleOf(claim: ReadClaim): Scale {
  if (claim.kind === "pp_change") return { kind: "pp" };
  if (claim.kind === "multiple" || claim.kind === "ratio") return { kind: "percent" };
  if (claim.figure.kind === "percent") return { kind: "percent" };
  return { kind: "level", ...(claim.unit ? { unit: claim.unit.name } : {}) };
}

/** Decimals to show a computed value next to a printed one: one more than printed. */
export function decimalsNear(figure: PrintedFigure): number {
  return figure.decimals + 1;
}
