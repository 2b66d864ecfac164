import fc from "fast-check";
import { create, parseDependencies } from "mathjs";
import { describe, expect, it } from "vitest";
import { isNameStart, lexFormula } from "../../src/formula/lexer.js";
import { mathjsParse } from "../../src/formula/mathjs-parser.js";
import { formulaText } from "../fuzz/grammar.js";

// The set-up plansheet used before the parser was cut down to its own factories: mathjs's parseDependencies,
// which bring units and matrices along. Both must read every text alike.
const full = create({ parseDependencies: parseDependencies! });
full.parse.isAlpha = (c: string) => isNameStart(c);

/** What a parse gives: the tree as mathjs serialises it, or the error's message and position. */
function outcome(parse: (text: string) => unknown, text: string): string {
  try {
    return JSON.stringify(parse(text));
  } catch (error) {
    const { message, char } = error as SyntaxError & { char?: number };
    return `error at ${char}: ${message}`;
  }
}

function sameAsFullSetUp(text: string): void {
  expect(outcome(mathjsParse(), text)).toBe(outcome((t) => full.parse(t), text));
  const { mathjsText } = lexFormula(text);
  expect(outcome(mathjsParse(), mathjsText)).toBe(outcome((t) => full.parse(t), mathjsText));
}

/** Characters formulas are made of, and those that break them. */
const ALPHABET = [
  ..."abxyz_0123456789.eE+-*/^()[],;:!=<>&|'\"%?{} \t\n国内生产总值增速πµ",
  "and",
  "or",
  "not",
  "xor",
  "mod",
  "to",
  "in",
  "t-1",
];

describe("the parser's own mathjs set-up", () => {
  it("reads formulas of the grammar as mathjs's full parser set-up does", () => {
    fc.assert(fc.property(formulaText(3), sameAsFullSetUp), { seed: 17, numRuns: 400 });
  });

  it("reads arbitrary text as mathjs's full parser set-up does, trees and errors alike", () => {
    const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, sameAsFullSetUp), { seed: 18, numRuns: 1_500 });
  });

  it("reads what the language refuses as mathjs does, so that the refusal is the same", () => {
    for (const text of [
      "a = 1",
      "f(x) = x",
      "[1, 2]",
      "a.b",
      "a ? b : c",
      "1:3",
      "{a: 1}",
      '"text"',
      "a'",
      "5!",
      "2 cm to m",
      "a[1, 2]",
      "x; y",
      "a\nb",
      "3x",
      "1e400",
      "0x1F",
      "0b101",
      "1.5e-3",
    ]) {
      sameAsFullSetUp(text);
    }
  });

  it("makes trees that cannot be evaluated by mathjs: it has only the parser", () => {
    const tree = mathjsParse()("a[1] + sum(b)") as { compile(): { evaluate(scope: object): unknown } };
    expect(() => tree.compile().evaluate({ a: [1], b: [2] })).toThrow();
  });
});
