import type { ClaimKind } from "../verification/index.js";
import { comparedPeriod } from "./period.js";
import type { NumberToken } from "./text.js";
import { countsThings, parseUnit } from "../units/index.js";
import { CHINESE_DIGITS, FALL, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RISE, UNITS } from "./vocabulary.js";

/** What a number says, read from the words around it in its clause (before the period and subject are known). */
export interface FigureReading {
  readonly kind: ClaimKind;
  /** The value as a claim prints it: "5.1%", "-3.85%", "4.8pp", "276", "1.3" (倍). */
  readonly value: string;
  /** The unit as printed, for amounts (亿元, 万吨标准煤, 家). */
  readonly unit?: string;
  readonly qualifiers: readonly string[];
  /** Where the figure's own words end (the unit and any qualifier after it). */
  readonly end: number;
  /** The base the clause compares with: a year (比2016年), the year before (比上年, 同比), or none said. */
  readonly base?: number | "previous";
  /** 由X…至Y: X is the level at the start of the period, Y at its end. */
  readonly position?: "start" | "end";
  /** For a share (占…比重), a contribution (拉动…增长) or a rate difference (高于…): the other indicator's phrase. */
  readonly other?: string;
  /** For a rate difference against the same indicator's earlier rate (增速比上年提高). */
  readonly earlierRate?: boolean;
  /** For a rate difference against another part of the year (增速比一季度加快): that part's code (Q1). */
  readonly otherPeriod?: string;
  /** For an average over years said in words (两年平均增长): how many years. */
  readonly years?: number;
  /** A count (个, 家, 人 …). */
  readonly count?: boolean;
}

/** Why a number is no figure: a date, a name (5G, S1线, 109国道), an ordinal, a duration (连续3年, 连续举办5届), or no relation known. */
export type NotAFigure = "date" | "name" | "ordinal" | "duration" | "no_relation";

/** A comparison with a year (比2016年, 较2016年, 与2018年相比): the year a change is measured from. */
export const BASE_YEAR = /(?:比|较|与)(\d{4})年/;

const endsWithAny = (text: string, words: readonly string[]) => words.find((w) => text.endsWith(w));

/** The unit printed right after a number, if any. */
function unitAfter(text: string, at: number): string | undefined {
  const rest = text.slice(at, at + 8).replace(/^\s+/, "");
  return UNITS.find((u) => rest.startsWith(u));
}

/**
 * Whether a number is a date, a name or an ordinal rather than a figure: 2021年 (a four-digit year), 12月15日,
 * 第三批, 5G, S1线, PM2.5, 109国道, “9041”.
 */
export function notAFigure(text: string, token: NumberToken): NotAFigure | undefined {
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  const after = text.slice(token.end, token.end + 8);
  if (/^\d{4}$/.test(token.digits) && /^(?:年|—|-|－|~|至\d)/.test(after)) return "date";
  if (/^(?:月|日|时|号|期|季度)/.test(after) && !/^个/.test(after)) return "date";
  // the first month of a run of months: the 1 of 1—6月
  if (/^\s*[—\-－~至]\s*\d{1,2}月/.test(after) && /^\d{1,2}$/.test(token.digits)) return "date";
  if (/第$/.test(before)) return "ordinal";
  if (/连续(?:举办)?$/.test(text.slice(Math.max(0, token.start - 4), token.start)) && /^(?:年|届|次|个月|天)/.test(after)) return "duration";
  if (/[A-Za-z]\s?$/.test(before) || /^[A-Za-z]/.test(after) || /^(?:线|国道|号线|千伏)/.test(after) || /国道$/.test(before)) return "name";
  if (/[+＋]$/.test(before) || /^[+＋]/.test(after)) return "name";
  // inside a short quoted name: “9041”, “6.18”, “抠0.1微克”, “5G+8K”
  const near = text.slice(Math.max(0, token.start - 6), token.start);
  const opened = near.lastIndexOf("“");
  if (opened >= 0 && near.lastIndexOf("”") < opened) {
    const close = text.slice(token.end, token.end + 8).indexOf("”");
    if (close >= 0 && token.end + close - (token.start - near.length + opened) <= 12) return "name";
  }
  if (/^米?(?:服务)?半径/.test(after)) return "name";
  if (/=$/.test(before)) return "name";
  return undefined;
}

/**
 * Reads a number in its clause: the unit after it, the verb or relation before it, and its qualifiers.
 * `lead` is the clause's text from the end of the previous figure (or the clause start) to the number.
 */
