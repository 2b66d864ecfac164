import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { sumValues } from "../../../src/formula/index.js";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";
import { inBothModes } from "../../core/modes.js";

describe("sumValues", () => {
  inBothModes(({ ar, of }) => {
    it("adds the values in order", () => {
      expect(ar.toNumber(sumValues(ar, [of("1"), of("2"), of("3")]))).toBe(6);
      expect(ar.toNumber(sumValues(ar, [of("276")]))).toBe(276);
    });
  });

  it("is exact in decimal: 0.1 + 0.2 is 0.3", () => {
    expect(sumValues(D, [new Dec("0.1"), new Dec("0.2")]).toString()).toBe("0.3");
    expect(sumValues(F, [0.1, 0.2])).toBe(0.1 + 0.2);
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
