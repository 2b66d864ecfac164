import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  impliedBase,
  requiredGrowth,
  requiredPartGrowth,
  shareYearReached,
  yearReached,
} from "../../src/targets/closed-form.js";

const RUNS = { seed: 20_211_215, numRuns: 300 };

const level = fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 100);
const rate = fc
  .integer({ min: -300, max: 300 })
  .filter((n) => n !== 0)
  .map((n) => n / 1000);
const years = fc.integer({ min: 1, max: 30 });

describe("closed forms (properties)", () => {
  it("requiredGrowth takes the start to the end in the years given", () => {
    fc.assert(
      fc.property(level, level, years, (start, end, n) => {
        const g = requiredGrowth(start, end, n);
        expect(start * (1 + g) ** n).toBeCloseTo(end, Math.max(0, 10 - Math.ceil(Math.log10(end + 1))));
        expect(impliedBase(end, g, n) / start).toBeCloseTo(1, 10);
      }),
      RUNS,
    );
  });

  it("yearReached is the first year, counted one by one, in which the level is at or past the threshold", () => {
    fc.assert(
      fc.property(level, level, rate, (start, threshold, g) => {
        // Leave out thresholds that a year lands on within rounding: there the answer depends on the last bit.
        for (let n = 0; n <= 400; n++)
          fc.pre(Math.abs((start * (1 + g) ** n) / threshold - 1) > 1e-9 || start === threshold);
        const rising = threshold > start;
        let expected: number | null = null;
        let value = start;
        for (let n = 0; n <= 400; n++) {
          if (rising ? value >= threshold : value <= threshold) {
            expected = 2021 + n;
            break;
          }
          value *= 1 + g;
        }
        const found = yearReached(start, threshold, g, 2021);
        if (expected === null) expect(found === null || found > 2021 + 400).toBe(true);
        else expect(found).toBe(expected);
      }),
      RUNS,
    );
  });

  it("a share growing at requiredPartGrowth reaches its target in exactly those years, as shareYearReached says", () => {
    const share = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);
    fc.assert(
      fc.property(share, share, rate, years, (from, to, wholeGrowth, n) => {
        fc.pre(Math.abs(from - to) > 0.005);
        const r = requiredPartGrowth(from, to, wholeGrowth, n);
        expect(from * ((1 + r) / (1 + wholeGrowth)) ** n).toBeCloseTo(to, 12);
        // Slightly faster in the target's direction reaches it in n years at the latest.
        const faster = from > to ? r - 1e-6 : r + 1e-6;
        const year = shareYearReached(from, to, faster, wholeGrowth, 2021);
        expect(year).not.toBeNull();
        expect(year!).toBeLessThanOrEqual(2021 + n);
      }),
      RUNS,
    );
  });
});
