import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildModel, FloatResults, ModelError, type Model } from "../../src/evaluation/index.js";
import { compileEvaluator } from "../../src/evaluation/compile/compiled-evaluator.js";
import { loadModel } from "../../src/node.js";
import { ValueTable } from "../../src/structure/index.js";
import { collectReads, relativeYear } from "../../src/formula/checked.js";
import { kernelSource } from "../../src/evaluation/compile/emit.js";
import { resultDifferences } from "./same-results.js";

/** Evaluates with both engines and expects the same results; returns the interpreter's. */
function expectSame(model: Model, inputs: ValueTable = model.inputsOf()) {
  const compiled = model.compiled();
  expect(compiled).toBeDefined();
  const reference = model.evaluate(inputs, "float", "interpreter");
  expect(resultDifferences(reference, compiled!.evaluate(inputs))).toEqual([]);
  return reference;
}

function modelOf(definition: unknown): Model {
  try {
    return buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError && error.partial) return error.partial;
    throw error;
  }
}

const years = [2020, 2023];

/** `id[year]` of an evaluation: the value, or the problem's code. */
function cell(model: Model, results: ReturnType<typeof expectSame>, id: string, year: number): number | string {
  const index =
    model.structure.indicatorById.get(id)!.slot * model.structure.timeline.length +
    (year - model.structure.timeline.first);
  return results.failed[index] ? results.problems.get(index)!.code : results.values[index]!;
}

