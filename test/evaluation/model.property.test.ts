import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/evaluation/model.js";

const SEED = 4_242;

/** A decimal written with two decimals, e.g. "123.45" (a level). */
const level = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
/** A growth rate written as a percentage with one decimal, between −50% and +50%. */
const rate = fc.integer({ min: -500, max: 500 }).map((n) => `${(n / 10).toFixed(1)}%`);

/**
 * A small random model: a timeline of 2–8 years, two or three growth inputs, two or three levels reported in the
 * base year and projected (and backcast) by `x[t-1] * (1 + g)`, and derived indicators of every kind — sums,
 * differences, products, shares, a cagr over the whole timeline, a ppchange, a round and a mean.
 */
const randomModel = fc
  .record({
    length: fc.integer({ min: 2, max: 8 }),
    baseOffset: fc.nat(),
    rates: fc.array(rate, { minLength: 2, maxLength: 3 }),
    levels: fc.array(fc.tuple(level, fc.nat(), fc.boolean()), { minLength: 2, maxLength: 3 }),
    constant: level,
  })
  .map(({ length, baseOffset, rates, levels, constant }) => {
    const first = 2020;
    const last = first + length - 1;
    const baseYear = first + (baseOffset % length);
    const indicators: Record<string, unknown> = {};
    rates.forEach((r, i) => (indicators[`g${i}`] = { unit: "%", value: r }));
    indicators.k = { value: constant };
    levels.forEach(([value, pick, backcast], i) => {
      const g = `g${pick % rates.length}`;
      indicators[`x${i}`] = {
        history: { [baseYear]: value },
        projection: `x${i}[t-1] * (1 + ${g})`,
        ...(backcast ? { backcast: `x${i}[t+1] / (1 + ${g})` } : {}),
      };
    });
    indicators.total = { formula: `${levels.map((_, i) => `x${i}`).join(" + ")} + k` };
    indicators.diff = { formula: "x0 - x1" };
    indicators.prod = { formula: "x0 * g0 * 3" };
    indicators.share = { unit: "%", formula: "x0 / (x0 + x1)" };
    indicators.share_pp = { unit: "百分点", formula: `ppchange(share, ${first}, ${last})` };
    indicators.avg = { unit: "%", formula: `cagr(total, ${first}, ${last})` };
    indicators.yoy = { unit: "%", formula: "growth(total)" };
    indicators.rounded = { formula: "round(total / 7, 2)" };
    indicators.mean_total = { formula: `mean(total, ${first}, ${last})` };
    indicators.compound = { formula: "(1 + g0) ^ 3 * sqrt(x1) - k / (x0 + 1)" };
    return { years: [first, last], baseYear, indicators };
  });

describe("float and decimal modes (property)", () => {
  it("agree on every cell of random models within |float − decimal| ≤ 1e-9·(1 + |decimal|), and fail the same cells", () => {
    fc.assert(
      fc.property(randomModel, (definition) => {
        const model = buildModel(definition);
        const float = model.run({ mode: "float" });
        const decimal = model.run({ mode: "decimal" });
        let compared = 0;
        for (const id of float.ids) {
          for (const year of float.years) {
            const f = float.get(id, year);
            const text = decimal.exact(id, year);
            if (text === null) {
              expect(f, `${id}[${year}] is missing in decimal mode only`).toBeNull();
              continue;
            }
            expect(f, `${id}[${year}] is missing in float mode only`).not.toBeNull();
            const d = Number(text);
            expect(Math.abs(f! - d), `${id}[${year}]: float ${f} vs decimal ${text}`).toBeLessThanOrEqual(
              1e-9 * (1 + Math.abs(d)),
            );
            compared += 1;
          }
        }
        // the base year always has values: the levels are reported there
        expect(compared).toBeGreaterThanOrEqual(10);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("agree on the margins of targets over random models", () => {
    fc.assert(
      fc.property(randomModel, level, (definition, threshold) => {
        const [, last] = definition.years as [number, number];
        const model = buildModel({
          ...definition,
          targets: { big: { check: `total[${last}] >= ${threshold}` }, share: { check: `share[${last}] < 50%` } },
        });
        const float = model.run({ mode: "float" }).targets;
        const decimal = model.run({ mode: "decimal" }).targets;
        float.forEach((t, i) => {
          const exact = decimal[i]!;
          expect(t.id).toBe(exact.id);
          const margin = Number(exact.exact!.margin);
          expect(Math.abs(t.margin! - margin)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(Number(exact.exact!.value))));
          // away from the boundary both modes agree on `met`
          if (Math.abs(margin) > 1e-9 * (1 + Math.abs(Number(exact.exact!.value)))) expect(t.met).toBe(exact.met);
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
