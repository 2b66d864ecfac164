import { CellRule, type IndicatorInfo, type ModelStructure } from "../structure/index.js";
import {
  combinedMargin,
  comparisonMargin,
  negatedMargin,
  type MarginOps,
  type Model,
  type Projection,
} from "../evaluation/index.js";
import type { CheckedExpr } from "../formula/index.js";
import type { Unit } from "../units/index.js";
import { excelFormula, type FormulaPlace } from "./excel-formula.js";

/** One cell of a planned workbook: a constant, or a formula with the value plansheet computed for it. */
export type PlannedCell =
  | { readonly kind: "value"; readonly value: string | number | boolean | null; readonly style?: CellStyle }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly result: number | boolean | null;
      readonly style?: CellStyle;
    };

/** How a cell looks: a header, a reported value, an input a planner may change, a computed value. */
export type CellStyle = "header" | "history" | "input" | "computed" | "missing";

/** A sheet: cells by address, column widths in characters, number formats by column and row, frozen panes. */
export interface PlannedSheet {
  readonly name: string;
  readonly cells: Map<string, PlannedCell>;
  readonly widths: number[];
  /** Number format of each row (by row number), from its unit: percentages as percentages. */
  readonly formats: Map<number, string>;
  /** Rows and columns kept in view: the header row, and the label, id and unit columns. */
  readonly frozen: { readonly rows: number; readonly columns: number };
}

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

const FIRST_YEAR_COLUMN = 4; // A label, B id, C unit, then the years

/** A column's letters: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** A sheet name as a formula quotes it. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** How wide a text is in Excel's columns: a Chinese character counts two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

/** The number format of a unit: percentages as percentages, counts whole, levels with two decimals. */
function formatOf(unit: Unit | undefined): string {
  if (unit?.flavour === "percent") return "0.00%";
  if (unit?.flavour === "pp") return '0.0000" (ratio)"';
  return "#,##0.00##";
}

/** The sheets every workbook has besides the scenarios'. */
const FIXED_SHEETS = ["Inputs", "Targets"];
/** The longest sheet name Excel takes. */
const MAX_SHEET = 31;

/**
 * Each scenario's sheet and the suffix of its inputs' defined names, legal and unique by construction: a sheet name
 * without the characters Excel refuses (: \ / ? * [ ]) or edge apostrophes, at most 31 characters, apart (whatever
 * the case) from the fixed sheets and from each other — `fast-1` and `fast_1` get two; a name suffix of letters,
 * digits and underscores, unique likewise. The Inputs sheet shows the mapping.
 */
