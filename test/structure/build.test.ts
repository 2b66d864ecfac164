import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { buildStructure } from "../../src/structure/build.js";

const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error");

describe("buildStructure", () => {
  it("builds a valid model into a structure without errors", () => {
    const { structure, issues } = buildStructure({
      name: "demo",
      years: [2016, 2025],
      baseYear: 2021,
      indicators: {
        gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
        g: { unit: "%", value: "5%" },
      },
    });
    expect(errorsOf(issues)).toEqual([]);
    expect(structure).toBeDefined();
    expect(structure!.name).toBe("demo");
    expect(structure!.timeline.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(structure!.indicators.map((i) => i.id)).toEqual(["gdp", "g"]);
    expect(structure!.indicators.map((i) => i.slot)).toEqual([0, 1]);
    expect(structure!.indicatorById.get("g")!.isInput).toBe(true);
    expect(structure!.indicatorById.get("gdp")!.isInput).toBe(false);
  });

  it("returns schema issues and no structure when the shape is invalid", () => {
    const { structure, issues } = buildStructure({ years: [2016], baseYear: 2021, indicators: {} });
    expect(structure).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.code === "schema")).toBe(true);
    expect(issues.some((i) => i.path?.[0] === "years")).toBe(true);
  });

  it("refuses a timeline that starts after it ends", () => {
    const { structure, issues } = buildStructure({ years: [2025, 2016], baseYear: 2021, indicators: {} });
    expect(structure).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("year_outside_timeline");
    expect(issues[0]!.message).toContain("starts after it ends");
  });

  it("refuses a base year outside the timeline, at `baseYear`", () => {
    const { structure, issues } = buildStructure({ years: [2016, 2025], baseYear: 2030, indicators: {} });
    expect(structure).toBeUndefined();
    expect(issues[0]!.code).toBe("year_outside_timeline");
    expect(issues[0]!.path).toEqual(["baseYear"]);
    expect(issues[0]!.message).toContain("2030");
  });

  it("still returns a structure when the shape is valid but a formula is wrong", () => {
    const { structure, issues } = buildStructure({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 1 }, b: { formula: "nope + 1" } },
    });
    expect(structure).toBeDefined();
    expect(errorsOf(issues).map((i) => i.code)).toEqual(["unknown_reference"]);
    expect(structure!.issues).toBe(issues);
  });

  it("reports a same-year cycle once, naming every member, with the years it occurs in", () => {
    const { issues } = buildStructure({
      years: [2016, 2020],
      baseYear: 2018,
      indicators: {
        a: { formula: "b + 1" },
        b: { formula: "c * 2" },
        c: { formula: "a - 3" },
        unrelated: { value: 1 },
      },
    });
    const cycles = issues.filter((i) => i.code === "cycle");
    expect(cycles).toHaveLength(1);
    const cycle = cycles[0]!;
    expect(cycle.severity).toBe("error");
    for (const member of ["a", "b", "c"]) expect(cycle.message).toContain(member);
    expect(cycle.message).not.toContain("unrelated");
    expect(cycle.message).toMatch(/a → b → c → a/);
    expect(cycle.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(cycle.indicator).toBe("a");
    expect(cycle.path).toEqual(["indicators", "a"]);
  });

  it("reports an indicator that reads itself in the same year as depending on itself", () => {
    const { issues } = buildStructure({ years: [2020, 2021], baseYear: 2020, indicators: { x: { formula: "x + 1" } } });
    const cycles = issues.filter((i) => i.code === "cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain("x depends on itself");
  });

  it("names the years of a cycle that runs across years", () => {
    const { issues } = buildStructure({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { formula: "b[t+1]" }, b: { formula: "a[t-1]" } },
    });
    const cycles = issues.filter((i) => i.code === "cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain("a[2020]");
    expect(cycles[0]!.message).toContain("b[2021]");
  });

  it("reports no cycle for lagged recurrences", () => {
    const { issues } = buildStructure({
      years: [2016, 2025],
      baseYear: 2021,
      indicators: {
        a: { history: { 2021: 1 }, projection: "a[t-1] + b[t-1]" },
        b: { history: { 2021: 1 }, projection: "b[t-1] + a[t-1]" },
      },
    });
    expect(issues.filter((i) => i.code === "cycle")).toEqual([]);
  });

  it("gives issues the file name and position when a locator is supplied", () => {
    const { issues } = buildStructure(
      { years: [2020, 2021], baseYear: 2020, indicators: { a: { formula: "zz" } } },
      { file: "m.yaml", locate: (_path, offset) => ({ line: 7, column: 10 + (offset ?? 0) }) },
    );
    expect(issues[0]!.file).toBe("m.yaml");
    expect(issues[0]!.line).toBe(7);
    expect(issues[0]!.column).toBe(10);
  });

  it("keeps targets, levers, scenarios and correlations in the structure", () => {
    const { structure, issues } = buildStructure({
      years: [2020, 2025],
      baseYear: 2020,
      indicators: { g: { unit: "%", value: "5%" }, h: { unit: "%", value: "1%" } },
      scenarios: { baseline: {}, fast: { extends: "baseline", set: { g: "6%" } } },
      targets: { t1: { check: "g[2025] >= 5%", kind: "binding" }, t2: { check: "h[2025] < 2%", kind: "预期性" } },
      levers: { g: { min: "0%", max: "10%" } },
      uncertainty: {
        g: { normal: { mean: "5%", sd: "1%" } },
        h: { uniform: { min: "0%", max: "2%" } },
        correlations: [{ inputs: ["g", "h"], rho: 0.5 }],
      },
    });
    expect(errorsOf(issues)).toEqual([]);
    const s = structure!;
    expect([...s.scenarios.keys()]).toEqual(["baseline", "fast"]);
    expect(s.scenarios.get("fast")!.chain).toEqual(["baseline", "fast"]);
    expect(s.targets.map((t) => [t.id, t.kind])).toEqual([
      ["t1", "约束性"],
      ["t2", "预期性"],
    ]);
    expect(s.levers.map((l) => [l.id, l.min.value, l.max.value])).toEqual([["g", 0, 0.1]]);
    expect(s.uncertainty.map((u) => [u.id, u.spec.kind, u.draw])).toEqual([
      ["g", "normal", "once"],
      ["h", "uniform", "once"],
    ]);
    expect(s.correlations!.inputs).toEqual(["g", "h"]);
    expect(s.correlations!.matrix).toEqual([
      [1, 0.5],
      [0.5, 1],
    ]);
  });
});

