import * as z from "zod";
import { quantitySchema } from "../quantity-schema.js";
import type { ParameterReader } from "./family.js";

/** The parameters of a three-point estimate (triangular, PERT): lowest, most likely and highest value. */
export interface ThreePoint {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/** `{ min, mode, max }` as the model file writes it. */
export const threePointShape = z.strictObject({ min: quantitySchema, mode: quantitySchema, max: quantitySchema });

/** Reads a three-point estimate: min ≤ max, and the mode inside [min, max]. */
export function readThreePoint(def: z.output<typeof threePointShape>, r: ParameterReader): ThreePoint | undefined {
  const min = r.literal("min", def.min);
  const mode = r.literal("mode", def.mode);
  const max = r.literal("max", def.max);
  if (min > max) return r.refuse(`min ${def.min.text} is above max ${def.max.text}`, "swap them");
  if (mode < min || mode > max)
    return r.refuse(`the mode ${def.mode.text} lies outside [${def.min.text}, ${def.max.text}]`);
  return { min, mode, max };
}
