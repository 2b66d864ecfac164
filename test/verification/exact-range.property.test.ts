import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Timeline, interval, type Interval } from "../../src/core/index.js";
import { checkFormula, parseFormula, type CheckedExpr } from "../../src/formula/index.js";
import { RANGE_TOLERANCE, evaluateInterval, evaluateRange } from "../../src/verification/interval-eval.js";
import { verifyClaims } from "../../src/verification/index.js";

const NAMES = ["a", "b", "c"];

/** A formula over a, b and c, checked without units. */
function checked(text: string): CheckedExpr {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const scope = {
    timeline: new Timeline(2000, 2030, 2020),
    indicator: (n: string) => (NAMES.includes(n) ? { slot: NAMES.indexOf(n), unit: undefined } : undefined),
    group: () => undefined,
    names: NAMES,
  };
  const result = checkFormula(parsed.expr, scope, { context: "cell", expect: "number" });
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return result.formula.expr;
}

/** The formula in float at a point. */
function at(text: string, values: readonly number[]): number {
  const [a, b, c] = values;
  return Function("a", "b", "c", `return ${text.replaceAll("^", "**")};`)(a, b, c) as number;
}

/** Relations that name an indicator more than once: where plain interval arithmetic widens. */
const RELATIONS = [
  "a / (a + b)",
  "a * b - a",
  "(a - b) * (a + b)",
  "a / b - a / c",
  "a * a - 2 * a * b",
  "(a + b + c) / a",
  "a - a * b / (b + c)",
  "b / (a + b) - c / (a + c)",
];

const bounds = fc
  .tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 200 }))
  .map(([lo, w]) => [lo / 100, (lo + w) / 100] as const);

describe("exact ranges", () => {
  it("gives the exact range of a / (a + b), where plain interval arithmetic gives a wider one, by corner evaluation", () => {
    const range = evaluateInterval(checked("a / (a + b)"), (slot) => [interval(1, 2), interval(1, 2)][slot]);
    expect(range.lo!.toNumber()).toBeCloseTo(1 / 3, 8);
    expect(range.hi!.toNumber()).toBeCloseTo(2 / 3, 8);
  });

  it("holds every value the relation takes over the box, and no more than the tolerance beyond them — or says it is not exact (property)", () => {
    let exact = 0;
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONS), bounds, bounds, bounds, (text, ra, rb, rc) => {
        const boxes: Interval[] = [ra, rb, rc].map(([lo, hi]) => interval(lo, hi));
        const result = evaluateRange(checked(text), (slot) => boxes[slot]);
        const lo = result.range.lo!.toNumber();
        const hi = result.range.hi!.toNumber();
        // Dense sampling: a 21-point grid on each side, corners included.
        let min = Infinity;
        let max = -Infinity;
        const grid = (r: readonly [number, number]) =>
          Array.from({ length: 21 }, (_, k) => r[0] + ((r[1] - r[0]) * k) / 20);
        for (const a of grid(ra))
          for (const b of grid(rb))
            for (const c of grid(rc)) {
              const v = at(text, [a, b, c]);
              min = Math.min(min, v);
              max = Math.max(max, v);
            }
        const slack = 1e-9 * Math.max(1, Math.abs(min), Math.abs(max));
        // Sound: every sampled value lies inside.
        expect(lo).toBeLessThanOrEqual(min + slack);
        expect(hi).toBeGreaterThanOrEqual(max - slack);
        const resolution = 0.02 * (max - min) + RANGE_TOLERANCE * (hi - lo) + slack;
        if (result.exact) {
          // Exact: the ends are the sampled extremes, up to the grid's resolution and the stated tolerance.
          exact++;
          expect(min - lo, `${text} lo`).toBeLessThanOrEqual(resolution);
          expect(hi - max, `${text} hi`).toBeLessThanOrEqual(resolution);
        } else {
          // Not pinned down: what it says the relation takes lies inside what the samples span.
          const attained = result.attained!;
          expect(attained.lo!.toNumber(), `${text} attained lo`).toBeGreaterThanOrEqual(min - resolution);
          expect(attained.hi!.toNumber(), `${text} attained hi`).toBeLessThanOrEqual(max + resolution);
        }
      }),
      { seed: 5_2023, numRuns: 60 },
    );
    // Almost every relation is pinned down; the others say so.
    expect(exact).toBeGreaterThan(50);
  });

  it("gives a verdict that does not depend on dependency widening: a share written over its parts", () => {
    // s = a / (a + b) with a ∈ [1.95, 2.05), b ∈ [7.95, 8.05): the exact range is 19.5%–20.5%; plain interval
    // arithmetic would give 19.4%–20.6% and call a printed 20.55% (or 19.45%) consistent.
    const claims = (share: string) => ({
      claims: [
        { id: "a", indicator: "a", kind: "level", year: 2021, value: "2.0" },
        { id: "b", indicator: "b", kind: "level", year: 2021, value: "8.0" },
        { id: "s", indicator: "s", kind: "share", year: 2021, value: share },
      ],
      identities: ["s = a / (a + b)"],
    });
    expect(verifyClaims(claims("20.0%")).checks[0]!.verdict).toBe("consistent");
    expect(verifyClaims(claims("20.58%")).checks[0]!.verdict).toBe("inconsistent");
    expect(verifyClaims(claims("19.42%")).checks[0]!.verdict).toBe("inconsistent");
  });

  it("leaves a verdict open, and says so, where the range could not be pinned down and only widening would decide", () => {
    // a − a·b/(b + c) is a·c/(b + c) written with cancelling terms: over wide boxes its lower end stays loose.
    const verdict = (value: string) =>
      verifyClaims({
        settings: { about: "60%" },
        claims: [
          { id: "a", indicator: "a", kind: "level", year: 2021, value: "0.015", qualifiers: ["左右"] },
          { id: "b", indicator: "b", kind: "level", year: 2021, value: "0.07", qualifiers: ["左右"] },
          { id: "c", indicator: "c", kind: "level", year: 2021, value: "0.02", qualifiers: ["左右"] },
          { id: "s", indicator: "s", kind: "level", year: 2021, value },
        ],
        identities: ["s = a - a * b / (b + c)"],
      }).checks.find((c) => c.kind === "identity_levels")!;
    // 0.0055 · 0.003 / 0.12 = 0.0001375 is taken, so a printed 0.0001 fits
    expect(verdict("0.0001").verdict).toBe("consistent");
    expect(verdict("-0.001").verdict).toBe("inconsistent");
    const open = verdict("-0.0002");
    expect(open.verdict).toBe("not_checkable");
    expect(open.explanation).toMatch(
      /its exact range could not be pinned down, so whether the printed s of -0.0002 fits is left open\.$/,
    );
    expect(open.explanationZh).toContain("无从判断");
  });
});
