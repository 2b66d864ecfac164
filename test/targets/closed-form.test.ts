import { describe, expect, it } from "vitest";
import {
  impliedBase,
  requiredGrowth,
  requiredPartGrowth,
  shareYearReached,
  yearReached,
} from "../../src/targets/closed-form.js";

describe("requiredGrowth", () => {
  it("gives 10% a year to take 100 to 121 in two years", () => {
    expect(requiredGrowth(100, 121, 2)).toBeCloseTo(0.1, 15);
  });

  it("gives a negative rate for a fall: 100 to 81 in two years is −10% a year", () => {
    expect(requiredGrowth(100, 81, 2)).toBeCloseTo(-0.1, 15);
  });

  it("gives 0 when the level already equals the target", () => {
    expect(requiredGrowth(276, 276, 5)).toBe(0);
  });

  it("gives the report's five-year average for GDP: 276 in 2021 from 276/1.285 in 2016 is 5.14% a year", () => {
    expect(requiredGrowth(276 / 1.285, 276, 5)).toBeCloseTo(1.285 ** (1 / 5) - 1, 15);
    expect(requiredGrowth(276 / 1.285, 276, 5)).toBeCloseTo(0.05143, 5);
  });

  it("works over a fraction of a year", () => {
    expect(requiredGrowth(100, 110, 0.5)).toBeCloseTo(0.21, 14);
  });

  it("refuses levels that are not positive and a number of years that is not positive", () => {
    expect(() => requiredGrowth(0, 100, 5)).toThrow(RangeError);
    expect(() => requiredGrowth(100, -1, 5)).toThrow(RangeError);
    expect(() => requiredGrowth(Number.NaN, 100, 5)).toThrow(RangeError);
    expect(() => requiredGrowth(100, 110, 0)).toThrow(/positive number of years/);
    expect(() => requiredGrowth(100, 110, -2)).toThrow(RangeError);
  });
});

describe("impliedBase", () => {
  it("gives 100 as the base that 10% a year takes to 121 in two years", () => {
    expect(impliedBase(121, 0.1, 2)).toBeCloseTo(100, 12);
  });

  it("gives the target itself for zero years", () => {
    expect(impliedBase(4500, 0.05, 0)).toBe(4500);
  });

  it("gives 4500 / 1.05² for a target of 4500 two years after a base growing 5%", () => {
    expect(impliedBase(4500, 0.05, 2)).toBeCloseTo(4500 / 1.1025, 10);
  });

  it("gives a larger base for a falling level", () => {
    expect(impliedBase(81, -0.1, 2)).toBeCloseTo(100, 12);
  });

  it("undoes requiredGrowth", () => {
    const g = requiredGrowth(230, 352.25, 5);
    expect(impliedBase(352.25, g, 5)).toBeCloseTo(230, 10);
  });
});

describe("yearReached", () => {
  it("gives the start year when the level is already at the threshold", () => {
    expect(yearReached(100, 100, 0.05, 2021)).toBe(2021);
    expect(yearReached(100, 100, 0, 2021)).toBe(2021);
    expect(yearReached(100, 100, -0.5, 2021)).toBe(2021);
  });

  it("gives the year a rising level first reaches the threshold", () => {
    // 100 · 1.05^n ≥ 150: n = ln 1.5 / ln 1.05 = 8.31, so the ninth year.
    expect(yearReached(100, 150, 0.05, 2021)).toBe(2030);
    expect(100 * 1.05 ** 8).toBeLessThan(150);
    expect(100 * 1.05 ** 9).toBeGreaterThanOrEqual(150);
  });

  it("counts a crossing that lands exactly on a year as reached in that year", () => {
    // 100 · 1.1² = 121 (in floating point, 121.00000000000001 and ln 1.21 / ln 1.1 a hair above 2).
    expect(yearReached(100, 121, 0.1, 2021)).toBe(2023);
    expect(yearReached(100, 121.0001, 0.1, 2021)).toBe(2024);
  });

  it("gives the year a falling level first reaches the threshold at or below it", () => {
    expect(yearReached(100, 81, -0.1, 2021)).toBe(2023);
    // 100 · 0.9^n ≤ 80: n = ln 0.8 / ln 0.9 = 2.12, so the third year.
    expect(yearReached(100, 80, -0.1, 2021)).toBe(2024);
  });

  it("takes a level above the threshold as one that must fall to it", () => {
    expect(yearReached(130, 121, -0.1, 2021)).toBe(2022);
    expect(yearReached(130, 121, 0.1, 2021)).toBeNull();
  });

  it("gives null when the level moves away from the threshold or stands still", () => {
    expect(yearReached(100, 150, -0.05, 2021)).toBeNull();
    expect(yearReached(100, 150, 0, 2021)).toBeNull();
    expect(yearReached(100, 80, 0.05, 2021)).toBeNull();
    expect(yearReached(100, 80, 0, 2021)).toBeNull();
  });

  it("gives null for a level or threshold that is not positive, or a fall of 100% or more", () => {
    expect(yearReached(0, 150, 0.05, 2021)).toBeNull();
    expect(yearReached(-100, 150, 0.05, 2021)).toBeNull();
    expect(yearReached(100, 0, -0.05, 2021)).toBeNull();
    expect(yearReached(100, 50, -1, 2021)).toBeNull();
    expect(yearReached(100, 50, -1.5, 2021)).toBeNull();
  });
});

