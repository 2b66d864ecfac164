import { describe, expect, it } from "vitest";
import { Dec, decimalArithmetic as D } from "../../../src/core/index.js";
import { elasticity } from "../../../src/formula/functions/elasticity.js";
import { cagr } from "../../../src/formula/index.js";
import { failure } from "../../core/expect-failure.js";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";
import { inBothModes } from "../../core/modes.js";

describe("elasticity", () => {
  inBothModes(({ ar, of }) => {
    it("is the ratio of the two growth rates", () => {
      expect(ar.toNumber(elasticity(ar, of("0.03"), of("0.06")))).toBe(0.5);
      expect(ar.toNumber(elasticity(ar, of("-0.02"), of("0.05")))).toBeCloseTo(-0.4, 15);
      expect(ar.toNumber(elasticity(ar, of("0"), of("0.05")))).toBe(0);
    });

    it("fails against a quantity that did not grow, with division_by_zero", () => {
      const f = failure(() => elasticity(ar, of("0.03"), of("0")));
      expect(f.code).toBe("division_by_zero");
      expect(f.message).toMatch(/did not grow/);
      expect(failure(() => elasticity(ar, of("0"), of("0"))).code).toBe("division_by_zero");
    });

    it("of energy against GDP over a period: cagr of energy over cagr of GDP", () => {
      const energy = cagr(ar, of("100"), of("110.25"), 2);
      const gdp = cagr(ar, of("276"), of("333.96"), 2);
      expect(ar.toNumber(elasticity(ar, energy, gdp))).toBeCloseTo(0.5, 13);
    });
  });

  it("is exact in decimal where the rates divide exactly", () => {
    expect(elasticity(D, new Dec("0.012"), new Dec("0.048")).toString()).toBe("0.25");
  });
});

describe("elasticity(x, y, y0, y1) in formulas", () => {
  it("reads both indicators over the period and yields a plain ratio", () => {
    const f = checked("elasticity(energy, gdp, 2016, 2021)");
    expect(resultUnit(f)).toBe("1");
    expect(withoutSpans(f.expr)).toEqual({
      kind: "elasticity",
      slot: slot("energy"),
      of: slot("gdp"),
      from: { kind: "absolute", year: 2016 },
      to: { kind: "absolute", year: 2021 },
    });
  });

  it("refuses a period whose end is not after its start, and a non-indicator argument", () => {
    expect(problem("elasticity(energy, gdp, 2021, 2016)").message).toBe(
      "elasticity needs a period whose end comes after its start",
    );
    expect(problem("elasticity(energy, 5%, 2016, 2021)").message).toBe(
      "the second argument of elasticity must be an indicator named bare, like gdp",
    );
  });
});
