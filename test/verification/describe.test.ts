import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, interval } from "../../src/core/index.js";
import { describeChange, describeInterval } from "../../src/verification/describe.js";

const between = (lo: string, hi: string) => interval(new Dec(lo), new Dec(hi), true, true);

describe("intervals in words", () => {
  it("round a lower bound down and an upper bound up, so that the words hold the interval", () => {
    const least = interval(new Dec("38596.45"), null, true, false);
    expect(describeInterval(least, { kind: "level", unit: "元" }, 1, "zh")).toBe("不低于38596.4 元");
    const most = interval(null, new Dec("0.230449"), false, true);
    expect(describeInterval(most, { kind: "level" }, 3)).toBe("at most 0.231");
    expect(describeChange(interval(new Dec("-0.044474"), new Dec("-0.044449"), true, true), 2, "zh")).toBe(
      "下降4.444%—4.448%",
    );
  });

  it("show any interval as a range that holds it, not much wider than it is", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, w) => {
        const lo = new Dec(a).div(1e6);
        const hi = lo.plus(new Dec(w).div(1e6));
        const words = describeInterval(between(lo.toString(), hi.toString()), { kind: "percent" }, 2);
        const numbers = [...words.replaceAll("−", "-").matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => new Dec(m[0]).div(100));
        // an interval from 0 reads "at most": its lower end is the 0 a level cannot go below
        const atMost = words.startsWith("at most");
        const [shownLo, shownHi] = numbers.length === 1 ? [numbers[0]!, numbers[0]!] : numbers;
        if (!atMost) expect(shownLo!.lte(lo)).toBe(true);
        expect(shownHi!.gte(hi)).toBe(true);
      }),
    );
  });
});
