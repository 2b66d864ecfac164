import * as z from "zod";
import { quantitySchema } from "../quantity-schema.js";
import type { DistributionFamily, ParameterReader, Sampler } from "./family.js";

/** A discrete distribution: each value with its weight (equal weights when none are given). */
export interface DiscreteSpec {
  readonly kind: "discrete";
  readonly values: readonly number[];
  readonly weights: readonly number[];
}

const shape = z.strictObject({ values: z.array(quantitySchema).min(1), weights: z.array(z.number()).optional() });

/** `discrete: { values, weights }`: one weight per value, none negative, not all 0; a lever moves its mean. */
export const discrete = {
  name: "discrete" as const,
  shape,
  read(def: z.output<typeof shape>, r: ParameterReader): DiscreteSpec | undefined {
    const values = def.values.map((v, i) => r.literal(`values.${i}`, v));
    const weights = def.weights ?? values.map(() => 1);
    if (weights.length !== values.length)
      return r.refuse(`${values.length} values but ${weights.length} weights`, "give one weight per value");
    if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) return r.refuse("a weight is negative or not a number");
    if (!weights.some((w) => w > 0)) return r.refuse("every weight is 0");
    return { kind: "discrete", values, weights };
  },
  sampler(spec: DiscreteSpec): Sampler {
    // weights as shares of the largest first, so that weights near the largest double (1e308) add up to no Infinity
    const largest = Math.max(...spec.weights);
    const scaled = spec.weights.map((w) => w / largest);
    const total = scaled.reduce((s, w) => s + w, 0);
    const cumulative: number[] = [];
    let running = 0;
    for (const w of scaled) cumulative.push((running += w / total));
    const mean = spec.values.reduce((s, v, i) => s + (v * scaled[i]!) / total, 0);
    return {
      quantile(u) {
        for (let i = 0; i < cumulative.length; i++) if (u <= cumulative[i]!) return spec.values[i]!;
        return spec.values[spec.values.length - 1]!;
      },
      location: mean,
      moves: "shift",
    };
  },
} satisfies DistributionFamily<"discrete", typeof shape, DiscreteSpec>;
