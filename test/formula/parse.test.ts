import { afterEach, describe, expect, it, vi } from "vitest";
import { Dec } from "../../src/core/index.js";
import { parseFormula, toSExpression, type Expr } from "../../src/formula/index.js";
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from "../../src/formula/parse.js";
import { parseProblem, parsed } from "./helpers.js";

const sexp = (text: string): string => toSExpression(parsed(text));

function numberOf(text: string): Expr & { kind: "number" } {
  const expr = parsed(text);
  if (expr.kind !== "number") throw new Error(`'${text}' is a ${expr.kind}, not a number`);
  return expr;
}

describe("parseFormula: references and years", () => {
  it("reads an id as the indicator in the same year", () => {
    expect(parsed("gdp")).toEqual({
      kind: "ref",
      name: "gdp",
      span: { start: 0, end: 3 },
      nameSpan: { start: 0, end: 3 },
    });
  });

  it("reads t as the year being computed", () => {
    expect(parsed("t")).toEqual({ kind: "t", span: { start: 0, end: 1 } });
  });

  it("reads x[t-1] as a lag, with the index and both spans", () => {
    const expr = parsed("x[t-1]");
    expect(toSExpression(expr)).toBe("(ref x (- t 1))");
    expect(expr).toMatchObject({ kind: "ref", name: "x", nameSpan: { start: 0, end: 1 }, span: { start: 0, end: 6 } });
    expect(sexp("gdp[t - 1]")).toBe("(ref gdp (- t 1))");
    expect(sexp("x[t+2]")).toBe("(ref x (+ t 2))");
  });

  it("reads x[2021] as an absolute year", () => {
    expect(sexp("x[2021]")).toBe("(ref x 2021)");
  });

  it("reads Chinese ids as names: 地区生产总值 / 人口", () => {
    const expr = parsed("地区生产总值 / 人口");
    expect(toSExpression(expr)).toBe("(/ 地区生产总值 人口)");
    expect(expr).toMatchObject({
      kind: "product",
      factors: [
        { divide: false, expr: { kind: "ref", name: "地区生产总值", span: { start: 0, end: 6 } } },
        { divide: true, expr: { kind: "ref", name: "人口", span: { start: 9, end: 11 } } },
      ],
    });
    expect(sexp("常住人口2[2021]")).toBe("(ref 常住人口2 2021)");
  });
});

describe("parseFormula: number literals", () => {
  it("reads 5% as exactly 0.05, never as mathjs's 1.05 factor", () => {
    const five = numberOf("5%");
    expect(five).toMatchObject({
      kind: "number",
      value: 0.05,
      literal: "percent",
      text: "5%",
      span: { start: 0, end: 2 },
    });
    expect(new Dec(five.exact).equals("0.05")).toBe(true);
  });

  it("reads 5 % with a space as the same literal", () => {
    const five = numberOf("5 %");
    expect(five.value).toBe(0.05);
    expect(five.literal).toBe("percent");
    expect(five.span).toEqual({ start: 0, end: 3 });
    expect(new Dec(five.exact).equals("0.05")).toBe(true);
  });

  it("reads 0.6pp and 0.6百分点 as exactly 0.006 percentage points", () => {
    for (const text of ["0.6pp", "0.6百分点"]) {
      const pp = numberOf(text);
      expect(pp.value).toBe(0.006);
      expect(pp.literal).toBe("pp");
      expect(pp.text).toBe(text);
      expect(pp.span).toEqual({ start: 0, end: text.length });
      expect(new Dec(pp.exact).equals("0.006")).toBe(true);
    }
  });

  it("keeps a + 5% a sum of a and the literal 0.05, not a * 1.05", () => {
    const expr = parsed("a + 5%");
    expect(toSExpression(expr)).toBe("(+ a 5%)");
    expect(expr).toMatchObject({
      kind: "sum",
      terms: [{ subtract: false }, { subtract: false, expr: { kind: "number", value: 0.05 } }],
    });
    expect(sexp("a - 0.6pp")).toBe("(- a 0.6pp)");
    expect(sexp("a * 5%")).toBe("(* a 5%)");
    expect(sexp("5% * a")).toBe("(* 5% a)");
    expect(sexp("a <= 5%")).toBe("(<= a 5%)");
  });

  it("divides percentages written with exponents or odd points by 100 exactly", () => {
    expect(new Dec(numberOf("1e3%").exact).equals(10)).toBe(true);
    expect(numberOf("1e3%").value).toBe(10);
    expect(new Dec(numberOf(".5%").exact).equals("0.005")).toBe(true);
    expect(new Dec(numberOf("5.%").exact).equals("0.05")).toBe(true);
    expect(new Dec(numberOf("38.62%").exact).equals("0.3862")).toBe(true);
    expect(numberOf("38.62%").value).toBe(0.3862);
  });

  it("keeps a plain literal's digits beyond double precision", () => {
    const n = numberOf("0.1000000000000000000001");
    expect(n.exact).toBe("0.1000000000000000000001");
    expect(n.value).toBe(0.1);
    expect(n.literal).toBe("plain");
  });

  it("reads 1e3 as the plain number 1000", () => {
    expect(numberOf("1e3")).toMatchObject({ value: 1000, literal: "plain", exact: "1e3" });
  });

  it("needs pp directly after the digits: 0.6 pp is two terms side by side", () => {
    expect(parseProblem("0.6 pp").code).toBe("refused_construct");
    expect(parseProblem("5ppm").code).toBe("refused_construct");
  });
});

