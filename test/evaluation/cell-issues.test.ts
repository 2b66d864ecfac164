import { describe, expect, it } from "vitest";
import { floatArithmetic } from "../../src/core/index.js";
import { cellIssues, yearRanges } from "../../src/evaluation/cell-issues.js";
import { evaluateCells } from "../../src/evaluation/evaluate.js";
import { buildModel } from "../../src/evaluation/model.js";

describe("yearRanges", () => {
  it("joins consecutive years into ranges", () => {
    expect(yearRanges([2017, 2018, 2019, 2020, 2023])).toBe("2017–2020, 2023");
    expect(yearRanges([2016])).toBe("2016");
    expect(yearRanges([2016, 2018, 2020])).toBe("2016, 2018, 2020");
    expect(yearRanges([2016, 2017, 2019, 2020])).toBe("2016–2017, 2019–2020");
  });
});

describe("cellIssues", () => {
  const issuesOf = (definition: unknown) => {
    const model = buildModel(definition);
    return cellIssues(model.structure, evaluateCells(model.structure, model.structure.inputs, floatArithmetic));
  };

  it("reports one issue per indicator and cause, with every year it affects", () => {
    const issues = issuesOf({
      years: [2016, 2022],
      baseYear: 2021,
      indicators: { x: { value: { 2016: 1, 2022: 2 } } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("gap");
    expect(issues[0]!.severity).toBe("info");
    expect(issues[0]!.indicator).toBe("x");
    expect(issues[0]!.years).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(issues[0]!.year).toBeUndefined();
    expect(issues[0]!.message).toContain("2017–2021");
  });

  it("gives the single year of a one-year issue, and the formula that failed", () => {
    const issues = issuesOf({
      years: [2020, 2021],
      baseYear: 2021,
      indicators: { a: { value: { 2020: 0, 2021: 1 } }, inv: { formula: "1 / a" } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("division_by_zero");
    expect(issues[0]!.severity).toBe("error");
    expect(issues[0]!.year).toBe(2020);
    expect(issues[0]!.formula).toBe("1 / a");
    expect(issues[0]!.message).toBe("inv has no value in 2020: division by zero");
  });

  it("reports a cell missing because of another as depends_on_missing, with the root cell as cause", () => {
    const issues = issuesOf({
      years: [2020, 2021],
      baseYear: 2021,
      indicators: { a: { value: { 2020: 0, 2021: 1 } }, inv: { formula: "1 / a" }, twice: { formula: "inv * 2" } },
    });
    const dep = issues.find((i) => i.indicator === "twice")!;
    expect(dep.code).toBe("depends_on_missing");
    expect(dep.severity).toBe("info");
    expect(dep.cause).toEqual({ indicator: "inv", year: 2020, code: "division_by_zero" });
    expect(dep.message).toContain("needs inv");
  });

  it("reports nothing for a model where every cell has a value", () => {
    expect(
      issuesOf({ years: [2020, 2021], baseYear: 2021, indicators: { a: { value: 1 }, b: { formula: "a + 1" } } }),
    ).toEqual([]);
  });
});

describe("cellIssues, causes", () => {
  it("names every year of the root cause, not only the first", () => {
    const model = buildModel({
      years: [2016, 2021],
      baseYear: 2021,
      indicators: { gdp: { history: { 2016: 100, 2018: 110, 2021: 130 } }, lag: { formula: "gdp - gdp[t-1]" } },
    });
    const issues = cellIssues(model.structure, evaluateCells(model.structure, model.inputsOf(), floatArithmetic));
    const lag = issues.find((i) => i.indicator === "lag" && i.code === "depends_on_missing")!;
    expect(lag.years).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(lag.message).toContain("it needs gdp, which has no value in 2017, 2019–2020");
  });
});

describe("cells caught in a cycle", () => {
  it("keep the cycle as their reason, and the cells that read them point to it", async () => {
    const { ModelError } = await import("../../src/evaluation/model.js");
    try {
      buildModel({
        years: [2020, 2021],
        baseYear: 2021,
        indicators: { a: { formula: "b + 1" }, b: { formula: "a + 1" }, c: { formula: "a * 2" }, d: { value: 1 } },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      const p = (error as InstanceType<typeof ModelError>).partial!.run();
      expect(p.reason("a", 2020)).toBe("part of a circular definition");
      expect(p.reason("b", 2021)).toBe("part of a circular definition");
      expect(p.get("d", 2020)).toBe(1);
      const c = p.issues.find((i) => i.indicator === "c")!;
      expect(c.cause?.code).toBe("cycle");
      expect(p.issues.filter((i) => i.indicator === "a" || i.indicator === "b").map((i) => i.code)).toEqual(["cycle"]);
    }
  });
});
