import { describe, expect, it } from "vitest";
import { decimalArithmetic, floatArithmetic, type Dec } from "../../src/core/index.js";
import { cellClosures, evaluateCells, type CellClosures } from "../../src/evaluation/evaluate.js";
import { buildModel } from "../../src/evaluation/model.js";
import type { NumberClosure } from "../../src/evaluation/interpreter.js";
import type { ModelStructure } from "../../src/structure/structure.js";

const cellOf = (structure: ModelStructure, id: string, year: number) =>
  structure.indicatorById.get(id)!.slot * structure.timeline.length + (year - structure.timeline.first);

/** Closures that count how often each indicator's formula is called. */
function countingClosures(structure: ModelStructure): {
  closures: CellClosures<number>;
  calls: Map<string, number>;
} {
  const base = cellClosures(structure, floatArithmetic);
  const calls = new Map<string, number>();
  const wrap = (list: readonly (NumberClosure<number> | undefined)[]) =>
    list.map((fn, slot) => {
      if (!fn) return undefined;
      const id = structure.indicators[slot]!.id;
      const counted: NumberClosure<number> = (year, cells) => {
        calls.set(id, (calls.get(id) ?? 0) + 1);
        return fn(year, cells);
      };
      return counted;
    });
  return {
    closures: { formula: wrap(base.formula), projection: wrap(base.projection), backcast: wrap(base.backcast) },
    calls,
  };
}

describe("evaluateCells", () => {
  it("computes a year-independent formula once and copies it to every year", () => {
    const model = buildModel({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: {
        x: { history: { 2016: 100, 2021: 200 } },
        avg: { formula: "cagr(x, 2016, 2021)" },
        twice: { formula: "x * 2" },
      },
    });
    const { closures, calls } = countingClosures(model.structure);
    const results = evaluateCells(model.structure, model.structure.inputs, floatArithmetic, closures);
    expect(calls.get("avg")).toBe(1);
    // the year-dependent formula runs in every year
    expect(calls.get("twice")).toBe(10);
    const value = 2 ** (1 / 5) - 1;
    for (let year = 2016; year <= 2025; year++) {
      const cell = cellOf(model.structure, "avg", year);
      expect(results.failed[cell]).toBe(0);
      expect(results.values[cell]).toBeCloseTo(value, 14);
    }
  });

  it("copies the failure of a year-independent formula to every year", () => {
    const model = buildModel({
      years: [2016, 2021],
      baseYear: 2021,
      indicators: { x: { history: { 2016: 0, 2021: 200 } }, avg: { formula: "cagr(x, 2016, 2021)" } },
    });
    const results = evaluateCells(model.structure, model.structure.inputs, floatArithmetic);
    for (let year = 2016; year <= 2021; year++) {
      const cell = cellOf(model.structure, "avg", year);
      expect(results.failed[cell]).toBe(1);
      expect(results.problems.get(cell)!.code).toBe("domain");
    }
  });

  it("records a failed cell's reason and makes the cells reading it missing with the same root", () => {
    const model = buildModel({
      years: [2020, 2022],
      baseYear: 2022,
      indicators: {
        a: { value: { 2020: 0, 2021: 1, 2022: 2 } },
        inv: { formula: "1 / a" },
        next: { formula: "inv * 2" },
        last: { formula: "next + 1" },
      },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    const root = cellOf(s, "inv", 2020);
    expect(results.problems.get(root)).toEqual({ code: "division_by_zero", message: "division by zero", root });
    expect(results.problems.get(cellOf(s, "next", 2020))!.root).toBe(root);
    expect(results.problems.get(cellOf(s, "last", 2020))!.root).toBe(root);
    expect(results.problems.get(cellOf(s, "last", 2020))!.code).toBe("depends_on_missing");
    expect(results.failed[cellOf(s, "last", 2021)]).toBe(0);
    expect(results.values[cellOf(s, "last", 2021)]).toBe(3);
  });

  it("reports a lag before the first year as outside_timeline", () => {
    const model = buildModel({
      years: [2020, 2022],
      baseYear: 2022,
      indicators: { x: { value: 1 }, d: { formula: "x - x[t-1]" } },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    expect(results.problems.get(cellOf(s, "d", 2020))!.code).toBe("outside_timeline");
    expect(results.values[cellOf(s, "d", 2021)]).toBe(0);
  });

  it("reports an overflow as not_finite instead of Infinity", () => {
    const model = buildModel({
      years: [2020, 2021],
      baseYear: 2021,
      indicators: { big: { value: 1e308 }, over: { formula: "big * 10" } },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    const cell = cellOf(s, "over", 2020);
    expect(results.failed[cell]).toBe(1);
    expect(results.problems.get(cell)!.code).toBe("not_finite");
    expect(model.run().get("over", 2020)).toBeNull();
  });

  it("reports the log of a non-positive number as domain", () => {
    const model = buildModel({
      years: [2020, 2020],
      baseYear: 2020,
      indicators: { a: { value: 0 }, l: { formula: "log(a)" }, r: { formula: "sqrt(a - 1)" } },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    expect(results.problems.get(cellOf(s, "l", 2020))!.code).toBe("domain");
    expect(results.problems.get(cellOf(s, "r", 2020))!.code).toBe("domain");
  });

  it("uses the input table it is given, not the model's own", () => {
    const model = buildModel({
      years: [2020, 2021],
      baseYear: 2021,
      indicators: { g: { value: 1 }, twice: { formula: "g * 2" } },
      scenarios: { high: { set: { g: 5 } } },
    });
    const results = evaluateCells(model.structure, model.inputsOf("high"), floatArithmetic);
    expect(results.values[cellOf(model.structure, "twice", 2021)]).toBe(10);
  });

  it("evaluates in decimal mode with decimal values", () => {
    const model = buildModel({
      years: [2020, 2020],
      baseYear: 2020,
      indicators: { a: { value: 0.1 }, b: { formula: "a * 3" } },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, decimalArithmetic);
    expect((results.values[cellOf(s, "b", 2020)] as Dec).toString()).toBe("0.3");
  });

  it("gives a cell of a gap the gap code and the structure's reason", () => {
    const model = buildModel({
      years: [2020, 2022],
      baseYear: 2021,
      indicators: { x: { history: { 2021: 1 }, projection: "x[t-1] + 1" } },
    });
    const s = model.structure;
    const results = evaluateCells(s, s.inputs, floatArithmetic);
    const problem = results.problems.get(cellOf(s, "x", 2020))!;
    expect(problem.code).toBe("gap");
    expect(problem.message).toContain("the projection applies only after the base year 2021");
    expect(results.values[cellOf(s, "x", 2022)]).toBe(2);
  });
});