describe("compiled evaluation agrees with the interpreter", () => {
  it("on the Mentougou 2021 example, in every scenario", () => {
    const model = loadModel(resolve(__dirname, "../../examples/mentougou-2021/model.yaml"));
    for (const scenario of model.scenarios) expectSame(model, model.inputsOf(scenario));
    expect(model.run({ engine: "interpreter" }).toJSON()).toEqual(model.run().toJSON());
  });

  // Each case is a place where a kernel computing without checks could drift from the interpreter.
  const cases: [string, Record<string, unknown>, [string, number, number | string][], number?][] = [
    [
      "a division by zero",
      { a: { value: 0 }, b: { formula: "1 / a" }, c: { formula: "b + 1" } },
      [
        ["b", 2021, "division_by_zero"],
        ["c", 2021, "depends_on_missing"],
      ],
    ],
    [
      "input years without a value",
      { a: { value: { 2020: 1, 2022: 3 } }, b: { formula: "a * 2" } },
      [
        ["b", 2021, "depends_on_missing"],
        ["b", 2022, 6],
      ],
    ],
    [
      "a comparison with a missing value inside if",
      { a: { value: { 2020: 1 } }, b: { formula: "if(a > 0, 1, 2)" } },
      [
        ["b", 2020, 1],
        ["b", 2021, "depends_on_missing"],
      ],
    ],
    [
      "min and max of a missing value",
      { a: { value: { 2020: 1 } }, b: { formula: "min(a, 5) + max(2, a)" } },
      [
        ["b", 2020, 3],
        ["b", 2021, "depends_on_missing"],
      ],
    ],
    [
      "a missing value to the power 0 (1 in JavaScript)",
      { a: { value: { 2020: 1 } }, b: { formula: "a ^ 0" } },
      [["b", 2021, "depends_on_missing"]],
    ],
    [
      "an overflow that min swallows",
      { a: { value: 1000 }, b: { formula: "min(exp(a), 5)" }, c: { formula: "exp(a)" } },
      [
        ["b", 2020, 5],
        ["c", 2020, "not_finite"],
      ],
    ],
    [
      "a NaN the interpreter compares as equal",
      { a: { value: 1000 }, b: { formula: "if(exp(a) - exp(a) == 0, 1, 2)" } },
      [["b", 2020, 1]],
    ],
    [
      "a recurrence through a NaN the interpreter compares as equal",
      {
        x: { history: { 2020: 1 }, projection: "if(exp(x[t-1] * 1000) - exp(x[t-1] * 1000) == 0, x[t-1] + 1, 0)" },
        y: { formula: "x * 2" },
      },
      [
        ["x", 2023, 4],
        ["y", 2023, 8],
      ],
    ],
    [
      "a recurrence that overflows half way",
      { x: { history: { 2020: 1e200 }, projection: "x[t-1] * 1e60" } },
      [
        ["x", 2022, "not_finite"],
        ["x", 2023, "depends_on_missing"],
      ],
    ],
    ["minus zero", { a: { value: 0 }, b: { formula: "a * -1" } }, [["b", 2020, -0]]],
    [
      "a lag outside the timeline in a branch not taken",
      { x: { formula: "if(t == 2020, 1, x[t-1] + 1)" }, y: { formula: "y[t-1] + 1" } },
      [
        ["x", 2023, 4],
        ["y", 2020, "outside_timeline"],
      ],
    ],
    [
      "a backcast, run downwards",
      {
        g: { value: 0.1 },
        x: { history: { 2022: 121 }, projection: "x[t-1] * (1 + g)", backcast: "x[t+1] / (1 + g)" },
      },
      [
        ["x", 2020, 121 / 1.1 / 1.1],
        ["x", 2023, 121 * 1.1],
      ],
      2022,
    ],
    [
      "a mutual recurrence",
      { a: { history: { 2020: 1 }, projection: "b[t-1] + 1" }, b: { history: { 2020: 1 }, projection: "a[t-1] * 2" } },
      [["a", 2023, 5]],
    ],
    [
      "a circular definition and what depends on it",
      { a: { formula: "b + 1" }, b: { formula: "a * 2" }, c: { formula: "a + 1" }, d: { value: 1 } },
      [
        ["a", 2020, "cycle"],
        ["c", 2020, "depends_on_missing"],
        ["d", 2020, 1],
      ],
    ],
    [
      "a year-independent formula that fails",
      { x: { history: { 2020: 0, 2023: 5 } }, c: { formula: "cagr(x, 2020, 2023)" } },
      [
        ["c", 2020, "domain"],
        ["c", 2023, "domain"],
      ],
    ],
    [
      "a year-independent formula",
      { x: { history: { 2020: 1, 2023: 8 } }, c: { formula: "cagr(x, 2020, 2023)" }, d: { formula: "c * t" } },
      [
        ["c", 2022, 1],
        ["d", 2021, 2021],
      ],
    ],
    [
      "group aggregates across units, and an empty group",
      {
        a: { unit: "亿元", value: 1, groups: ["parts"] },
        b: { unit: "万元", value: 5000, groups: ["parts"] },
        total: { unit: "亿元", formula: "sumOf(parts)" },
        mean: { unit: "亿元", formula: "meanOf(parts)" },
        none: { formula: "meanOf(empty)" },
      },
      [
        ["total", 2020, 1.5],
        ["mean", 2020, 0.75],
        ["none", 2020, "domain"],
      ],
    ],
    [
      "group aggregates over most years (every year at once) and over one year",
      {
        a: { value: 1, groups: ["parts"] },
        b: { history: { 2020: 3, 2021: 4, 2022: 5, 2023: 6 }, groups: ["parts"] },
        m: { history: { 2020: 1 }, projection: "m[t-1] + meanOf(parts)" },
        q: { history: { 2020: 1, 2021: 1, 2022: 1 }, projection: "q[t-1] + sumOf(parts)" },
        total: { formula: "sumOf(parts)" },
      },
      [
        ["m", 2021, 3.5],
        ["m", 2023, 10],
        ["q", 2023, 8],
        ["total", 2022, 6],
      ],
    ],
    [
      "functions over years",
      {
        x: { history: { 2020: 100, 2021: 110, 2022: 121, 2023: 133.1 } },
        e: { history: { 2020: 10, 2021: 10.5, 2022: 11, 2023: 11.5 } },
        g: { formula: "growth(x)" },
        s: { formula: "sum(x, t-1, t)" },
        m: { formula: "mean(x, 2020, t)" },
        c: { formula: "change(x, 2020, t)" },
        el: { formula: "elasticity(e, x, 2020, 2023)" },
        r: { formula: "round(x, -1)" },
      },
      [
        ["g", 2020, "outside_timeline"],
        ["s", 2020, "outside_timeline"],
        ["c", 2020, "domain"],
        ["r", 2023, 130],
      ],
    ],
    // The year before the first that `growth(b, 2020)` reads lies outside b's series: the cell before it in memory
    // is the previous indicator's last year, which a kernel must never read.
    [
      "growth in the first year, after another indicator",
      {
        a: { value: 3 },
        b: { history: { 2020: 1, 2021: 2 }, projection: "b[t-1] * 1.1" },
        c: { formula: "growth(b, 2020)" },
      },
      [
        ["c", 2020, "outside_timeline"],
        ["c", 2023, "outside_timeline"],
      ],
      2021,
    ],
    [
      "growth in the first year, in every year's formula",
      { a: { value: 3 }, b: { value: 2 }, c: { formula: "growth(b, 2020) + t" } },
      [
        ["c", 2020, "outside_timeline"],
        ["c", 2023, "outside_timeline"],
      ],
    ],
    [
      "growth in the first year, in a branch not taken",
      { a: { value: 3 }, b: { value: 2 }, c: { formula: "if(t > 2020, growth(b, 2020), growth(b, t))" } },
      [
        ["c", 2020, "outside_timeline"],
        ["c", 2021, "outside_timeline"],
      ],
    ],
    [
      "a unit conversion",
      { a: { unit: "万元", value: 5000 }, b: { unit: "亿元", value: 2 }, share: { unit: "%", formula: "a / b" } },
      [["share", 2020, 0.25]],
    ],
    [
      "ids JavaScript gives a meaning",
      {
        constructor: { value: 2 },
        toString: { formula: "constructor * 3" },
        valueOf: { history: { 2020: 1 }, projection: "valueOf[t-1] + constructor" },
      },
      [
        ["toString", 2020, 6],
        ["valueOf", 2023, 7],
      ],
    ],
  ];

  it.each(cases)("with %s", (_name, indicators, expected, baseYear = 2020) => {
    const groups = { parts: {}, empty: {} };
    const model = modelOf({ years, baseYear, groups, indicators });
    const results = expectSame(model);
    for (const [id, year, value] of expected) {
      const got = cell(model, results, id, year);
      if (typeof value === "number" && typeof got === "number") expect(got, `${id}[${year}]`).toBeCloseTo(value, 12);
      else expect(got, `${id}[${year}]`).toBe(value);
    }
  });

  it("when one results buffer is filled again and again, with failures coming and going", () => {
    const model = buildModel({
      years,
      baseYear: 2020,
      indicators: { a: { value: 2 }, b: { formula: "1 / a" }, c: { formula: "b + a" } },
    });
    const compiled = model.compiled()!;
    const buffer = compiled.results();
    const good = model.inputsOf();
    const zero = good.clone();
    zero.setNumber(model.structure.indicatorById.get("a")!.slot * 4 + 1, 0);
    const empty = new ValueTable(good.float.length);
    for (const inputs of [zero, good, empty, zero, good]) {
      expect(
        resultDifferences(model.evaluate(inputs, "float", "interpreter"), compiled.evaluate(inputs, buffer)),
      ).toEqual([]);
    }
    expect(buffer.problems.size).toBe(0);
  });
});

