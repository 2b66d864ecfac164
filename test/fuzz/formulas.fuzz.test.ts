import fc from "fast-check";
import { describe, it } from "vitest";
import { buildOrIssues, expectSoundRuns, runs } from "./outcomes.js";
import { deepFormula, formulaText } from "./grammar.js";

/**
 * Random formulas from a grammar (grammar.ts), as an indicator's formula, as a projection and as a target: every
 * outcome is a value or a typed issue — no other exception, no NaN or Infinity standing for a number — and the
 * compiled engine gives bit for bit what the interpreter gives (the cross-check setup compares every evaluation,
 * and expectSoundRuns compares the runs' JSON). `npm run fuzz` runs it a hundred times longer.
 */
function definition(place: "formula" | "projection" | "target", formula: string): unknown {
  return {
    years: [2020, 2025],
    baseYear: 2021,
    groups: { g: {}, empty: {} },
    indicators: {
      a: { value: 2, groups: ["g"] },
      b: { history: { 2020: 1, 2021: 0 }, projection: "b[t-1] * 1.1 + 1", groups: ["g"] },
      c: { value: { 2020: 0, 2022: -1, 2023: 1e308 } },
      增速: { unit: "%", value: "5%" },
      share: { unit: "%", formula: "增速 * 2" },
      ...(place === "target"
        ? {}
        : { f: place === "formula" ? { formula } : { history: { 2021: 1 }, projection: formula } }),
    },
    ...(place === "target"
      ? { targets: { fuzz: { check: formula } } }
      : { targets: { uses_f: { check: "f[2025] > 0" } } }),
  };
}

describe("fuzzing formulas", () => {
  for (const [place, wild] of [
    ["formula", true],
    ["formula", false],
    ["projection", false],
    ["target", true],
    ["target", false],
  ] as const) {
    it(`as ${place === "target" ? "a target" : `an indicator's ${place}`} (${wild ? "wild" : "tame"}): a value or a typed issue, the same from both engines`, () => {
      fc.assert(
        fc.property(formulaText(3, wild), (formula) => {
          const model = buildOrIssues(definition(place, formula));
          if (model) expectSoundRuns(model);
        }),
        { numRuns: runs(place === "target" ? 120 : 200), seed: 20261202 + place.length + (wild ? 0 : 1) },
      );
    });
  }

  it("nested near and past the depth limit", () => {
    fc.assert(
      fc.property(deepFormula, (formula) => {
        const model = buildOrIssues(definition("formula", formula));
        if (model) expectSoundRuns(model);
      }),
      { numRuns: runs(20), seed: 7 },
    );
  });
});
