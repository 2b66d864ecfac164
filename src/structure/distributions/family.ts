import type { z } from "zod";
import type { QuantityLiteral } from "../../core/index.js";

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

/** What a family's `read` may use: each parameter read in the input's unit, and a way to refuse the parameters. */
export interface ParameterReader {
  /** The parameter `field` as a plain number in the input's unit, its literal checked against that unit. */
  literal(field: string, literal: QuantityLiteral): number;
  /** Refuses the parameters with a message naming what is wrong (and a hint), as an `invalid_distribution` issue. */
  refuse(message: string, hint?: string): undefined;
}

/**
 * One distribution family, in one file: its parameters as the model file writes them (a zod shape under the
 * family's key, `normal: { mean, sd }`), the checks that turn them into a `DistributionSpec`-like record (`index.ts`) in
 * plain numbers, and its sampler. The schema, the model reader and Monte Carlo all read the registry
 * (`distributions/index.ts`), so a new family is one file and one registry line.
 */
export interface DistributionFamily<
  Name extends string,
  Shape extends z.ZodType,
  Spec extends { readonly kind: Name },
> {
  readonly name: Name;
  readonly shape: Shape;
  read(def: z.output<Shape>, reader: ParameterReader): Spec | undefined;
  sampler(spec: Spec): Sampler;
}