describe("buildStructure, timeline errors", () => {
  it("points a reversed timeline at `years`, and a base year outside it at `baseYear`", () => {
    expect(buildStructure({ years: [2025, 2016], baseYear: 2021, indicators: {} }).issues[0]!.path).toEqual(["years"]);
    expect(buildStructure({ years: [2016, 2025], baseYear: 2030, indicators: {} }).issues[0]!.path).toEqual([
      "baseYear",
    ]);
  });
});

describe("buildStructure, models too large to evaluate", () => {
  it("refuses a timeline of a billion years at `years`, before laying out a cell", () => {
    const { structure, issues } = buildStructure({
      years: [1, 1_000_000_000],
      baseYear: 1,
      indicators: { x: { value: 1 } },
    });
    expect(structure).toBeUndefined();
    expect(issues).toMatchObject([
      {
        code: "model_too_large",
        path: ["years"],
        message:
          "1 indicator over 1,000,000,000 years make 1,000,000,000 cells; plansheet evaluates at most 10,000,000 cells",
      },
    ]);
  });

  it("refuses formulas that read more cells than the graph holds, naming where (sum(x, 1, t) over 20,000 years)", () => {
    const { structure, issues } = buildStructure({
      years: [1, 20_000],
      baseYear: 1,
      indicators: { x: { value: 1 }, s: { formula: "sum(x, 1, t)" } },
    });
    expect(structure).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "model_too_large",
      indicator: "s",
      path: ["indicators", "s", "formula"],
      formula: "sum(x, 1, t)",
    });
    expect(issues[0]!.hint).toContain("running total");
  });

  it("builds the same formula over a timeline it can hold", () => {
    const { structure, issues } = buildStructure({
      years: [1, 2_000],
      baseYear: 1,
      indicators: { x: { value: 1 }, s: { formula: "sum(x, 1, t)" } },
    });
    expect(errorsOf(issues)).toEqual([]);
    expect(structure!.graph.deps.length).toBe((2_000 * 2_001) / 2);
  });
});

