import {
  combinedMargin,
  comparisonMargin,
  negatedMargin,
  type MarginOps,
  type Model,
  type Projection,
} from "../evaluation/index.js";
import type { CheckedExpr } from "../formula/index.js";
import { columnName, quotedSheet, setHeaders, type PlannedCell, type PlannedSheet } from "./cells.js";
import { blankOnError, scaledFormula } from "./cell-reads.js";
import { columnWidths } from "./column-widths.js";
import { excelFormula, type FormulaPlace } from "./excel-formula.js";
import { BOOLEAN_FORMAT, marginFormat, marginScale } from "./number-formats.js";
import { FIRST_YEAR_COLUMN, rowOf, scenarioReads } from "./scenario-sheet.js";
import type { ScenarioNames } from "./scenario-names.js";
import { noValueNote, WORKBOOK_WORDS as W } from "./words.js";

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

/**
 * The Targets sheet: each target with its label, id, kind and check, and per scenario whether it is met (TRUE or
 * FALSE) and its margin in the target's unit (points for shares and rates), both live formulas reading the
 * scenario's sheet; blank with a note where plansheet has no verdict.
 */
export function targetsSheet(
  model: Model,
  scenarios: readonly string[],
  named: ScenarioNames,
  runs: ReadonlyMap<string, Projection>,
): PlannedSheet {
  const structure = model.structure;
  const cells = new Map<string, PlannedCell>();
  const plan: PlannedSheet = { name: "Targets", cells, widths: [], frozen: { rows: 1, columns: 3 } };
  setHeaders(plan, [
    W.target,
    W.id,
    W.kind,
    W.check,
    ...scenarios.flatMap((s) => [`${s} ${W.met}`, `${s} ${W.margin}`]),
  ]);
  const reads = new Map(scenarios.map((s) => [s, scenarioReads(model, s)] as const));
  structure.targets.forEach((target, k) => {
    const row = k + 2;
    cells.set(`A${row}`, { kind: "value", value: target.label.zh ?? target.label.en ?? "" });
    cells.set(`B${row}`, { kind: "value", value: target.id });
    cells.set(`C${row}`, { kind: "value", value: target.kind ?? "" });
    cells.set(`D${row}`, { kind: "value", value: target.text });
    const outcomes = scenarios.map((s) => runs.get(s)!.targets.find((t) => t.id === target.id)!);
    const unit = outcomes[0]?.unit;
    const scale = marginScale(unit);
    const held = outcomes.map((o) => (o.margin === null ? "" : o.margin * scale));
    const format = marginFormat(
      unit,
      held.filter((m) => m !== ""),
    );
    const expr = target.checked?.expr;
    scenarios.forEach((scenario, s) => {
      const outcome = outcomes[s]!;
      const sheet = quotedSheet(named.get(scenario)!.sheet);
      const read = reads.get(scenario)!;
      const place: FormulaPlace = {
        year: structure.timeline.last,
        what: `target ${target.id}`,
        ref: (slot, y) =>
          structure.timeline.contains(y)
            ? read(
                slot,
                y,
                `${sheet}!$${columnName(FIRST_YEAR_COLUMN + (y - structure.timeline.first))}$${rowOf(slot)}`,
              )
            : undefined,
      };
      const met = `${columnName(5 + 2 * s)}${row}`;
      const margin = `${columnName(6 + 2 * s)}${row}`;
      const note = outcome.met === null ? { note: noValueNote(outcome.reason) } : {};
      if (!expr) {
        cells.set(met, { kind: "value", value: null, style: "missing", ...note });
        cells.set(margin, { kind: "value", value: null, style: "missing" });
        return;
      }
      cells.set(met, {
        kind: "formula",
        formula: blankOnError(excelFormula(expr, place)),
        result: outcome.met ?? "",
        style: "computed",
        format: BOOLEAN_FORMAT,
        ...note,
      });
      cells.set(margin, {
        kind: "formula",
        formula: blankOnError(scaledFormula(marginFormula(expr, place), scale)),
        result: held[s]!,
        style: "computed",
        format,
      });
    });
  });
  plan.widths.push(...columnWidths(cells));
  return plan;
}
