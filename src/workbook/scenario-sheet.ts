import type { Model, Projection } from "../evaluation/index.js";
import { CellRule, formulaKeyOf } from "../structure/index.js";
import { columnName, setHeaders, type PlannedCell, type PlannedSheet } from "./cells.js";
import { blankOnError, numberRead, scaledFormula } from "./cell-reads.js";
import { columnWidths } from "./column-widths.js";
import { excelFormula, type FormulaPlace } from "./excel-formula.js";
import { heldConstant, inputValues } from "./inputs-sheet.js";
import { heldScale, valueFormat } from "./number-formats.js";
import { inputName } from "./scenario-names.js";
import { noValueNote, WORKBOOK_WORDS as W } from "./words.js";

/** The column of the first year in a scenario's sheet: A label, B id, C unit, then the years. */
export const FIRST_YEAR_COLUMN = 4;

/** The row of each indicator in a scenario's sheet (the header is row 1). */
export const rowOf = (slot: number): number => slot + 2;

/**
 * How a formula reads the cell of indicator `slot` in `year` of a scenario's sheet, at `address`: a reported value
 * or an input's value as it is, any other cell (computed, or a gap) as its number or missing when it is blank;
 * a change in percentage points back from points to plansheet's ratio.
 */
export function scenarioReads(model: Model, scenario: string): (slot: number, year: number, address: string) => string {
  const { layout, rules, indicators } = model.structure;
  const inputs = model.inputsOf(scenario);
  return (slot, year, address) => {
    const cell = layout.cellInYear(slot, year);
    const rule = rules[cell];
    const holdsNumber = rule === CellRule.history || (rule === CellRule.input && inputs.has(cell));
    return numberRead(address, !holdsNumber, heldScale(indicators[slot]!.unit));
  };
}

/**
 * A scenario's sheet: one row per indicator with its Chinese label, id and unit, one column per year; reported
 * values as constants, inputs read from the Inputs sheet by name, every other cell a live formula built from the
 * model's own checked formula, and a cell without a rule left blank with a note. Every formula carries plansheet's
 * value, and is blank with a note where plansheet has none.
 */
export function scenarioSheet(
  model: Model,
  scenario: string,
  named: { readonly sheet: string; readonly suffix: string },
  projection: Projection,
  names: ReadonlyMap<string, string>,
): PlannedSheet {
  const structure = model.structure;
  const years = structure.timeline.years;
  const cells = new Map<string, PlannedCell>();
  const plan: PlannedSheet = { name: named.sheet, cells, widths: [], frozen: { rows: 1, columns: 3 } };
  setHeaders(plan, [W.indicator, W.id, W.unit, ...years]);
  const columnOfYear = (year: number) => FIRST_YEAR_COLUMN + (year - structure.timeline.first);
  const reads = scenarioReads(model, scenario);
  for (const info of structure.indicators) {
    const row = rowOf(info.slot);
    cells.set(`A${row}`, { kind: "value", value: info.label.zh ?? info.label.en ?? "" });
    cells.set(`B${row}`, { kind: "value", value: info.id });
    cells.set(`C${row}`, { kind: "value", value: info.unit?.name ?? "" });
    const scale = heldScale(info.unit);
    const inputs = info.isInput ? inputValues(model, scenario, info) : undefined;
    const rowCells: [string, PlannedCell][] = [];
    for (const year of years) {
      const address = `${columnName(columnOfYear(year))}${row}`;
      const cell = structure.layout.cellInYear(info.slot, year);
      const rule = structure.rules[cell];
      const value = projection.get(info.id, year);
      const note = value === null ? { note: noValueNote(projection.reason(info.id, year)) } : {};
      const ruleText = formulaKeyOf(rule ?? CellRule.gap);
      const formula = ruleText && info[ruleText]?.checked?.expr;
      if (rule === CellRule.history) {
        const held = heldConstant(structure.history.float[cell]!, scale);
        rowCells.push([address, { kind: "value", value: held, style: "history" }]);
      } else if (rule === CellRule.input) {
        const name = inputs?.constant !== undefined ? inputName(info.id, named.suffix) : undefined;
        const byYear = inputs?.byYear.get(year);
        const held = value === null ? "" : heldConstant(value, scale);
        rowCells.push([
          address,
          name && names.has(name)
            ? { kind: "formula", formula: name, result: held, style: "input", ...note }
            : {
                kind: "value",
                value: byYear === undefined ? null : heldConstant(byYear, scale),
                style: "input",
                ...note,
              },
        ]);
      } else if (ruleText && formula) {
        const place: FormulaPlace = {
          year,
          what: `${info.id}, ${year} (${ruleText})`,
          ref: (slot, y, fixed) =>
            structure.timeline.contains(y)
              ? reads(slot, y, `${fixed ? "$" : ""}${columnName(columnOfYear(y))}${rowOf(slot)}`)
              : undefined,
        };
        const text = blankOnError(scaledFormula(excelFormula(formula, place), scale));
        const held = value === null ? "" : value * scale;
        rowCells.push([address, { kind: "formula", formula: text, result: held, style: "computed", ...note }]);
      } else {
        // a gap, or a rule that could not be built: blank, as plansheet's cell has no value
        rowCells.push([
          address,
          { kind: "value", value: null, style: "missing", note: noValueNote(projection.reason(info.id, year)) },
        ]);
      }
    }
    const numbers = rowCells.flatMap(([, c]) => {
      const v = c.kind === "value" ? c.value : c.result;
      return typeof v === "number" ? [v] : [];
    });
    const format = valueFormat(info.unit, numbers);
    for (const [address, cell] of rowCells) cells.set(address, { ...cell, format });
  }
  plan.widths.push(...columnWidths(cells));
  return plan;
}
