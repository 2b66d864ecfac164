import { describe, expect, it } from "vitest";
import { toSExpression, type Expr } from "../../src/formula/index.js";

const at = { start: 0, end: 1 };
const ref = (name: string, index?: Expr): Expr => ({
  kind: "ref",
  name,
  span: at,
  nameSpan: at,
  ...(index ? { index } : {}),
});
const num = (exact: string, literal: "plain" | "percent" | "pp" = "plain", text = exact): Expr => ({
  kind: "number",
  value: Number(exact),
  exact,
  literal,
  text,
  span: at,
});

describe("toSExpression", () => {
  it("prints gdp[t-1] * (1 + g) as (* (ref gdp (- t 1)) (+ 1 g))", () => {
    const lag: Expr = {
      kind: "sum",
      terms: [
        { subtract: false, expr: { kind: "t", span: at } },
        { subtract: true, expr: num("1") },
      ],
      span: at,
    };
    const growth: Expr = {
      kind: "sum",
      terms: [
        { subtract: false, expr: num("1") },
        { subtract: false, expr: ref("g") },
      ],
      span: at,
    };
    const expr: Expr = {
      kind: "product",
      factors: [
        { divide: false, expr: ref("gdp", lag) },
        { divide: false, expr: growth },
      ],
      span: at,
    };
    expect(toSExpression(expr)).toBe("(* (ref gdp (- t 1)) (+ 1 g))");
  });

  it("prints an n-ary sum as the left-to-right binary operations it stands for", () => {
    const expr: Expr = {
      kind: "sum",
      terms: [
        { subtract: false, expr: ref("a") },
        { subtract: true, expr: ref("b") },
        { subtract: false, expr: ref("c") },
        { subtract: true, expr: ref("d") },
      ],
      span: at,
    };
    expect(toSExpression(expr)).toBe("(- (+ (- a b) c) d)");
  });

  it("prints a one-term sum or product as the term", () => {
    expect(toSExpression({ kind: "sum", terms: [{ subtract: false, expr: ref("a") }], span: at })).toBe("a");
    expect(toSExpression({ kind: "product", factors: [{ divide: false, expr: ref("a") }], span: at })).toBe("a");
  });

  it("prints a plain number by its exact value and a percentage or pp as written", () => {
    expect(toSExpression(num("276"))).toBe("276");
    expect(toSExpression(num("0.05", "percent", "5%"))).toBe("5%");
    expect(toSExpression(num("0.006", "pp", "0.6百分点"))).toBe("0.6百分点");
  });

  it("prints every other kind of node", () => {
    expect(toSExpression({ kind: "t", span: at })).toBe("t");
    expect(toSExpression({ kind: "negate", arg: ref("a"), span: at })).toBe("(- a)");
    expect(toSExpression({ kind: "power", base: ref("a"), exponent: num("2"), span: at })).toBe("(^ a 2)");
    expect(toSExpression({ kind: "compare", op: ">=", left: ref("a"), right: num("1"), span: at })).toBe("(>= a 1)");
    expect(toSExpression({ kind: "logic", op: "or", left: ref("a"), right: ref("b"), span: at })).toBe("(or a b)");
    expect(toSExpression({ kind: "not", arg: ref("a"), span: at })).toBe("(not a)");
    expect(
      toSExpression({
        kind: "call",
        name: "cagr",
        args: [ref("gdp"), num("2016"), num("2021")],
        span: at,
        nameSpan: at,
      }),
    ).toBe("(cagr gdp 2016 2021)");
    expect(toSExpression(ref("gdp", num("2021")))).toBe("(ref gdp 2021)");
  });
});
