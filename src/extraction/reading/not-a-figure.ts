import {
  AGE_QUANTITIES,
  DATE_AFTER,
  DURATION_AFTER,
  DONE_AFTER_TIME,
  DURATION_UNITS,
  DURATION_BEFORE,
  ISSUERS_AFTER,
  LIST_AFTER,
  LIST_BEFORE,
  NAME_AFTER,
  UNITS_LIKE_NAMES,
  NOT_ORDINAL_BEFORE,
  ORDINAL_BEFORE,
  RANK_WORDS,
} from "../vocabulary/not-figures.js";
import { COUNT_WORDS } from "../vocabulary/units.js";
import { QUALIFIERS_BEFORE } from "../vocabulary/qualifiers.js";
import { MEASURE_ENDINGS } from "../vocabulary/indicators.js";
import { longestFirst } from "../vocabulary/longest.js";
import type { FigureToken } from "./figure-token.js";

/**
 * Why a number is no figure: a date, a name (5G, PM2.5, S1线), an ordinal or rank (第3位), a list mark (表1, （2）),
 * a duration (连续3年), the bound of a definition (2000万元及以上的工业企业, 60岁及以上), one side of a rate (1美元兑
 * 7.12元); or a number read as no figure the grammar knows (`no_relation`), or a figure that could not be placed (no
 * year is printed; a 分别 list whose items and values do not pair: `unread`).
 * @inline
 */
export type NotAFigure =
  | "date"
  | "name"
  | "ordinal"
  | "list"
  | "duration"
  | "definition"
  | "part"
  | "no_relation"
  | "unread";

const endsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.endsWith(w));
const startsWithAny = (s: string, words: readonly string[]) => words.some((w) => s.startsWith(w));

