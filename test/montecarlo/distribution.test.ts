import { describe, expect, it } from "vitest";
import { betaQuantile, normalCdf, normalQuantile, regularizedBeta } from "../../src/core/random/special-functions.js";
import { movedSampler, samplerOf } from "../../src/structure/distributions/index.js";
import { triangularQuantile } from "../../src/structure/distributions/triangular.js";

describe("special functions", () => {
  it("invert the normal CDF to near double precision", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    for (const p of [1e-12, 0.001, 0.2, 0.7, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 20);
  });

  it("compute the regularised incomplete beta function and its quantile", () => {
    // I_x(2, 3) = 6x²(1/2 − 2x/3 + x²/4)·… : at 0.3 it is 0.3483 exactly.
    expect(regularizedBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 14);
    expect(betaQuantile(0.3483, 2, 3)).toBeCloseTo(0.3, 12);
  });
});

describe("samplers", () => {
  it("invert the triangular CDF exactly at the mode and the ends", () => {
    expect(triangularQuantile(0.5, 0, 0.5, 1)).toBeCloseTo(0.5, 15);
    expect(triangularQuantile(0, -1, 0, 3)).toBe(-1);
    expect(triangularQuantile(1, -1, 0, 3)).toBe(3);
  });

  it("draw PERT values whose CDF at each table point and in the tails is the uniform drawn", () => {
    const spec = { kind: "pert" as const, min: 0.02, mode: 0.05, max: 0.08 };
    const sampler = samplerOf(spec);
    const a = 1 + (4 * (spec.mode - spec.min)) / (spec.max - spec.min);
    const b = 1 + (4 * (spec.max - spec.mode)) / (spec.max - spec.min);
    for (const u of [1e-6, 0.0001, 0.01, 0.123456, 0.5, 0.87, 0.9999, 1 - 1e-6]) {
      const x = (sampler.quantile(u) - spec.min) / (spec.max - spec.min);
      // The interior is interpolated in a table: within 1e-6 of the probability; the tails are exact.
      expect(Math.abs(regularizedBeta(x, a, b) - u)).toBeLessThan(1e-6);
    }
    expect(sampler.location).toBe(0.05);
  });

  it("draw discrete values with their weights", () => {
    const sampler = samplerOf({ kind: "discrete", values: [3, 4, 5], weights: [1, 2, 1] });
    expect(sampler.quantile(0.1)).toBe(3);
    expect(sampler.quantile(0.26)).toBe(4);
    expect(sampler.quantile(0.74)).toBe(4);
    expect(sampler.quantile(0.76)).toBe(5);
    expect(sampler.location).toBe(4);
  });

  it("move a distribution's location, shifting a normal and scaling a lognormal", () => {
    const normal = movedSampler(samplerOf({ kind: "normal", mean: 0.05, sd: 0.01 }), 0.06);
    expect(normal.quantile(0.5)).toBeCloseTo(0.06, 15);
    expect(normal.quantile(0.975) - normal.quantile(0.5)).toBeCloseTo(0.01 * 1.959963984540054, 12);
    const lognormal = movedSampler(samplerOf({ kind: "lognormal", median: 10, sdlog: 0.2 }), 20);
    expect(lognormal.quantile(0.5)).toBeCloseTo(20, 12);
    expect(lognormal.quantile(0.9) / lognormal.quantile(0.5)).toBeCloseTo(Math.exp(0.2 * normalQuantile(0.9)), 12);
  });
});
