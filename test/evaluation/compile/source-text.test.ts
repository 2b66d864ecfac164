import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { integer, literal } from "../../../src/evaluation/compile/source-text.js";

describe("literal", () => {
  it("writes every finite double so that it reads back as exactly the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(new Function(`return ${literal(x)};`)(), x)).toBe(true);
      }),
      { seed: 31, numRuns: 500 },
    );
    expect(literal(-0)).toBe("(-0)");
    expect(literal(1e21)).toBe("1e+21");
  });

  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    "1); globalThis.pwned = (1",
    true,
    null,
    undefined,
    10n,
  ])("refuses %s", (value) => {
    expect(() => literal(value as number)).toThrow(/refusing/);
  });

  it("integer refuses fractions and anything that is not a number", () => {
    expect(integer(-3)).toBe("(-3)");
    for (const value of [1.5, Number.NaN, "1", 2 ** 60]) expect(() => integer(value as number)).toThrow(/refusing/);
  });
});
