import { readSubYearPeriod } from "../verification/index.js";

/**
 * A part of a year as a quarterly analysis prints it: 上半年, 下半年, 前三季度, 一季度 / 第一季度 / 1季度, 1—10月 /
 * 1-10月 / 1至10月, 6月份.
 */
export const SUB_YEAR_WORDS = String.raw`上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}\s*[—\-－~至]\s*\d{1,2}月份?|\d{1,2}月份`;

const AT_START = new RegExp(String.raw`^\s*(?:今年|本年)?(${SUB_YEAR_WORDS})`);
const IN_TITLE = new RegExp(String.raw`\d{4}年(${SUB_YEAR_WORDS})`);
const COMPARED = new RegExp(String.raw`(?:比|较|与)(${SUB_YEAR_WORDS})(?:相比)?[^，]*$`);

const codeOf = (words: string | undefined): string | undefined => (words === undefined ? undefined : readSubYearPeriod(words)?.code);

/** The part of the year a whole report is about, from its title (青山县2023年上半年经济运行情况): H1; none for a year's report. */
export function documentPeriod(normalized: string): string | undefined {
  const head = normalized.split("\n").slice(0, 5).join("\n");
  return codeOf(IN_TITLE.exec(head)?.[1]);
}

/** The part of the year a clause opens with (上半年，…; 1—6月，…; 6月份，…), which holds for the rest of its sentence. */
export function clausePeriod(clause: string): string | undefined {
  return codeOf(AT_START.exec(clause)?.[1]);
}

/** The other part of the year a rate is compared with (增速比一季度加快, 比1—5月提高): its code. */
export function comparedPeriod(lead: string): string | undefined {
  return codeOf(COMPARED.exec(lead)?.[1]);
}
