import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestNames, editDistance } from "../../src/core/suggest.js";

const RUNS = { seed: 42, numRuns: 300 };
const name = fc.string({ unit: fc.constantFrom("a", "b", "c", "地", "区"), maxLength: 8 });

describe("editDistance (properties)", () => {
  it("is zero exactly for equal names, and symmetric", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
      }),
      RUNS,
    );
  });

  it("lies between the difference of the lengths and the longer length", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      RUNS,
    );
  });

  it("is one for a single insertion, deletion, substitution or swap", () => {
    fc.assert(
      fc.property(
        name.filter((s) => s.length >= 2),
        fc.nat(),
        fc.constantFrom("x", "y"),
        (s, at, ch) => {
          const i = at % s.length;
          expect(editDistance(s, s.slice(0, i) + ch + s.slice(i))).toBe(1);
          expect(editDistance(s, s.slice(0, i) + s.slice(i + 1))).toBe(1);
          expect(editDistance(s, s.slice(0, i) + ch + s.slice(i + 1))).toBe(1);
          const j = Math.min(i, s.length - 2);
          const swapped = s.slice(0, j) + s[j + 1] + s[j] + s.slice(j + 2);
          expect(editDistance(s, swapped)).toBe(swapped === s ? 0 : 1);
        },
      ),
      RUNS,
    );
  });

  it("closestNames suggests a long name with one typo", () => {
    fc.assert(
      fc.property(
        name.filter((s) => s.length >= 3),
        fc.nat(),
        (s, at) => {
          const i = at % s.length;
          const typo = `${s.slice(0, i)}x${s.slice(i + 1)}`;
          expect(closestNames(typo, [s, "zzzzzzzzzzzz"])).toEqual(typo === s ? [] : [s]);
        },
      ),
      RUNS,
    );
  });
});
