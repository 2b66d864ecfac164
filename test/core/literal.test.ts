import { describe, expect, it } from "vitest";
import { Dec, parseQuantityLiteral, plainLiteral } from "../../src/core/index.js";
import { PP_SUFFIXES } from "../../src/core/numbers/literal.js";

function read(text: string) {
  const literal = parseQuantityLiteral(text);
  if (!literal) throw new Error(`'${text}' did not read as a literal`);
  return literal;
}

describe("parseQuantityLiteral", () => {
  it("reads 5% as exactly 0.05, with exact text '0.05'", () => {
    expect(read("5%")).toEqual({ kind: "percent", value: 0.05, exact: "0.05", text: "5%" });
  });

  it("reads 0.62pp, 0.62百分点 and 0.62个百分点 as 0.0062 percentage points", () => {
    for (const text of ["0.62pp", "0.62百分点", "0.62个百分点"]) {
      expect(read(text)).toEqual({ kind: "pp", value: 0.0062, exact: "0.0062", text });
    }
  });

  it("keeps the sign of -3.85%", () => {
    expect(read("-3.85%")).toEqual({ kind: "percent", value: -0.0385, exact: "-0.0385", text: "-3.85%" });
  });

  it("reads 1.2e3 as the plain number 1200", () => {
    expect(read("1.2e3")).toEqual({ kind: "plain", value: 1200, exact: "1200", text: "1.2e3" });
    expect(read("1.2E-3").exact).toBe("0.0012");
  });

  it("reads a bare number in the indicator's own unit, unscaled", () => {
    expect(read("276")).toEqual({ kind: "plain", value: 276, exact: "276", text: "276" });
    expect(read("-20").value).toBe(-20);
  });

  it("divides a percentage or pp literal by 100 exactly, in decimal, not in binary", () => {
    expect(read("38.62%").exact).toBe("0.3862");
    expect(read("38.62%").value).toBe(0.3862);
    expect(read("0.1%").exact).toBe("0.001");
    expect(read("4.8个百分点").exact).toBe("0.048");
    expect(read("0.12345678901234567890123%").exact).toBe("0.0012345678901234567890123");
    expect(read("1e3%").exact).toBe("10");
  });

  it("keeps digits beyond double precision in the exact text", () => {
    const literal = read("0.1000000000000000000001");
    expect(literal.exact).toBe("0.1000000000000000000001");
    expect(literal.value).toBe(0.1);
  });

  it("accepts a sign, a leading or trailing point and spaces around the number and before %", () => {
    expect(read("+5").value).toBe(5);
    expect(read(".5").value).toBe(0.5);
    expect(read("5.").value).toBe(5);
    expect(read(" 5 % ")).toEqual({ kind: "percent", value: 0.05, exact: "0.05", text: "5 %" });
  });

  it("refuses text that is not one number with an optional suffix", () => {
    for (const text of [
      "二十",
      "5%%",
      "",
      " ",
      "%",
      "pp",
      "abc",
      "5.1.2",
      "1,000",
      "--5",
      "5 % %",
      "0x10",
      "5‰",
      "5percent",
      "Infinity",
      "NaN",
      "5 万",
    ]) {
      expect(parseQuantityLiteral(text), text).toBeUndefined();
    }
  });

  it("refuses a number beyond the double range instead of reading it as Infinity", () => {
    expect(parseQuantityLiteral("1e400")).toBeUndefined();
    expect(parseQuantityLiteral("-1e400%")).toBeUndefined();
  });

  it("gives an exact text that decimal mode reads back to the same ratio", () => {
    for (const text of ["5%", "-3.85%", "0.62pp", "276", "1.2e3", "0.001%"]) {
      const literal = read(text);
      expect(new Dec(literal.exact).toNumber()).toBe(literal.value);
    }
  });
});

describe("plainLiteral", () => {
  it("reads a number from JSON as the decimal it prints as", () => {
    expect(plainLiteral(0.1)).toEqual({ kind: "plain", value: 0.1, exact: "0.1", text: "0.1" });
    expect(plainLiteral(276)).toEqual({ kind: "plain", value: 276, exact: "276", text: "276" });
    expect(plainLiteral(1e21).exact).toBe("1000000000000000000000");
  });
});

describe("PP_SUFFIXES", () => {
  it("lists pp, 百分点 and 个百分点", () => {
    expect([...PP_SUFFIXES].sort()).toEqual(["pp", "个百分点", "百分点"].sort());
  });
});