describe("shareYearReached", () => {
  it("finds 2026 for a real-estate share of 14% in 2021 falling below 10%, the sector −3% and GDP +5% a year", () => {
    expect(shareYearReached(0.14, 0.1, -0.03, 0.05, 2021)).toBe(2026);
    const shareAfter = (n: number) => 0.14 * (0.97 / 1.05) ** n;
    expect(shareAfter(4)).toBeGreaterThan(0.1);
    expect(shareAfter(5)).toBeLessThan(0.1);
  });

  it("finds the year a rising share crosses its threshold", () => {
    // 30% growing 10% faster than the whole: 0.3 · 1.1^n ≥ 0.5 at n = 5.36, so the sixth year.
    expect(shareYearReached(0.3, 0.5, 0.1, 0, 2021)).toBe(2027);
  });

  it("gives null when the part grows as fast as the whole", () => {
    expect(shareYearReached(0.14, 0.1, 0.05, 0.05, 2021)).toBeNull();
  });

  it("gives null when the share moves away from the threshold", () => {
    expect(shareYearReached(0.14, 0.1, 0.06, 0.05, 2021)).toBeNull();
  });

  it("gives the start year for a share already at the threshold", () => {
    expect(shareYearReached(0.1, 0.1, 0.06, 0.05, 2021)).toBe(2021);
  });
});

describe("requiredPartGrowth", () => {
  it("gives about −3.47% a year for a share of 14% to fall to 10% in four years while GDP grows 5%", () => {
    const r = requiredPartGrowth(0.14, 0.1, 0.05, 4);
    expect(r).toBeCloseTo(1.05 * (0.1 / 0.14) ** 0.25 - 1, 15);
    expect(r).toBeCloseTo(-0.03471, 5);
  });

  it("brings the share exactly to the target after the years given", () => {
    const r = requiredPartGrowth(0.14, 0.1, 0.05, 4);
    expect(0.14 * ((1 + r) / 1.05) ** 4).toBeCloseTo(0.1, 14);
  });

  it("gives the whole's growth when the share is to stay where it is", () => {
    expect(requiredPartGrowth(0.2, 0.2, 0.07, 3)).toBeCloseTo(0.07, 15);
  });

  it("gives a faster growth than the whole's for a share that must rise", () => {
    expect(requiredPartGrowth(0.3, 0.5, 0.05, 5)).toBeCloseTo(1.05 * (5 / 3) ** 0.2 - 1, 15);
    expect(requiredPartGrowth(0.3, 0.5, 0.05, 5)).toBeGreaterThan(0.05);
  });
});

describe("requiredGrowth and the formula language's cagr", () => {
  it("are one definition: the same doubles, and an end of 0 is −100% in both", async () => {
    const { cagr } = await import("../../src/formula/index.js");
    const { floatArithmetic } = await import("../../src/core/index.js");
    for (const [start, end, years] of [
      [100, 121, 2],
      [276 / 1.285, 276, 5],
      [100, 0, 5],
      [3, 7, 0.5],
    ] as const) {
      expect(Object.is(requiredGrowth(start, end, years), cagr(floatArithmetic, start, end, years))).toBe(true);
    }
    expect(requiredGrowth(100, 0, 5)).toBe(-1);
  });
});
