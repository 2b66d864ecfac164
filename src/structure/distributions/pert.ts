import type { z } from "zod";
import { betaQuantile, logGamma, regularizedBeta } from "../../core/index.js";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";
import { readThreePoint, threePointShape, type ThreePoint } from "./three-point.js";

/** A PERT distribution on [min, max] around its mode (see {@link pertSampler}). */
export interface PertSpec extends ThreePoint {
  readonly kind: "pert";
}

/** Interior PERT quantiles come from a table of this many steps; the tails (first and last step) are exact. */
export const PERT_TABLE_STEPS = 4096;

/**
 * A PERT distribution (a beta distribution on [min, max] with shape α = 1 + 4·(mode − min)/(max − min),
 * β = 1 + 4·(max − mode)/(max − min), mean (min + 4·mode + max)/6). Its quantile has no closed form: the
 * interior is interpolated linearly in a table of {@link PERT_TABLE_STEPS} steps computed once per shape and
 * kept (error below about 1e-6 of the range); the first and last step are inverted exactly, where the
 * quantile bends too fast for a table.
 */
function pertSampler(min: number, mode: number, max: number): Sampler {
  if (max === min) return { quantile: () => min, location: min, moves: "shift" };
  const range = max - min;
  const a = 1 + (4 * (mode - min)) / range;
  const b = 1 + (4 * (max - mode)) / range;
  const n = PERT_TABLE_STEPS;
  const table = betaQuantileTable(a, b);
  return {
    quantile(u) {
      const x = u * n;
      const k = Math.floor(x);
      if (k < 1 || k >= n - 1) return min + range * betaQuantile(u, a, b);
      const t = x - k;
      return min + range * (table[k]! + t * (table[k + 1]! - table[k]!));
    },
    location: mode,
    moves: "shift",
  };
}

/** Quantile tables already computed, by shape: a goal seek builds the same samplers again and again. */
const tables = new Map<string, Float64Array>();

/**
 * The quantiles of Beta(a, b) at u = k / n for k = 0 … n: each by Newton's method on the CDF (its derivative is
 * the density), started from the previous quantile and kept inside a bisection bracket, to 1e-14.
 */
function betaQuantileTable(a: number, b: number): Float64Array {
  const key = `${a}|${b}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const n = PERT_TABLE_STEPS;
  const table = new Float64Array(n + 1);
  table[n] = 1;
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  const density = (x: number) => Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x));
  let x = 0;
  for (let k = 1; k < n; k++) {
    const u = k / n;
    let lo = table[k - 1]!;
    let hi = 1;
    x = Math.min(Math.max(x, lo), 1);
    if (x <= lo || x >= hi) x = (lo + hi) / 2;
    for (let step = 0; step < 60; step++) {
      const f = regularizedBeta(x, a, b) - u;
      if (f < 0) lo = x;
      else hi = x;
      const d = density(x);
      let next = d > 0 ? x - f / d : (lo + hi) / 2;
      if (!(next > lo && next < hi)) next = (lo + hi) / 2;
      if (Math.abs(next - x) < 1e-14 || hi - lo < 1e-14) {
        x = next;
        break;
      }
      x = next;
    }
    table[k] = x;
  }
  if (tables.size > 64) tables.clear();
  tables.set(key, table);
  return table;
}

/** `pert: { min, mode, max }`: a lever moves its mode. */
export const pert = {
  name: "pert" as const,
  shape: threePointShape,
  read(def: z.output<typeof threePointShape>, r: ParameterReader): PertSpec | undefined {
    const p = readThreePoint(def, r);
    return p && { kind: "pert", ...p };
  },
  sampler: (spec: PertSpec): Sampler => pertSampler(spec.min, spec.mode, spec.max),
} satisfies DistributionFamily<"pert", typeof threePointShape, PertSpec>;
