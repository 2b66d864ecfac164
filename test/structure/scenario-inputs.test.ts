import { describe, expect, it } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { buildStructure } from "../../src/structure/build.js";
import { DEFAULT_SCENARIO, scenarioInputs } from "../../src/structure/scenario-inputs.js";
import type { ModelStructure } from "../../src/structure/structure.js";
import type { ValueTable } from "../../src/structure/value-table.js";

function structureOf(definition: unknown): ModelStructure {
  const { structure, issues } = buildStructure(definition);
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return structure!;
}

/** The input values of one indicator in every year (`null` where it has none). */
function row(structure: ModelStructure, table: ValueTable, id: string): (string | null)[] {
  const slot = structure.indicatorById.get(id)!.slot;
  const n = structure.timeline.length;
  return Array.from({ length: n }, (_, yi) => table.exact[slot * n + yi] ?? null);
}

const structure = structureOf({
  years: [2020, 2024],
  baseYear: 2021,
  indicators: {
    g: { unit: "%", value: "5%" },
    pop: { unit: "万人", value: 10, history: { 2021: 11 } },
    invest: { unit: "亿元", value: { 2020: 1, 2021: 2, 2022: 3, 2023: 4, 2024: 5 } },
    other: { value: 7 },
  },
  scenarios: {
    baseline: {},
    fast: { extends: "baseline", set: { g: "6%" } },
    faster: { extends: "fast", set: { g: "7%", pop: 20 } },
    byYear: { set: { g: { 2022: "1%", 2023: "2%" } } },
    path: { set: { invest: { growth: "10%" } } },
    pathFrom: { set: { invest: { growth: "10%", from: 2022, start: 10 } } },
    pathFromHistory: { set: { pop: { growth: "10%" } } },
  },
});

describe("scenarioInputs", () => {
  it("is the model's own inputs for the baseline", () => {
    const inputs = scenarioInputs(structure, "baseline");
    expect(row(structure, inputs, "g")).toEqual(["0.05", "0.05", "0.05", "0.05", "0.05"]);
    expect(row(structure, inputs, "invest")).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("uses the baseline when no scenario is named", () => {
    expect(DEFAULT_SCENARIO).toBe("baseline");
    expect(row(structure, scenarioInputs(structure, undefined), "g")).toEqual(
      row(structure, scenarioInputs(structure, "baseline"), "g"),
    );
  });

  it("sets a constant override in every year", () => {
    expect(row(structure, scenarioInputs(structure, "fast"), "g")).toEqual(["0.06", "0.06", "0.06", "0.06", "0.06"]);
  });

  it("applies a chain of extends root first, so that the child's override wins", () => {
    const inputs = scenarioInputs(structure, "faster");
    expect(row(structure, inputs, "g")).toEqual(["0.07", "0.07", "0.07", "0.07", "0.07"]);
  });

  it("never overrides a reported value: the input table keeps history years out of reach", () => {
    const inputs = scenarioInputs(structure, "faster");
    const slot = structure.indicatorById.get("pop")!.slot;
    const cell2021 = slot * 5 + 1;
    // the reported cell has rule history; the override does not touch its input value
    expect(inputs.exact[cell2021]).toBe(structure.inputs.exact[cell2021]);
    expect(row(structure, inputs, "pop")).toEqual(["20", "10", "20", "20", "20"]);
  });

  it("sets values by year only in the years given", () => {
    expect(row(structure, scenarioInputs(structure, "byYear"), "g")).toEqual(["0.05", "0.05", "0.01", "0.02", "0.05"]);
  });

  it("grows a path from the base year's value by the given rate, exactly", () => {
    expect(row(structure, scenarioInputs(structure, "path"), "invest")).toEqual(["1", "2", "2.2", "2.42", "2.662"]);
  });

  it("grows a path from a given year and starting value", () => {
    expect(row(structure, scenarioInputs(structure, "pathFrom"), "invest")).toEqual(["1", "2", "10", "11", "12.1"]);
  });

  it("starts a growth path from a reported value when the base year is reported", () => {
    expect(row(structure, scenarioInputs(structure, "pathFromHistory"), "pop")).toEqual([
      "10",
      "10",
      "12.1",
      "13.31",
      "14.641",
    ]);
  });

  it("leaves the model's own input table untouched", () => {
    scenarioInputs(structure, "faster");
    expect(row(structure, structure.inputs, "g")).toEqual(["0.05", "0.05", "0.05", "0.05", "0.05"]);
  });

  it("leaves inputs the scenario does not name as they are", () => {
    expect(row(structure, scenarioInputs(structure, "faster"), "other")).toEqual(["7", "7", "7", "7", "7"]);
  });

  it("throws a PlansheetError with an unknown_scenario issue and a did-you-mean hint for an unknown scenario", () => {
    let caught: unknown;
    try {
      scenarioInputs(structure, "fastr");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlansheetError);
    const issues = (caught as PlansheetError).issues;
    expect(issues[0]!.code).toBe("unknown_scenario");
    expect(issues[0]!.message).toContain("fastr");
    expect(issues[0]!.hint).toContain("'fast'");
  });

  it("runs a model without scenarios on its own inputs, even when baseline is asked for", () => {
    const plain = structureOf({ years: [2020, 2021], baseYear: 2020, indicators: { a: { value: 3 } } });
    expect(row(plain, scenarioInputs(plain, undefined), "a")).toEqual(["3", "3"]);
    expect(row(plain, scenarioInputs(plain, "baseline"), "a")).toEqual(["3", "3"]);
    expect(() => scenarioInputs(plain, "other")).toThrow(PlansheetError);
  });
});
