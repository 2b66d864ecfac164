import fc from "fast-check";
import { FUNCTIONS } from "../../src/formula/index.js";
import type { ParamKind } from "../../src/formula/functions/index.js";

/**
 * Formula text from a grammar over the fuzz model (fuzz-model.ts): names that exist and names that do not,
 * lags and leads, fixed years inside and outside the timeline, every plansheet function with the right number of
 * arguments and with one too few or too many, comparisons and logic, nesting, unicode and extreme numbers.
 */
export const SERIES = ["a", "b", "c", "增速", "share"] as const;
const WILD = {
  names: [...SERIES, "g", "nope", "t", "constructor", "toString", "__proto__", "π", "a_b", "x1"],
  years: ["2020", "2021", "2023", "2025", "2019", "2026", "t", "t-1", "t+1", "t-3", "t+5", "2020.5", "-1", "1e20"],
  numbers: [
    "0",
    "1",
    "2",
    "0.5",
    "-3",
    "5%",
    "0.6pp",
    "1e308",
    "1e-308",
    "1e400",
    "5e-324",
    "123456789012345678901234567890",
    "0.1",
    "3百分点",
    "007",
    "1.50",
  ],
};
// Mostly what builds, so that evaluation is exercised as much as checking.
const TAME = {
  names: [...SERIES, ...SERIES, "t"],
  years: ["2020", "2021", "2023", "2025", "t", "t", "t-1", "t+1", "t-2"],
  numbers: ["0", "1", "2", "0.5", "-3", "5%", "0.6pp", "1e308", "1e-300", "0.1", "100"],
};
let NAMES = WILD.names;
let YEARS = WILD.years;
let NUMBERS = WILD.numbers;
const OPS = [" + ", " - ", " * ", " / ", " ^ ", " > ", " >= ", " < ", " <= ", " == ", " != ", " and ", " or "];

function argFor(kind: ParamKind, inner: fc.Arbitrary<string>): fc.Arbitrary<string> {
  switch (kind) {
    case "series":
      return fc.constantFrom(...SERIES, "g", "nope");
    case "year":
      return fc.constantFrom(...YEARS);
    case "group":
      return fc.constantFrom("g", "empty", "a", "nope");
    case "integer":
      return fc.constantFrom("0", "1", "2", "-2", "30", "31", "1e20", "2000000000", "1.5");
    case "condition":
      return fc.oneof(
        fc.tuple(inner, fc.constantFrom(" > ", " <= ", " == "), inner).map(([l, op, r]) => `${l}${op}${r}`),
        inner,
      );
    default:
      return inner;
  }
}

const calls = [...FUNCTIONS.values()];

/**
 * A formula of bounded depth: `depth` levels of operators, calls, parentheses and negation around leaves; `wild`
 * leaves include names, years and numbers that cannot build, tame ones mostly build.
 */
export function formulaText(depth: number, wild = true): fc.Arbitrary<string> {
  ({ names: NAMES, years: YEARS, numbers: NUMBERS } = wild ? WILD : TAME);
  return formulaOf(depth);
}

function formulaOf(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...SERIES, "nope"), fc.constantFrom(...YEARS)).map(([x, y]) => `${x}[${y}]`),
    },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  );
  if (depth <= 0) return leaf;
  const inner = formulaOf(depth - 1);
  const call = fc
    .tuple(fc.integer({ min: 0, max: calls.length - 1 }), fc.integer({ min: -1, max: 1 }))
    .chain(([k, extra]) => {
      const spec = calls[k]!;
      const count = Math.max(
        0,
        spec.params.length + (extra === 0 ? 0 : extra) - (extra === 0 && spec.optional ? 0 : 0),
      );
      const kinds = Array.from(
        { length: count },
        (_, i) => spec.params[Math.min(i, spec.params.length - 1)] ?? "number",
      );
      return fc.tuple(...kinds.map((kind) => argFor(kind, inner))).map((args) => `${spec.name}(${args.join(", ")})`);
    });
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 3, arbitrary: fc.tuple(inner, fc.constantFrom(...OPS), inner).map(([l, op, r]) => `${l}${op}${r}`) },
    { weight: 3, arbitrary: call },
    { weight: 1, arbitrary: inner.map((e) => `(${e})`) },
    { weight: 1, arbitrary: inner.map((e) => `-${e}`) },
    { weight: 1, arbitrary: inner.map((e) => `not ${e}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SERIES), inner).map(([x, e]) => `${x}[t-1] * (1 + ${e})`) },
  );
}

/** Deep nesting near and past the parser's depth limit. */
export const deepFormula: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 150, max: 260 }), fc.constantFrom("(", "abs(", "-", "exp(log("))
  .map(([n, open]) => {
    const close = open === "(" || open === "abs(" ? ")" : open === "-" ? "" : "))";
    return `${open.repeat(n)}a${close.repeat(n)}`;
  });
