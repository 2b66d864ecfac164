import { chineseNumber } from "../core/index.js";
/**
 * A part of a year a figure is for: 一季度 (Q1), 上半年 (H1), 前三季度 (Q1-Q3), 1—10月 (M1-M10), 3月 (M3). A
 * quarterly analysis prints its levels for the months so far and its growth against the same months of the year
 * before (同比), so that figures of one part of the year relate to each other exactly as whole-year figures do, and
 * never to the whole year's: GDP of the first half and its 同比 growth tie to the first half of the year before.
 * @inline
 */
export interface SubYearPeriod {
  /** The one spelling of the months, used as a key: Q1 … Q4, H1, H2, Q1-Q3, M3, M1-M10. */
  readonly code: string;
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/** The one code of a run of months: a quarter, a half, the first three quarters, or months (M3, M1-M10). */
function codeOf(first: number, last: number): string {
  if (first === 1 && last === 6) return "H1";
  if (first === 7 && last === 12) return "H2";
  if (first === 1 && last === 9) return "Q1-Q3";
  if (last - first === 2 && first % 3 === 1) return `Q${(first + 2) / 3}`;
  return first === last ? `M${first}` : `M${first}-M${last}`;
}

function months(first: number | undefined, last: number | undefined): SubYearPeriod | undefined {
  if (first === undefined || last === undefined || first < 1 || last > 12 || first > last) return undefined;
  if (first === 1 && last === 12) return undefined;
  return { code: codeOf(first, last), firstMonth: first, lastMonth: last };
}

/**
 * The words of a part of a year as a report prints them, as a pattern to find them in running text: 上半年, 下半年,
 * 前三季度, 一季度 / 第一季度 / 1季度 / 一至三季度, 1—10月 / 1-10月份 / 1至10月, 6月份. `readSubYearPeriod` reads
 * what it finds; this is the one grammar of parts of a year, used by verification and extraction alike.
 */
export const SUB_YEAR_WORDS = String.raw`上半年|下半年|前[两二三]个?季度|第?[一二三四1-4]\s*[—\-－~至到]\s*[一二三四1-4]\s*季度|第?[一二三四1-4]\s*季度|1?\d\s*[—\-－~至到]\s*1?\d\s*月份?|1?\d\s*月份?`;

/**
 * Reads a part of a year as written in a claims file or a report: `Q1`, `H1`, `Q1-Q3`, `M3`, `M1-M10`, or the
 * Chinese 一季度 / 第一季度 / 1季度, 上半年, 下半年, 前三季度, 1—10月 / 1-10月 / 1至10月, 3月 (3月份). The whole year
 * (全年, M1-M12) is no part of it: undefined, as for anything not read.
 */
export function readSubYearPeriod(written: string): SubYearPeriod | undefined {
  const t = written.replace(/\s+/g, "").toUpperCase();
  const quarter = /^Q([1-4])$/.exec(t) ?? /^第?([一二三四1-4])季度$/.exec(t);
  if (quarter) return months(chineseNumber(quarter[1]!)! * 3 - 2, chineseNumber(quarter[1]!)! * 3);
  const quarters = /^Q([1-4])-Q([1-4])$/.exec(t) ?? /^第?([一二三四1-4])[—\-－~至到]([一二三四1-4])季度$/.exec(t);
  if (quarters) return months(chineseNumber(quarters[1]!)! * 3 - 2, chineseNumber(quarters[2]!)! * 3);
  const firstQuarters = /^前([二三两])季度$/.exec(t) ?? /^前([二三两])个季度$/.exec(t);
  if (firstQuarters) return months(1, chineseNumber(firstQuarters[1]!)! * 3);
  if (t === "H1" || t === "上半年") return months(1, 6);
  if (t === "H2" || t === "下半年") return months(7, 12);
  const month = /^M(\d{1,2})$/.exec(t) ?? /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?$/.exec(t);
  if (month) return months(chineseNumber(month[1]!), chineseNumber(month[1]!));
  const run = /^M(\d{1,2})-M(\d{1,2})$/.exec(t) ?? /^(\d{1,2})\s*[—\-－~至到]\s*(\d{1,2})月份?$/.exec(t);
  if (run) return months(chineseNumber(run[1]!), chineseNumber(run[2]!));
  return undefined;
}

const QUARTER_ZH = ["一", "二", "三", "四"];

/** A part of a year in words: "the first half" / 上半年, "Q1" / 一季度, "January–October" / 1—10月. */
export function describeSubYear(period: SubYearPeriod, language: "en" | "zh"): string {
  const { code, firstMonth: a, lastMonth: b } = period;
  if (language === "zh") {
    if (code === "H1") return "上半年";
    if (code === "H2") return "下半年";
    if (code === "Q1-Q3") return "前三季度";
    if (/^Q\d$/.test(code)) return `${QUARTER_ZH[(a - 1) / 3]}季度`;
    return a === b ? `${a}月` : `${a}—${b}月`;
  }
  if (code === "H1") return "the first half";
  if (code === "H2") return "the second half";
  if (code === "Q1-Q3") return "the first three quarters";
  if (/^Q\d$/.test(code)) return code;
  const name = (m: number) => MONTHS[m - 1]!;
  return a === b ? name(a) : `${name(a)}–${name(b)}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
