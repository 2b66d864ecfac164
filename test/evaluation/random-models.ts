import fc from "fast-check";
import { buildModel, ModelError, type Model } from "../../src/evaluation/index.js";

/*
 * Random planning models for differential tests: inputs (constants and series with gaps, zeros included),
 * levels reported in some years and projected or backcast, a group, and derived indicators whose formulas are
 * random trees of every construct the language has — lags and leads, sums, products, divisions (by zero too),
 * powers, shares, cagr, growth, contribution, change, ppchange, sums and means over years, elasticity, group aggregates, if,
 * min/max, comparisons and logic, round, exp/log/sqrt/abs. Families of derived indicators share one formula
 * shape over different indicators, as shared-formula detection expects. Formulas may name any indicator, later
 * ones and themselves included, so some models have cycles or formulas that do not build: then the partial
 * model is what gets evaluated.
 */

type YearForm = "t" | "t-1" | "t+1" | "t-2" | "first" | "base" | "last";

export type Tree =
  | { readonly k: "ref"; readonly i: number; readonly at: YearForm }
  | { readonly k: "num"; readonly text: string }
  | { readonly k: "year" }
  | { readonly k: "unary"; readonly op: "-" | "abs" | "sqrt" | "log" | "exp" | "round"; readonly a: Tree }
  | { readonly k: "binary"; readonly op: "+" | "-" | "*" | "/" | "^"; readonly a: Tree; readonly b: Tree }
  | { readonly k: "extremum"; readonly op: "min" | "max"; readonly a: Tree; readonly b: Tree; readonly c?: Tree }
  | { readonly k: "if"; readonly cond: Cond; readonly a: Tree; readonly b: Tree }
  | {
      readonly k: "series";
      readonly fn: "cagr" | "change" | "ppchange" | "sum" | "mean";
      readonly i: number;
      readonly period: number;
    }
  | { readonly k: "growth"; readonly i: number }
  | { readonly k: "contribution"; readonly i: number; readonly j: number }
  | { readonly k: "elasticity"; readonly i: number; readonly j: number }
  | { readonly k: "aggregate"; readonly fn: "sumOf" | "meanOf" };

export type Cond =
  | { readonly k: "compare"; readonly op: "<" | "<=" | ">" | ">=" | "==" | "!="; readonly a: Tree; readonly b: Tree }
  | { readonly k: "logic"; readonly op: "and" | "or"; readonly a: Cond; readonly b: Cond }
  | { readonly k: "not"; readonly a: Cond };

const NUMBERS = ["0", "1", "2.5", "-3", "5%", "100", "0.5", "1e300", "-0", "0.1"];
const PERIODS: readonly (readonly [YearForm, YearForm])[] = [
  ["first", "last"],
  ["t-1", "t"],
  ["first", "t"],
  ["t-2", "t"],
  ["base", "t+1"],
];

