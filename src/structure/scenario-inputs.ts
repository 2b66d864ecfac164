import { Dec, didYouMean, PlansheetError, makeIssue, type QuantityLiteral } from "../core/index.js";
import { CellRule } from "./rules.js";
import type { ValidOverride } from "./schema.js";
import type { IndicatorInfo, ModelStructure } from "./structure.js";
import type { ValueTable } from "./value-table.js";

/** The scenario `run` uses when none is named: `baseline` when the model defines it, else the model's own inputs. */
export const DEFAULT_SCENARIO = "baseline";

/**
 * The input values of a scenario: the model's own inputs, then the overrides of each scenario in its chain of
 * `extends`, root first. Overrides set inputs only; reported (history) values are never touched, because a
 * cell with a reported value never reads its input.
 *
 * An override is a constant (every year), values by year, or a growth path `{ growth, from?, start? }`:
 * from the year `from` (default: the base year), whose value is `start` or else the indicator's own value
 * there (reported or input), each later year is the previous one times (1 + growth).
 *
 * @throws PlansheetError when the scenario does not exist.
 */
export function scenarioInputs(structure: ModelStructure, scenario: string | undefined): ValueTable {
  const inputs = structure.inputs.clone();
  const name = scenario ?? DEFAULT_SCENARIO;
  const info = structure.scenarios.get(name);
  if (!info) {
    if (scenario === undefined || (scenario === DEFAULT_SCENARIO && structure.scenarios.size === 0)) return inputs;
    const hint = didYouMean(name, structure.scenarios.keys());
    const known = [...structure.scenarios.keys()];
    throw new PlansheetError(`unknown scenario '${name}'`, [
      makeIssue("unknown_scenario", {
        message: `'${name}' is not a scenario of this model${known.length > 0 ? ` (it has ${known.join(", ")})` : " (it defines none)"}`,
        ...(hint ? { hint } : {}),
      }),
    ]);
  }
  for (const id of info.chain) {
    for (const [target, override] of structure.scenarios.get(id)?.set ?? []) {
      const indicator = structure.indicatorById.get(target);
      if (indicator) applyOverride(structure, inputs, indicator, override);
    }
  }
  return inputs;
}

/**
 * Sets indicator `slot` to `value` in every year where it is an input; its reported years keep their reported
 * values. What a constant override, a lever's value and a Monte Carlo draw of an input each mean.
 */
export function setInputEveryYear(
  structure: ModelStructure,
  table: ValueTable,
  slot: number,
  value: number | QuantityLiteral,
): void {
  const { layout, rules } = structure;
  for (let yi = 0; yi < layout.years; yi++) {
    const cell = layout.cell(slot, yi);
    if (rules[cell] !== CellRule.input) continue;
    if (typeof value === "number") table.setNumber(cell, value);
    else table.set(cell, value);
  }
}

/** Writes one override into the input table (only into the indicator's input cells). */
export function applyOverride(
  structure: ModelStructure,
  inputs: ValueTable,
  indicator: IndicatorInfo,
  override: ValidOverride,
): void {
  const { timeline, layout } = structure;
  const cellOf = (year: number) => layout.cellInYear(indicator.slot, year);
  const isInputCell = (year: number) => timeline.contains(year) && structure.rules[cellOf(year)] === CellRule.input;
  if ("kind" in override) {
    setInputEveryYear(structure, inputs, indicator.slot, override as QuantityLiteral);
    return;
  }
  if ("growth" in override) {
    const path = override as { growth: QuantityLiteral; from?: number; start?: QuantityLiteral };
    const from = path.from ?? timeline.baseYear;
    const startCell = cellOf(from);
    const start = path.start ?? literalAt(structure, inputs, startCell);
    if (!start || !timeline.contains(from)) return;
    if (path.start && isInputCell(from)) inputs.set(startCell, path.start);
    const rate = 1 + path.growth.value;
    const exactRate = new Dec(1).plus(path.growth.exact);
    let value = start.value;
    let exact = new Dec(start.exact);
    for (let year = from + 1; year <= timeline.last; year++) {
      value *= rate;
      exact = exact.times(exactRate);
      if (!Number.isFinite(value) && isInputCell(year)) {
        // an input no double holds would be Infinity in float and a number in decimal: neither, and said
        const message = `the growth path of ${indicator.id} (growth ${path.growth.exact} from ${from}) passes the largest number a double holds in ${year}`;
        throw new PlansheetError(message, [
          makeIssue("input_overflow", {
            message,
            hint: "check the growth rate's unit (5% is 0.05), or stop the path earlier",
            indicator: indicator.id,
            year,
          }),
        ]);
      }
      if (isInputCell(year)) inputs.set(cellOf(year), { value, exact: exact.toString() });
    }
    return;
  }
  for (const [key, literal] of Object.entries(override as Record<string, QuantityLiteral>)) {
    const year = Number(key);
    if (isInputCell(year)) inputs.set(cellOf(year), literal);
  }
}

function literalAt(
  structure: ModelStructure,
  inputs: ValueTable,
  cell: number,
): { value: number; exact: string } | undefined {
  if (structure.history.has(cell))
    return { value: structure.history.float[cell]!, exact: structure.history.exactAt(cell)! };
  if (inputs.has(cell)) return { value: inputs.float[cell]!, exact: inputs.exactAt(cell)! };
  return undefined;
}
