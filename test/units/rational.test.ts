import { describe, expect, it } from "vitest";
import { isOne } from "../../src/units/index.js";
import {
  ONE,
  divideRational,
  formatRational,
  multiplyRational,
  rational,
  rationalToNumber,
} from "../../src/units/rational.js";
import { powerRational } from "../../src/units/rational.js";

describe("rational", () => {
  it("reduces to lowest terms", () => {
    expect(rational(10, 4)).toEqual({ num: 5n, den: 2n });
    expect(rational(20000, 30)).toEqual({ num: 2000n, den: 3n });
    expect(rational(7)).toEqual({ num: 7n, den: 1n });
    expect(rational(0, 5)).toEqual({ num: 0n, den: 1n });
    expect(rational(-2, 4)).toEqual({ num: -1n, den: 2n });
  });

  it("takes bigints and keeps huge scales exact", () => {
    expect(rational(10n ** 30n, 10n ** 28n)).toEqual({ num: 100n, den: 1n });
  });

  it("refuses a zero or negative denominator", () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(1, -2)).toThrow(/positive denominator/);
  });
});

describe("rational operations", () => {
  it("multiply and divide exactly, in lowest terms", () => {
    expect(multiplyRational(rational(2000, 3), rational(3, 2000))).toEqual(ONE);
    expect(multiplyRational(rational(10000), rational(10000))).toEqual({ num: 100000000n, den: 1n });
    expect(divideRational(rational(1), rational(10000))).toEqual({ num: 1n, den: 10000n });
    expect(divideRational(rational(2000, 3), rational(10000))).toEqual({ num: 1n, den: 15n });
  });

  it("raise to whole powers, negative ones included", () => {
    expect(powerRational(rational(2, 3), 2)).toEqual({ num: 4n, den: 9n });
    expect(powerRational(rational(2, 3), -2)).toEqual({ num: 9n, den: 4n });
    expect(powerRational(rational(1000), 3)).toEqual({ num: 1000000000n, den: 1n });
    expect(powerRational(rational(5, 7), 0)).toEqual(ONE);
  });

  it("tell 1 from other scales", () => {
    expect(isOne(ONE)).toBe(true);
    expect(isOne(rational(3, 3))).toBe(true);
    expect(isOne(rational(10000))).toBe(false);
    expect(isOne(rational(1, 10000))).toBe(false);
  });

  it("convert to the nearest double", () => {
    expect(rationalToNumber(rational(1, 10000))).toBe(1e-4);
    expect(rationalToNumber(rational(2000, 3))).toBe(2000 / 3);
    expect(rationalToNumber(rational(10n ** 8n))).toBe(1e8);
  });

  it("print as an integer or a fraction", () => {
    expect(formatRational(rational(100000000))).toBe("100000000");
    expect(formatRational(rational(1, 10000))).toBe("1/10000");
    expect(formatRational(rational(2000, 3))).toBe("2000/3");
  });
});
