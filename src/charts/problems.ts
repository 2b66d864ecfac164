import { type PlansheetError, didYouMean, usageError } from "../core/index.js";
import type { ModelStructure } from "../structure/index.js";

/** A chart that cannot be drawn: a usage error naming what is wrong and how to fix it. */
export function chartError(message: string, hint?: string): PlansheetError {
  return usageError(message, hint);
}

/** The indicator of a chart, or an error naming the ids it might have meant. */
export function chartIndicator(structure: ModelStructure, id: string) {
  const info = structure.indicatorById.get(id);
  if (info) return info;
  throw chartError(
    `cannot chart '${id}': it is not an indicator of the model`,
    didYouMean(id, structure.indicatorById.keys()) ?? "plansheet run MODEL lists the indicators",
  );
}
