import { describe, expect, it } from "vitest";
import { describeType } from "../../src/formula/typed.js";
import { poisoned } from "../../src/formula/typed.js";
import { DIMENSIONLESS, PERCENT, parseUnit } from "../../src/units/index.js";

describe("describeType", () => {
  it("names a unit, a plain ratio, a bare number, a condition and an invalid value", () => {
    expect(describeType({ kind: "unit", unit: parseUnit("亿元").unit })).toBe("亿元");
    expect(describeType({ kind: "unit", unit: PERCENT })).toBe("%");
    expect(describeType({ kind: "unit", unit: DIMENSIONLESS })).toBe("a plain ratio");
    expect(describeType({ kind: "free" })).toBe("a number without a unit");
    expect(describeType({ kind: "free", literal: 10 })).toBe("a number without a unit");
    expect(describeType({ kind: "condition" })).toBe("a condition (true or false)");
    expect(describeType({ kind: "error" })).toBe("an invalid value");
  });
});

describe("poisoned", () => {
  it("stands for a part already reported, with the error type and the part's span", () => {
    expect(poisoned({ start: 3, end: 7 })).toEqual({
      expr: { kind: "const", value: 0, exact: "0", span: { start: 3, end: 7 } },
      type: { kind: "error" },
    });
  });
});
