import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellFailure, floatArithmetic as ar } from "../../../src/core/index.js";
import { aggregateRow, cagrOp, changeOp, elasticityOp, logOp, powOp, ppchangeOp, rangeOp, scaleModeOf, sqrtOp } from "../../../src/evaluation/compile/float-ops.js";
import { cagr, elasticity, relativeChange } from "../../../src/formula/index.js";

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
const number = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, -1, 2, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));
const years = fc.integer({ min: -2, max: 12 });

/** Same value, or NaN where the interpreter has none (a kernel may also give NaN where the interpreter has NaN). */
function expectSameOrNaN(kernel: number, interpreter: number): void {
  if (Number.isNaN(interpreter)) expect(kernel).toBeNaN();
  else expect(Object.is(kernel, interpreter), `${kernel} vs ${interpreter}`).toBe(true);
}

describe("kernel operations against the interpreter's (property)", () => {
  it("pow, log and sqrt give the interpreter's value, or NaN where it fails", () => {
    fc.assert(
      fc.property(number, number, (a, b) => {
        const pow = powOp(a, b);
        const reference = orNaN(() => ar.pow(a, b));
        // NaN ^ 0 is 1 in JavaScript: the kernel must not let a missing value through
        if (Number.isNaN(a)) expect(pow).toBeNaN();
        else expectSameOrNaN(pow, reference);
        expectSameOrNaN(logOp(a), orNaN(() => ar.log(a)));
        expectSameOrNaN(sqrtOp(a), orNaN(() => ar.sqrt(a)));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("cagr, change, ppchange and elasticity give the planning functions' values, or NaN where they fail", () => {
    fc.assert(
      fc.property(number, number, number, number, years, (x0, x1, y0, y1, n) => {
        expectSameOrNaN(cagrOp(x0, x1, n), orNaN(() => cagr(ar, x0, x1, n)));
        expectSameOrNaN(changeOp(x0, x1, n), orNaN(() => (n <= 0 ? Number.NaN : relativeChange(ar, x0, x1))));
        expectSameOrNaN(ppchangeOp(x0, x1, n), n <= 0 ? Number.NaN : x1 - x0);
        const gx = orNaN(() => cagr(ar, x0, x1, n));
        const gy = orNaN(() => cagr(ar, y0, y1, n));
        const reference = Number.isNaN(gx) || Number.isNaN(gy) ? Number.NaN : orNaN(() => elasticity(ar, gx, gy));
        expectSameOrNaN(elasticityOp(x0, x1, y0, y1, n), reference);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("sums and means over years add from the first year on", () => {
    const v = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
    expect(rangeOp(v, 0, 0, 3, false)).toBe(((0.1 + 0.2) + 0.3) + 0.4);
    expect(rangeOp(v, 0, 1, 2, true)).toBe((0.2 + 0.3) / 2);
    expect(rangeOp(v, 0, 2, 1, false)).toBeNaN();
  });

  it("group aggregates add the members in order, each scaled as the interpreter scales it", () => {
    const v = Float64Array.from([1, 2, 3, 10, 20, 30]);
    const out = new Float64Array(3);
    const spec = { bases: Int32Array.from([0, 3]), modes: Uint8Array.from([scaleModeOf(1, 1), scaleModeOf(1, 10000)]), nums: Float64Array.from([1, 1]), dens: Float64Array.from([1, 10000]), mean: true };
    aggregateRow(v, spec, 0, 2, out);
    expect([...out]).toEqual([(1 + 10 / 10000) / 2, (2 + 20 / 10000) / 2, (3 + 30 / 10000) / 2]);
    aggregateRow(v, { ...spec, bases: new Int32Array(0) }, 0, 2, out);
    expect([...out].every(Number.isNaN)).toBe(true);
  });
});
