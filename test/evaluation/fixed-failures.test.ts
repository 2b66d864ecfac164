import { describe, expect, it } from "vitest";
import { buildModel, ModelError, type Model } from "../../src/evaluation/index.js";
import { CellRule } from "../../src/structure/index.js";
import { resultDifferences } from "./same-results.js";

function modelOf(definition: unknown): Model {
  try {
    return buildModel(definition);
  } catch (error) {
    if (error instanceof ModelError && error.partial) return error.partial;
    throw error;
  }
}

/*
 * A Monte Carlo trial's evaluation, by hand: one input changed again and again in the buffer, and only the cells
 * some recorded indicators need computed again. `y` fails in every year whatever `g` holds (its first year reads
 * 2019, each later year the year before), and so do `share` and `total`, which read it; `z` fails in its first year
 * for a reason `g` decides: outside the timeline while g > 0, a division by zero otherwise.
 */
const model = modelOf({
  years: [2020, 2025],
  baseYear: 2020,
  indicators: {
    g: { value: 0.05 },
    x: { history: { 2020: 100 }, projection: "x[t-1] * (1 + g)" },
    y: { formula: "y[t-1] * (1 + g)" },
    share: { formula: "y / x" },
    total: { formula: "sum(y, 2020, 2022)" },
    z: { formula: "if(g > 0, z[t-1], 1 / (g - g))" },
  },
});
const { structure } = model;
const years = structure.timeline.length;
const slotOf = (id: string) => structure.indicatorById.get(id)!.slot;
const cellsOf = (...ids: string[]) =>
  Int32Array.from(ids.flatMap((id) => Array.from({ length: years }, (_, k) => slotOf(id) * years + k)));

/** Runs `values` of g through one buffer, each an incremental evaluation for `wanted`; the interpreter's calls after the first. */
function interpretedAfterFirst(values: readonly number[], wanted: Int32Array): number {
  const compiled = model.compiled()!;
  const table = model.inputsOf();
  const buffer = compiled.evaluate(table);
  const changed = [slotOf("g")];
  const inputCells = cellsOf("g").filter((cell) => structure.rules[cell] === CellRule.input);
  let before = 0;
  values.forEach((value, k) => {
    for (const cell of inputCells) {
      buffer.values[cell] = value;
      table.setNumber(cell, value);
    }
    if (k === 1) before = compiled.interpretedCells;
    compiled.evaluateChanged(buffer, changed, wanted);
    const reference = model.evaluate(table, "float", "interpreter");
    expect(resultDifferences(reference, buffer, String, wanted)).toEqual([]);
  });
  return compiled.interpretedCells - before;
}

describe("cells that fail whatever the changed inputs hold", () => {
  it("are interpreted once per buffer and plan, and keep their reason after that", () => {
    const wanted = cellsOf("y", "share", "total");
    expect(interpretedAfterFirst([0.1, 0.2, -0.3, 0, 0.07, 2], wanted)).toBe(0);
  });

  it("leave a cell whose reason the changed inputs decide to the interpreter every time", () => {
    const wanted = cellsOf("z");
    const values = [0.1, -0.2, 0.3, 0, 0.5];
    // every year of z, in each evaluation after the first
    expect(interpretedAfterFirst(values, wanted)).toBe((values.length - 1) * years);
    const compiled = model.compiled()!;
    const first = slotOf("z") * years;
    const buffer = compiled.evaluate(model.inputsOf());
    for (const [value, code] of [
      [0.1, "outside_timeline"],
      [-0.1, "division_by_zero"],
      [0.2, "outside_timeline"],
    ] as const) {
      for (const cell of cellsOf("g")) if (structure.rules[cell] === CellRule.input) buffer.values[cell] = value;
      compiled.evaluateChanged(buffer, [slotOf("g")], wanted);
      expect(buffer.problems.get(first)?.code).toBe(code);
    }
  });

  it("are decided again after a full evaluation, whose inputs may differ in anything", () => {
    const compiled = model.compiled()!;
    const wanted = cellsOf("y", "share", "total");
    const buffer = compiled.evaluate(model.inputsOf());
    compiled.evaluateChanged(buffer, [slotOf("g")], wanted);
    compiled.evaluateChanged(buffer, [slotOf("g")], wanted);
    const before = compiled.interpretedCells;
    compiled.evaluate(model.inputsOf(), buffer);
    const afterFull = compiled.interpretedCells;
    compiled.evaluateChanged(buffer, [slotOf("g")], wanted);
    expect(afterFull).toBeGreaterThan(before);
    expect(compiled.interpretedCells).toBeGreaterThan(afterFull);
  });
});
