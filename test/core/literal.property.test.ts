import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, parseQuantityLiteral } from "../../src/core/index.js";

/** A decimal as a report would print it: an integer mantissa and 0–6 decimals, e.g. "-38.62". */
const printed = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([mantissa, decimals]) => new Dec(mantissa).div(new Dec(10).pow(decimals)).toFixed(decimals));

describe("parseQuantityLiteral (properties)", () => {
  it("reads any finite double written by String() back to the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const literal = parseQuantityLiteral(String(x));
        expect(literal?.kind).toBe("plain");
        // String(-0) is "0": the two zeros are one number here.
        expect(literal!.value === x).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("reads d% and d pp as exactly d / 100, in exact text and as the nearest double", () => {
    fc.assert(
      fc.property(printed, fc.constantFrom("%", "pp", "百分点", "个百分点"), (digits, suffix) => {
        const literal = parseQuantityLiteral(digits + suffix);
        const ratio = new Dec(digits).div(100);
        expect(literal?.kind).toBe(suffix === "%" ? "percent" : "pp");
        expect(new Dec(literal!.exact).equals(ratio)).toBe(true);
        expect(literal!.value).toBe(ratio.toNumber());
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
