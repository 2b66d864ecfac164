import type { Model } from "../evaluation/index.js";
import type { PlannedSheet } from "./cells.js";
import { inputsSheet } from "./inputs-sheet.js";
import { scenarioSheet } from "./scenario-sheet.js";
import { scenarioNames } from "./scenario-names.js";
import { targetsSheet } from "./targets-sheet.js";

export { columnName, quotedSheet, type CellStyle, type PlannedCell, type PlannedSheet } from "./cells.js";
export { scenarioNames } from "./scenario-names.js";

/** A workbook as data: its sheets, and the defined names of its inputs. */
export interface WorkbookPlan {
  readonly sheets: PlannedSheet[];
  /** name → `'Inputs'!$E$3` */
  readonly names: Map<string, string>;
}

/** Options of {@link workbookPlan}. */
export interface WorkbookOptions {
  /** The scenarios to write, one sheet each (default: every scenario of the model). */
  readonly scenarios?: readonly string[];
}

/**
 * A model as a workbook, before any file is written: an Inputs sheet (every input, one column per scenario,
 * with unit, assumption flag and note, each value a defined name), one sheet per scenario (one row per indicator
 * with its Chinese label, id and unit; one column per year; reported values as constants, every other cell a live
 * formula built from the model's own checked formula, inputs read from the Inputs sheet), and a Targets sheet
 * (each target as a TRUE/FALSE formula and its margin, per scenario). Every formula carries the value plansheet
 * computed for it, so that a viewer that never recalculates shows the right numbers. A cell without a value is
 * blank, with the reason in its note; every number has the format of its unit (percentages, percentage points,
 * whole counts, levels), and every column fits its header and cells.
 * @throws PlansheetError naming the indicator, year and rule of a formula Excel cannot express.
 */
export function workbookPlan(model: Model, options: WorkbookOptions = {}): WorkbookPlan {
  const scenarios = options.scenarios ?? model.runnableScenarios;
  const runs = new Map(scenarios.map((s) => [s, model.run({ scenario: s })] as const));
  const names = new Map<string, string>();
  const named = scenarioNames(scenarios);
  const inputs = inputsSheet(model, scenarios, named, names);
  const sheets = [
    inputs,
    ...scenarios.map((s) => scenarioSheet(model, s, named.get(s)!, runs.get(s)!, names)),
    targetsSheet(model, scenarios, named, runs),
  ];
  return { sheets, names };
}
