import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { DECIMAL_PRECISION, Dec } from "../../src/core/index.js";
import { decimalOf } from "../../src/core/numbers/decimal.js";

describe("Dec", () => {
  it("works at 34 significant digits, the precision of decimal128", () => {
    expect(DECIMAL_PRECISION).toBe(34);
    expect(Dec.precision).toBe(34);
    expect(new Dec(1).div(3).toString()).toBe(`0.${"3".repeat(34)}`);
    expect(new Dec(2).div(3).toString()).toBe(`0.${"6".repeat(33)}7`);
  });

  it("rounds half to even", () => {
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    // 35 significant digits ending in 5: the tie goes to the even neighbour.
    expect(new Dec(`1.${"0".repeat(33)}5`).plus(0).toString()).toBe("1");
    expect(new Dec(`1.${"0".repeat(32)}35`).plus(0).toString()).toBe(`1.${"0".repeat(32)}4`);
    expect(new Dec(`1.${"0".repeat(32)}15`).plus(0).toString()).toBe(`1.${"0".repeat(32)}2`);
  });

  it("prints without exponent up to 40 digits on either side of the point", () => {
    expect(new Dec("1e39").toString()).toBe(`1${"0".repeat(39)}`);
    expect(new Dec("1e-39").toString()).toBe(`0.${"0".repeat(38)}1`);
    expect(new Dec("1e41").toString()).toBe("1e+41");
  });

  it("leaves the global Decimal of other libraries untouched", () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal(1).div(3).toString()).toBe(`0.${"3".repeat(20)}`);
  });

  it("keeps sums and products of printed figures exact", () => {
    expect(new Dec("0.1").plus("0.2").toString()).toBe("0.3");
    expect(new Dec("276").times("1.05").toString()).toBe("289.8");
  });
});

describe("decimalOf", () => {
  it("reads a JavaScript number as the decimal it prints as, not its binary expansion", () => {
    expect(decimalOf(0.1).toString()).toBe("0.1");
    expect(decimalOf(0.1).equals(new Dec("0.1"))).toBe(true);
    expect(decimalOf("38.62").toString()).toBe("38.62");
    expect(decimalOf(new Dec("1.5")).toString()).toBe("1.5");
  });
});
