import * as z from "zod";
import { normalQuantile } from "../../core/index.js";
import { quantitySchema } from "../quantity-schema.js";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";

/** A normal distribution: draws `mean + sd · Φ⁻¹(u)`. */
export interface NormalSpec {
  readonly kind: "normal";
  readonly mean: number;
  readonly sd: number;
}

const shape = z.strictObject({ mean: quantitySchema, sd: quantitySchema });

/** `normal: { mean, sd }`: the spread is never negative; a lever moves its mean. */
export const normal = {
  name: "normal" as const,
  shape,
  read(def: z.output<typeof shape>, r: ParameterReader): NormalSpec | undefined {
    const mean = r.literal("mean", def.mean);
    const sd = r.literal("sd", def.sd);
    if (sd < 0) return r.refuse(`the standard deviation is ${def.sd.text}, below 0`, "a spread is never negative");
    return { kind: "normal", mean, sd };
  },
  sampler: (spec: NormalSpec): Sampler => ({
    quantile: (u) => spec.mean + spec.sd * normalQuantile(u),
    location: spec.mean,
    moves: "shift",
  }),
} satisfies DistributionFamily<"normal", typeof shape, NormalSpec>;