describe("parseFormula: operators", () => {
  it("gives * and / precedence over + and -, and ^ over both", () => {
    expect(sexp("a+b*c^2")).toBe("(+ a (* b (^ c 2)))");
    expect(sexp("(a+b)*c")).toBe("(* (+ a b) c)");
    expect(sexp("a/(b/c)")).toBe("(/ a (/ b c))");
  });

  it("makes ^ right-associative and binds unary minus looser than ^", () => {
    expect(sexp("a^b^c")).toBe("(^ a (^ b c))");
    expect(sexp("-a^2")).toBe("(- (^ a 2))");
    expect(sexp("x ^ -1")).toBe("(^ x (- 1))");
  });

  it("reads a - b + c as one sum, evaluated left to right", () => {
    const expr = parsed("a - b + c");
    expect(toSExpression(expr)).toBe("(+ (- a b) c)");
    expect(expr).toMatchObject({ kind: "sum", terms: [{ subtract: false }, { subtract: true }, { subtract: false }] });
  });

  it("reads a * b / c * d as one product", () => {
    const expr = parsed("a * b / c * d");
    expect(toSExpression(expr)).toBe("(* (/ (* a b) c) d)");
    expect(expr.kind).toBe("product");
    expect(expr.kind === "product" && expr.factors.map((f) => f.divide)).toEqual([false, false, true, false]);
  });

  it("keeps a parenthesised sum inside a sum as its own node", () => {
    const expr = parsed("a - (b + c)");
    expect(toSExpression(expr)).toBe("(- a (+ b c))");
    expect(expr.kind === "sum" && expr.terms.length).toBe(2);
  });

  it("drops unary plus and keeps unary minus", () => {
    expect(parsed("+a")).toMatchObject({ kind: "ref", name: "a" });
    expect(sexp("a - -b")).toBe("(- a (- b))");
  });

  it("reads comparisons, and, or, not", () => {
    expect(sexp("a >= b")).toBe("(>= a b)");
    expect(sexp("a != b")).toBe("(!= a b)");
    expect(sexp("a == b")).toBe("(== a b)");
    expect(sexp("a < b and c > d")).toBe("(and (< a b) (> c d))");
    expect(sexp("a < b or not (c > d)")).toBe("(or (< a b) (not (> c d)))");
  });

  it("reads a call of a function with its arguments and spans", () => {
    const expr = parsed("cagr(gdp, 2016, 2021)");
    expect(toSExpression(expr)).toBe("(cagr gdp 2016 2021)");
    expect(expr).toMatchObject({
      kind: "call",
      name: "cagr",
      nameSpan: { start: 0, end: 4 },
      span: { start: 0, end: 21 },
    });
    expect(sexp("if(a > 1, b, c)")).toBe("(if (> a 1) b c)");
  });

  it("gives every leaf the span of its text", () => {
    const expr = parsed("gdp + gdpp * 10%");
    expect(expr).toMatchObject({
      span: { start: 0, end: 16 },
      terms: [
        { expr: { name: "gdp", span: { start: 0, end: 3 } } },
        {
          expr: {
            kind: "product",
            factors: [
              { expr: { name: "gdpp", span: { start: 6, end: 10 } } },
              { expr: { text: "10%", span: { start: 13, end: 16 } } },
            ],
          },
        },
      ],
    });
  });
});

