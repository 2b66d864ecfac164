import { describe, expect, it } from "vitest";
import { trialRng, xoshiro128 } from "../../src/core/index.js";

describe("seeded generators", () => {
  it("repeat the same sequence for the same seed", () => {
    const a = xoshiro128(42);
    const b = xoshiro128(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it("draw uniforms strictly inside (0, 1) with mean ½ and variance 1/12", () => {
    const rng = xoshiro128(7);
    let sum = 0;
    let squares = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      squares += u * u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(squares / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 3);
  });

  it("give every trial its own stream, and make even the first draw depend on the seed", () => {
    const first = (seed: number, trial: number) => trialRng(seed, trial)();
    expect(first(5, 0)).not.toBe(first(6, 0));
    expect(first(5, 0)).not.toBe(first(5, 1));
    expect(first(5, 3)).toBe(first(5, 3));
    const firsts = new Set(Array.from({ length: 10_000 }, (_, t) => first(1, t)));
    expect(firsts.size).toBeGreaterThan(9_990);
  });
});
