import { Dec } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { CellRule, type IndicatorInfo } from "../structure/index.js";
import { columnName, quotedSheet, setHeaders, type PlannedCell, type PlannedSheet } from "./cells.js";
import { columnWidths } from "./column-widths.js";
import { BOOLEAN_FORMAT, heldScale, valueFormat } from "./number-formats.js";
import { inputName, type ScenarioNames } from "./scenario-names.js";
import { WORKBOOK_WORDS as W } from "./words.js";

/** An input's value in every year of a scenario, or the one value when it is the same in all of them. */
export function inputValues(
  model: Model,
  scenario: string,
  info: IndicatorInfo,
): { constant?: number; byYear: Map<number, number> } {
  const inputs = model.inputsOf(scenario);
  const { layout, rules, timeline } = model.structure;
  const byYear = new Map<number, number>();
  for (const year of timeline.years) {
    const cell = layout.cellInYear(info.slot, year);
    if (rules[cell] === CellRule.input && inputs.has(cell)) byYear.set(year, inputs.float[cell]!);
  }
  const values = [...new Set(byYear.values())];
  return values.length === 1 ? { constant: values[0]!, byYear } : { byYear };
}

/** A constant as a cell holds it: in points for a change in percentage points, `0.6` for 0.006 (exactly). */
export function heldConstant(value: number, scale: number): number {
  return scale === 1 || !Number.isFinite(value) ? value : new Dec(value).times(scale).toNumber();
}

/**
 * The Inputs sheet: every input, one column per scenario, with its unit, assumption flag and note, each value a
 * defined name (added to `names`) that the scenario sheets read; and where each scenario went, when its sheet or
 * its names' suffix is not its name.
 */
export function inputsSheet(
  model: Model,
  scenarios: readonly string[],
  named: ScenarioNames,
  names: Map<string, string>,
): PlannedSheet {
  const structure = model.structure;
  const cells = new Map<string, PlannedCell>();
  const plan: PlannedSheet = { name: "Inputs", cells, widths: [], frozen: { rows: 1, columns: 3 } };
  setHeaders(plan, [W.indicator, W.id, W.unit, W.assumption, ...scenarios, W.note]);
  let row = 2;
  for (const info of structure.indicators.filter((i) => i.isInput)) {
    const scale = heldScale(info.unit);
    const constants = scenarios.map((scenario) => inputValues(model, scenario, info).constant);
    const held = constants.map((c) => (c === undefined ? undefined : heldConstant(c, scale)));
    const format = valueFormat(
      info.unit,
      held.filter((v) => v !== undefined),
    );
    const rowCells: [number, PlannedCell][] = [
      [1, { kind: "value", value: info.label.zh ?? info.label.en ?? "" }],
      [2, { kind: "value", value: info.id }],
      [3, { kind: "value", value: info.unit?.name ?? "" }],
      [4, { kind: "value", value: info.assumption, format: BOOLEAN_FORMAT }],
      [5 + scenarios.length, { kind: "value", value: info.note ?? "", wrap: true }],
    ];
    scenarios.forEach((scenario, k) => {
      const column = 5 + k;
      const value = held[k];
      if (value === undefined) {
        rowCells.push([column, { kind: "value", value: W.byYear }]);
        return;
      }
      rowCells.push([column, { kind: "value", value, style: "input", format }]);
      names.set(
        inputName(info.id, named.get(scenario)!.suffix),
        `${quotedSheet(plan.name)}!$${columnName(column)}$${row}`,
      );
    });
    for (const [column, cell] of rowCells) cells.set(`${columnName(column)}${row}`, cell);
    row++;
  }
  const renamed = scenarios.filter((sc) => named.get(sc)!.sheet !== sc || named.get(sc)!.suffix !== sc);
  if (renamed.length > 0) {
    row++;
    cells.set(`A${row}`, { kind: "value", value: W.renamed, style: "header" });
    for (const sc of renamed) {
      row++;
      cells.set(`A${row}`, { kind: "value", value: sc });
      cells.set(`B${row}`, { kind: "value", value: `${named.get(sc)!.sheet}, *.${named.get(sc)!.suffix}` });
    }
  }
  plan.widths.push(...columnWidths(cells));
  return plan;
}