describe("formulas as long as plansheet reads", () => {
  it("build and evaluate in both engines and in decimal", () => {
    const terms = 40_000;
    const formula = `${"a+".repeat(terms - 1)}a`;
    const model = buildModel({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 1 }, b: { formula }, c: { formula: `(${formula}) * t` } },
    });
    expectSame(model);
    expect(model.run().get("b", 2021)).toBe(terms);
    expect(model.run({ mode: "decimal" }).get("c", 2021)).toBe(terms * 2021);
  });
});

describe("walks and code generation over a sum of half a million terms", () => {
  // Built directly, past the parser's length limit: nothing may pass a node's terms as arguments or recurse on them.
  const term = { kind: "cell", slot: 0, at: relativeYear(0), span: { start: 0, end: 1 } } as const;
  const sum = {
    kind: "sum",
    terms: Array.from({ length: 500_000 }, () => ({ subtract: false, expr: term })),
    span: { start: 0, end: 1 },
  } as const;

  it("lists what it reads and generates its kernel", () => {
    expect(collectReads(sum).cells).toHaveLength(500_000);
    expect(kernelSource(sum, new Map([[0, 0]]), 2020, 2, "up").body.split("\n").length).toBeGreaterThan(1_000_000);
  });
});

describe("year-independent values in a reused buffer", () => {
  const model = buildModel({
    years,
    baseYear: 2020,
    indicators: {
      a: { value: 0 },
      k: { value: 1 },
      c: { formula: "a[2020] * k[2020] + 5" },
      z: { formula: "a[2020] * k[2020]" },
    },
  });
  const compiled = model.compiled()!;
  const at = (id: string) => model.structure.indicatorById.get(id)!.slot * 4;

  it("are right in every year when the value comes back unchanged, and when only its sign of zero changes", () => {
    const buffer = compiled.results();
    for (const k of [1, 1, -1, -1, 1]) {
      const inputs = model.inputsOf();
      for (let y = 0; y < 4; y++) inputs.setNumber(at("k") + y, k);
      expect(
        resultDifferences(model.evaluate(inputs, "float", "interpreter"), compiled.evaluate(inputs, buffer)),
      ).toEqual([]);
      expect(Object.is(buffer.values[at("z") + 3], k > 0 ? 0 : -0)).toBe(true);
    }
  });

  it("are written in every year of a buffer this evaluator did not fill, whatever it held", () => {
    const buffer = new FloatResults(compiled.results().values.length);
    buffer.values.fill(5);
    // z's value (0) already in its first years, something else in its last: a buffer that cannot be trusted
    buffer.values.set([0, 0, 0, 9], at("z"));
    compiled.evaluate(model.inputsOf(), buffer);
    expect([...buffer.values.subarray(at("z"), at("z") + 4)]).toEqual([0, 0, 0, 0]);
    expect([...buffer.values.subarray(at("c"), at("c") + 4)]).toEqual([5, 5, 5, 5]);
  });
});