const { tree } = fc.letrec<{ tree: Tree; cond: Cond }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 4, depthSize: "small" },
    fc.record({
      k: fc.constant("ref" as const),
      i: fc.nat(40),
      at: fc.constantFrom<YearForm>("t", "t", "t-1", "t+1", "t-2", "first", "base", "last"),
    }),
    fc.record({ k: fc.constant("num" as const), text: fc.constantFrom(...NUMBERS) }),
    fc.constant({ k: "year" as const }),
    fc.record({
      k: fc.constant("unary" as const),
      op: fc.constantFrom(
        "-" as const,
        "abs" as const,
        "sqrt" as const,
        "log" as const,
        "exp" as const,
        "round" as const,
      ),
      a: tie("tree"),
    }),
    fc.record({
      k: fc.constant("binary" as const),
      op: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const, "^" as const),
      a: tie("tree"),
      b: tie("tree"),
    }),
    fc.record(
      {
        k: fc.constant("extremum" as const),
        op: fc.constantFrom("min" as const, "max" as const),
        a: tie("tree"),
        b: tie("tree"),
        c: fc.option(tie("tree"), { nil: undefined }),
      },
      { requiredKeys: ["k", "op", "a", "b"] },
    ),
    fc.record({ k: fc.constant("if" as const), cond: tie("cond"), a: tie("tree"), b: tie("tree") }),
    fc.record({
      k: fc.constant("series" as const),
      fn: fc.constantFrom("cagr" as const, "change" as const, "ppchange" as const, "sum" as const, "mean" as const),
      i: fc.nat(40),
      period: fc.nat(PERIODS.length - 1),
    }),
    fc.record({ k: fc.constant("growth" as const), i: fc.nat(40) }),
    fc.record({ k: fc.constant("contribution" as const), i: fc.nat(40), j: fc.nat(40) }),
    fc.record({ k: fc.constant("elasticity" as const), i: fc.nat(40), j: fc.nat(40) }),
    fc.record({ k: fc.constant("aggregate" as const), fn: fc.constantFrom("sumOf" as const, "meanOf" as const) }),
  ),
  cond: fc.oneof(
    { maxDepth: 2, depthSize: "small" },
    fc.record({
      k: fc.constant("compare" as const),
      op: fc.constantFrom("<" as const, "<=" as const, ">" as const, ">=" as const, "==" as const, "!=" as const),
      a: tie("tree"),
      b: tie("tree"),
    }),
    fc.record({
      k: fc.constant("logic" as const),
      op: fc.constantFrom("and" as const, "or" as const),
      a: tie("cond"),
      b: tie("cond"),
    }),
    fc.record({ k: fc.constant("not" as const), a: tie("cond") }),
  ),
}));

interface Timeline {
  readonly first: number;
  readonly base: number;
  readonly last: number;
}

function yearText(at: YearForm, years: Timeline): string {
  return at === "first"
    ? String(years.first)
    : at === "base"
      ? String(years.base)
      : at === "last"
        ? String(years.last)
        : at;
}

/** Formula text of a tree; `ids` are the model's indicators, `shift` rotates which ones a family member names. */
export function render(t: Tree, ids: readonly string[], years: Timeline, shift = 0): string {
  const id = (i: number) => ids[(i + shift) % ids.length]!;
  const r = (x: Tree) => render(x, ids, years, shift);
  switch (t.k) {
    case "ref":
      return t.at === "t" ? id(t.i) : `${id(t.i)}[${yearText(t.at, years)}]`;
    case "num":
      return t.text;
    case "year":
      return "t";
    case "unary":
      if (t.op === "-") return `-(${r(t.a)})`;
      if (t.op === "round") return `round(${r(t.a)}, 2)`;
      return `${t.op}(${r(t.a)})`;
    case "binary":
      return `(${r(t.a)}) ${t.op} (${t.op === "^" ? (t.b.k === "num" ? t.b.text : "2") : r(t.b)})`;
    case "extremum":
      return `${t.op}(${r(t.a)}, ${r(t.b)}${t.c ? `, ${r(t.c)}` : ""})`;
    case "if":
      return `if(${renderCond(t.cond, ids, years, shift)}, ${r(t.a)}, ${r(t.b)})`;
    case "series": {
      const [from, to] = PERIODS[t.period]!;
      return `${t.fn}(${id(t.i)}, ${yearText(from, years)}, ${yearText(to, years)})`;
    }
    case "growth":
      return `growth(${id(t.i)})`;
    case "contribution":
      return `contribution(${id(t.i)}, ${id(t.j)})`;
    case "elasticity":
      return `elasticity(${id(t.i)}, ${id(t.j)}, ${years.first}, ${years.last})`;
    case "aggregate":
      return `${t.fn}(grp)`;
  }
}

function renderCond(c: Cond, ids: readonly string[], years: Timeline, shift: number): string {
  switch (c.k) {
    case "compare":
      return `(${render(c.a, ids, years, shift)}) ${c.op} (${render(c.b, ids, years, shift)})`;
    case "logic":
      return `(${renderCond(c.a, ids, years, shift)}) ${c.op} (${renderCond(c.b, ids, years, shift)})`;
    case "not":
      return `not (${renderCond(c.a, ids, years, shift)})`;
  }
}

