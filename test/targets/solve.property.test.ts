import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel, type Model } from "../../src/evaluation/index.js";
import { requiredPartGrowth } from "../../src/targets/closed-form.js";
import { resolveLever, setLever } from "../../src/targets/lever.js";
import { probeTarget } from "../../src/targets/probe.js";
import { solve, type SolveResult } from "../../src/targets/solve.js";

const SEED = 31_415;

/** The target's margin with the lever at `value`, evaluated by the model. */
function marginAt(model: Model, result: SolveResult, value: number): number {
  const inputs = model.inputsOf();
  setLever(model, inputs, resolveLever(model, result.lever, { min: result.min, max: result.max }), value);
  return probeTarget(model, result.target).margin(inputs);
}

/** A rate in per mille, away from 0 so that a relative step of 1e-9 moves the level measurably. */
const rate = fc.integer({ min: 5, max: 300 }).chain((n) => fc.constantFrom(n / 1000, -n / 1000));

const levelCase = fc.record({
  x0: fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 100),
  growth: rate,
  years: fc.integer({ min: 1, max: 9 }),
  op: fc.constantFrom(">=", ">", "<=", "<"),
  below: fc.integer({ min: 1, max: 400 }).map((n) => n / 1000),
  above: fc.integer({ min: 1, max: 400 }).map((n) => n / 1000),
  current: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
});

describe("solve (properties)", () => {
  it("lands where the target holds, a relative step of 1e-9 to the failing side does not, within the bounds, at the closed form", () => {
    fc.assert(
      fc.property(levelCase, ({ x0, growth, years, op, below, above, current }) => {
        const year = 2021 + years;
        // The threshold K that growth reaches exactly, written with all its digits.
        const k = x0 * (1 + growth) ** years;
        const min = growth - below;
        const max = growth + above;
        const g0 = min + (max - min) * current;
        const model = buildModel({
          years: [2021, 2030],
          baseYear: 2021,
          indicators: {
            x: { unit: "亿元", history: { 2021: x0 }, projection: "x[t-1] * (1 + g)" },
            g: { unit: "%", value: g0 },
          },
          targets: { t: { check: `x[${year}] ${op} ${k}`, lever: "g" } },
        });
        const result = solve(model, { target: "t", bounds: { min, max } });
        expect(result.reachable).toBe(true);
        expect(result.value).not.toBeNull();
        const value = result.value!;
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(max);
        expect(result.best).toBe(value);
        // The closed form: (K / x0)^(1/years) − 1.
        const closed = (k / x0) ** (1 / years) - 1;
        expect(Math.abs(value - closed) / Math.abs(closed)).toBeLessThan(1e-10);
        // Holds at the answer; fails a relative step of 1e-9 towards the failing side.
        const rising = op === ">=" || op === ">";
        expect(result.side).toBe(rising ? "above" : "below");
        const m = marginAt(model, result, value);
        expect(m).toBeGreaterThanOrEqual(0);
        const worse = rising ? value - 1e-9 * Math.abs(value) : value + 1e-9 * Math.abs(value);
        expect(marginAt(model, result, worse)).toBeLessThan(0);
        // Iterations and residual are reported: the residual is the margin at the answer.
        expect(Number.isInteger(result.iterations)).toBe(true);
        expect(result.iterations).toBeGreaterThan(0);
        expect(result.residual).toBe(m);
        expect(result.residual!).toBeLessThan(1e-9 * k);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it("finds requiredPartGrowth for a share whose part grows at the lever and whose whole grows at a fixed rate", () => {
    const share = fc.integer({ min: 200, max: 6000 }); // basis points
    fc.assert(
      fc.property(
        share,
        share,
        fc.integer({ min: -50, max: 100 }),
        fc.integer({ min: 1, max: 8 }),
        (from, to, wholePerMille, years) => {
          fc.pre(Math.abs(from - to) >= 50);
          const wholeGrowth = wholePerMille / 1000;
          const expected = requiredPartGrowth(from / 10_000, to / 10_000, wholeGrowth, years);
          fc.pre(expected > -0.85 && expected < 2.5);
          const model = buildModel({
            years: [2021, 2029],
            baseYear: 2021,
            indicators: {
              whole: { unit: "亿元", history: { 2021: 276 }, projection: "whole[t-1] * (1 + wg)" },
              wg: { unit: "%", value: `${wholePerMille / 10}%` },
              part: { unit: "亿元", history: { 2021: (276 * from) / 10_000 }, projection: "part[t-1] * (1 + pg)" },
              pg: { unit: "%", value: "0%" },
              share: { unit: "%", formula: "part / whole" },
            },
            targets: { t: { check: `share[${2021 + years}] ${to < from ? "<" : ">"} ${to / 100}%`, lever: "pg" } },
          });
          const result = solve(model, { target: "t", bounds: { min: -0.9, max: 3 } });
          expect(result.reachable).toBe(true);
          expect(Math.abs(result.value! - expected)).toBeLessThan(1e-10 * Math.max(1e-3, Math.abs(expected)));
          expect(marginAt(model, result, result.value!)).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: SEED + 1, numRuns: 60 },
    );
  });

  it("never throws for bounds on one side of the answer: unreachable with the bound on the good side as best, or holding throughout", () => {
    fc.assert(
      fc.property(levelCase, fc.boolean(), ({ x0, growth, years, op, below, above }, failingSide) => {
        const k = x0 * (1 + growth) ** years;
        const rising = op === ">=" || op === ">";
        // An interval of lever values entirely below or entirely above the answer, by at least 0.1%.
        const lowSide = rising === failingSide;
        const min = lowSide ? growth - below - 0.101 : growth + 0.001;
        const max = lowSide ? growth - 0.001 : growth + above + 0.101;
        const model = buildModel({
          years: [2021, 2030],
          baseYear: 2021,
          indicators: {
            x: { unit: "亿元", history: { 2021: x0 }, projection: "x[t-1] * (1 + g)" },
            g: { unit: "%", value: (min + max) / 2 },
          },
          targets: { t: { check: `x[${2021 + years}] ${op} ${k}` } },
        });
        const result = solve(model, { target: "t", lever: "g", bounds: { min, max } });
        expect(result.value).toBeNull();
        if (failingSide) {
          expect(result.reachable).toBe(false);
          expect(result.holdsThroughout).toBeUndefined();
          expect(Math.abs(result.best - (lowSide ? max : min))).toBeLessThan(1e-12);
          expect(result.residual!).toBeLessThan(0);
        } else {
          expect(result.reachable).toBe(true);
          expect(result.holdsThroughout).toBe(true);
          expect(result.residual!).toBeGreaterThan(0);
        }
      }),
      { seed: SEED + 2, numRuns: 80 },
    );
  });
});
