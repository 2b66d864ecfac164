import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  Dec,
  decimalArithmetic as D,
  defineArithmetic,
  floatArithmetic as F,
  roundHalfAwayFromZero,
} from "../../src/core/index.js";
import { failure } from "./expect-failure.js";
import { inBothModes } from "./modes.js";

/** A reference value of `a^(1/n)` computed at 100 digits, rounded to the 34 of decimal mode. */
function referenceRoot(a: string, n: number): Dec {
  const Wide = Dec.clone({ precision: 100 });
  return new Dec(Wide.pow(new Wide(a), new Wide(1).div(n)).toSignificantDigits(34).toString());
}

describe("Arithmetic", () => {
  inBothModes(({ ar, of }) => {
    it("adds, subtracts, multiplies and divides", () => {
      expect(ar.toNumber(ar.add(of("2"), of("3")))).toBe(5);
      expect(ar.toNumber(ar.sub(of("2"), of("3")))).toBe(-1);
      expect(ar.toNumber(ar.mul(of("2"), of("3")))).toBe(6);
      expect(ar.toNumber(ar.div(of("3"), of("2")))).toBe(1.5);
      expect(ar.toNumber(ar.neg(of("2")))).toBe(-2);
      expect(ar.toNumber(ar.abs(of("-2")))).toBe(2);
      expect(ar.toNumber(ar.integer(2021))).toBe(2021);
    });

    it("fails a division by zero with division_by_zero, also 0 / 0", () => {
      expect(failure(() => ar.div(of("1"), of("0"))).code).toBe("division_by_zero");
      expect(failure(() => ar.div(of("-1"), of("0"))).code).toBe("division_by_zero");
      expect(failure(() => ar.div(of("0"), of("0"))).code).toBe("division_by_zero");
    });

    it("fails zero to a negative power with zero_to_negative_power", () => {
      expect(failure(() => ar.pow(of("0"), of("-1"))).code).toBe("zero_to_negative_power");
      expect(failure(() => ar.pow(of("0"), of("-0.5"))).code).toBe("zero_to_negative_power");
    });

    it("fails a negative base with a fractional exponent with domain", () => {
      expect(failure(() => ar.pow(of("-8"), of("0.5"))).code).toBe("domain");
      expect(failure(() => ar.pow(of("-0.01"), of("1.5"))).code).toBe("domain");
    });

    it("raises a negative base to a whole power, and zero to the zeroth power is 1", () => {
      expect(ar.toNumber(ar.pow(of("-2"), of("3")))).toBe(-8);
      expect(ar.toNumber(ar.pow(of("-2"), of("-2")))).toBe(0.25);
      expect(ar.toNumber(ar.pow(of("0"), of("0")))).toBe(1);
      expect(ar.toNumber(ar.pow(of("0"), of("2")))).toBe(0);
      expect(ar.toNumber(ar.pow(of("1.05"), of("2")))).toBeCloseTo(1.1025, 14);
    });

    it("fails the log of zero or of a negative number with domain", () => {
      expect(failure(() => ar.log(of("0"))).code).toBe("domain");
      expect(failure(() => ar.log(of("-1"))).code).toBe("domain");
      expect(ar.toNumber(ar.log(of("1")))).toBe(0);
      expect(ar.toNumber(ar.log(ar.exp(of("2"))))).toBeCloseTo(2, 14);
    });

    it("fails the square root or n-th root of a negative number with domain", () => {
      expect(failure(() => ar.sqrt(of("-1"))).code).toBe("domain");
      expect(failure(() => ar.sqrt(of("-1e-300"))).code).toBe("domain");
      expect(failure(() => ar.root(of("-1"), 3)).code).toBe("domain");
      expect(failure(() => ar.root(of("-8"), 2)).code).toBe("domain");
    });

    it("takes roots of zero and of positive numbers", () => {
      expect(ar.toNumber(ar.sqrt(of("0")))).toBe(0);
      expect(ar.toNumber(ar.sqrt(of("2.25")))).toBe(1.5);
      expect(ar.toNumber(ar.root(of("0"), 5))).toBe(0);
      expect(ar.toNumber(ar.root(of("32"), 5))).toBeCloseTo(2, 14);
      expect(ar.toNumber(ar.root(of("7"), 1))).toBe(7);
    });

    it("rounds half away from zero, to decimals or (with negative digits) to tens and hundreds", () => {
      expect(ar.toNumber(ar.round(of("2.675"), 2))).toBe(2.68);
      expect(ar.toNumber(ar.round(of("-2.675"), 2))).toBe(-2.68);
      expect(ar.toNumber(ar.round(of("0.5"), 0))).toBe(1);
      expect(ar.toNumber(ar.round(of("-0.5"), 0))).toBe(-1);
      expect(ar.toNumber(ar.round(of("2.5"), 0))).toBe(3);
      expect(ar.toNumber(ar.round(of("1250"), -2))).toBe(1300);
      expect(ar.toNumber(ar.round(of("-1250"), -2))).toBe(-1300);
      expect(ar.toNumber(ar.round(of("1249.9"), -2))).toBe(1200);
      // Far beyond a double's digits, and far past its range at the scale asked: the value itself.
      expect(ar.toNumber(ar.round(of("1e300"), 30))).toBe(1e300);
      expect(ar.toNumber(ar.round(of("123456789012345678"), 0))).toBe(123456789012345678);
      expect(ar.toNumber(ar.round(of("1e-300"), -30))).toBe(0);
    });

    it("compares, takes minimum and maximum, and gives signs", () => {
      expect(ar.compare(of("1"), of("2"))).toBe(-1);
      expect(ar.compare(of("2"), of("1"))).toBe(1);
      expect(ar.compare(of("2"), of("2.0"))).toBe(0);
      expect(ar.toNumber(ar.min(of("1"), of("2")))).toBe(1);
      expect(ar.toNumber(ar.max(of("1"), of("2")))).toBe(2);
      expect(ar.sign(of("-3"))).toBe(-1);
      expect(ar.sign(of("0"))).toBe(0);
      expect(ar.sign(of("3"))).toBe(1);
      expect(ar.isFinite(of("1e300"))).toBe(true);
    });
  });
});

