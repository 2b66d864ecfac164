import { describe, expect, it } from "vitest";
import { buildStructure } from "../../src/structure/build.js";
import { CellRule, ruleName, type CellRuleCode } from "../../src/structure/rules.js";
import type { ModelStructure } from "../../src/structure/structure.js";

function structureOf(definition: unknown): ModelStructure {
  const { structure, issues } = buildStructure(definition);
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return structure!;
}

/** The rule name of every year of one indicator. */
function rulesOf(structure: ModelStructure, id: string): string[] {
  const slot = structure.indicatorById.get(id)!.slot;
  const n = structure.timeline.length;
  return Array.from({ length: n }, (_, yi) => ruleName(structure.rules[slot * n + yi] as CellRuleCode));
}

function reasonOf(structure: ModelStructure, id: string, year: number): string | undefined {
  const slot = structure.indicatorById.get(id)!.slot;
  return structure.cellReasons.get(slot * structure.timeline.length + (year - structure.timeline.first));
}

const years = [2019, 2023] as const; // base year 2021: 2019, 2020 | 2021 | 2022, 2023

describe("buildCells: the rule of each cell", () => {
  it("lets a reported value win over every other rule", () => {
    const s = structureOf({
      years,
      baseYear: 2021,
      indicators: {
        x: { history: { 2019: 1, 2022: 2 }, formula: "y * 2", projection: "x[t-1]", value: 5 },
        y: { value: 1 },
      },
    });
    expect(rulesOf(s, "x")).toEqual(["history", "formula", "formula", "history", "formula"]);
  });

  it("lets a formula hold in every year without a reported value, before and after the base year", () => {
    const s = structureOf({
      years,
      baseYear: 2021,
      indicators: { x: { formula: "y * 2", value: 3 }, y: { value: 1 } },
    });
    expect(rulesOf(s, "x")).toEqual(["formula", "formula", "formula", "formula", "formula"]);
  });

  it("applies a projection only after the base year, and a backcast only before it", () => {
    const s = structureOf({
      years,
      baseYear: 2021,
      indicators: { x: { history: { 2021: 10 }, projection: "x[t-1] * 2", backcast: "x[t+1] / 2" } },
    });
    expect(rulesOf(s, "x")).toEqual(["backcast", "backcast", "history", "projection", "projection"]);
  });

  it("uses the input value where no reported value, formula, projection or backcast applies", () => {
    const s = structureOf({
      years,
      baseYear: 2021,
      indicators: { x: { projection: "x[t-1] * 2", value: 4 } },
    });
    expect(rulesOf(s, "x")).toEqual(["input", "input", "input", "projection", "projection"]);
  });

  it("uses a series input only in the years it gives, leaving the others as gaps with a reason", () => {
    const s = structureOf({ years, baseYear: 2021, indicators: { x: { value: { 2020: 1, 2023: 2 } } } });
    expect(rulesOf(s, "x")).toEqual(["gap", "input", "gap", "gap", "input"]);
    expect(reasonOf(s, "x", 2019)).toContain("no input value for the year");
    expect(reasonOf(s, "x", 2020)).toBeUndefined();
  });

  it("makes a gap of a year before the base year that only a projection could fill, saying why", () => {
    const s = structureOf({ years, baseYear: 2021, indicators: { x: { history: { 2021: 1 }, projection: "x[t-1]" } } });
    expect(rulesOf(s, "x").slice(0, 2)).toEqual(["gap", "gap"]);
    expect(reasonOf(s, "x", 2019)).toBe("no reported value; the projection applies only after the base year 2021");
  });

  it("marks the cells of an indicator whose formula could not be built as failed", () => {
    const { structure } = buildStructure({
      years,
      baseYear: 2021,
      indicators: { x: { formula: "missing_thing * 2" } },
    });
    expect(rulesOf(structure!, "x")).toEqual(["failed", "failed", "failed", "failed", "failed"]);
    expect(reasonOf(structure!, "x", 2019)).toContain("could not be built");
  });

  it("stores reported and input values exactly, by cell", () => {
    const s = structureOf({ years, baseYear: 2021, indicators: { x: { history: { 2021: "48.08%" }, value: "0.1" } } });
    const cell = (year: number) => 0 * s.timeline.length + (year - 2019);
    expect(s.history.has(cell(2021))).toBe(true);
    expect(s.history.exact[cell(2021)]).toBe("0.4808");
    expect(s.history.float[cell(2021)]).toBe(0.4808);
    expect(s.history.has(cell(2020))).toBe(false);
    expect(s.inputs.exact[cell(2019)]).toBe("0.1");
    expect(s.rules[cell(2021)]).toBe(CellRule.history);
  });
});
