import { didYouMean, parseQuantityLiteral, type QuantityLiteral, usageError } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { readInputValue } from "../targets/index.js";

/**
 * A number from the command line, written as in a model file: `-5%` (−0.05), `0.6pp` (0.006), `4500`.
 * @throws PlansheetError (a usage error) for anything else, naming the option.
 */
export function readNumberOption(text: string, option: string): number {
  return readLiteralOption(text, option).value;
}

function readLiteralOption(text: string, option: string): QuantityLiteral {
  const literal = parseQuantityLiteral(text);
  if (!literal) {
    const message = `${option} takes a number such as 5%, -0.5pp or 4500, got '${text}'`;
    throw usageError(message);
  }
  return literal;
}

/** A whole number option (`--steps 11`, `--year 2025`). */
export function readIntegerOption(text: string, option: string): number {
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isInteger(value)) {
    const message = `${option} takes a whole number, got '${text}'`;
    throw usageError(message);
  }
  return value;
}

/**
 * A value for a lever from the command line, checked against the lever's unit as a model file's numbers are:
 * `--from -5` for a lever in % is refused as the slip it almost always is (−500%), with the hint to write `-5%`.
 * @throws PlansheetError (a usage error) for what is not a number, or is one in the wrong unit.
 */
export function readLeverOption(text: string, option: string, model: Model, lever: string | undefined): number {
  return lever === undefined ? readNumberOption(text, option) : readInputValue(model, lever, text, option);
}

/**
 * The indicators named with `--fan`, each an indicator of the model.
 * @throws PlansheetError (a usage error) naming an id that is not one, with a did-you-mean hint.
 */
export function checkIndicatorOptions(ids: readonly string[], option: string, model: Model): void {
  for (const id of ids) {
    if (model.structure.indicatorById.has(id)) continue;
    const message = `${option} ${id}: '${id}' is not an indicator of this model`;
    const hint = didYouMean(
      id,
      model.structure.indicators.map((i) => i.id),
    );
    throw usageError(message, hint);
  }
}