describe("parseFormula: refused constructs", () => {
  it.each([
    ['x + "abc"', { start: 4, end: 9 }],
    ["x + 'abc'", { start: 4, end: 9 }],
    ["import(x)", { start: 0, end: 6 }],
    ['createUnit("a")', { start: 0, end: 10 }],
    ['evaluate("1+1")', { start: 0, end: 8 }],
    ["parse(x)", { start: 0, end: 5 }],
    ["compile(x)", { start: 0, end: 7 }],
    ["a = 1", { start: 0, end: 5 }],
    ["f(x) = x", { start: 0, end: 8 }],
    ["a.b", { start: 0, end: 1 }],
    ["a.b.c", { start: 0, end: 5 }],
    ["x?.y", { start: 0, end: 1 }],
    ["[1, 2]", { start: 0, end: 6 }],
    ["{a: 1}", { start: 0, end: 6 }],
    ["x[1, 2]", { start: 0, end: 1 }],
    ["1:3", { start: 0, end: 3 }],
    ["x[2016:2021]", { start: 0, end: 1 }],
    ["a ? b : c", { start: 0, end: 9 }],
    ["true", { start: 0, end: 4 }],
    ["false + 1", { start: 0, end: 5 }],
    ["null", { start: 0, end: 4 }],
    ["2x", { start: 0, end: 2 }],
    ["a % b", { start: 2, end: 3 }],
    ["(a+b)%", { start: 5, end: 6 }],
    ["5%%", { start: 2, end: 3 }],
    ["a mod b", { start: 0, end: 7 }],
    ["a; b", { start: 0, end: 4 }],
    ["a < b < c", { start: 0, end: 9 }],
    ["a!", { start: 0, end: 1 }],
    ["a'", { start: 0, end: 1 }],
    ["a & b", { start: 0, end: 5 }],
    ["a xor b", { start: 0, end: 7 }],
    ["1 to 2", { start: 0, end: 6 }],
    ["x[t-1][2]", { start: 0, end: 9 }],
    ["NaN", { start: 0, end: 3 }],
    ["Infinity", { start: 0, end: 8 }],
  ])("refuses %s with refused_construct at its span", (text, span) => {
    const problem = parseProblem(text);
    expect(problem.code).toBe("refused_construct");
    expect(problem.span).toEqual(span);
    expect(problem.message.length).toBeGreaterThan(10);
  });

  it("refuses hex, binary and octal numbers", () => {
    for (const text of ["0x1F", "0b101", "0o17", "a + 0x10"]) {
      const problem = parseProblem(text);
      expect(problem.code, text).toBe("refused_construct");
      expect(problem.message).toMatch(/decimal numbers/);
    }
  });

  it("names what was refused and says what to write instead", () => {
    expect(parseProblem('x + "abc"').message).toMatch(/string/);
    expect(parseProblem("import(x)").message).toMatch(/'import' is not allowed/);
    expect(parseProblem("a = 1").message).toMatch(/assignment/);
    expect(parseProblem("f(x) = x").message).toMatch(/function definition/);
    expect(parseProblem("a.b").message).toMatch(/property access/);
    expect(parseProblem("[1, 2]").message).toMatch(/matrix/);
    expect(parseProblem("1:3").message).toMatch(/range/);
    expect(parseProblem("a ? b : c").message).toMatch(/if\(condition, a, b\)/);
    expect(parseProblem("2x").hint).toMatch(/2 \* x/);
    expect(parseProblem("a % b").hint).toMatch(/5%/);
    expect(parseProblem("x[2016:2021]").hint).toMatch(/sum\(x, 2021, 2025\)/);
    expect(parseProblem("x[1, 2]").hint).toMatch(/gdp\[t-1\]/);
  });
});

describe("parseFormula: code in formulas never runs", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses x + "(process.exit(7))" and runs nothing', () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("process.exit was called");
    }) as never);
    const problem = parseProblem('x + "(process.exit(7))"');
    expect(problem.code).toBe("refused_construct");
    expect(problem.span).toEqual({ start: 4, end: 23 });
    expect(exit).not.toHaveBeenCalled();
  });

  it("refuses strings, evaluate and import that try to change global state", () => {
    const global = globalThis as Record<string, unknown>;
    for (const text of [
      'x + "(globalThis.__plansheet_pwned = 1)"',
      'evaluate("__plansheet_pwned = 1")',
      "import({__plansheet_pwned: 1})",
      "__plansheet_pwned = 1",
    ]) {
      expect(parseProblem(text).code, text).toBe("refused_construct");
    }
    expect(global.__plansheet_pwned).toBeUndefined();
  });
});

describe("parseFormula: syntax errors", () => {
  it("points at the character where the formula goes wrong", () => {
    const problem = parseProblem("a + * b");
    expect(problem.code).toBe("syntax");
    expect(problem.span).toEqual({ start: 4, end: 5 });
    expect(problem.message).toMatch(/^[a-z]/);
    expect(problem.message).not.toMatch(/\(char \d+\)/);
  });

  it("points at the end of a formula that stops early", () => {
    expect(parseProblem("a +")).toMatchObject({ code: "syntax", span: { start: 3, end: 3 } });
    expect(parseProblem("gdp + (1")).toMatchObject({ code: "syntax", span: { start: 8, end: 8 } });
    expect(parseProblem("x[t-1")).toMatchObject({ code: "syntax", span: { start: 5, end: 5 } });
  });

  it("counts a line break as one character", () => {
    expect(parseProblem("1 +\n* 2")).toMatchObject({ code: "syntax", span: { start: 4, end: 5 } });
  });

  it("refuses an empty formula", () => {
    expect(parseProblem("")).toEqual({ code: "syntax", message: "the formula is empty", span: { start: 0, end: 0 } });
    expect(parseProblem("   ").code).toBe("syntax");
  });
});