describe("buildStructure, the target fields lever and assumptions", () => {
  const indicators = {
    gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + gdp_growth)" },
    gdp_growth: { unit: "%", value: "5%", assumption: true, note: "the plan's pace" },
    re_share_2021: { unit: "%", value: "14%", assumption: true, note: "a placeholder" },
    re_growth: { unit: "%", value: "-3%", assumption: true, note: "a placeholder" },
    re_va: { unit: "亿元", formula: "if(t == 2021, re_share_2021 * gdp, re_va[t-1] * (1 + re_growth))" },
    re_share: { unit: "%", formula: "re_va / gdp" },
    forest: { unit: "%", history: { 2021: "48.08%" }, projection: "forest[t-1] + forest_gain" },
    forest_gain: { unit: "百分点", value: "0.55pp" },
    tourism: {
      unit: "万人次",
      history: { 2021: { value: 240, assumption: true, note: "not in the report" } },
      projection: "tourism[t-1] * (1 + tourism_growth)",
    },
    tourism_growth: { unit: "%", value: "5%" },
    unrelated: { unit: "%", value: "1%", assumption: true, note: "used by nothing" },
  };
  const build = (targets: Record<string, unknown>) =>
    buildStructure({ years: [2016, 2025], baseYear: 2021, indicators, targets });
  const assumptionsOf = (targets: Record<string, unknown>, id: string) =>
    build(targets).structure!.targets.find((t) => t.id === id)!.assumptions;

  it("lists the assumption inputs a target depends on through formulas and projections, in the model's order", () => {
    expect(assumptionsOf({ re: { check: "re_share[2025] < 10%" } }, "re")).toEqual([
      "gdp_growth",
      "re_share_2021",
      "re_growth",
    ]);
  });

  it("leaves out assumptions the target does not depend on, and inputs that are not assumptions", () => {
    expect(assumptionsOf({ forest: { check: "forest[2025] >= 50.3%" } }, "forest")).toEqual([]);
    expect(assumptionsOf({ gdp: { check: "gdp[2025] >= 300" } }, "gdp")).toEqual(["gdp_growth"]);
  });

  it("counts a reported value marked as an assumption", () => {
    expect(assumptionsOf({ t: { check: "tourism[2025] > 300" } }, "t")).toEqual(["tourism"]);
  });

  it("lists none for a target about a year that no assumption reaches", () => {
    expect(assumptionsOf({ past: { check: "gdp[2021] >= 276" } }, "past")).toEqual([]);
  });

  it("lists the assumptions of every part of a compound target once", () => {
    expect(assumptionsOf({ both: { check: "re_share[2025] < 10% and gdp[2025] >= 300" } }, "both")).toEqual([
      "gdp_growth",
      "re_share_2021",
      "re_growth",
    ]);
  });

  it("keeps the lever a target names", () => {
    const { structure, issues } = build({
      re: { check: "re_share[2025] < 10%", lever: "re_growth" },
      forest: { check: "forest[2025] >= 50.3%" },
    });
    expect(errorsOf(issues)).toEqual([]);
    expect(structure!.targets[0]!.lever).toBe("re_growth");
    expect(structure!.targets[1]).not.toHaveProperty("lever");
  });

  it("reports a target's lever that is not an indicator when the model is built, with a did-you-mean hint", () => {
    const errors = errorsOf(build({ re: { check: "re_share[2025] < 10%", lever: "re_grwth" } }).issues);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe("unknown_reference");
    expect(errors[0]!.path).toEqual(["targets", "re", "lever"]);
    expect(errors[0]!.message).toContain("target 're' names 're_grwth'");
    expect(errors[0]!.hint).toContain("'re_growth'");
  });

  it("reports a target's lever that is computed, not an input, naming the inputs it reads", () => {
    const errors = errorsOf(build({ re: { check: "re_share[2025] < 10%", lever: "re_va" } }).issues);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe("not_an_input");
    expect(errors[0]!.indicator).toBe("re_va");
    expect(errors[0]!.path).toEqual(["targets", "re", "lever"]);
    expect(errors[0]!.hint).toContain("re_growth");
  });

  it("still checks the lever of a target whose condition does not build", () => {
    const errors = errorsOf(build({ bad: { check: "nope[2025] > 1", lever: "also_nope" } }).issues);
    expect(errors.map((e) => e.path?.join("."))).toEqual(expect.arrayContaining(["targets.bad.lever"]));
    expect(build({ bad: { check: "nope[2025] > 1" } }).structure!.targets[0]!.assumptions).toEqual([]);
  });
});