export function scenarioNames(
  scenarios: readonly string[],
): Map<string, { readonly sheet: string; readonly suffix: string }> {
  const sheets = new Set(FIXED_SHEETS.map((s) => s.toLowerCase()));
  const suffixes = new Set<string>();
  const unique = (base: string, taken: Set<string>, max: number, mark: string) => {
    for (let k = 1; ; k++) {
      const tail = k === 1 ? "" : `${mark}${k}`;
      const name = `${[...base].slice(0, max - tail.length).join("")}${tail}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const out = new Map<string, { sheet: string; suffix: string }>();
  for (const scenario of scenarios) {
    const legal =
      scenario
        .replace(/[:\\/?*[\]]/g, "_")
        .replace(/^'+|'+$/g, "")
        .trim() || "scenario";
    const suffix = scenario.replace(/[^\p{L}\p{N}_]/gu, "_");
    out.set(scenario, { sheet: unique(legal, sheets, MAX_SHEET, "~"), suffix: unique(suffix, suffixes, 100, "__") });
  }
  return out;
}

/** A defined name for an input in a scenario: `gdp_growth.baseline` (a period keeps it from reading as a cell). */
function inputName(id: string, suffix: string): string {
  const head = /^[\p{L}_]/u.test(id) ? "" : "_";
  return `${head}${id.replace(/[^\p{L}\p{N}_]/gu, "_")}.${suffix}`;
}

/** An input's value in every year of a scenario, or the one value when it is the same in all of them. */
function inputValues(
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

/**
 * A model as a workbook, before any file is written: an Inputs sheet (every input, one column per scenario,
 * with unit, assumption flag and note, each value a defined name), one sheet per scenario (one row per indicator
 * with its Chinese label, id and unit; one column per year; reported values as constants, every other cell a live
 * formula built from the model's own checked formula, inputs read from the Inputs sheet), and a Targets sheet
 * (each target as a TRUE/FALSE formula and its margin, per scenario). Every formula carries the value plansheet
 * computed for it, so that a viewer that never recalculates shows the right numbers.
 * @throws PlansheetError naming the indicator, year and rule of a formula Excel cannot express.
 */
export function workbookPlan(model: Model, options: WorkbookOptions = {}): WorkbookPlan {
  const structure = model.structure;
  const scenarios = options.scenarios ?? model.runnableScenarios;
  const runs = new Map(scenarios.map((s) => [s, model.run({ scenario: s })] as const));
  const names = new Map<string, string>();
  const named = scenarioNames(scenarios);
  const inputsSheet = inputsPlan(model, scenarios, named, names);
  const sheets = [
    inputsSheet,
    ...scenarios.map((s) => scenarioPlan(model, s, named.get(s)!, runs.get(s)!, names)),
    targetsPlan(structure, scenarios, named, runs),
  ];
  return { sheets, names };
}

function sheet(name: string, widths: number[]): PlannedSheet {
  return { name, cells: new Map(), widths, formats: new Map(), frozen: { rows: 1, columns: 3 } };
}

type ScenarioNames = ReadonlyMap<string, { readonly sheet: string; readonly suffix: string }>;

function inputsPlan(
  model: Model,
  scenarios: readonly string[],
  named: ScenarioNames,
  names: Map<string, string>,
): PlannedSheet {
  const structure = model.structure;
  const plan = sheet("Inputs", []);
  const headers = ["指标 label", "id", "unit", "assumption", ...scenarios, "note"];
  headers.forEach((h, i) => plan.cells.set(`${columnName(i + 1)}1`, { kind: "value", value: h, style: "header" }));
  let row = 2;
  const widths = headers.map((h) => textWidth(h) + 2);
  for (const info of structure.indicators.filter((i) => i.isInput)) {
    const label = info.label.zh ?? info.label.en ?? "";
    const cells: [number, PlannedCell][] = [
      [1, { kind: "value", value: label }],
      [2, { kind: "value", value: info.id }],
      [3, { kind: "value", value: info.unit?.name ?? "" }],
      [4, { kind: "value", value: info.assumption }],
      [5 + scenarios.length, { kind: "value", value: info.note ?? "" }],
    ];
    scenarios.forEach((scenario, k) => {
      const { constant } = inputValues(model, scenario, info);
      const column = 5 + k;
      if (constant === undefined) {
        cells.push([column, { kind: "value", value: "by year: see the scenario's sheet" }]);
        return;
      }
      cells.push([column, { kind: "value", value: constant, style: "input" }]);
      names.set(
        inputName(info.id, named.get(scenario)!.suffix),
        `${quotedSheet(plan.name)}!$${columnName(column)}$${row}`,
      );
    });
    for (const [column, cell] of cells) {
      plan.cells.set(`${columnName(column)}${row}`, cell);
      if (cell.kind === "value" && typeof cell.value === "string")
        widths[column - 1] = Math.min(60, Math.max(widths[column - 1] ?? 8, textWidth(cell.value) + 2));
    }
    plan.formats.set(row, formatOf(info.unit));
    row++;
  }
  // where each scenario is: its sheet and the suffix of its inputs' names, when either differs from its name
  const renamed = scenarios.filter((sc) => named.get(sc)!.sheet !== sc || named.get(sc)!.suffix !== sc);
  if (renamed.length > 0) {
    row++;
    plan.cells.set(`A${row}`, { kind: "value", value: "scenario → sheet, names", style: "header" });
    for (const sc of renamed) {
      row++;
      plan.cells.set(`A${row}`, { kind: "value", value: sc });
      plan.cells.set(`B${row}`, { kind: "value", value: `${named.get(sc)!.sheet}, *.${named.get(sc)!.suffix}` });
    }
  }
  plan.widths.push(...widths);
  return plan;
}

/** The row of each indicator in a scenario's sheet (the header is row 1). */
const rowOf = (slot: number) => slot + 2;

function scenarioPlan(
  model: Model,
  scenario: string,
  named: { readonly sheet: string; readonly suffix: string },
  projection: Projection,
  names: ReadonlyMap<string, string>,
): PlannedSheet {
  const structure = model.structure;
  const years = structure.timeline.years;
  const plan = sheet(named.sheet, [
    Math.max(12, ...structure.indicators.map((i) => textWidth(i.label.zh ?? i.label.en ?? "") + 2)),
    Math.max(8, ...structure.indicators.map((i) => i.id.length + 2)),
    10,
    ...years.map(() => 12),
  ]);
  ["指标 label", "id", "unit", ...years.map(String)].forEach((h, i) =>
    plan.cells.set(`${columnName(i + 1)}1`, { kind: "value", value: i > 2 ? Number(h) : h, style: "header" }),
  );
  const columnOfYear = (year: number) => FIRST_YEAR_COLUMN + (year - structure.timeline.first);
  for (const info of structure.indicators) {
    const row = rowOf(info.slot);
    plan.cells.set(`A${row}`, { kind: "value", value: info.label.zh ?? info.label.en ?? "" });
    plan.cells.set(`B${row}`, { kind: "value", value: info.id });
    plan.cells.set(`C${row}`, { kind: "value", value: info.unit?.name ?? "" });
    plan.formats.set(row, formatOf(info.unit));
    const inputs = info.isInput ? inputValues(model, scenario, info) : undefined;
    for (const year of years) {
      const address = `${columnName(columnOfYear(year))}${row}`;
      const cell = structure.layout.cellInYear(info.slot, year);
      const rule = structure.rules[cell];
      const result = projection.get(info.id, year);
      const ruleText = rule === CellRule.formula ? "formula" : rule === CellRule.projection ? "projection" : "backcast";
      if (rule === CellRule.history) {
        plan.cells.set(address, { kind: "value", value: structure.history.float[cell]!, style: "history" });
      } else if (rule === CellRule.input) {
        const name = inputs?.constant !== undefined ? inputName(info.id, named.suffix) : undefined;
        if (name && names.has(name))
          plan.cells.set(address, { kind: "formula", formula: name, result, style: "input" });
        else plan.cells.set(address, { kind: "value", value: inputs?.byYear.get(year) ?? null, style: "input" });
      } else if (rule === CellRule.formula || rule === CellRule.projection || rule === CellRule.backcast) {
        const formula = info[ruleText]?.checked?.expr;
        const place: FormulaPlace = {
          year,
          what: `${info.id}, ${year} (${ruleText})`,
          ref: (slot, y, fixed) =>
            structure.timeline.contains(y)
              ? `${fixed ? "$" : ""}${columnName(columnOfYear(y))}${rowOf(slot)}`
              : undefined,
        };
        plan.cells.set(
          address,
          formula
            ? { kind: "formula", formula: excelFormula(formula, place), result, style: "computed" }
            : { kind: "formula", formula: "NA()", result: null, style: "missing" },
        );
      } else {
        // a gap, or a rule that could not be built: no value, as in plansheet
        plan.cells.set(address, { kind: "formula", formula: "NA()", result: null, style: "missing" });
      }
    }
  }
  return plan;
}

/** The margin rule's operations on spreadsheet formula texts. */
const FORMULA_MARGIN: MarginOps<string> = {
  sub: (a, b) => `(${a}-${b})`,
  abs: (a) => `ABS(${a})`,
  neg: (a) => `(-${a})`,
  min: (a, b) => `MIN(${a},${b})`,
  max: (a, b) => `MAX(${a},${b})`,
  integer: (n) => String(n),
};

/** A target's margin as a formula, by plansheet's one margin rule (`evaluation/margin.ts`). */
function marginFormula(expr: CheckedExpr, place: FormulaPlace): string {
  if (expr.kind === "compare")
    return comparisonMargin(expr.op, excelFormula(expr.left, place), excelFormula(expr.right, place), FORMULA_MARGIN);
  if (expr.kind === "logic")
    return combinedMargin(expr.op, marginFormula(expr.left, place), marginFormula(expr.right, place), FORMULA_MARGIN);
  if (expr.kind === "not") return negatedMargin(marginFormula(expr.arg, place), FORMULA_MARGIN);
  return excelFormula(expr, place);
}

function targetsPlan(
  structure: ModelStructure,
  scenarios: readonly string[],
  named: ScenarioNames,
  runs: ReadonlyMap<string, Projection>,
): PlannedSheet {
  const plan = sheet("Targets", [
    Math.max(12, ...structure.targets.map((t) => textWidth(t.label.zh ?? t.id) + 2).map((w) => Math.min(w, 50))),
    24,
    8,
    40,
    ...scenarios.flatMap(() => [10, 14]),
  ]);
  const headers = ["目标 label", "id", "kind", "check", ...scenarios.flatMap((s) => [`${s}: met`, `${s}: margin`])];
  headers.forEach((h, i) => plan.cells.set(`${columnName(i + 1)}1`, { kind: "value", value: h, style: "header" }));
  structure.targets.forEach((target, k) => {
    const row = k + 2;
    plan.cells.set(`A${row}`, { kind: "value", value: target.label.zh ?? target.label.en ?? "" });
    plan.cells.set(`B${row}`, { kind: "value", value: target.id });
    plan.cells.set(`C${row}`, { kind: "value", value: target.kind ?? "" });
    plan.cells.set(`D${row}`, { kind: "value", value: target.text });
    const expr = target.checked?.expr;
    scenarios.forEach((scenario, s) => {
      const outcome = runs.get(scenario)!.targets.find((t) => t.id === target.id)!;
      const place: FormulaPlace = {
        year: structure.timeline.last,
        what: `target ${target.id}`,
        ref: (slot, y) =>
          structure.timeline.contains(y)
            ? `${quotedSheet(named.get(scenario)!.sheet)}!$${columnName(FIRST_YEAR_COLUMN + (y - structure.timeline.first))}$${rowOf(slot)}`
            : undefined,
      };
      const met = `${columnName(5 + 2 * s)}${row}`;
      const margin = `${columnName(6 + 2 * s)}${row}`;
      if (!expr) {
        plan.cells.set(met, { kind: "formula", formula: "NA()", result: null, style: "missing" });
        return;
      }
      plan.cells.set(met, {
        kind: "formula",
        formula: excelFormula(expr, place),
        result: outcome.met,
        style: "computed",
      });
      plan.cells.set(margin, {
        kind: "formula",
        formula: marginFormula(expr, place),
        result: outcome.margin,
        style: "computed",
      });
    });
  });
  return plan;
}
