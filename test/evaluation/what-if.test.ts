import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlansheetError } from "../../src/core/index.js";
import { buildModel, type Model } from "../../src/evaluation/index.js";
import { CellRule } from "../../src/structure/index.js";
import { modelOf, randomModel } from "./random-models.js";
import { resultDifferences } from "./same-results.js";

const model = buildModel({
  years: [2020, 2025],
  baseYear: 2020,
  indicators: {
    gdp: { unit: "亿元", history: { 2020: 100 }, projection: "gdp[t-1] * (1 + g)" },
    g: { unit: "%", value: "5%" },
    re: { unit: "亿元", history: { 2020: 14 }, projection: "re[t-1] * (1 + re_g)" },
    re_g: { unit: "%", value: "2%" },
    share: { unit: "%", formula: "re / gdp" },
  },
  targets: { share_2025: { check: "share[2025] < 10%" } },
  scenarios: { baseline: {}, fast: { set: { g: "8%" } } },
});

describe("model.with: a what-if", () => {
  it("sets inputs as a scenario's set: does, on top of the scenario a run asks for", () => {
    const what = model.with({ re_g: "-5%" });
    expect(what.run().get("re", 2021)).toBe(14 * (1 - 0.05));
    expect(what.run({ scenario: "fast" }).get("gdp", 2021)).toBe(100 * 1.08);
    expect(what.run({ scenario: "fast" }).get("re", 2021)).toBe(14 * (1 - 0.05));
    // the model it came from is unchanged
    expect(model.run().get("re", 2021)).toBe(14 * 1.02);
    expect(
      model
        .with({ g: { 2021: "10%" } })
        .run()
        .series("gdp")
        .slice(0, 3),
    ).toEqual([100, 100 * (1 + 0.1), 100 * (1 + 0.1) * (1 + 0.05)]);
  });

  it("gives a full evaluation's results bit for bit, targets included, in float and decimal mode", () => {
    const what = model.with({ re_g: "-4%", g: { growth: "1%" } });
    const inputs = what.inputsOf();
    for (const scenario of ["baseline", "fast"]) {
      const projection = what.run({ scenario });
      const reference = what.run({ scenario, engine: "interpreter" });
      expect(projection.toJSON()).toEqual(reference.toJSON());
    }
    expect(resultDifferences(model.evaluate(inputs, "float", "interpreter"), model.evaluate(inputs))).toEqual([]);
    expect(what.run({ mode: "decimal" }).exact("re", 2021)).toBe("13.44");
    expect(what.run().targets[0]!.met).toBe(true);
  });

  it("chains: a what-if of a what-if keeps the first one's settings unless it sets the same input", () => {
    const first = model.with({ g: "7%", re_g: "1%" });
    const second = first.with({ g: "3%" });
    expect(second.run().get("gdp", 2021)).toBe(103);
    expect(second.run().get("re", 2021)).toBe(14 * 1.01);
    expect(first.run().get("gdp", 2021)).toBe(107);
  });

  it("refuses what a scenario would refuse, naming the input and what to write", () => {
    const refusal = (set: Record<string, unknown>) => {
      try {
        model.with(set);
      } catch (error) {
        expect(error).toBeInstanceOf(PlansheetError);
        return (error as PlansheetError).issues.map((i) => `${i.code}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`);
      }
      throw new Error("no error");
    };
    expect(refusal({ gpd: "5%" })[0]).toMatch(
      /unknown_reference: the what-if names 'gpd', which is not an indicator.*gdp/,
    );
    expect(refusal({ share: "5%" })[0]).toMatch(
      /not_an_input: the what-if names 'share', which is computed.*re, gdp|not_an_input/,
    );
    expect(refusal({ g: "fast" })[0]).toMatch(/schema: the what-if sets g to "fast"/);
    expect(refusal({ g: { 2031: "5%" } })[0]).toMatch(
      /year_outside_timeline: the what-if sets g in 2031, outside the timeline/,
    );
    expect(refusal({ g: 5 })[0]).toMatch(/percent_slip/);
    expect(refusal({ gpd: 1, share: 2 })).toHaveLength(2);
    expect(() => model.with([] as unknown as Record<string, unknown>)).toThrow(/an object of inputs/);
  });
});

describe("model.with on random models (property)", () => {
  it("runs to what the interpreter computes from the what-if's inputs, failures and reasons included", () => {
    let runs = 0;
    fc.assert(
      fc.property(randomModel, fc.nat(), fc.constantFrom(0, -1, 0.5, 1e300), (definition, which, value) => {
        const built = modelOf(definition);
        if (!built) return;
        const { structure } = built;
        const inputs = structure.indicators.filter((i) => {
          const start = structure.layout.seriesStart(i.slot);
          return (
            Array.from({ length: structure.layout.years }, (_, k) => structure.rules[start + k]).includes(
              CellRule.input,
            ) && !i.unit
          );
        });
        if (inputs.length === 0) return;
        const id = inputs[which % inputs.length]!.id;
        let what: Model;
        try {
          what = built.with({ [id]: value });
        } catch (error) {
          if (error instanceof PlansheetError) return; // a value that does not fit the input's unit
          throw error;
        }
        built.run(); // the model's own run, before and after, must not disturb the what-if's
        const projection = what.run();
        const reference = what.run({ engine: "interpreter" });
        expect(projection.toJSON()).toEqual(reference.toJSON());
        runs += 1;
      }),
      { seed: 4_242, numRuns: 200 },
    );
    expect(runs).toBeGreaterThan(100);
  });
});