describe("parseFormula: size and depth", () => {
  it("parses a 10,000-term sum into one flat node without overflowing the stack", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(" + ");
    const expr = parsed(text);
    expect(expr.kind).toBe("sum");
    if (expr.kind !== "sum") return;
    expect(expr.terms).toHaveLength(10_000);
    expect(expr.terms.every((t) => t.expr.kind === "ref" && !t.subtract)).toBe(true);
    expect(expr.terms[9_999]!.expr).toMatchObject({ name: "x9999" });
    expect(expr.span).toEqual({ start: 0, end: text.length });
    expect(toSExpression(expr).startsWith("(+ (+ (+ ")).toBe(true);
  });

  it("parses 10,000 alternating subtractions and 10,000 factors flat", () => {
    const minus = parsed(Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(" - "));
    expect(minus.kind === "sum" && minus.terms.filter((t) => t.subtract).length).toBe(9_999);
    const product = parsed(Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(" * "));
    expect(product.kind === "product" && product.factors.length).toBe(10_000);
  });

  it(`accepts ${MAX_FORMULA_DEPTH} nested parentheses`, () => {
    const depth = MAX_FORMULA_DEPTH;
    expect(parsed(`${"(".repeat(depth)}x${")".repeat(depth)}`)).toMatchObject({ kind: "ref", name: "x" });
  });

  it("refuses deeper nesting with formula_too_deep over the whole formula", () => {
    for (const depth of [MAX_FORMULA_DEPTH + 1, 1_000, 20_000]) {
      const text = `${"(".repeat(depth)}x${")".repeat(depth)}`;
      const problem = parseProblem(text);
      expect(problem.code, `${depth}`).toBe("formula_too_deep");
      expect(problem.span).toEqual({ start: 0, end: text.length });
      expect(problem.hint).toMatch(/split/);
    }
  });

  it("refuses deep chains of unary minus, powers and calls with formula_too_deep", () => {
    expect(parseProblem(`${"-".repeat(5_000)}x`).code).toBe("formula_too_deep");
    expect(parseProblem(Array.from({ length: 5_000 }, () => "x").join("^")).code).toBe("formula_too_deep");
    expect(parseProblem(`${"abs(".repeat(300)}x${")".repeat(300)}`).code).toBe("formula_too_deep");
  });

  it(`refuses a formula longer than ${MAX_FORMULA_LENGTH.toLocaleString("en-US")} characters with formula_too_long, at the part past the limit`, () => {
    const text = Array.from({ length: 100_000 }, () => "a").join(" + ");
    const problem = parseProblem(text);
    expect(problem.code).toBe("formula_too_long");
    expect(problem.span).toEqual({ start: MAX_FORMULA_LENGTH, end: text.length });
    expect(parsed(`${"a+".repeat((MAX_FORMULA_LENGTH - 1) / 2)}a`).kind).toBe("sum");
  });

  it("parses a formula that is not too deep again after a deep one failed", () => {
    parseProblem(`${"(".repeat(5_000)}x${")".repeat(5_000)}`);
    expect(parseFormula("gdp[t-1] * (1 + g)").ok).toBe(true);
  });
});

describe("parseFormula: names as a claims file files them", () => {
  it("reads a part's or region's name with its · and its mention #N whole, with the text's own punctuation", () => {
    const text = "第一产业·investment#26 + 对共建“一带一路”国家·exports#3 * 2";
    const result = parseFormula(text, "filed");
    if (!result.ok) throw new Error(result.problem.message);
    expect(toSExpression(result.expr)).toBe("(+ 第一产业·investment#26 (* 对共建“一带一路”国家·exports#3 2))");
    expect(result.expr.kind === "sum" && result.expr.terms[1]!.expr.span).toEqual({
      start: text.indexOf("对共建"),
      end: text.length,
    });
  });

  it("refuses # in a model's formula, where mathjs would drop the rest as a comment", () => {
    for (const text of ["a#1 + b", "gdp * 2 # times two"]) {
      const result = parseFormula(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.message).toMatch(/'#' has no meaning in a formula/);
        expect(result.problem.span.start).toBe(text.indexOf("#"));
      }
    }
    expect(parseFormula("城镇·income + 1").ok).toBe(false);
    // a # in a string is the string's: the string is what is refused
    const string = parseFormula('if(x == "#", 1, 2)');
    expect(!string.ok && string.problem.message).toMatch(/string constant/);
  });
});
