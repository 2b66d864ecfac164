import { CellRule, type IndicatorInfo, type ModelStructure } from "../structure/index.js";

/**
 * The years up to the base year in which an indicator's value is not history: it rests on something the source
 * does not report — a backcast (a year derived from the next at an assumed rate), a value or an indicator marked
 * `assumption`, or a year after the base year — itself or through any cell it is computed from. The other years'
 * values come from reported figures alone. A formula's reads are taken as written (both branches of an `if`), so
 * a value is counted as assumed when either branch would rest on an assumption.
 */
export function assumedPastYears(structure: ModelStructure, info: IndicatorInfo): Set<number> {
  const { timeline, layout, graph, rules } = structure;
  const base = timeline.baseYear;
  const bySlot = new Map(structure.indicators.map((i) => [i.slot, i]));
  const assumedItself = (cell: number): boolean => {
    const year = layout.yearOf(cell);
    if (year > base || rules[cell] === CellRule.backcast) return true;
    const owner = bySlot.get(layout.slotOf(cell));
    if (owner?.assumption) return true;
    return rules[cell] === CellRule.history && owner?.history.get(year)?.assumption === true;
  };
  // cells found to rest on reported figures alone, with everything upstream of them
  const reported = new Set<number>();
  const restsOnAssumption = (start: number): boolean => {
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length > 0) {
      const cell = stack.pop()!;
      if (seen.has(cell) || reported.has(cell)) continue;
      seen.add(cell);
      if (assumedItself(cell)) return true;
      for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) stack.push(graph.deps[k]!);
    }
    for (const cell of seen) reported.add(cell);
    return false;
  };
  const years = new Set<number>();
  for (const year of timeline.years) {
    if (year > base) break;
    if (restsOnAssumption(layout.cellInYear(info.slot, year))) years.add(year);
  }
  return years;
}
