import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/core/index.js";
import { parseFormula, toSExpression, type Expr } from "../../src/formula/index.js";

const RUNS = { seed: 42, numRuns: 200 };

/** A formula as text, with the S-expression it must parse to. */
interface Sample {
  readonly text: string;
  readonly sexp: string;
}

const names = fc.constantFrom("gdp", "x1", "地区生产总值", "人口", "re_share", "t");
const digits = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([m, d]) => new Dec(m).div(new Dec(10).pow(d)).toFixed(d));

const leaf: fc.Arbitrary<Sample> = fc.oneof(
  names.map((n) => ({ text: n, sexp: n })),
  digits.map((d) => ({ text: d, sexp: d })),
  fc.tuple(digits, fc.constantFrom("%", "pp", "百分点")).map(([d, s]) => ({ text: d + s, sexp: d + s })),
  fc
    .tuple(fc.constantFrom("gdp", "能耗"), fc.integer({ min: 2016, max: 2025 }))
    .map(([n, y]) => ({ text: `${n}[${y}]`, sexp: `(ref ${n} ${y})` })),
  fc
    .tuple(fc.constantFrom("gdp", "能耗"), fc.integer({ min: 1, max: 5 }))
    .map(([n, k]) => ({ text: `${n}[t-${k}]`, sexp: `(ref ${n} (- t ${k}))` })),
);

/** Fully parenthesised trees of + − × ÷ ^, comparisons and calls, so that the expected shape is unambiguous. */
const { formula } = fc.letrec<{ formula: Sample }>((tie) => ({
  formula: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc
      .tuple(tie("formula"), fc.constantFrom("+", "-", "*", "/", "^"), tie("formula"))
      .map(([a, op, b]) => ({ text: `(${a.text} ${op} ${b.text})`, sexp: `(${op} ${a.sexp} ${b.sexp})` })),
    fc
      .tuple(fc.constantFrom("abs", "exp", "sqrt"), tie("formula"))
      .map(([f, a]) => ({ text: `${f}(${a.text})`, sexp: `(${f} ${a.sexp})` })),
    fc
      .tuple(tie("formula"), tie("formula"))
      .map(([a, b]) => ({ text: `max(${a.text}, ${b.text})`, sexp: `(max ${a.sexp} ${b.sexp})` })),
  ),
}));

/** Every node of a tree. */
function nodes(expr: Expr): Expr[] {
  const out: Expr[] = [];
  const stack = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    out.push(e);
    switch (e.kind) {
      case "ref":
        if (e.index) stack.push(e.index);
        break;
      case "negate":
      case "not":
        stack.push(e.arg);
        break;
      case "sum":
        stack.push(...e.terms.map((t) => t.expr));
        break;
      case "product":
        stack.push(...e.factors.map((f) => f.expr));
        break;
      case "power":
        stack.push(e.base, e.exponent);
        break;
      case "compare":
      case "logic":
        stack.push(e.left, e.right);
        break;
      case "call":
        stack.push(...e.args);
        break;
      default:
        break;
    }
  }
  return out;
}

describe("parseFormula (properties)", () => {
  it("parses any fully parenthesised formula to the tree it writes", () => {
    fc.assert(
      fc.property(formula, ({ text, sexp }) => {
        const outcome = parseFormula(text);
        expect(outcome.ok).toBe(true);
        if (outcome.ok) expect(toSExpression(outcome.expr)).toBe(sexp);
      }),
      RUNS,
    );
  });

  it("gives every name, number and node a span inside the text that shows its own text", () => {
    fc.assert(
      fc.property(formula, fc.constantFrom("", " ", "  "), ({ text }, pad) => {
        const padded = pad + text;
        const outcome = parseFormula(padded);
        if (!outcome.ok) throw new Error(outcome.problem.message);
        for (const node of nodes(outcome.expr)) {
          expect(node.span.start).toBeGreaterThanOrEqual(0);
          expect(node.span.end).toBeLessThanOrEqual(padded.length);
          expect(node.span.start).toBeLessThan(node.span.end);
          if (node.kind === "number") expect(padded.slice(node.span.start, node.span.end)).toBe(node.text);
          if (node.kind === "ref") expect(padded.slice(node.nameSpan.start, node.nameSpan.end)).toBe(node.name);
          if (node.kind === "t") expect(padded.slice(node.span.start, node.span.end)).toBe("t");
          if (node.kind === "call") expect(padded.slice(node.nameSpan.start, node.nameSpan.end)).toBe(node.name);
        }
      }),
      RUNS,
    );
  });

  it("reads d%, d pp and d百分点 as exactly d / 100 in any position of a sum", () => {
    fc.assert(
      fc.property(digits, fc.constantFrom("%", "pp", "百分点"), fc.boolean(), (d, suffix, first) => {
        const literal = d + suffix;
        const outcome = parseFormula(first ? `${literal} + gdp` : `gdp - ${literal}`);
        if (!outcome.ok || outcome.expr.kind !== "sum") throw new Error("expected a sum");
        const term = outcome.expr.terms[first ? 0 : 1]!.expr;
        expect(term.kind).toBe("number");
        if (term.kind !== "number") return;
        const ratio = new Dec(d).div(100);
        expect(new Dec(term.exact).equals(ratio)).toBe(true);
        expect(term.value).toBe(ratio.toNumber());
        expect(term.literal).toBe(suffix === "%" ? "percent" : "pp");
      }),
      RUNS,
    );
  });

  it("flattens a chain of n additions and subtractions into one sum of n + 1 terms", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }), (subtracts) => {
        const text = `x0${subtracts.map((s, i) => ` ${s ? "-" : "+"} x${i + 1}`).join("")}`;
        const outcome = parseFormula(text);
        if (!outcome.ok || outcome.expr.kind !== "sum") throw new Error("expected a sum");
        expect(outcome.expr.terms.map((t) => t.subtract)).toEqual([false, ...subtracts]);
        expect(outcome.expr.terms.map((t) => (t.expr.kind === "ref" ? t.expr.name : "?"))).toEqual(
          subtracts.map((_, i) => `x${i}`).concat(`x${subtracts.length}`),
        );
      }),
      RUNS,
    );
  });
});
