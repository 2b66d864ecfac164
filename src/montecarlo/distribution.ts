import type { Sampler } from "../structure/index.js";

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
