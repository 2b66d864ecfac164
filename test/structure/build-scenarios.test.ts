import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { buildStructure } from "../../src/structure/build.js";

const indicators = {
  gdp: { unit: "亿元", history: { 2021: 276 }, projection: "gdp[t-1] * (1 + g)" },
  g: { unit: "%", value: "5%" },
  re_va: { unit: "亿元", history: { 2021: 40 }, projection: "re_va[t-1] * (1 + re_g)" },
  re_g: { unit: "%", value: "-3%" },
  re_share: { unit: "%", formula: "re_va / gdp" },
};

function issuesWith(extra: Record<string, unknown>): Issue[] {
  return [...buildStructure({ years: [2016, 2025], baseYear: 2021, indicators, ...extra }).issues];
}

const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error");

describe("readScenarios (through buildStructure)", () => {
  it("accepts a chain of extends and records it root first", () => {
    const { structure, issues } = buildStructure({
      years: [2016, 2025],
      baseYear: 2021,
      indicators,
      scenarios: {
        baseline: {},
        fast: { extends: "baseline", set: { g: "6%" } },
        faster: { extends: "fast", set: { re_g: "1%" } },
      },
    });
    expect(errors(issues)).toEqual([]);
    expect(structure!.scenarios.get("faster")!.chain).toEqual(["baseline", "fast", "faster"]);
    expect(structure!.scenarios.get("baseline")!.chain).toEqual(["baseline"]);
  });

  it("reports an unknown parent as unknown_scenario with a did-you-mean hint, at the extends field", () => {
    const found = errors(issuesWith({ scenarios: { baseline: {}, fast: { extends: "baselin" } } }));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe("unknown_scenario");
    expect(found[0]!.path).toEqual(["scenarios", "fast", "extends"]);
    expect(found[0]!.message).toContain("baselin");
    expect(found[0]!.hint).toContain("baseline");
  });

  it("reports scenarios that extend each other in a circle as scenario_cycle", () => {
    const found = errors(issuesWith({ scenarios: { a: { extends: "b" }, b: { extends: "c" }, c: { extends: "a" } } }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.code === "scenario_cycle")).toBe(true);
    expect(found[0]!.message).toContain("a → b → c → a");
    expect(found[0]!.path).toEqual(["scenarios", "a"]);
  });

  it("reports a scenario that extends itself", () => {
    const found = errors(issuesWith({ scenarios: { a: { extends: "a" } } }));
    expect(found.map((i) => i.code)).toEqual(["scenario_cycle"]);
  });

  it("refuses setting a computed indicator as not_an_input, with a hint listing the inputs it depends on", () => {
    const found = errors(issuesWith({ scenarios: { s: { set: { re_va: 50 } } } }));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe("not_an_input");
    expect(found[0]!.indicator).toBe("re_va");
    expect(found[0]!.path).toEqual(["scenarios", "s", "set", "re_va"]);
    expect(found[0]!.hint).toContain("re_g");
  });

  it("lists every input a formula depends on in the not_an_input hint", () => {
    const found = errors(
      buildStructure({
        years: [2016, 2025],
        baseYear: 2021,
        indicators: { a: { value: 1 }, b: { value: 2 }, c: { formula: "a + b" } },
        scenarios: { s: { set: { c: 3 } } },
      }).issues,
    );
    expect(found[0]!.code).toBe("not_an_input");
    expect(found[0]!.hint).toMatch(/inputs it depends on: (a, b|b, a)$/);
  });

  it("suggests giving a value when a computed indicator reads no input", () => {
    const found = errors(
      buildStructure({
        years: [2016, 2025],
        baseYear: 2021,
        indicators: { h: { history: { 2021: 1 } } },
        scenarios: { s: { set: { h: 3 } } },
      }).issues,
    );
    expect(found[0]!.code).toBe("not_an_input");
    expect(found[0]!.hint).toContain("value");
  });

  it("refuses setting an indicator that does not exist, with a did-you-mean hint", () => {
    const found = errors(issuesWith({ scenarios: { s: { set: { gg: "6%" } } } }));
    expect(found[0]!.code).toBe("unknown_reference");
    expect(found[0]!.hint).toContain("'g'");
  });

  it("refuses overriding a year outside the timeline", () => {
    const found = errors(issuesWith({ scenarios: { s: { set: { g: { 2030: "6%" } } } } }));
    expect(found[0]!.code).toBe("year_outside_timeline");
    expect(found[0]!.year).toBe(2030);
  });

  it("refuses a growth path starting outside the timeline", () => {
    const found = errors(issuesWith({ scenarios: { s: { set: { g: { growth: "1%", from: 2010 } } } } }));
    expect(found[0]!.code).toBe("year_outside_timeline");
  });

  it("checks an override against the input's unit (a bare 6 for a % input is a slip)", () => {
    const found = errors(issuesWith({ scenarios: { s: { set: { g: 6 } } } }));
    expect(found[0]!.code).toBe("percent_slip");
    expect(found[0]!.hint).toContain("6%");
  });

  it("accepts overrides as a constant, values by year, and a growth path", () => {
    const found = errors(
      issuesWith({
        scenarios: {
          a: { set: { g: "6%" } },
          b: { set: { g: { 2022: "6%", 2023: "7%" } } },
          c: { set: { g: { growth: "10%" } } },
        },
      }),
    );
    expect(found).toEqual([]);
  });
});

describe("readLevers (through buildStructure)", () => {
  it("refuses a lever whose min is above its max as invalid_bounds", () => {
    const found = errors(issuesWith({ levers: { g: { min: "10%", max: "5%" } } }));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe("invalid_bounds");
    expect(found[0]!.indicator).toBe("g");
    expect(found[0]!.path).toEqual(["levers", "g"]);
  });

  it("refuses a lever on a computed indicator", () => {
    expect(errors(issuesWith({ levers: { gdp: { min: 0, max: 1 } } }))[0]!.code).toBe("not_an_input");
  });

  it("keeps a lever with equal bounds", () => {
    const { structure, issues } = buildStructure({
      years: [2016, 2025],
      baseYear: 2021,
      indicators,
      levers: { g: { min: "5%", max: "5%" } },
    });
    expect(errors(issues)).toEqual([]);
    expect(structure!.levers.map((l) => l.id)).toEqual(["g"]);
  });
});

describe("readUncertainty (through buildStructure)", () => {
  it("refuses a distribution on a computed indicator", () => {
    const found = errors(issuesWith({ uncertainty: { re_share: { normal: { mean: "5%", sd: "1%" } } } }));
    expect(found[0]!.code).toBe("not_an_input");
    expect(found[0]!.path).toEqual(["uncertainty", "re_share"]);
  });

  it("refuses a distribution giving two shapes", () => {
    const found = errors(
      issuesWith({ uncertainty: { g: { normal: { mean: "5%", sd: "1%" }, uniform: { min: 0, max: "1%" } } } }),
    );
    expect(found[0]!.code).toBe("schema");
  });
});

describe("scenario names JavaScript gives a meaning", () => {
  it("refuses `extends: toString` as a scenario the model does not have", () => {
    const { issues } = buildStructure({
      years: [2020, 2021],
      baseYear: 2020,
      indicators: { a: { value: 1 } },
      scenarios: { s: { extends: "toString" }, t: { extends: "constructor" } },
    });
    expect(issues.map((i) => [i.code, i.path?.join(".")])).toEqual([
      ["unknown_scenario", "scenarios.s.extends"],
      ["unknown_scenario", "scenarios.t.extends"],
    ]);
  });
});