/** Whether a number of a reading is no figure, and why; undefined when it may be one. */
export function notAFigure(text: string, token: FigureToken): NotAFigure | undefined {
  const before = text.slice(Math.max(0, token.start - 6), token.negative ? token.start - 1 : token.start);
  const after = text.slice(token.end, token.end + 8);
  const digits = token.digits;
  // dates: 2024年, 2016—2020, 3月, 15日, the 1 of 1—6月
  if (
    /^(?:1[89]|20|21)\d\d$/.test(digits) &&
    (/^(?:年|[—\-~至到](?:19|20|21)\d\d)/.test(after) || /(?:19|20|21)\d\d[—\-~至到]$/.test(before))
  )
    return "date";
  // (a day is a date after its month, 3月15日, or before 起/至; 重污染天数3日 counts days)
  const day = /^日/.test(after) && !/月份?$/.test(before) && !/^日(?:起|至|到|前|后|以来|—|-)/.test(after);
  if (/^\d{1,2}$/.test(digits) && startsWithAny(after, DATE_AFTER) && !/^个/.test(after) && !day) return "date";
  if (/^\d{1,2}$/.test(digits) && /^[—\-~至到]\d{1,2}(?:月|日|季度)/.test(after)) return "date";
  if (/^\d{4}$/.test(digits) && /^-\d{1,2}-\d{1,2}/.test(after)) return "date";
  // (the minutes of a time of day, 8时30分, 8点30分)
  if (/^\d{1,2}$/.test(digits) && /^分(?!贝)/.test(after) && /\d[时点]$/.test(before)) return "date";
  // names: PM2.5, G30, 5G, 3D, S1线, 110千伏, 75周年, “9041”, 1+9+N
  if (/[A-Za-z]$/.test(before) && !/GDP$|CPI$|PPI$|PMI$/.test(before)) return "name";
  if (/^[A-Za-z]/.test(after) && !token.unit) return "name";
  if (startsWithAny(after, NAME_AFTER) && !startsWithAny(after, UNITS_LIKE_NAMES) && token.unitKind !== "percent")
    return "name";
  if (/[+]$/.test(before) || /^[+]/.test(after)) return "name";
  if (/等$/.test(before) && startsWithAny(after, ISSUERS_AFTER)) return "name";
  // 每增长1个百分点, 每10万人: the unit a rate is reckoned in
  if (/每(?:增长|提高|下降|增加|减少)?$/.test(before)) return "definition";
  // 上年=100: the base of an index
  if (/[=＝]$/.test(before) || /以上年为$/.test(before)) return "definition";
  if (inShortQuote(text, token)) return "name";
  // ordinals and ranks: 第3位, 前10位, 排名第2
  if (endsWithAny(before, ORDINAL_BEFORE) && !endsWithAny(before, NOT_ORDINAL_BEFORE)) return "ordinal";
  // steps of a rank: 全国排名46位、82位, 分别提升6位
  if (
    /^位(?!数|于|居)/.test(after) &&
    (token.unit === undefined || token.unit === "位") &&
    RANK_WORDS.some((w) => text.slice(Math.max(0, token.start - 24), token.start).includes(w))
  )
    return "ordinal";
  // 5.07/10万: the denominator of a rate
  if (/[/／]$/.test(before) && /^(?:万|千|百|亿)?(?![\d.])/.test(after)) return "definition";
  // 2.56吨/（平方千米×30天）, 吨/（平方千米·30天）: inside a unit's denominator
  if (/[/／][（(][^（）()，。；\d]{0,8}[×*·⋅]$/.test(text.slice(Math.max(0, token.start - 12), token.start)))
    return "definition";
  // list marks: 表1, 图2, （1）
  if (endsWithAny(before, LIST_BEFORE) && !token.unit) return "list";
  if (/[（(]$/.test(before) && /^[）)]/.test(after)) return "list";
  if (startsWithAny(after, LIST_AFTER)) return "list";
  // durations: 连续3年, 历时9个月, 5年来
  if (endsWithAny(before, DURATION_BEFORE) && /^(?:个月|个季度|年|天|届|次|季度|周)/.test(after)) return "duration";
  if (startsWithAny(after, DURATION_AFTER)) return "duration";
  const time = DURATION_UNITS.find((u) => after.startsWith(u));
  if (time && startsWithAny(after.slice(time.length), DONE_AFTER_TIME)) return "duration";
  // bounds of a definition: 2000万元及以上的工业企业, 60岁及以上人口, 50%的临界值
  const tail = text.slice(token.wordsEnd, token.wordsEnd + 4);
  if (token.qualifiersAfter.includes("以上") && /^的/.test(tail) && !/^的(?:比重|增长|水平)/.test(tail))
    return "definition";
  // 500万元及以上固定资产投资, 60岁及以上人口: a class named right after its bound
  if (
    token.unitKind === "amount" &&
    /及以[上下]$/.test(text.slice(token.end, token.wordsEnd)) &&
    /^\p{Script=Han}/u.test(tail) &&
    !/^(?:水平|增长|左右|和|与|及|或|目标|的目标)/.test(tail)
  )
    return "definition";
  if (
    (token.unit === "岁" || /^周岁/.test(after)) &&
    !AGE_QUANTITIES.some((w) => text.slice(Math.max(0, token.start - 30), token.start).includes(w))
  )
    return "definition";
  if (/^的?(?:临界值|荣枯线|警戒线|门槛)/.test(tail)) return "definition";
  // 今年以来一直保持在8%以上: a bound kept over time, not a figure of one period
  if (
    /(?:一直|始终|持续|长期)(?:保持|稳定|维持)在$/.test(text.slice(Math.max(0, token.start - 8), token.start)) &&
    token.qualifiersAfter.length
  )
    return "definition";
  // 1美元兑7.1217元: the 1 is the side of the rate, not a figure
  if (/^兑/.test(tail)) return "part";
  // 2000吨级, 10000吨级: a class, not a quantity
  if (/^级/.test(tail)) return "name";
  return undefined;
}

/** Inside a short quoted name: “9041”, “6.18”, “1+9+N”. */
function inShortQuote(text: string, token: FigureToken): boolean {
  const near = text.slice(Math.max(0, token.start - 8), token.start);
  const opened = near.lastIndexOf("“");
  if (opened < 0 || near.lastIndexOf("”") > opened) return false;
  const close = text.slice(token.end, token.end + 8).indexOf("”");
  return close >= 0 && near.length - opened + (token.end - token.start) + close <= 10;
}

const RANGE_DASH = /^[～~—–\-至到]$/;

/** The qualifiers of a lower bound said before a class's number: 超10亿元企业, 超过500万元项目, 逾. */
const CLASS_BOUND_BEFORE = new RegExp(
  `(?:${longestFirst(
    Object.entries(QUALIFIERS_BEFORE)
      .filter(([, q]) => q === "超过" || q === "超" || q === "逾")
      .map(([w]) => w),
  ).join("|")})$`,
);
/**
 * The name of a measure right before a class's bound (产值超10亿元企业, 经济总量超200亿元县): the words back to the
 * clause's start or to a word that opens it (其中, 新增), when they end with a measure's name.
 */
const MEASURE_BEFORE = new RegExp(
  `\\p{Script=Han}{0,10}(?:${longestFirst(MEASURE_ENDINGS.filter((m) => m.length >= 2)).join("|")})$`,
  "u",
);
/** Words that open a clause before a measure's name, no part of it (the last one and all before it are left out). */
const BEFORE_MEASURE = /^.*(?:其中|新增|净增|全年|年末|累计|[中有])/;

/**
 * Where a class's name starts, given its bound's number: at the bound's word before it (超10亿元企业), and at the
 * measure before that (产值超10亿元企业), if any.
 */
export function classStartOf(text: string, numberStart: number): number {
  const before = text.slice(Math.max(0, numberStart - 16), numberStart);
  const bound = CLASS_BOUND_BEFORE.exec(before)?.[0] ?? "";
  if (bound === "") return numberStart;
  const measure = (MEASURE_BEFORE.exec(before.slice(0, before.length - bound.length))?.[0] ?? "").replace(
    BEFORE_MEASURE,
    "",
  );
  return numberStart - bound.length - measure.length;
}

/**
 * Whether a number bounds a class that the next figure counts: 100张以下床位医院22721个, 200～499张床位医院5543个,
 * 800张及以上床位医院2343个, 产值超10亿元企业73户. The class is named by words alone between the bound and the count.
 */
export function boundOfClass(text: string, tokens: readonly FigureToken[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  // the first number of a range (200～499张) is a bound when the range's end is
  if (RANGE_DASH.test(text.slice(tok.wordsEnd, next.start))) return boundOfClass(text, tokens, i + 1);
  // (产值超10亿元企业73户: a bound said before the number too)
  const bounded =
    tok.qualifiersAfter.some((q) => q === "以上" || q === "以下") ||
    RANGE_DASH.test(text[tok.start - 1] ?? "") ||
    CLASS_BOUND_BEFORE.test(text.slice(Math.max(0, tok.start - 2), tok.start));
  const counted = next.unitKind === "amount" && COUNT_WORDS.some((w) => next.unit!.endsWith(w));
  // (超10亿件居全省第2位: a rank after it counts no class)
  const ranked = endsWithAny(text.slice(tok.wordsEnd, next.start), ORDINAL_BEFORE);
  return (
    bounded &&
    counted &&
    !ranked &&
    /^\p{Script=Han}{1,12}$/u.test(text.slice(tok.wordsEnd, next.start)) &&
    !/[为达是占增降]/.test(text.slice(tok.wordsEnd, next.start))
  );
}
