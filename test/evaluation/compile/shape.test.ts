import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/evaluation/index.js";
import { formulaShape } from "../../../src/evaluation/compile/shape.js";

const model = buildModel({
  years: [2020, 2023],
  baseYear: 2020,
  groups: { all: {} },
  indicators: {
    g1: { value: 0.01 },
    g2: { value: 0.02 },
    x1: { history: { 2020: 1 }, projection: "x1[t-1] * (1 + g1)", groups: ["all"] },
    x2: { history: { 2020: 2 }, projection: "x2[t-1] * (1 + g2)", groups: ["all"] },
    x3: { history: { 2020: 3 }, projection: "x1[t-1] * (1 + g2)" },
    x4: { history: { 2020: 4 }, projection: "x4[t-1] * (1 + 0.02)" },
    s1: { formula: "x1 / sumOf(all)" },
    s2: { formula: "x2 / sumOf(all)" },
    d: { formula: "x1 + x1" },
    e: { formula: "x1 + x2" },
  },
});
const shape = (id: string, key: "formula" | "projection" = "formula") => {
  const info = model.structure.indicatorById.get(id)!;
  return formulaShape(info[key]!.checked!.expr, info.slot);
};

describe("formulaShape", () => {
  it("gives formulas that differ only in the indicators they name the same key, with their slots in order", () => {
    expect(shape("x1", "projection").key).toBe(shape("x2", "projection").key);
    expect(shape("s1").key).toBe(shape("s2").key);
    const slot = (id: string) => model.structure.indicatorById.get(id)!.slot;
    expect(shape("x2", "projection").slots).toEqual([slot("x2"), slot("g2")]);
  });

  it("tells apart a formula on itself from one on another indicator, constants, and repeated names", () => {
    expect(shape("x3", "projection").key).not.toBe(shape("x1", "projection").key);
    expect(shape("x4", "projection").key).not.toBe(shape("x1", "projection").key);
    expect(shape("d").key).not.toBe(shape("e").key);
  });
});
