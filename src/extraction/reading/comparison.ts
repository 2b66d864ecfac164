import { SUB_YEAR_WORDS, readSubYearPeriod } from "../../verification/index.js";
import { ABOVE_BELOW, PREVIOUS_PERIOD_BASES, PREVIOUS_YEAR_BASES } from "../vocabulary/changes.js";
import { PLAN_END, planNamed, planYears } from "../context/plans.js";
import { CENSUS_NAME, censusNamed } from "../context/censuses.js";
import { longestFirst } from "../vocabulary/longest.js";

/**
 * What a change or a rate is compared with, as the words before it say: the year before (比上年, 同比, 比年初), a
 * year (比2019年), the month or quarter before (环比, 比上月), another part of the year (比一季度, 比1—3月份), or
 * another indicator or region (高于全国, 比规模以上工业快).
 */
export type Base =
  | { readonly kind: "previous_year" }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "previous_period" }
  | { readonly kind: "period"; readonly code: string }
  | { readonly kind: "other"; readonly phrase: string };

const PREVIOUS_YEAR = new RegExp(longestFirst(PREVIOUS_YEAR_BASES).join("|"));
const PREVIOUS_PERIOD = new RegExp(longestFirst(PREVIOUS_PERIOD_BASES).join("|"));
const A_YEAR =
  /(?:比|较|与|同|和)((?:19|20)\d\d)年(?:末|底|同期)?(?:相比)?|(?:是|为|相当于)((?:19|20)\d\d)年(?:末|底)?的/;
const A_PERIOD = new RegExp(`(?:比|较|与)(${SUB_YEAR_WORDS})(?:末)?(?:相比)?`);
const CENSUS_BASE = new RegExp(`(?:比|较|与|同)${CENSUS_NAME.source}`);
const SAME_MONTH_LAST_YEAR = /比上年同月|较上年同月|比去年同月/;
const ABOVE = new RegExp(`(${Object.keys(ABOVE_BELOW).join("|")})(.{0,20}?)$`);
/** The word that ends 比X高: the direction, not the end of a verb of change (提高, 降低, 加快). */
export const THAN_SIDE = "(?<![提升降减加放])[高低快慢]";
/** 比全国平均水平高: the other side, and the direction (提高, 降低, 加快 are verbs of change, not comparisons). */
const THAN = new RegExp(`比(.{1,20}?)(?:平均水平)?${THAN_SIDE}$`);
const THAN_DIRECTION = new RegExp(`比.{1,20}?(${THAN_SIDE})$`);

/** Whether a lead compares with another (比民营医院高): what follows is a difference from it, no subject's name. */
export function comparesWithOther(lead: string): boolean {
  return THAN.test(lead);
}

/** The base a lead names, if any. `lead` is the text before the figure, from the last figure of its clause. */
export function baseIn(lead: string): Base | undefined {
  // 较“十三五”末: the plan's last year
  const planEnd = /(?:比|较|与)/.test(lead) ? PLAN_END.exec(lead) : null;
  if (planEnd) return { kind: "year", year: planYears(planNamed(planEnd[0])!).to };
  // 与第四次全国经济普查相比: the census's year
  const named = CENSUS_BASE.exec(lead);
  const census = named ? censusNamed(named[0]) : undefined;
  if (census !== undefined) return { kind: "year", year: census };
  const year = A_YEAR.exec(lead);
  if (year) return { kind: "year", year: Number(year[1] ?? year[2]) };
  if (SAME_MONTH_LAST_YEAR.test(lead)) return { kind: "previous_year" };
  if (PREVIOUS_PERIOD.test(lead)) return { kind: "previous_period" };
  const period = A_PERIOD.exec(lead);
  if (period) {
    const code = readSubYearPeriod(period[1]!)?.code;
    if (code) return { kind: "period", code };
  }
  if (PREVIOUS_YEAR.test(lead)) return { kind: "previous_year" };
  const above = ABOVE.exec(lead);
  if (above?.[2]) return { kind: "other", phrase: cleanOther(above[2]) };
  const than = THAN.exec(lead);
  if (than) return { kind: "other", phrase: cleanOther(than[1]!) };
  return undefined;
}

/** The direction a comparison with another indicator gives: 高于 +, 低于 −; 比…低 −. */
export function aboveBelowSign(lead: string): 1 | -1 | undefined {
  const above = ABOVE.exec(lead);
  if (above) return ABOVE_BELOW[above[1]!]!;
  const than = THAN_DIRECTION.exec(lead);
  if (than) return than[1] === "高" || than[1] === "快" ? 1 : -1;
  return undefined;
}

/** The other side's phrase without the words around it: 全国平均水平 is 全国, (增速) left out. */
function cleanOther(phrase: string): string {
  return phrase
    .replace(/[（(][^）)]*[）)]?/g, "")
    .replace(/(?:平均水平|平均|的?增速|的?增幅|水平)$/, "")
    .replace(/^(?:同期|同口径)/, "");
}
