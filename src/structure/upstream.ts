import { resolveYear, type CheckedFormula } from "../formula/index.js";
import type { Timeline } from "../core/index.js";
import { CellLayout } from "./cell-layout.js";
import type { CellGraph } from "./graph.js";

/**
 * The cells a formula without `t` reads (a target: `re_share[2025] < 10%`, `sum(x, 2021, 2025) >= …`), as cell
 * indices `slot × years + yearIndex`, within the timeline.
 */
export function cellsRead(formula: CheckedFormula, timeline: Timeline): number[] {
  const layout = new CellLayout(timeline);
  const cells: number[] = [];
  for (const read of formula.reads.cells) {
    const from = resolveYear(read.at, timeline.baseYear);
    const to = read.through ? resolveYear(read.through, timeline.baseYear) : from;
    for (let y = Math.max(from, timeline.first); y <= Math.min(to, timeline.last); y++)
      cells.push(layout.cellInYear(read.slot, y));
  }
  return cells;
}

/**
 * Every indicator slot whose cells feed the given cells, directly or through formulas (the given cells' own
 * slots included): what a target or a cell ultimately depends on.
 */
export function upstreamSlots(graph: CellGraph, layout: CellLayout, start: readonly number[]): Set<number> {
  const slots = new Set<number>();
  const seen = new Uint8Array(graph.cellCount);
  const stack = [...start];
  while (stack.length > 0) {
    const cell = stack.pop()!;
    if (seen[cell]) continue;
    seen[cell] = 1;
    slots.add(layout.slotOf(cell));
    for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) stack.push(graph.deps[k]!);
  }
  return slots;
}
