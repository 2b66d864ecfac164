import fc from "fast-check";

/**
 * Small models of random shape for the workbook oracle: levels grown at input rates from reported values, with
 * backcasts, a group total in mixed units, shares, and indicators built from a random choice of the formula
 * language's operations and planning functions (each with random constants), under two scenarios.
 */
export const FORMULAS = [
  "p * (1 + g) - q / 3",
  "(p + q) ^ 0.5 + p ^ 2 / 1000",
  "if(p > q, p - q, q - p) + min(p, q, 50) - max(g, 1%) * 100",
  "round(p / 7, 2) + abs(q - 100)",
  "log(p) + exp(g) + sqrt(q)",
  "cagr(a, 2020, t)",
  "change(b, 2020, t) + ppchange(share, 2020, t)",
  "sum(p, 2020, t) / mean(q, 2020, t)",
  "growth(a) * 100",
  "contribution(a, total)",
  "elasticity(a, b, 2020, 2024)",
  "p[2022] / p[t-1]",
  "(total - b) / a + b / total",
  "-p + 2 * t - 4000",
  "meanOf(parts) - total / 2",
] as const;

/** A model definition, and the edits a planner might make to its inputs. */
export interface RandomModel {
  readonly definition: Record<string, unknown>;
  readonly edits: readonly { readonly input: string; readonly scenario: string; readonly value: number }[];
}

const rate = fc.double({ min: -0.08, max: 0.15, noNaN: true }).map((x) => Math.round(x * 1e4) / 1e4);
const level = fc.double({ min: 1, max: 5000, noNaN: true }).map((x) => Math.round(x * 100) / 100);

export const randomModel: fc.Arbitrary<RandomModel> = fc
  .record({
    a0: level,
    b0: level,
    ga: rate,
    gb: rate,
    faster: rate,
    edit: rate,
    formulas: fc.uniqueArray(fc.constantFrom(...FORMULAS), { minLength: 3, maxLength: 6 }),
  })
  .map(({ a0, b0, ga, gb, faster, edit, formulas }) => ({
    definition: {
      years: [2019, 2025],
      baseYear: 2021,
      indicators: {
        g: { unit: "%", value: `${ga * 100}%` },
        gb: { unit: "%", value: `${gb * 100}%` },
        a: {
          unit: "亿元",
          history: { 2021: a0 },
          projection: "a[t-1] * (1 + g)",
          backcast: "a[t+1] / (1 + g)",
          groups: ["parts"],
        },
        b: {
          unit: "万元",
          history: { 2021: b0 * 10000 },
          projection: "b[t-1] * (1 + gb)",
          backcast: "b[t+1] / (1 + gb)",
          groups: ["parts"],
        },
        total: { unit: "亿元", formula: "sumOf(parts)" },
        p: { history: { 2021: a0 / 10 }, projection: "p[t-1] * (1 + g)", backcast: "p[t+1] / (1 + g)" },
        q: { history: { 2021: b0 / 10 }, projection: "q[t-1] * (1 + gb) - 1", backcast: "q[t+1] + 1" },
        share: { unit: "%", formula: "a / total" },
        ...Object.fromEntries(formulas.map((formula, k) => [`f${k}`, { formula }])),
      },
      scenarios: { baseline: {}, faster: { set: { g: `${faster * 100}%` } } },
    },
    edits: [{ input: "gb", scenario: "baseline", value: edit }],
  }));
