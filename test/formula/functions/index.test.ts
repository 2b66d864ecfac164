import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../../src/formula/index.js";
import { buildModel } from "../../../src/evaluation/index.js";
import { EXAMPLE_DATA, EXAMPLE_YEAR } from "../../../src/formula/functions/examples.js";
import { checked } from "../helpers.js";

describe("FUNCTIONS", () => {
  it("holds the planning functions, the group aggregates and the math functions, and nothing else", () => {
    expect([...FUNCTIONS.keys()].sort()).toEqual(
      [
        "abs",
        "cagr",
        "change",
        "contribution",
        "elasticity",
        "exp",
        "growth",
        "if",
        "log",
        "max",
        "mean",
        "meanOf",
        "min",
        "ppchange",
        "round",
        "sqrt",
        "sum",
        "sumOf",
      ].sort(),
    );
  });

  it("files each function under its own name, with a signature, summary, edge cases and example", () => {
    for (const [name, spec] of FUNCTIONS) {
      expect(spec.name).toBe(name);
      expect(spec.signature.startsWith(`${name}(`), name).toBe(true);
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(spec.edgeCases.length, name).toBeGreaterThan(3);
      expect(spec.params.length, name).toBeGreaterThan(0);
      expect(spec.optional ?? 0, name).toBeLessThan(spec.params.length);
    }
  });

  it("has examples that name functions that exist", () => {
    for (const [name, spec] of FUNCTIONS) expect(spec.example, name).toContain(`${name}(`);
  });

  it("does not offer mathjs's dangerous functions", () => {
    for (const name of ["import", "evaluate", "createUnit", "parse", "compile", "simplify"])
      expect(FUNCTIONS.has(name)).toBe(false);
  });

  it("documents cagr with its formula and edge cases", () => {
    const spec = FUNCTIONS.get("cagr")!;
    expect(spec.signature).toBe("cagr(x, y0, y1)");
    expect(spec.summary).toContain("(x[y1] / x[y0])^(1/(y1 − y0)) − 1");
    expect(spec.edgeCases).toMatch(/−100%/);
  });

  it("checks each function's example against a model that has the names it uses", () => {
    // The examples name gdp, energy, share and sectors, which the test model has; a few use other names.
    const renamed: Record<string, string> = {
      "sum(investment, 2021, 2025)": "sum(gdp, 2021, 2025)",
      "mean(investment, 2021, 2025)": "mean(gdp, 2021, 2025)",
      "ppchange(forest_cover, 2016, 2021)": "ppchange(share, 2016, 2021)",
      "contribution(industry, gdp)": "contribution(gdp_wan, gdp)",
      "if(t <= 2021, gdp * share0, re_va[t-1] * (1 + re_growth))": "if(t <= 2021, gdp * share, gdp[t-1] * (1 + share))",
    };
    for (const spec of FUNCTIONS.values()) {
      const text = renamed[spec.example] ?? spec.example;
      const options = text.includes(">=") ? ({ context: "cell", expect: "condition" } as const) : undefined;
      expect(() => checked(text, options), spec.example).not.toThrow();
    }
  });

  it("computes each function's documented example to its documented value, in float and in decimal", () => {
    const indicators: Record<string, unknown> = { ...EXAMPLE_DATA.indicators };
    const names = [...FUNCTIONS.keys()];
    for (const [name, spec] of FUNCTIONS) {
      const formula = typeof spec.exampleValue === "boolean" ? `if(${spec.example}, 1, 0)` : spec.example;
      indicators[`example_${names.indexOf(name)}`] = { formula };
    }
    const model = buildModel({ ...EXAMPLE_DATA, indicators });
    for (const mode of ["float", "decimal"] as const) {
      const run = model.run({ mode });
      for (const [name, spec] of FUNCTIONS) {
        const got = run.get(`example_${names.indexOf(name)}`, EXAMPLE_YEAR);
        const want = typeof spec.exampleValue === "boolean" ? Number(spec.exampleValue) : spec.exampleValue;
        expect(got, `${spec.example} (${mode})`).not.toBeNull();
        expect(Math.abs(got! - want), `${spec.example} = ${got} (${mode}), documented ${want}`).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(want)),
        );
      }
    }
  });
});
