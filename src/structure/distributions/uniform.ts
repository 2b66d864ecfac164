import * as z from "zod";
import { quantitySchema } from "../quantity-schema.js";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";

/** A uniform distribution on [min, max]: draws `min + (max − min) · u`. */
export interface UniformSpec {
  readonly kind: "uniform";
  readonly min: number;
  readonly max: number;
}

const shape = z.strictObject({ min: quantitySchema, max: quantitySchema });

/** `uniform: { min, max }`: min ≤ max; a lever moves its midpoint. */
export const uniform = {
  name: "uniform" as const,
  shape,
  read(def: z.output<typeof shape>, r: ParameterReader): UniformSpec | undefined {
    const min = r.literal("min", def.min);
    const max = r.literal("max", def.max);
    if (min > max) return r.refuse(`min ${def.min.text} is above max ${def.max.text}`, "swap them");
    return { kind: "uniform", min, max };
  },
  sampler: (spec: UniformSpec): Sampler => ({
    quantile: (u) => spec.min + (spec.max - spec.min) * u,
    location: (spec.min + spec.max) / 2,
    moves: "shift",
  }),
} satisfies DistributionFamily<"uniform", typeof shape, UniformSpec>;
