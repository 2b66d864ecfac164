import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellFailure, ScaleMode, floatArithmetic as ar, scaler } from "../../../src/core/index.js";
import { kernelArithmetic as K, logOp, powOp, sqrtOp } from "../../../src/evaluation/compile/kernel-arithmetic.js";
import { KERNEL_OPS, aggregateRow, kernelPrelude, planningOp } from "../../../src/evaluation/compile/kernel-ops.js";
import { ENDPOINT_RULES, FUNCTIONS, RANGE_RULES, VALUE_RULES, elasticityOfEnds } from "../../../src/formula/index.js";

const SEED = 1_234;

/** The interpreter's result, or NaN where it throws a CellFailure (what a kernel's operation must give). */
function orNaN(f: () => number): number {
  try {
    return f();
  } catch (error) {
    if (error instanceof CellFailure) return Number.NaN;
    throw error;
  }
}

/** Doubles with the values where operations fail: zeros, negatives, NaN, infinities. */
const number = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 2, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const years = fc.integer({ min: -2, max: 12 });

/** Same value, or NaN where the interpreter has none (a kernel may also give NaN where the interpreter has NaN). */
function expectSameOrNaN(kernel: number, interpreter: number): void {
  if (Number.isNaN(interpreter)) expect(kernel).toBeNaN();
  else expect(Object.is(kernel, interpreter), `${kernel} vs ${interpreter}`).toBe(true);
}

describe("the kernels' arithmetic against the interpreter's (property)", () => {
  it("pow, log, sqrt, div and root give the interpreter's value, or NaN where it fails", () => {
    fc.assert(
      fc.property(number, number, fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        // NaN ^ 0 is 1 in JavaScript: the kernel must not let a missing value through
        if (Number.isNaN(a)) expect(powOp(a, b)).toBeNaN();
        else
          expectSameOrNaN(
            powOp(a, b),
            orNaN(() => ar.pow(a, b)),
          );
        expectSameOrNaN(
          logOp(a),
          orNaN(() => ar.log(a)),
        );
        expectSameOrNaN(
          sqrtOp(a),
          orNaN(() => ar.sqrt(a)),
        );
        expectSameOrNaN(
          K.div(a, b),
          orNaN(() => ar.div(a, b)),
        );
        expectSameOrNaN(
          K.root(a, n),
          orNaN(() => ar.root(a, n)),
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("every planning function over a period's ends gives its float value, or NaN where that fails", () => {
    expect([...ENDPOINT_RULES.keys()].sort()).toEqual(["cagr", "change", "ppchange"]);
    fc.assert(
      fc.property(number, number, number, number, years, (x0, x1, y0, y1, n) => {
        for (const rule of ENDPOINT_RULES.values())
          expectSameOrNaN(
            rule(K, x0, x1, n),
            orNaN(() => rule(ar, x0, x1, n)),
          );
        expectSameOrNaN(
          elasticityOfEnds(K, x0, x1, y0, y1, n),
          orNaN(() => elasticityOfEnds(ar, x0, x1, y0, y1, n)),
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("every planning function of its arguments' values gives its float value, or NaN where that fails", () => {
    expect([...VALUE_RULES.keys()]).toEqual(["contribution"]);
    fc.assert(
      fc.property(fc.array(number, { minLength: 3, maxLength: 3 }), (args) => {
        for (const rule of VALUE_RULES.values())
          expectSameOrNaN(
            rule(K, args),
            orNaN(() => rule(ar, args)),
          );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("sums and means over years add from the first year on, on a Float64Array as on an array", () => {
    const v = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
    const sum = RANGE_RULES.get("sum")!;
    const mean = RANGE_RULES.get("mean")!;
    expect(sum(K, v, 0, 3)).toBe(0.1 + 0.2 + 0.3 + 0.4);
    expect(mean(K, v, 1, 2)).toBe((0.2 + 0.3) / 2);
    expect(sum(K, v, 2, 1)).toBeNaN();
    expect(sum(K, v, 0, 3)).toBe(sum(ar, [...v], 0, 3));
  });

  it("group aggregates add the members in order, each scaled as the interpreter scales it", () => {
    const v = Float64Array.from([1, 2, 3, 10, 20, 30]);
    const out = new Float64Array(3);
    const spec = {
      bases: Int32Array.from([0, 3]),
      modes: Uint8Array.from([ScaleMode.none, ScaleMode.divide]),
      scales: [scaler(K, 1, 1, "1", "1"), scaler(K, 1, 10000, "1", "10000")],
      mean: true,
      plain: false,
    };
    aggregateRow(v, spec, 0, 2, out);
    expect([...out]).toEqual([(1 + 10 / 10000) / 2, (2 + 20 / 10000) / 2, (3 + 30 / 10000) / 2]);
    aggregateRow(v, { ...spec, bases: new Int32Array(0) }, 0, 2, out);
    expect([...out].every(Number.isNaN)).toBe(true);
  });
});

describe("the kernels' operations", () => {
  it("hold one operation for every planning function with a rule, so an emitted call cannot miss its operation", () => {
    const withRules = [...FUNCTIONS.values()]
      .filter((spec) => spec.rule && spec.name !== "growth")
      .map((spec) => planningOp(spec.name));
    for (const op of [...withRules, planningOp("elasticity")]) expect(KERNEL_OPS[op], op).toBeTypeOf("function");
    expect(kernelPrelude()[1]).toContain(planningOp("contribution"));
  });
});