export function readFigure(text: string, token: NumberToken, lead: string, clauseEnd: number): FigureReading | undefined {
  let unit = unitAfter(text, token.end);
  let end = token.end;
  // 1000余平方公里, 3000余万元: the 余 or 多 between a number and its unit is a qualifier (more than)
  const over = !unit && /^[余多]/.test(text.slice(token.end, token.end + 1)) ? unitAfter(text, token.end + 1) : undefined;
  if (over) unit = over;
  if (unit) end = text.indexOf(unit, token.end) + unit.length;
  // 分别提高4.8和5.5个百分点: a number joined to the next by 和 or 、 takes its unit
  if (!unit) {
    const joined = /^\s*[和、与及]\s*\d+(?:\.\d+)?/.exec(text.slice(token.end, clauseEnd));
    if (joined) unit = unitAfter(text, token.end + joined[0].length);
  }
  const leadTrim = lead.replace(/(?:稳定在|保持在|控制在|了|为|是|达|达到|至|到|在)$/, "");
  const qualBefore = endsWithAny(lead, QUALIFIERS_BEFORE) ?? endsWithAny(leadTrim, QUALIFIERS_BEFORE);
  const afterText = text.slice(end, clauseEnd);
  const qualAfter = QUALIFIERS_AFTER.find((q) => afterText.startsWith(q));
  if (qualAfter) end += qualAfter.length;
  const qualifiers = [...(qualBefore ? [qualBefore] : []), ...(over ? [text[token.end]!] : []), ...(qualAfter ? [qualAfter] : [])];
  const baseMatch = BASE_YEAR.exec(lead) ?? /是(\d{4})年/.exec(lead) ?? /(\d{4})\s*[—\-－~至到]\s*\d{4}年/.exec(lead) ?? undefined;
  const base: FigureReading["base"] = baseMatch ? Number(baseMatch[1]) : /比上年|同比|较上年|比去年|比上年末/.test(lead) ? "previous" : undefined;
  const verb = lastVerb(leadTrim.replace(new RegExp(`(?:${QUALIFIERS_BEFORE.join("|")})$`), ""));
  const negative = verb !== undefined && FALL.includes(verb);
  const sign = negative ? "-" : "";
  const digits = token.digits;
  const common = { qualifiers, end, ...(base !== undefined ? { base } : {}) };
  const position = /由[^由]*$/.test(lead) && !/[至到]/.test(lead.slice(lead.lastIndexOf("由"))) ? "start" : /由.*[至到]$|[至到]$/.test(lead) && /由/.test(lead) ? "end" : undefined;

  if (unit === "个百分点" || unit === "百分点") {
    const contribution = /拉动(.*?)增长/.exec(lead) ?? (/拉动$|拉动[^，]*$/.test(lead) ? [lead, ""] : null);
    if (contribution) return { ...common, kind: "contribution", value: `${sign}${digits}pp`, other: contribution[1] ?? "" };
    // 增速比一季度加快1.2个百分点, 比1—5月提高0.4个百分点: this part of the year's rate against another's
    const otherPeriod = comparedPeriod(lead);
    if (otherPeriod && verb) return { ...common, kind: "rate_difference", value: `${sign}${digits}pp`, otherPeriod };
    const against = /(高于|低于|快于|慢于)(.*?)$/.exec(leadTrim);
    if (against) return { ...common, kind: "rate_difference", value: `${/低于|慢于/.test(against[1]!) ? "-" : ""}${digits}pp`, other: against[2]! };
    if (/增速|增幅|速度/.test(lead) && verb) return { ...common, kind: "rate_difference", value: `${sign}${digits}pp`, earlierRate: true };
    return { ...common, kind: "pp_change", value: `${sign}${digits}pp` };
  }
  if (unit === "%") {
    const bare = leadTrim.replace(new RegExp(`(?:${QUALIFIERS_BEFORE.join("|")})$`), "");
    if (/(?<!每)年均(?:增长|增速|增幅|下降|递增|递减|提高|降低|减少)?(?:了|为|达到?)?$/.test(bare)) return { ...common, kind: "average_growth", value: `${sign}${digits}%` };
    // 两年平均增长4.9%: the average over the years said
    const overYears = /([两二三四五])年平均(?:增长|增速|增幅|下降|提高|降低|减少)?(?:了|为|达到?)?$/.exec(bare);
    if (overYears) return { ...common, kind: "average_growth", value: `${sign}${digits}%`, years: CHINESE_DIGITS[overYears[1]!]! };
    if (/贡献率/.test(lead)) return { ...common, kind: "contribution_share", value: `${digits}%`, other: /对(.*?)增长/.exec(lead)?.[1] ?? "" };
    if (verb && !position && !/[至到]$/.test(lead)) return { ...common, kind: "cumulative_change", value: `${sign}${digits}%` };
    const share = /占([^占]*?)(?:的)?(?:比重|比例)[^占]*$/.exec(lead);
    return { ...common, kind: "share", value: `${digits}%`, ...(share ? { other: share[1]! } : {}), ...(position ? { position } : {}) };
  }
  if (unit === "倍") {
    if (/是.*的$/.test(leadTrim) || /是.*的$/.test(lead)) return { ...common, kind: "ratio", value: digits };
    if (verb) return { ...common, kind: "multiple", value: digits };
    return undefined;
  }
  if (unit) {
    const count = countsThings(parseUnit(unit).unit);
    if (verb && base !== undefined && !/[至到]$/.test(lead)) return { ...common, kind: "absolute_change", value: `${sign}${digits}`, unit, count };
    return { ...common, kind: "level", value: digits, unit, count, ...(position ? { position } : {}) };
  }
  // A bare number: an index (上年=100), a ratio printed as a number (城乡居民收入比为1.96).
  if (/指数/.test(lead) && /[为是]$/.test(lead)) return { ...common, kind: "index", value: digits };
  if (/比为$/.test(lead)) return { ...common, kind: "level", value: digits };
  return undefined;
}

/** The last verb of change in a lead (增长, 下降 …), if the lead ends with it (allowing 了). */
function lastVerb(lead: string): string | undefined {
  const l = lead.replace(/了$/, "");
  return [...RISE, ...FALL].find((v) => l.endsWith(v));
}
