import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { meanRange, sumRange } from "../../../src/formula/functions/over-years.js";
import { failure } from "../../core/expect-failure.js";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";
import { inBothModes } from "../../core/modes.js";

describe("sumRange and meanRange", () => {
  inBothModes(({ ar, of }) => {
    it("add the entries first..last in order; the mean divides by their number", () => {
      expect(ar.toNumber(sumRange(ar, [of("1"), of("2"), of("3")], 0, 2))).toBe(6);
      expect(ar.toNumber(sumRange(ar, [of("9"), of("276")], 1, 1))).toBe(276);
      expect(ar.toNumber(meanRange(ar, [of("1"), of("2"), of("3"), of("6")], 1, 3))).toBeCloseTo(11 / 3, 14);
    });

    it("fail for a range that runs backwards, naming the function", () => {
      expect(failure(() => sumRange(ar, [of("1"), of("2")], 1, 0)).message).toBe(
        "sum needs a period that runs forward: its end comes 1 year before its start",
      );
      expect(failure(() => meanRange(ar, [of("1")], 0, -2)).message).toContain("mean needs a period that runs forward");
    });
  });

  it("is exact in decimal: 0.1 + 0.2 is 0.3", () => {
    expect(sumRange(D, [new Dec("0.1"), new Dec("0.2")], 0, 1).toString()).toBe("0.3");
    expect(sumRange(F, [0.1, 0.2], 0, 1)).toBe(0.1 + 0.2);
  });
});

describe("sum(x, y0, y1) and mean(x, y0, y1)", () => {
  it("read x over the years, both ends included, in x's unit", () => {
    const f = checked("sum(gdp, 2021, 2025)");
    expect(resultUnit(f)).toBe("亿元");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "series",
      fn: "sum",
      slot: slot("gdp"),
      from: { kind: "absolute", year: 2021 },
      to: { kind: "absolute", year: 2025 },
    });
    expect(resultUnit(checked("mean(share, 2016, 2021)"))).toBe("%");
  });

  it("accept a period of one year", () => {
    expect(checked("sum(gdp, 2021, 2021)").expr).toMatchObject({ kind: "series", fn: "sum" });
  });

  it("yield a bare number for an indicator without a unit", () => {
    expect(checked("mean(free, 2016, 2021)").type).toEqual({ kind: "free" });
  });

  it("refuse a period that ends before it starts", () => {
    expect(problem("mean(gdp, 2025, 2021)")).toEqual({
      code: "wrong_arguments",
      message: "mean needs a period whose end comes no earlier than its start",
      span: { start: 0, end: 21 },
      hint: "write the earlier year first, as in mean(x, 2016, 2021)",
    });
  });
});
