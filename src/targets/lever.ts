import { didYouMean, makeIssue, PlansheetError, parseQuantityLiteral, usageError } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import {
  CellRule,
  checkLiteralForUnit,
  setInputEveryYear,
  upstreamSlots,
  type IndicatorInfo,
  type ValueTable,
} from "../structure/index.js";

/** A lever resolved against a model: the input it moves and its bounds (as ratios or levels, like the input). */
export interface Lever {
  readonly id: string;
  readonly slot: number;
  readonly min: number;
  readonly max: number;
  readonly label?: string;
}

/**
 * A value of an input as code gives it: a number as plansheet holds it (a ratio for %: −0.05), or a string as a
 * planner writes it in a model file (`"-5%"`, `"0.5pp"`, `"4500"`), read and checked against the input's unit.
 * @inline
 */
export type InputValue = number | string;

/** Bounds given on the command line or in code, overriding the model's `levers` section. @inline */
export interface LeverBounds {
  readonly min?: InputValue;
  readonly max?: InputValue;
}

/**
 * An input's value as a number: a number as it is; a planner's string read as in a model file and checked against
 * the input's unit (`"-5"` for a % input is refused as the slip it almost always is, with the hint to write `-5%`).
 * `what` names the value in a message (`sweep's from`, `--min`).
 * @throws PlansheetError (a usage error) for a string that is no number, or one in the wrong unit.
 */
export function readInputValue(model: Model, id: string, value: InputValue, what: string): number {
  if (typeof value === "number") return value;
  const literal = typeof value === "string" ? parseQuantityLiteral(value) : undefined;
  if (!literal) throw usageError(`${what} takes a number such as 5%, -0.5pp or 4500, got '${String(value)}'`);
  const unit = model.structure.indicatorById.get(id)?.unit;
  const issue = checkLiteralForUnit(literal, unit, { path: [what], what: `${what} (for ${id})` }, {});
  if (issue?.severity === "error") throw usageError(issue.message, issue.hint);
  return literal.value;
}

/** Inputs given as numbers or planner strings (`{ re_share_2021: "14%" }`), each read by {@link readInputValue}. */
export function readInputValues(
  model: Model,
  values: Readonly<Record<string, InputValue>>,
  what: string,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, readInputValue(model, id, v, `${what}.${id}`)]),
  );
}

/**
 * Finds the input a lever moves and its bounds: from the model's `levers` section, or from `bounds` for any
 * input. Refuses a name that is not an indicator, an indicator that is not an input (naming the inputs it
 * depends on), missing bounds, and bounds with min above max.
 * @throws PlansheetError (code `usage`, `not_an_input` or `invalid_bounds`).
 */
export function resolveLever(model: Model, id: string, bounds: LeverBounds = {}): Lever {
  const structure = model.structure;
  const info = structure.indicatorById.get(id);
  if (!info) {
    const hint = didYouMean(id, structure.indicatorById.keys());
    throw usageError(`'${id}' is not an indicator of this model, so it cannot be a lever`, hint);
  }
  if (!info.isInput) {
    const message = `'${id}' is computed, not an input: a lever must be an input (an indicator with a value)`;
    throw new PlansheetError(message, [
      makeIssue("not_an_input", { message, indicator: id, hint: inputHint(model, info) }),
    ]);
  }
  const declared = structure.levers.find((l) => l.id === id);
  const given = (bound: InputValue | undefined, name: string) =>
    bound === undefined ? undefined : readInputValue(model, id, bound, `the ${name} of lever '${id}'`);
  const min = given(bounds.min, "min") ?? declared?.min.value;
  const max = given(bounds.max, "max") ?? declared?.max.value;
  if (min === undefined || max === undefined) {
    throw usageError(`lever '${id}' has no bounds`, "add it to the model's levers section, or give --min and --max");
  }
  if (min > max) {
    const message = `lever '${id}' has min ${min} above max ${max}`;
    throw new PlansheetError(message, [
      makeIssue("invalid_bounds", { message, indicator: id, hint: "swap min and max" }),
    ]);
  }
  const label = info.label.zh ?? info.label.en;
  return { id, slot: info.slot, min, max, ...(label ? { label } : {}) };
}

/** The inputs an indicator is computed from, directly or through other formulas, as a hint. */
function inputHint(model: Model, info: IndicatorInfo): string {
  const { graph, layout, indicators } = model.structure;
  const cells = Array.from({ length: layout.years }, (_, yi) => layout.cell(info.slot, yi));
  const upstream = upstreamSlots(graph, layout, cells);
  const inputs = indicators.filter((i) => i.isInput && i.slot !== info.slot && upstream.has(i.slot)).map((i) => i.id);
  return inputs.length > 0
    ? `move one of the inputs it is computed from: ${inputs.join(", ")}`
    : "give it a value in the model to make it an input";
}

/**
 * The input table with a lever set: the lever's input takes `value` in every year where it is an input
 * (reported years keep their reported value).
 */
export function setLever(model: Model, inputs: ValueTable, lever: Lever, value: number): void {
  setInputEveryYear(model.structure, inputs, lever.slot, value);
}

/**
 * Sets inputs by id to constants, in every year where each is an input (for "given these other inputs").
 * @throws PlansheetError when an id is not an input of the model.
 */
export function setInputs(model: Model, inputs: ValueTable, given: Readonly<Record<string, InputValue>>): void {
  const values = readInputValues(model, given, "set");
  for (const [id, value] of Object.entries(values)) {
    const lever = resolveLever(model, id, { min: value, max: value });
    setLever(model, inputs, lever, value);
  }
}

/** The lever's value in an input table: its value in the first year where it is an input. */
export function leverValue(model: Model, inputs: ValueTable, lever: Lever): number | undefined {
  const { layout, rules } = model.structure;
  for (let yi = 0; yi < layout.years; yi++) {
    const cell = layout.cell(lever.slot, yi);
    if (rules[cell] === CellRule.input && inputs.has(cell)) return inputs.float[cell];
  }
  return undefined;
}
