import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D, floatArithmetic as F } from "../../../src/core/index.js";
import { cagr } from "../../../src/formula/index.js";
import { failure } from "../../core/expect-failure.js";
import { checked, problem, resultUnit, slot, TARGET } from "../helpers.js";
import { inBothModes } from "../../core/modes.js";

describe("cagr", () => {
  inBothModes(({ ar, of }) => {
    it("is 5% for 276 grown at 5% for five years", () => {
      expect(ar.toNumber(cagr(ar, of("276"), of("352.25371125"), 5))).toBeCloseTo(0.05, 14);
    });

    it("is the plain change over a one-year period", () => {
      expect(ar.toNumber(cagr(ar, of("100"), of("105.3"), 1))).toBeCloseTo(0.053, 14);
    });

    it("is negative for a decline and 0 for no change", () => {
      expect(ar.toNumber(cagr(ar, of("100"), of("81"), 2))).toBeCloseTo(-0.1, 14);
      expect(ar.toNumber(cagr(ar, of("42"), of("42"), 7))).toBe(0);
    });

    it("gives −100% when the end value is 0", () => {
      expect(ar.toNumber(cagr(ar, of("276"), of("0"), 5))).toBe(-1);
    });

    it("fails from a zero start: there is no growth rate from nothing", () => {
      const f = failure(() => cagr(ar, of("0"), of("10"), 5));
      expect(f.code).toBe("domain");
      expect(f.message).toMatch(/positive starting value/);
    });

    it("fails from a negative start", () => {
      expect(failure(() => cagr(ar, of("-10"), of("10"), 5)).code).toBe("domain");
      expect(failure(() => cagr(ar, of("-10"), of("-20"), 5)).code).toBe("domain");
    });

    it("fails when the value changes sign over the period", () => {
      const f = failure(() => cagr(ar, of("10"), of("-1"), 5));
      expect(f.code).toBe("domain");
      expect(f.message).toMatch(/changes sign/);
    });

    it("fails for a period that does not run forward", () => {
      expect(failure(() => cagr(ar, of("1"), of("2"), 0)).message).toBe(
        "cagr needs a period that runs forward: its end is its start",
      );
      expect(failure(() => cagr(ar, of("1"), of("2"), -3)).code).toBe("domain");
    });
  });

  it("is exactly 5% in decimal for 276 grown exactly 5% a year", () => {
    expect(cagr(D, new Dec("276"), new Dec("352.25371125"), 5).toString()).toBe("0.05");
    expect(cagr(F, 276, 352.25371125, 5)).not.toBe(0.05);
  });

  it("is (2)^(1/3) − 1 with the root rounded to 34 digits in decimal", () => {
    // 2^(1/3) = 1.259921049894873164767210607278228350570…, rounded to 34 significant digits, then 1 subtracted exactly.
    expect(cagr(D, new Dec(1), new Dec(2), 3).toString()).toBe("0.259921049894873164767210607278228");
  });

  it("keeps 34 significant digits in decimal", () => {
    expect(cagr(D, new Dec("1.1"), new Dec("2.3"), 7).sd()).toBeLessThanOrEqual(34);
  });
});

describe("cagr(x, y0, y1) in formulas", () => {
  it("reads x from y0 to y1 and yields a rate in %", () => {
    const f = checked("cagr(gdp, 2016, 2021)");
    expect(resultUnit(f)).toBe("%");
    expect(f.expr).toMatchObject({
      kind: "series",
      fn: "cagr",
      slot: slot("gdp"),
      from: { kind: "absolute", year: 2016 },
      to: { kind: "absolute", year: 2021 },
    });
  });

  it("compares with a percentage in a target", () => {
    expect(checked("cagr(gdp, 2016, 2021) >= 5%", TARGET).type).toEqual({ kind: "condition" });
  });

  it("takes years relative to the cell: the five-year growth to t", () => {
    expect(checked("cagr(gdp, t-5, t)").expr).toMatchObject({
      from: { kind: "relative", offset: -5 },
      to: { kind: "relative", offset: 0 },
    });
  });

  it("refuses a period whose end is not after its start", () => {
    expect(problem("cagr(gdp, 2021, 2016)")).toEqual({
      code: "wrong_arguments",
      message: "cagr needs a period whose end comes after its start",
      span: { start: 0, end: 21 },
      hint: "write the earlier year first, as in cagr(x, 2016, 2021)",
    });
    expect(problem("cagr(gdp, 2021, 2021)").code).toBe("wrong_arguments");
    expect(problem("cagr(gdp, t, t-5)").code).toBe("wrong_arguments");
  });
});
