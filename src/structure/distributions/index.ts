import { discrete, type DiscreteSpec } from "./discrete.js";
import type { Sampler } from "./family.js";
import { lognormal, type LognormalSpec } from "./lognormal.js";
import { normal, type NormalSpec } from "./normal.js";
import { pert, type PertSpec } from "./pert.js";
import { triangular, type TriangularSpec } from "./triangular.js";
import { uniform, type UniformSpec } from "./uniform.js";

/**
 * Every distribution family an input may have, one file each: the model file's schema takes their shapes, the
 * model reader their checks, Monte Carlo their samplers. A new family is a file and a line here.
 */
export const DISTRIBUTION_FAMILIES = [normal, lognormal, uniform, triangular, pert, discrete] as const;

type Family = (typeof DISTRIBUTION_FAMILIES)[number];

/**
 * A distribution on an input, read and checked: its family and parameters as plain numbers in the input's unit
 * (a rate as a ratio: 5% is 0.05).
 */
export type DistributionSpec = NormalSpec | LognormalSpec | UniformSpec | TriangularSpec | PertSpec | DiscreteSpec;

/** The zod shape of each family under its key (`normal: { mean, sd }`), each optional: a distribution gives one. */
export type DistributionShapes = { [F in Family as F["name"]]: ReturnType<F["shape"]["optional"]> };

/** The families' shapes by name, for the model file's schema. */
export function distributionShapes(): DistributionShapes {
  return Object.fromEntries(
    DISTRIBUTION_FAMILIES.map((f) => [f.name, f.shape.optional()]),
  ) as unknown as DistributionShapes;
}

/** The family of a name, or `undefined`. */
export function familyNamed(name: string): Family | undefined {
  return DISTRIBUTION_FAMILIES.find((f) => f.name === name);
}

/** The sampler of a checked distribution, by its family. */
export function samplerOf(spec: DistributionSpec): Sampler {
  const family = familyNamed(spec.kind)!;
  return (family.sampler as (s: DistributionSpec) => Sampler)(spec);
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

export type { Sampler, ParameterReader } from "./family.js";
