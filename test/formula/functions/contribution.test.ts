import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { floatArithmetic as F } from "../../../src/core/index.js";
import { buildModel } from "../../../src/evaluation/index.js";
import { contribution } from "../../../src/formula/functions/contribution.js";
import { failure } from "../../core/expect-failure.js";
import { inBothModes } from "../../core/modes.js";
import { checked, problem, resultUnit, slot, withoutSpans } from "../helpers.js";

describe("contribution", () => {
  inBothModes(({ ar, of }) => {
    it("is the part's change over the total the year before: 3 of 250 is 1.2 points", () => {
      expect(ar.toNumber(contribution(ar, of("103"), of("100"), of("250")))).toBeCloseTo(0.012, 14);
      expect(ar.toNumber(contribution(ar, of("95"), of("100"), of("250")))).toBeCloseTo(-0.02, 14);
    });

    it("fails against a total that was zero or negative", () => {
      expect(failure(() => contribution(ar, of("1"), of("0"), of("0"))).code).toBe("division_by_zero");
      const f = failure(() => contribution(ar, of("1"), of("0"), of("-5")));
      expect(f.code).toBe("domain");
      expect(f.message).toMatch(/negative/);
    });
  });

  it("adds up over the parts to the total's growth (property)", () => {
    const level = fc.double({ min: 1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 6 }), (parts) => {
        const before = parts.reduce((s, [b]) => s + b, 0);
        const now = parts.reduce((s, [, n]) => s + n, 0);
        const total = parts.reduce((s, [b, n]) => s + contribution(F, n, b, before), 0);
        expect(total).toBeCloseTo(now / before - 1, 9);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe("contribution(part, total) and contribution(part, total, y)", () => {
  it("read the part in y and y − 1 and the total in y − 1, in percentage points", () => {
    const f = checked("contribution(primary, gdp)");
    expect(resultUnit(f)).toBe("百分点");
    const cell = (name: string, offset: number) => ({
      kind: "cell",
      slot: slot(name),
      at: { kind: "relative", offset },
    });
    expect(withoutSpans(f.expr)).toEqual({
      kind: "call",
      fn: "contribution",
      args: [cell("primary", 0), cell("primary", -1), cell("gdp", -1)],
    });
    const fixed = checked("contribution(primary, gdp, 2021)");
    expect(withoutSpans(fixed.expr)).toMatchObject({
      args: [
        { at: { kind: "absolute", year: 2021 } },
        { at: { kind: "absolute", year: 2020 } },
        { at: { kind: "absolute", year: 2020 } },
      ],
    });
  });

  it("brings part and total to one scale (a 万元 part of a 亿元 total: the total in 万元)", () => {
    const f = checked("contribution(tertiary, gdp)");
    const [now, before, total] = (withoutSpans(f.expr) as { args: unknown[] }).args;
    expect(now).toMatchObject({ kind: "cell" });
    expect(before).toMatchObject({ kind: "cell" });
    expect(total).toMatchObject({ kind: "scale", num: 10000, den: 1 });
  });

  it("refuses a part and a total of different kinds, naming both", () => {
    const p = problem("contribution(energy, gdp)");
    expect(p.code).toBe("unit_mismatch");
    expect(p.message).toMatch(/万吨标准煤/);
    expect(p.message).toMatch(/亿元/);
  });

  it("is computed alike by the compiled evaluator, the interpreter and decimal mode, and is missing in the first year", () => {
    const model = buildModel({
      years: [2019, 2022],
      baseYear: 2020,
      indicators: {
        industry: { unit: "亿元", history: { 2019: 80, 2020: 100 }, formula: "industry[t-1] * 1.05" },
        services: { unit: "万元", history: { 2019: 1_200_000, 2020: 1_500_000 }, formula: "services[t-1] * 1.08" },
        gdp: { unit: "亿元", formula: "industry + services" },
        from_industry: { formula: "contribution(industry, gdp)" },
        from_services: { formula: "contribution(services, gdp)" },
        gdp_growth: { formula: "growth(gdp)" },
      },
    });
    for (const mode of ["float", "decimal"] as const) {
      for (const engine of ["compiled", "interpreter"] as const) {
        if (mode === "decimal" && engine === "compiled") continue;
        const run = model.run({ mode, engine });
        expect(run.get("from_industry", 2020)).toBeCloseTo(20 / 200, 12);
        expect(run.get("from_industry", 2019)).toBeNull();
        for (const year of [2020, 2021, 2022]) {
          expect(run.get("from_industry", year)! + run.get("from_services", year)!).toBeCloseTo(
            run.get("gdp_growth", year)!,
            12,
          );
        }
      }
    }
  });
});
