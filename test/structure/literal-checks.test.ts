import { describe, expect, it } from "vitest";
import { parseQuantityLiteral, plainLiteral, type QuantityLiteral } from "../../src/core/index.js";
import { checkLiteralForUnit } from "../../src/structure/literal-checks.js";
import { parseUnit } from "../../src/units/index.js";

const unit = (name: string) => parseUnit(name).unit;
const lit = (text: string): QuantityLiteral => parseQuantityLiteral(text)!;
const where = { indicator: "x", path: ["indicators", "x", "value"], what: "the value" };

describe("checkLiteralForUnit", () => {
  it("reports a bare number above 1 for a % indicator as a percent_slip, with the intended percentage in the hint", () => {
    const issue = checkLiteralForUnit(plainLiteral(38.62), unit("%"), where, {})!;
    expect(issue.code).toBe("percent_slip");
    expect(issue.indicator).toBe("x");
    expect(issue.path).toEqual(["indicators", "x", "value"]);
    expect(issue.message).toContain("3862%");
    expect(issue.hint).toBe("write 38.62% (a ratio of 0.3862)");
  });

  it("suggests pp for a percentage-point indicator", () => {
    const issue = checkLiteralForUnit(plainLiteral(4.8), unit("百分点"), where, {})!;
    expect(issue.code).toBe("percent_slip");
    expect(issue.hint).toContain("4.8pp");
  });

  it("reports a negative slip too", () => {
    expect(checkLiteralForUnit(plainLiteral(-3), unit("%"), where, {})!.code).toBe("percent_slip");
  });

  it("accepts a bare ratio between −1 and 1 and a written percentage for a % indicator", () => {
    expect(checkLiteralForUnit(plainLiteral(0.3862), unit("%"), where, {})).toBeUndefined();
    expect(checkLiteralForUnit(plainLiteral(1), unit("%"), where, {})).toBeUndefined();
    expect(checkLiteralForUnit(lit("38.62%"), unit("%"), where, {})).toBeUndefined();
    expect(checkLiteralForUnit(lit("0.6pp"), unit("百分点"), where, {})).toBeUndefined();
  });

  it("refuses a percentage or a pp value for a level indicator as unit_mismatch", () => {
    const pct = checkLiteralForUnit(lit("5%"), unit("亿元"), where, {})!;
    expect(pct.code).toBe("unit_mismatch");
    expect(pct.message).toContain("亿元");
    expect(checkLiteralForUnit(lit("0.6pp"), unit("万人"), where, {})!.code).toBe("unit_mismatch");
  });

  it("accepts any bare number for a level, and anything when no unit is declared", () => {
    expect(checkLiteralForUnit(plainLiteral(276), unit("亿元"), where, {})).toBeUndefined();
    expect(checkLiteralForUnit(lit("5%"), undefined, where, {})).toBeUndefined();
    expect(checkLiteralForUnit(plainLiteral(38), undefined, where, {})).toBeUndefined();
  });

  it("adds the file position from the source's locator", () => {
    const issue = checkLiteralForUnit(plainLiteral(38.62), unit("%"), where, {
      file: "m.yaml",
      locate: () => ({ line: 4, column: 12 }),
    })!;
    expect(issue.file).toBe("m.yaml");
    expect(issue.line).toBe(4);
    expect(issue.column).toBe(12);
  });
});
