import { describe, expect, it } from "vitest";
import { brentRoot, goldenMaximum } from "../../src/targets/brent.js";

/** How many doubles lie between a and b (0 when equal). */
function ulpsApart(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Math.abs(Number(buf.getBigInt64(0) - buf.getBigInt64(8)));
}

describe("brentRoot", () => {
  it("finds √2 as the root of x² − 2 on [0, 2] to a few units in the last place", () => {
    const root = brentRoot((x) => x * x - 2, 0, 2);
    expect(ulpsApart(root.x, Math.SQRT2)).toBeLessThanOrEqual(4);
    expect(Math.abs(root.fx)).toBeLessThan(1e-15);
  });

  it("finds the root of a decreasing function, with the bracket given either way round", () => {
    const f = (x: number) => Math.exp(-x) - 0.25;
    const expected = Math.log(4);
    expect(brentRoot(f, 0, 5).x).toBeCloseTo(expected, 14);
    expect(brentRoot(f, 5, 0).x).toBeCloseTo(expected, 14);
  });

  it("finds the root of a growth condition: 100·(1 + g)⁴ = 150 at g = 1.5^(1/4) − 1", () => {
    const root = brentRoot((g) => 100 * (1 + g) ** 4 - 150, -0.5, 1);
    const expected = 1.5 ** 0.25 - 1;
    expect(Math.abs(root.x - expected) / expected).toBeLessThan(1e-13);
  });

  it("converges in far fewer evaluations than bisection to the same precision on a smooth function", () => {
    let calls = 0;
    const root = brentRoot(
      (x) => {
        calls++;
        return x * x * x - x - 2;
      },
      1,
      2,
    );
    expect(root.x ** 3 - root.x - 2).toBeCloseTo(0, 13);
    // Bisection to double precision on [1, 2] needs about 52 halvings.
    expect(calls).toBeLessThan(20);
    expect(root.iterations).toBeGreaterThan(0);
    expect(root.iterations).toBeLessThanOrEqual(calls);
  });

  it("still converges on a function with a kink, where interpolation is of little use", () => {
    const f = (x: number) => (x < 0.3 ? -1 : x - 0.3 + 1e-3);
    const root = brentRoot(f, 0, 1);
    expect(root.x).toBeGreaterThanOrEqual(0.3 - 1e-12);
    expect(root.x).toBeLessThanOrEqual(0.3 + 1e-12);
  });

  it("returns an end of the bracket at once when the function is 0 there", () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return x - 1;
    };
    expect(brentRoot(f, 1, 3)).toEqual({ x: 1, fx: 0, iterations: 0 });
    expect(brentRoot(f, -1, 1)).toEqual({ x: 1, fx: 0, iterations: 0 });
    expect(calls).toBe(4);
  });

  it("uses the function values given for the ends instead of evaluating them again", () => {
    const seen: number[] = [];
    brentRoot(
      (x) => {
        seen.push(x);
        return x - 0.5;
      },
      0,
      1,
      -0.5,
      0.5,
    );
    expect(seen).not.toContain(0);
    expect(seen).not.toContain(1);
  });

  it("refuses a bracket whose ends have the same sign", () => {
    expect(() => brentRoot((x) => x * x + 1, -1, 1)).toThrow(RangeError);
    expect(() => brentRoot((x) => x * x + 1, -1, 1)).toThrow(/opposite signs/);
  });

  it("stops at a looser tolerance when one is given", () => {
    const fine = brentRoot((x) => Math.cos(x), 0, 3);
    const coarse = brentRoot((x) => Math.cos(x), 0, 3, Math.cos(0), Math.cos(3), 1e-3);
    expect(fine.x).toBeCloseTo(Math.PI / 2, 14);
    expect(Math.abs(coarse.x - Math.PI / 2)).toBeLessThan(1e-3);
    expect(coarse.iterations).toBeLessThanOrEqual(fine.iterations);
  });

  it("stops after maxIterations", () => {
    const f = (x: number) => Math.cos(x);
    const root = brentRoot(f, 0, 3, f(0), f(3), 0, 2);
    expect(root.iterations).toBe(2);
    expect(Math.abs(root.x - Math.PI / 2)).toBeGreaterThan(1e-12);
  });
});

describe("goldenMaximum", () => {
  it("finds the top of a parabola to the tolerance asked", () => {
    const top = goldenMaximum((x) => -((x - 1.3) ** 2) + 4, 0, 3, 1e-9);
    expect(Math.abs(top.x - 1.3)).toBeLessThan(1e-4);
    expect(top.fx).toBeCloseTo(4, 8);
    expect(top.iterations).toBeGreaterThan(10);
  });

  it("finds a maximum at an end of the interval for a monotone function", () => {
    const rising = goldenMaximum((x) => x, 0, 1, 1e-10);
    expect(rising.x).toBeGreaterThan(1 - 1e-9);
    const falling = goldenMaximum((x) => -x, 0, 1, 1e-10);
    expect(falling.x).toBeLessThan(1e-9);
  });

  it("moves away from values where the function has none (NaN)", () => {
    const top = goldenMaximum((x) => (x < 0.5 ? Number.NaN : -((x - 0.8) ** 2)), 0, 1, 1e-10);
    expect(top.x).toBeCloseTo(0.8, 4);
    expect(Number.isNaN(top.fx)).toBe(false);
  });

  it("stops after maxIterations", () => {
    expect(goldenMaximum((x) => -x * x, -1, 1, 0, 5).iterations).toBe(5);
  });
});