describe("floatArithmetic", () => {
  it("is the float mode, and takes a literal's nearest double", () => {
    expect(F.mode).toBe("float");
    expect(F.literal("0.1", 0.1)).toBe(0.1);
  });

  it("reports an overflow or NaN as not finite", () => {
    expect(F.isFinite(F.mul(1e300, 1e300))).toBe(false);
    expect(F.isFinite(NaN)).toBe(false);
  });

  it("fails the log of NaN rather than returning NaN", () => {
    expect(failure(() => F.log(NaN)).code).toBe("domain");
  });

  it("rounds with roundHalfAwayFromZero", () => {
    expect(F.round).toBe(roundHalfAwayFromZero);
  });
});

describe("decimalArithmetic", () => {
  it("is the decimal mode, and takes a literal's exact text, not its double", () => {
    expect(D.mode).toBe("decimal");
    expect(D.literal("0.1", 0.1).toString()).toBe("0.1");
    expect(D.literal("0.1000000000000000000001", 0.1).toString()).toBe("0.1000000000000000000001");
  });

  it("adds exactly: 0.1 + 0.2 is 0.3", () => {
    expect(D.add(new Dec("0.1"), new Dec("0.2")).toString()).toBe("0.3");
    expect(F.add(0.1, 0.2)).not.toBe(0.3);
  });

  it("divides correctly rounded to 34 digits", () => {
    expect(D.div(new Dec(1), new Dec(3)).toString()).toBe(`0.${"3".repeat(34)}`);
    expect(D.div(new Dec(2), new Dec(3)).toString()).toBe(`0.${"6".repeat(33)}7`);
  });

  it("fails a negative base with a fractional exponent even when the exponent's double is whole", () => {
    // 2.0000000000000000001 is not an integer, though its nearest double is 2.
    expect(failure(() => D.pow(new Dec(-2), new Dec("2.0000000000000000001"))).code).toBe("domain");
  });

  it("takes the square root and the roots of -0 as 0, but fails the root of a tiny negative number", () => {
    expect(D.sqrt(new Dec("-0")).isZero()).toBe(true);
    expect(D.root(new Dec("-0"), 3).isZero()).toBe(true);
    expect(failure(() => D.root(new Dec("-1e-100"), 3)).code).toBe("domain");
  });

  it.each([
    ["2", 2],
    ["2", 3],
    ["1.285", 5],
    ["1.2762815625", 5],
    ["0.5", 10],
    ["1e30", 7],
    ["1e-30", 3],
    ["123456789.123456789", 9],
    ["0.0001", 20],
  ])("takes %s^(1/%i) correctly to 34 digits", (a, n) => {
    const root = D.root(new Dec(a), n);
    expect(root.toSignificantDigits(34).toString()).toBe(referenceRoot(a, n).toString());
  });

  it("agrees with Dec.pow(a, 1/n) to 34 digits", () => {
    for (const [a, n] of [
      ["2", 2],
      ["1.285", 5],
      ["276", 4],
      ["0.75", 3],
    ] as const) {
      const root = D.root(new Dec(a), n);
      const pow = Dec.pow(new Dec(a), new Dec(1).div(n));
      expect(root.minus(pow).abs().div(pow).lessThan("1e-33"), `${a}^(1/${n})`).toBe(true);
    }
    expect(D.root(new Dec(2), 2).toSignificantDigits(34).equals(Dec.pow(2, "0.5"))).toBe(true);
  });

  it("takes an exact root exactly: the fifth root of 1.05^5 is 1.05", () => {
    expect(D.root(new Dec("1.2762815625"), 5).toSignificantDigits(34).toString()).toBe("1.05");
    expect(D.root(new Dec("1024"), 10).toSignificantDigits(34).toString()).toBe("2");
  });

  it("takes roots of numbers beyond the double range", () => {
    expect(D.root(new Dec("1e400"), 4).toString()).toBe("1e+100");
    expect(D.root(new Dec("1e-400"), 4).toString()).toBe("1e-100");
  });

  it("computes exp and log at 34 digits", () => {
    expect(D.exp(new Dec(1)).toString()).toBe("2.718281828459045235360287471352662");
    expect(D.log(new Dec(10)).toString()).toBe("2.302585092994045684017991454684364");
  });

  it("keeps the smaller of two equal values as its minimum without changing it", () => {
    const a = new Dec("2.0");
    expect(D.min(a, new Dec(2))).toBe(a);
    expect(D.max(a, new Dec(2))).toBe(a);
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds 2.675 to 2.68, as printed, although its double lies below", () => {
    expect((2.675).toFixed(20)).toBe("2.67499999999999982236");
    expect((2.675).toFixed(2)).toBe("2.67");
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
  });

  it("rounds halves away from zero on both sides", () => {
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    expect(roundHalfAwayFromZero(-2.675, 2)).toBe(-2.68);
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
  });

  it("rounds to tens and hundreds with negative digits", () => {
    expect(roundHalfAwayFromZero(1234.5, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
    expect(roundHalfAwayFromZero(-1250, -2)).toBe(-1300);
    expect(roundHalfAwayFromZero(45, -1)).toBe(50);
  });

  it("does not round what is below the half", () => {
    expect(roundHalfAwayFromZero(2.674999, 2)).toBe(2.67);
    expect(roundHalfAwayFromZero(5.14999, 1)).toBe(5.1);
  });

  it("passes Infinity and NaN through", () => {
    expect(roundHalfAwayFromZero(Infinity, 2)).toBe(Infinity);
    expect(roundHalfAwayFromZero(-Infinity, 2)).toBe(-Infinity);
    expect(roundHalfAwayFromZero(NaN, 2)).toBeNaN();
  });
});

describe("defineArithmetic", () => {
  it("gives every arithmetic the same operations in the same order (one object shape)", async () => {
    const { kernelArithmetic } = await import("../../src/evaluation/compile/kernel-arithmetic.js");
    const { intervalArithmetic } = await import("../../src/core/intervals/interval-arithmetic.js");
    const shape = Object.keys(F);
    expect(shape).toHaveLength(22);
    for (const ar of [D, kernelArithmetic, intervalArithmetic]) expect(Object.keys(ar)).toEqual(shape);
  });

  it("gives them one hidden class in V8, so that the planning functions' calls stay monomorphic", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const script = [
      'const { floatArithmetic: f, decimalArithmetic: d } = await import("./src/core/index.ts");',
      'const { kernelArithmetic: k } = await import("./src/evaluation/compile/kernel-arithmetic.ts");',
      'const { intervalArithmetic: i } = await import("./src/core/intervals/interval-arithmetic.ts");',
      'const same = new Function("a", "b", "return %HaveSameMap(a, b)");',
      "console.log(JSON.stringify([d, k, i].map((x) => same(f, x))));",
    ].join("\n");
    const run = spawnSync(
      process.execPath,
      ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([true, true, true]);
  });

  it("copies each operation and adds nothing", () => {
    const copy = defineArithmetic({ ...F, mode: "decimal" });
    expect(copy.mode).toBe("decimal");
    expect(copy.add).toBe(F.add);
    expect(Object.keys(copy)).toEqual(Object.keys(F));
  });
});
