import { describe, expect, it } from "vitest";
import { chineseNumber } from "../../src/core/index.js";

describe("chineseNumber", () => {
  it("reads the small numbers of plan names, quarters, months and averages, in numerals or digits", () => {
    const read = ["一", "两", "二", "九", "十", "十一", "十二", "十四", "二十", "九十九", "3", "12"].map(chineseNumber);
    expect(read).toEqual([1, 2, 2, 9, 10, 11, 12, 14, 20, 99, 3, 12]);
  });

  it("reads nothing else", () => {
    for (const text of ["", "constructor", "零", "百", "十十", "一二", "两十", "123", "3.5", "十四五"])
      expect(chineseNumber(text), text).toBeUndefined();
  });
});
