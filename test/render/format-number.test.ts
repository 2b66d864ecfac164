import { describe, expect, it } from "vitest";
import { formatLevel, formatSigned, formatValue } from "../../src/render/format-number.js";
import { parseUnit } from "../../src/units/index.js";

const unit = (name: string) => parseUnit(name).unit;

describe("formatValue", () => {
  it("prints a share as a percentage with up to two decimals", () => {
    expect(formatValue(0.4808, unit("%"))).toBe("48.08%");
    expect(formatValue(0.05, unit("%"))).toBe("5%");
    expect(formatValue(0.102, unit("%"))).toBe("10.2%");
    expect(formatValue(-0.03, unit("%"))).toBe("-3%");
  });

  it("prints a percentage-point quantity with its sign", () => {
    expect(formatValue(0.048, unit("百分点"))).toBe("+4.8pp");
    expect(formatValue(0.0055, unit("百分点"))).toBe("+0.55pp");
    expect(formatValue(-0.006, unit("pp"))).toBe("-0.6pp");
  });

  it("prints levels with digits for their size", () => {
    expect(formatValue(276, unit("亿元"))).toBe("276");
    expect(formatValue(292.63, unit("亿元"))).toBe("292.6");
    expect(formatValue(31.934, unit("亿元"))).toBe("31.93");
    expect(formatValue(4369.9, unit("亿元"))).toBe("4370");
    expect(formatValue(0.22834, unit("吨标准煤/万元"))).toBe("0.2283");
    expect(formatValue(60000, unit("元"))).toBe("60000");
    expect(formatValue(12.5, undefined)).toBe("12.5");
  });

  it("prints a missing value as a dash, never as 0 or NaN", () => {
    expect(formatValue(null, unit("亿元"))).toBe("—");
    expect(formatValue(null, unit("%"))).toBe("—");
  });
});

describe("formatLevel", () => {
  it("keeps four significant digits for small values and drops trailing zeros", () => {
    expect(formatLevel(0)).toBe("0");
    expect(formatLevel(0.000123456)).toBe("0.0001235");
    expect(formatLevel(1.5)).toBe("1.5");
    expect(formatLevel(100)).toBe("100");
    expect(formatLevel(-130.1)).toBe("-130.1");
    expect(formatLevel(123456.7)).toBe("123457");
  });
});

describe("formatSigned", () => {
  it("prints a margin of a share in percentage points with its sign and two decimals", () => {
    expect(formatSigned(-0.0016, unit("%"))).toBe("-0.16pp");
    expect(formatSigned(0.02, unit("%"))).toBe("+2.00pp");
    expect(formatSigned(-0.02, unit("百分点"))).toBe("-2.00pp");
    expect(formatSigned(0.000001, unit("%"))).toBe("+0.00pp");
    expect(formatSigned(0, unit("%"))).toBe("0.00pp");
    expect(formatSigned(-0, unit("%"))).toBe("0.00pp");
    expect(formatSigned(0, unit("亿元"))).toBe("0");
  });

  it("prints a margin of a level in its unit with its sign", () => {
    expect(formatSigned(-130.1, unit("亿元"))).toBe("-130.1");
    expect(formatSigned(369.9, unit("亿元"))).toBe("+369.9");
    expect(formatSigned(5, undefined)).toBe("+5");
  });

  it("prints a missing margin as a dash", () => {
    expect(formatSigned(null, unit("%"))).toBe("—");
  });
});
