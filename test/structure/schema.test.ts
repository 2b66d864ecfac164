import { describe, expect, it } from "vitest";
import { modelJsonSchema, modelSchema, overrideSchema } from "../../src/structure/schema.js";
import { isNonFiniteMessage, quantitySchema } from "../../src/structure/quantity-schema.js";

describe("quantitySchema", () => {
  it("reads a bare number as a plain literal in the indicator's unit", () => {
    const q = quantitySchema.parse(276);
    expect(q.value).toBe(276);
    expect(q.kind).toBe("plain");
  });

  it("reads 5% as exactly 0.05", () => {
    const q = quantitySchema.parse("5%");
    expect(q.value).toBe(0.05);
    expect(q.exact).toBe("0.05");
    expect(q.kind).toBe("percent");
  });

  it("reads 38.62% as the ratio 0.3862", () => {
    expect(quantitySchema.parse("38.62%").exact).toBe("0.3862");
  });

  it("reads 0.6pp and 0.6百分点 as exactly 0.006", () => {
    for (const text of ["0.6pp", "0.6百分点"]) {
      const q = quantitySchema.parse(text);
      expect(q.exact).toBe("0.006");
      expect(q.kind).toBe("pp");
    }
  });

  it("refuses text that is not a number", () => {
    const result = quantitySchema.safeParse("abc");
    expect(result.success).toBe(false);
  });

  it("refuses Infinity and NaN with the non-finite message", () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      const result = quantitySchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(isNonFiniteMessage(result.error!.issues[0]!.message)).toBe(true);
    }
  });
});

describe("overrideSchema", () => {
  it("accepts a constant, values by year and a growth path", () => {
    expect(overrideSchema.safeParse("6%").success).toBe(true);
    expect(overrideSchema.safeParse({ 2022: "6%" }).success).toBe(true);
    expect(overrideSchema.safeParse({ growth: "5%" }).success).toBe(true);
    expect(overrideSchema.safeParse({ growth: "5%", from: 2022, start: 10 }).success).toBe(true);
  });
});

describe("modelSchema", () => {
  it("accepts the README's example shape", () => {
    const result = modelSchema.safeParse({
      name: "门头沟区 2021 政府工作报告",
      years: [2016, 2025],
      baseYear: 2021,
      indicators: {
        gdp: {
          label: { zh: "地区生产总值", en: "GDP" },
          unit: "亿元",
          history: { 2021: { value: 276, quote: "预计2021年完成地区生产总值276亿元" } },
          projection: "gdp[t-1] * (1 + gdp_growth)",
        },
        gdp_growth: { unit: "%", value: "5%" },
      },
      scenarios: { baseline: {}, faster: { extends: "baseline", set: { gdp_growth: "6%" } } },
      targets: { t: { label: "x", kind: "预期性", check: "gdp[2025] > 1" } },
      levers: { gdp_growth: { min: "-20%", max: "10%" } },
      uncertainty: { gdp_growth: { normal: { mean: "5%", sd: "1%" } } },
    });
    expect(result.success).toBe(true);
  });

  it("refuses unknown fields (strict objects)", () => {
    const result = modelSchema.safeParse({ years: [2016, 2025], baseYear: 2021, indicators: { a: { valu: 1 } } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe("unrecognized_keys");
  });

  it("refuses a timeline that is not two whole years", () => {
    expect(modelSchema.safeParse({ years: [2016.5, 2025], baseYear: 2021, indicators: {} }).success).toBe(false);
    expect(modelSchema.safeParse({ years: [2016, 2020, 2025], baseYear: 2021, indicators: {} }).success).toBe(false);
  });

  it("refuses a history keyed by something that is not a year", () => {
    expect(
      modelSchema.safeParse({ years: [2016, 2025], baseYear: 2021, indicators: { a: { history: { soon: 1 } } } })
        .success,
    ).toBe(false);
  });
});

describe("modelJsonSchema", () => {
  it("is a JSON Schema object with the model's top-level fields", () => {
    const schema = modelJsonSchema();
    expect(schema.$schema).toContain("json-schema.org");
    expect(schema.type).toBe("object");
    const properties = schema.properties as Record<string, unknown>;
    for (const key of ["years", "baseYear", "indicators", "scenarios", "targets", "levers", "uncertainty", "groups"]) {
      expect(properties).toHaveProperty(key);
    }
    expect(schema.required).toEqual(expect.arrayContaining(["years", "baseYear", "indicators"]));
  });

  it("describes an indicator's fields", () => {
    const text = JSON.stringify(modelJsonSchema());
    for (const field of ["history", "formula", "projection", "backcast", "value", "assumption"])
      expect(text).toContain(`"${field}"`);
  });

  it("is serializable as JSON", () => {
    expect(() => JSON.parse(JSON.stringify(modelJsonSchema()))).not.toThrow();
  });
});
