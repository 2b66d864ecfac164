import type { ClaimKind } from "../../verification/index.js";
import { FLAT_WORDS, RATE_NOUNS } from "../vocabulary/changes.js";
import { chineseNumber } from "../../core/index.js";
import type { Base } from "./comparison.js";

/** A figure said in words: 持平 (no change), 翻一番 (doubled: a multiple of 1), 增长两倍 (a multiple of 2). */
export interface WordedFigure {
  readonly kind: ClaimKind;
  readonly value: string;
  /** Where its words start, in the reading. */
  readonly start: number;
  readonly base?: Base;
}

const FLAT = new RegExp(`(?:与|同|和|较|比)?(上年|去年|上年同期|同期)?(?:相比)?(?:${FLAT_WORDS.join("|")})`);
const DOUBLED = /翻([一两二三四])番/;
const TIMES = /(?:增长|增加|提高)([一两二三四五六七八九十])倍/;

/**
 * The figure a clause says in words, if any. 持平 after a growth rate's name (增速与上年持平) is a rate difference of
 * zero; after anything else (价格与上年持平, 涨幅与上年持平) a change that rounds to zero.
 */
export function wordedFigure(t: string, start: number, end: number): WordedFigure | undefined {
  const text = t.slice(start, end);
  const flat = FLAT.exec(text);
  if (flat) {
    const before = text.slice(0, flat.index);
    // 涨幅 of a price is the change itself: 价格涨幅与上年持平 is no change in prices
    const rate = RATE_NOUNS.filter((n) => n !== "速度" && n !== "涨幅").some((n) => before.includes(n));
    return {
      kind: rate ? "rate_difference" : "cumulative_change",
      value: "持平",
      start: start + flat.index,
      base: { kind: "previous_year" },
    };
  }
  const doubled = DOUBLED.exec(text);
  if (doubled)
    return { kind: "multiple", value: String(2 ** chineseNumber(doubled[1]!)! - 1), start: start + doubled.index };
  const times = TIMES.exec(text);
  if (times) return { kind: "multiple", value: String(chineseNumber(times[1]!)), start: start + times.index };
  return undefined;
}