const inputArb = fc.oneof(
  fc.record({
    kind: fc.constant("constant" as const),
    text: fc.constantFrom("0", "1", "5%", "-3%", "2.5", "-1", "0.5"),
  }),
  fc.record({
    kind: fc.constant("series" as const),
    values: fc.array(fc.option(fc.constantFrom("0", "1", "5%", "-2", "0.25"), { nil: undefined }), {
      minLength: 7,
      maxLength: 7,
    }),
  }),
);

const levelArb = fc.record({
  value: fc.constantFrom("100", "0", "-50", "3.5", "1e200"),
  also: fc.option(fc.nat(6), { nil: undefined }),
  projection: fc.constantFrom("L[t-1] * (1 + G)", "L[t-1] + G", "L[t-1] / G", "L[t-1] * L[t-1]"),
  backcast: fc.option(fc.constantFrom("L[t+1] / (1 + G)", "L[t+1] - G"), { nil: undefined }),
  input: fc.nat(5),
  inGroup: fc.boolean(),
});

/** A random model definition (see the top of this file). */
export const randomModel = fc
  .record({
    length: fc.integer({ min: 2, max: 7 }),
    baseOffset: fc.nat(6),
    inputs: fc.array(inputArb, { minLength: 1, maxLength: 3 }),
    levels: fc.array(levelArb, { minLength: 1, maxLength: 3 }),
    derived: fc.array(tree, { minLength: 1, maxLength: 5 }),
    families: fc.array(fc.record({ tree, size: fc.integer({ min: 2, max: 4 }) }), { maxLength: 2 }),
    emptyGroup: fc.boolean(),
  })
  .map(({ length, baseOffset, inputs, levels, derived, families, emptyGroup }) => {
    const first = 2020;
    const years: Timeline = { first, base: first + (baseOffset % length), last: first + length - 1 };
    const indicators: Record<string, Record<string, unknown>> = {};
    const ids: string[] = [];
    inputs.forEach((input, k) => {
      const id = `g${k}`;
      ids.push(id);
      if (input.kind === "constant") indicators[id] = { value: input.text };
      else {
        const value: Record<string, string> = {};
        input.values.slice(0, length).forEach((v, y) => v !== undefined && (value[String(first + y)] = v));
        // A series input with no value at all is still an input (every year a gap).
        indicators[id] = Object.keys(value).length > 0 ? { value } : { value: { [String(first)]: "1" } };
      }
    });
    levels.forEach((level, k) => {
      const id = `x${k}`;
      ids.push(id);
      const g = `g${level.input % inputs.length}`;
      const history: Record<string, string> = { [String(years.base)]: level.value };
      if (level.also !== undefined && level.also < length) history[String(first + level.also)] = "42";
      indicators[id] = {
        history,
        projection: level.projection.replaceAll("L", id).replaceAll("G", g),
        ...(level.backcast ? { backcast: level.backcast.replaceAll("L", id).replaceAll("G", g) } : {}),
        ...(level.inGroup && !emptyGroup ? { groups: ["grp"] } : {}),
      };
    });
    const formulas: string[] = [];
    derived.forEach((_, k) => formulas.push(`d${k}`));
    families.forEach((f, k) => {
      for (let j = 0; j < f.size; j++) formulas.push(`f${k}_${j}`);
    });
    const all = [...ids, ...formulas];
    derived.forEach((t, k) => (indicators[`d${k}`] = { formula: render(t, all, years) }));
    families.forEach((f, k) => {
      for (let j = 0; j < f.size; j++) indicators[`f${k}_${j}`] = { formula: render(f.tree, all, years, j) };
    });
    return { years: [years.first, years.last], baseYear: years.base, groups: { grp: {} }, indicators };
  });

/** The model, or the partial model of a definition with errors (cycles, formulas that do not build). */
export function modelOf(definition: unknown): Model | undefined {
  try {
    return buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError) return error.partial;
    throw error;
  }
}
