import { makeIssue, parseQuantityLiteral, PlansheetError } from "../core/index.js";

/**
 * A number from the command line, written as in a model file: `-5%` (−0.05), `0.6pp` (0.006), `4500`.
 * @throws PlansheetError (a usage error) for anything else, naming the option.
 */
export function readNumberOption(text: string, option: string): number {
  const literal = parseQuantityLiteral(text);
  if (!literal) {
    const message = `${option} takes a number such as 5%, -0.5pp or 4500, got '${text}'`;
    throw new PlansheetError(message, [makeIssue("usage", { message })]);
  }
  return literal.value;
}

/** A whole number option (`--steps 11`, `--year 2025`). */
export function readIntegerOption(text: string, option: string): number {
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isInteger(value)) {
    const message = `${option} takes a whole number, got '${text}'`;
    throw new PlansheetError(message, [makeIssue("usage", { message })]);
  }
  return value;
}
