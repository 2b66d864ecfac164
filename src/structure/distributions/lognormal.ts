import * as z from "zod";
import { normalQuantile } from "../../core/index.js";
import { quantitySchema } from "../quantity-schema.js";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";

/** A lognormal distribution: draws `median · exp(sdlog · Φ⁻¹(u))`, always positive. */
export interface LognormalSpec {
  readonly kind: "lognormal";
  readonly median: number;
  readonly sdlog: number;
}

const shape = z.strictObject({ median: quantitySchema, sdlog: z.number() });

/** `lognormal: { median, sdlog }`: a positive median, sdlog ≥ 0; a lever scales it to a new median. */
export const lognormal = {
  name: "lognormal" as const,
  shape,
  read(def: z.output<typeof shape>, r: ParameterReader): LognormalSpec | undefined {
    const median = r.literal("median", def.median);
    if (median <= 0) return r.refuse(`the median is ${def.median.text}, but a lognormal quantity is positive`);
    if (def.sdlog < 0) return r.refuse(`sdlog is ${def.sdlog}, below 0`);
    return { kind: "lognormal", median, sdlog: def.sdlog };
  },
  sampler: (spec: LognormalSpec): Sampler => ({
    quantile: (u) => spec.median * Math.exp(spec.sdlog * normalQuantile(u)),
    location: spec.median,
    moves: "scale",
  }),
} satisfies DistributionFamily<"lognormal", typeof shape, LognormalSpec>;
