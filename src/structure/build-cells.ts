import type { Timeline } from "../core/index.js";
import { resolveYear, type CheckedFormula, type Reads } from "../formula/index.js";
import type { InputValues } from "./build-indicators.js";
import { CellLayout } from "./cell-layout.js";
import { buildCellGraph, type CellGraph } from "./graph.js";
import { CellRule, formulaKeyOf, type CellRuleCode, type FormulaKey } from "./rules.js";
import type { IndicatorInfo } from "./structure.js";
import { ValueTable } from "./value-table.js";

/** The cells of a model: each cell's rule, the reported and input values, gap reasons, and the graph. */
export interface Cells {
  readonly rules: Uint8Array;
  readonly history: ValueTable;
  readonly inputs: ValueTable;
  readonly cellReasons: Map<number, string>;
  readonly graph: CellGraph;
  readonly layout: CellLayout;
}

const HISTORY = { rule: CellRule.history } as const;
const INPUT = { rule: CellRule.input } as const;
const FORMULA_RULES: Record<FormulaKey, { readonly rule: CellRuleCode }> = {
  formula: { rule: CellRule.formula },
  projection: { rule: CellRule.projection },
  backcast: { rule: CellRule.backcast },
};

/** A formula rule, or `failed` with the reason when the formula did not build. */
function formulaRule(info: IndicatorInfo, key: FormulaKey): { readonly rule: CellRuleCode; readonly reason?: string } {
  return info[key]!.checked
    ? FORMULA_RULES[key]
    : { rule: CellRule.failed, reason: `the ${key} of ${info.id} could not be built (see the errors above)` };
}

/**
 * The rule of one cell by the precedence of the value rules (`rules.ts`): history, then formula, then projection after the base
 * year, then an input value, else a gap (with the reason, for the report). Called for every cell, so the common
 * answers are shared objects.
 */
function ruleFor(
  info: IndicatorInfo,
  input: InputValues | undefined,
  year: number,
  timeline: Timeline,
): { readonly rule: CellRuleCode; readonly reason?: string } {
  if (info.history.has(year)) return HISTORY;
  if (info.formula) return formulaRule(info, "formula");
  if (info.projection && year > timeline.baseYear) return formulaRule(info, "projection");
  if (info.backcast && year < timeline.baseYear) return formulaRule(info, "backcast");
  if (input && (input.kind === "constant" || input.byYear.has(year))) return INPUT;
  const reasons = ["no reported value"];
  if (info.projection) reasons.push(`the projection applies only after the base year ${timeline.baseYear}`);
  if (input?.kind === "series") reasons.push("no input value for the year");
  return { rule: CellRule.gap, reason: reasons.join("; ") };
}

/** The checked formula a cell evaluates, if its rule is a formula, a projection or a backcast. */
export function formulaOfRule(info: IndicatorInfo, rule: number): CheckedFormula | undefined {
  const key = formulaKeyOf(rule);
  return key ? info[key]?.checked : undefined;
}

/**
 * Lays out every cell (slot-major: `slot × years + yearIndex`), fills the reported and input values, and
 * builds the dependency graph from what each cell's formula reads in that cell's year.
 */
export function buildCells(
  indicators: readonly IndicatorInfo[],
  inputsById: ReadonlyMap<string, InputValues>,
  timeline: Timeline,
): Cells {
  const layout = new CellLayout(timeline);
  const years = timeline.length;
  const cellCount = indicators.length * years;
  const rules = new Uint8Array(cellCount);
  const history = new ValueTable(cellCount);
  const inputs = new ValueTable(cellCount);
  const cellReasons = new Map<number, string>();

  for (const info of indicators) {
    const input = inputsById.get(info.id);
    for (let yi = 0; yi < years; yi++) {
      const cell = layout.cell(info.slot, yi);
      const year = timeline.yearAt(yi);
      const { rule, reason } = ruleFor(info, input, year, timeline);
      rules[cell] = rule;
      if (reason) cellReasons.set(cell, reason);
      const reported = info.history.get(year);
      if (reported) history.set(cell, reported.literal);
      if (input?.kind === "constant") inputs.set(cell, input.literal);
      else if (input?.kind === "series" && input.byYear.has(year)) inputs.set(cell, input.byYear.get(year)!);
    }
  }

  // What each formula reads, listed once per formula rather than once per cell (and dropped after the graph is built).
  const readsOf = new Map<CheckedFormula, Reads>();
  const graph = buildCellGraph(cellCount, (cell, push) => {
    const info = indicators[layout.slotOf(cell)]!;
    const formula = formulaOfRule(info, rules[cell]!);
    if (!formula) return;
    let reads = readsOf.get(formula);
    if (!reads) {
      reads = formula.reads;
      readsOf.set(formula, reads);
    }
    const year = layout.yearOf(cell);
    for (const read of reads.cells) {
      const from = resolveYear(read.at, year);
      const to = read.through ? resolveYear(read.through, year) : from;
      for (let y = Math.max(from, timeline.first); y <= Math.min(to, timeline.last); y++) {
        push(layout.cellInYear(read.slot, y));
      }
    }
  });
  return { rules, history, inputs, cellReasons, graph, layout };
}
