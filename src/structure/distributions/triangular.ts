import type { z } from "zod";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";
import { readThreePoint, threePointShape, type ThreePoint } from "./three-point.js";

/** A triangular distribution on [min, max] peaking at its mode. */
export interface TriangularSpec extends ThreePoint {
  readonly kind: "triangular";
}

/**
 * The quantile of a triangular distribution: min + √(u·(max − min)·(mode − min)) below the mode's share of
 * the probability, max − √((1 − u)·(max − min)·(max − mode)) above it.
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  if (max === min) return min;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** `triangular: { min, mode, max }`: a lever moves its mode. */
export const triangular = {
  name: "triangular" as const,
  shape: threePointShape,
  read(def: z.output<typeof threePointShape>, r: ParameterReader): TriangularSpec | undefined {
    const p = readThreePoint(def, r);
    return p && { kind: "triangular", ...p };
  },
  sampler: (spec: TriangularSpec): Sampler => ({
    quantile: (u) => triangularQuantile(u, spec.min, spec.mode, spec.max),
    location: spec.mode,
    moves: "shift",
  }),
} satisfies DistributionFamily<"triangular", typeof threePointShape, TriangularSpec>;
