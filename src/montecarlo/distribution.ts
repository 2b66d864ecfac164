import type { DistributionSpec } from "../model/index.js";
import { betaQuantile, logGamma, normalQuantile, regularizedBeta } from "./special-functions.js";

/**
 * A distribution ready to draw from by inversion: `quantile(u)` turns one uniform number in (0, 1) into a draw,
 * so that each draw uses exactly one uniform (common random numbers stay aligned when a lever moves) and a
 * Gaussian copula can correlate any family.
 */
export interface Sampler {
  quantile(u: number): number;
  /** Where the distribution sits — mean, median, mode or midpoint — moved by a lever in a goal seek. */
  readonly location: number;
  /** Whether moving the location scales draws (lognormal: a median is moved multiplicatively) or shifts them. */
  readonly moves: "shift" | "scale";
}

/** Interior PERT quantiles come from a table of this many steps; the tails (first and last step) are exact. */
export const PERT_TABLE_STEPS = 4096;

/**
 * The quantile of a triangular distribution: min + √(u·(max − min)·(mode − min)) below the mode's share of
 * the probability, max − √((1 − u)·(max − min)·(max − mode)) above it.
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  if (max === min) return min;
  const split = (mode - min) / (max - min);
  return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

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

/** The sampler of a checked distribution. */
export function samplerOf(spec: DistributionSpec): Sampler {
  switch (spec.kind) {
    case "normal":
      return { quantile: (u) => spec.mean + spec.sd * normalQuantile(u), location: spec.mean, moves: "shift" };
    case "lognormal":
      return { quantile: (u) => spec.median * Math.exp(spec.sdlog * normalQuantile(u)), location: spec.median, moves: "scale" };
    case "uniform":
      return { quantile: (u) => spec.min + (spec.max - spec.min) * u, location: (spec.min + spec.max) / 2, moves: "shift" };
    case "triangular":
      return { quantile: (u) => triangularQuantile(u, spec.min, spec.mode, spec.max), location: spec.mode, moves: "shift" };
    case "pert":
      return pertSampler(spec.min, spec.mode, spec.max);
    case "discrete": {
      const total = spec.weights.reduce((s, w) => s + w, 0);
      const cumulative: number[] = [];
      let running = 0;
      for (const w of spec.weights) cumulative.push((running += w / total));
      const mean = spec.values.reduce((s, v, i) => s + (v * spec.weights[i]!) / total, 0);
      return {
        quantile(u) {
          for (let i = 0; i < cumulative.length; i++) if (u <= cumulative[i]!) return spec.values[i]!;
          return spec.values[spec.values.length - 1]!;
        },
        location: mean,
        moves: "shift",
      };
    }
  }
}

/**
 * The sampler moved so that its location is `to` (a lever set on an uncertain input moves its distribution:
 * the mean of a normal, the median of a lognormal, the mode of a triangular …), keeping its shape. A draw from
 * the moved sampler uses the same uniform as from the original, so common random numbers stay aligned.
 */
export function movedSampler(sampler: Sampler, to: number): Sampler {
  if (sampler.moves === "scale") {
    const factor = to / sampler.location;
    return { quantile: (u) => sampler.quantile(u) * factor, location: to, moves: "scale" };
  }
  const shift = to - sampler.location;
  return { quantile: (u) => sampler.quantile(u) + shift, location: to, moves: "shift" };
}
