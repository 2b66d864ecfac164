import type { PrintedFigure } from "../core/index.js";
import { describeSubYear } from "./sub-year.js";
import type { ReadClaim } from "./claims.js";
import type { Scale } from "./describe.js";

/** The qualifier words of a claim that bound its figure, as printed after it (`以上`, `以内`). */
function bounds(claim: ReadClaim): string {
  return claim.qualifiers.filter((q) => q !== "预计" && q !== "estimated" && !/^[a-z_]+$/.test(q)).join("");
}

/** A change as the report prints it: `增长28.5%`, `下降3.85%以上`, `持平`. */
export function changeWords(claim: ReadClaim): string {
  const f = claim.figure;
  if (claim.flat) return "持平";
  return `${f.negative ? "下降" : "增长"}${f.text.replace(/^[+-]/, "")}${bounds(claim)}`;
}

/** An average rate as the report prints it: `年均增速5.1%`, `年均下降4.07%`. */
export function averageWords(claim: ReadClaim): string {
  const f = claim.figure;
  return `${f.negative ? "年均下降" : "年均增速"}${f.text.replace(/^[+-]/, "")}${bounds(claim)}`;
}

/** A percentage-point change as printed: `提高4.8个百分点`. */
export function pointsWords(claim: ReadClaim): string {
  if (claim.flat) return "持平";
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

/** An index number as printed: `指数99.5（上年=100）`, `指数118.2（2016年=100）`. */
export function indexWords(claim: ReadClaim): string {
  const base = claim.to! - claim.from! === 1 ? "上年" : `${claim.from}年`;
  return `指数${claim.figure.text}（${base}=100）${bounds(claim)}`;
}

/** A contribution as printed: `拉动1.3个百分点` (the sentence names the total). */
export function contributionWords(claim: ReadClaim): string {
  const magnitude = claim.figure.text.replace(/^[+-]/, "").replace(/pp|个?百分点/, "");
  return claim.flat ? "拉动为零" : `${claim.figure.negative ? "下拉" : "拉动"}${magnitude}个百分点${bounds(claim)}`;
}

/** A contribution share as printed: `贡献率35.2%`. */
export function contributionShareWords(claim: ReadClaim): string {
  return `贡献率${claim.figure.text}${bounds(claim)}`;
}

/** A structure as printed: `3.9：59.5：36.6`. */
export function structureWords(claim: ReadClaim): string {
  return claim.figure.text;
}

/** A difference of two rates as printed: `增速比2022年提高0.8个百分点`; against another indicator `增速高出1.2个百分点`, `增速低0.3个百分点` (the sentence names both). */
export function rateDifferenceWords(claim: ReadClaim): string {
  if (claim.flat) return "增速持平";
  const magnitude = claim.figure.text.replace(/^[+-]/, "").replace(/pp|个?百分点/, "");
  const than = claim.than!;
  const otherPart = than.period && than.period.code !== claim.period?.code ? describeSubYear(than.period, "zh") : undefined;
  if (than.indicator === claim.indicator && otherPart && than.to === claim.to) return `增速比${otherPart}${claim.figure.negative ? "回落" : "加快"}${magnitude}个百分点${bounds(claim)}`;
  if (than.indicator === claim.indicator) return `增速比${than.to}年${otherPart ?? ""}${claim.figure.negative ? "回落" : "提高"}${magnitude}个百分点${bounds(claim)}`;
  return `增速${claim.figure.negative ? "低" : "高出"}${magnitude}个百分点${bounds(claim)}`;
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
    index: indexWords,
    contribution: contributionWords,
    contribution_share: contributionShareWords,
    structure: structureWords,
    rate_difference: rateDifferenceWords,
  };
  return `“${words[claim.kind](claim)}”`;
}

/** How to show intervals of the kind a claim states (levels in the indicator's unit). */
export function scaleOf(claim: ReadClaim): Scale {
  if (claim.kind === "pp_change" || claim.kind === "contribution" || claim.kind === "rate_difference") return { kind: "pp" };
  if (claim.kind === "multiple" || claim.kind === "ratio" || claim.kind === "index") return { kind: "percent" };
  if (claim.figure.kind === "percent") return { kind: "percent" };
  return { kind: "level", ...(claim.unit ? { unit: claim.unit.name } : {}) };
}

/** Decimals to show a computed value next to a printed one: one more than printed. */
export function decimalsNear(figure: PrintedFigure): number {
  return figure.decimals + 1;
}
