import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { relativeChange } from "../../../src/formula/functions/change.js";
import { failure } from "../../core/expect-failure.js";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";
import { inBothModes } from "../../core/modes.js";

describe("relativeChange", () => {
  inBothModes(({ ar, of }) => {
    it("is end / start − 1: 比2016年增长28.5%", () => {
      expect(ar.toNumber(relativeChange(ar, of("100"), of("128.5")))).toBeCloseTo(0.285, 14);
    });

    it("is negative for a decline, −100% to zero, and may fall below −100% to a negative end", () => {
      expect(ar.toNumber(relativeChange(ar, of("100"), of("96.15")))).toBeCloseTo(-0.0385, 14);
      expect(ar.toNumber(relativeChange(ar, of("100"), of("0")))).toBe(-1);
      expect(ar.toNumber(relativeChange(ar, of("100"), of("-50")))).toBe(-1.5);
    });

    it("is 0 for no change", () => {
      expect(ar.toNumber(relativeChange(ar, of("276"), of("276")))).toBe(0);
    });

    it("fails from a base of zero with division_by_zero", () => {
      const f = failure(() => relativeChange(ar, of("0"), of("5")));
      expect(f.code).toBe("division_by_zero");
      expect(f.message).toMatch(/base of zero/);
      expect(failure(() => relativeChange(ar, of("0"), of("0"))).code).toBe("division_by_zero");
    });

    it("fails from a negative base, which reads backwards", () => {
      const f = failure(() => relativeChange(ar, of("-10"), of("5")));
      expect(f.code).toBe("domain");
      expect(f.message).toMatch(/negative base/);
    });
  });

  it("is exact in decimal: 128.5 / 100 − 1 is 0.285", () => {
    expect(relativeChange(D, new Dec("100"), new Dec("128.5")).toString()).toBe("0.285");
    expect(relativeChange(F, 100, 128.5)).not.toBe(0.285);
  });
});

describe("change(x, y0, y1) in formulas", () => {
  it("reads x at both years and yields a change in %", () => {
    const f = checked("change(gdp, 2016, 2021)");
    expect(resultUnit(f)).toBe("%");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "series",
      fn: "change",
      slot: slot("gdp"),
      from: { kind: "absolute", year: 2016 },
      to: { kind: "absolute", year: 2021 },
    });
  });

  it("refuses a period whose end is not after its start", () => {
    expect(problem("change(gdp, 2021, 2016)").message).toBe("change needs a period whose end comes after its start");
    expect(problem("change(gdp, 2021, 2021)").code).toBe("wrong_arguments");
  });
});

describe("growth(x) in formulas", () => {
  it("is change(x, t-1, t)", () => {
    const growth = checked("growth(gdp)");
    expect(resultUnit(growth)).toBe("%");
    expect(withoutSpans(growth.expr)).toEqual(withoutSpans(checked("change(gdp, t-1, t)").expr));
    expect(growth.expr).toMatchObject({
      fn: "change",
      from: { kind: "relative", offset: -1 },
      to: { kind: "relative", offset: 0 },
    });
  });

  it("growth(x, y) is the growth in year y: change(x, y-1, y)", () => {
    expect(withoutSpans(checked("growth(gdp, 2021)").expr)).toEqual(
      withoutSpans(checked("change(gdp, 2020, 2021)").expr),
    );
    expect(withoutSpans(checked("growth(gdp, t-2)").expr)).toEqual(withoutSpans(checked("change(gdp, t-3, t-2)").expr));
  });

  it("refuses a year outside the timeline", () => {
    expect(problem("growth(gdp, 2030)").code).toBe("year_outside_timeline");
  });

  it("needs an indicator named bare", () => {
    expect(problem("growth(gdp[t])").code).toBe("wrong_arguments");
  });
});
