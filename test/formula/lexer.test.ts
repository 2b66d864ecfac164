import { describe, expect, it } from "vitest";
import { isNamePart, isNameStart } from "../../src/formula/index.js";
import { lexFormula } from "../../src/formula/lexer.js";

describe("isNameStart and isNamePart", () => {
  it("let names start with ASCII letters, _ and CJK ideographs", () => {
    for (const ch of ["a", "Z", "_", "地", "区", "㐀", "豈"]) expect(isNameStart(ch), ch).toBe(true);
    for (const ch of ["1", "%", ".", " ", "（", "é", "α"]) expect(isNameStart(ch), ch).toBe(false);
  });

  it("let names continue with digits", () => {
    expect(isNamePart("7")).toBe(true);
    expect(isNamePart("地")).toBe(true);
    expect(isNamePart("-")).toBe(false);
  });
});

describe("lexFormula", () => {
  it("splits names and numbers with their spans, leaving operators to mathjs", () => {
    const { tokens, mathjsText } = lexFormula("gdp[t-1] * 1.05");
    expect(tokens).toEqual([
      { kind: "name", text: "gdp", span: { start: 0, end: 3 } },
      { kind: "name", text: "t", span: { start: 4, end: 5 } },
      { kind: "number", text: "1", span: { start: 6, end: 7 }, literal: "plain", digits: "1" },
      { kind: "number", text: "1.05", span: { start: 11, end: 15 }, literal: "plain", digits: "1.05" },
    ]);
    expect(mathjsText).toBe("gdp[t-1] * 1.05");
  });

  it("joins a number and its %, pp or 百分点 into one literal, and blanks the suffix for mathjs at the same offsets", () => {
    const text = "a + 5 % + 0.6pp - 2百分点";
    const { tokens, mathjsText } = lexFormula(text);
    expect(tokens.filter((t) => t.kind === "number")).toEqual([
      { kind: "number", text: "5 %", span: { start: 4, end: 7 }, literal: "percent", digits: "5" },
      { kind: "number", text: "0.6pp", span: { start: 10, end: 15 }, literal: "pp", digits: "0.6" },
      { kind: "number", text: "2百分点", span: { start: 18, end: 22 }, literal: "pp", digits: "2" },
    ]);
    expect(mathjsText).toBe("a + 5   + 0.6   - 2   ");
    expect(mathjsText.length).toBe(text.length);
  });

  it("reads exponents and leading points as part of a number", () => {
    expect(lexFormula("1.5e-3%").tokens).toEqual([
      { kind: "number", text: "1.5e-3%", span: { start: 0, end: 7 }, literal: "percent", digits: "1.5e-3" },
    ]);
    expect(lexFormula(".5").tokens[0]).toMatchObject({ kind: "number", digits: ".5" });
  });

  it("keeps Chinese names whole", () => {
    expect(lexFormula("地区生产总值/常住人口").tokens.map((t) => t.text)).toEqual(["地区生产总值", "常住人口"]);
  });

  it("does not take the operator words and, or, not, mod … as names", () => {
    expect(lexFormula("a and not b or c mod d").tokens.map((t) => t.text)).toEqual(["a", "b", "c", "d"]);
  });

  it("reads strings, with escapes, as single tokens so that nothing inside them counts", () => {
    const { tokens, strayPercent } = lexFormula('x + "5% \\" gdp"');
    expect(tokens).toEqual([
      { kind: "name", text: "x", span: { start: 0, end: 1 } },
      { kind: "string", text: '"5% \\" gdp"', span: { start: 4, end: 15 } },
    ]);
    expect(strayPercent).toBeUndefined();
  });

  it("marks the first % that follows no number", () => {
    expect(lexFormula("a % b").strayPercent).toBe(2);
    expect(lexFormula("(a+b)%").strayPercent).toBe(5);
    expect(lexFormula("5%%").strayPercent).toBe(2);
    expect(lexFormula("5% + 3%").strayPercent).toBeUndefined();
  });

  it("takes a word after a number as pp only when it is exactly pp or 百分点", () => {
    expect(lexFormula("5ppm").tokens.map((t) => [t.kind, t.text])).toEqual([
      ["number", "5"],
      ["name", "ppm"],
    ]);
    expect(lexFormula("5 pp").tokens.map((t) => [t.kind, t.text])).toEqual([
      ["number", "5"],
      ["name", "pp"],
    ]);
  });
});