describe("evaluation in place", () => {
  it("re-runs the model with the inputs written into the results buffer itself, as the interpreter would with them", () => {
    const model = buildModel({
      years,
      baseYear: 2020,
      indicators: { a: { value: 2 }, b: { formula: "1 / a" }, c: { formula: "b + a" } },
    });
    const compiled = model.compiled()!;
    const buffer = compiled.evaluate(model.inputsOf());
    const a2021 = model.structure.indicatorById.get("a")!.slot * 4 + 1;
    for (const value of [0, 4, Number.NaN, 8]) {
      buffer.values[a2021] = value;
      const inputs = model.inputsOf();
      if (Number.isNaN(value)) inputs.float[a2021] = Number.NaN;
      else inputs.setNumber(a2021, value);
      const table = new ValueTable(inputs.float.length);
      for (let cell = 0; cell < inputs.float.length; cell++)
        if (inputs.has(cell) && !Number.isNaN(inputs.float[cell]!))
          table.set(cell, { value: inputs.float[cell]!, exact: inputs.exactAt(cell)! });
      expect(
        resultDifferences(model.evaluate(table, "float", "interpreter"), compiled.evaluate(buffer, buffer)),
      ).toEqual([]);
    }
  });
});

describe("shared-formula detection", () => {
  /** M(n, 3): n chains of separate indicators, a group sum, shares and a cagr per chain. */
  function chains(n: number) {
    const indicators: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      indicators[`g_${i}`] = { value: `${i}%` };
      indicators[`x_${i}`] = {
        groups: ["chains"],
        history: { 2020: 100 + i },
        projection: `x_${i}[t-1] * (1 + g_${i})`,
      };
    }
    indicators.total = { formula: "sumOf(chains)" };
    for (let i = 0; i < n; i++) {
      indicators[`s_${i}`] = { formula: `x_${i} / total` };
      indicators[`c_${i}`] = { formula: `cagr(x_${i}, 2020, 2023)` };
    }
    return buildModel({ years, baseYear: 2020, groups: { chains: {} }, indicators });
  }

  it("compiles indicators whose formulas are the same up to the ids they name into one kernel each", () => {
    const model = chains(50);
    expectSame(model);
    // projections, the group sum, the shares, the cagrs: four steps and four kernels for 151 formulas
    expect(model.compiled()!.stats).toEqual({ cells: 201 * 4, steps: 4, kernels: 4 });
  });
});

describe("where JavaScript may not create code (a strict content security policy)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("compileEvaluator gives undefined when making a function throws an EvalError", () => {
    const model = buildModel({ years, baseYear: 2020, indicators: { a: { value: 1 }, b: { formula: "a + 1" } } });
    const refuse = () => {
      throw new EvalError("Code generation from strings disallowed for this context");
    };
    expect(compileEvaluator(model.structure, { makeFunction: refuse })).toBeUndefined();
  });

  it("does not hide other errors behind the fallback", () => {
    const model = buildModel({ years, baseYear: 2020, indicators: { a: { value: 1 }, b: { formula: "a + 1" } } });
    const broken = () => {
      throw new SyntaxError("Unexpected token");
    };
    expect(() => compileEvaluator(model.structure, { makeFunction: broken })).toThrow(SyntaxError);
  });

  it("runs the model with the interpreter instead", () => {
    const model = buildModel({ years, baseYear: 2020, indicators: { a: { value: 2 }, b: { formula: "1 / a" } } });
    vi.stubGlobal("Function", function refused() {
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    });
    expect(model.compiled()).toBeUndefined();
    const projection = model.run();
    vi.unstubAllGlobals();
    expect(projection.get("b", 2021)).toBe(0.5);
    expect(projection.toJSON()).toEqual(model.run({ engine: "interpreter" }).toJSON());
  });
});
