const DIGITS: ReadonlyMap<string, number> = new Map([
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);

/**
 * A small whole number as a text writes it, in Chinese numerals up to 99 (两, 九, 十, 十二, 十四, 二十) or in digits:
 * its value, or undefined for anything else. The one reader of the numbers in words like 十四五, 一季度, 五年平均 and
 * 翻两番; a figure's own digits are read as printed figures (`intervals/rounding.ts`), never by this.
 */
export function chineseNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const one = DIGITS.get(text);
  if (one !== undefined) return one;
  // 十, 十四, 二十, 九十九: tens and units (两 stands alone: 两番, 两年; never 两十)
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? DIGITS.get(m[1])! : 1) * 10 + (m[2] ? DIGITS.get(m[2])! : 0);
}
