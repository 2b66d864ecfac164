import { absoluteYears, walk, yearsNamed, type CheckedExpr } from "../../formula/index.js";
import { CellRule, FORMULA_KEYS, type FormulaKey, type ModelStructure } from "../../structure/index.js";
import { formulaShape, type FormulaShape } from "./shape.js";

/** How a block is computed: a loop over its years, once for all its years, or cell by cell by the interpreter. */
export const BlockKind = { range: 0, once: 1, cell: 2 } as const;

/** One formula of one indicator, with its shape (computed once, shared by its blocks). */
export interface BlockFormula {
  readonly slot: number;
  readonly key: FormulaKey;
  readonly expr: CheckedExpr;
  readonly shape: FormulaShape;
}

/**
 * Formula cells that are computed together: a run of years of one indicator's formula (`range`), every year of
 * a year-independent formula (`once`), or a single cell the interpreter computes (`cell`).
 */
export class Block {
  constructor(
    readonly formula: BlockFormula,
    readonly kind: number,
    /** A range's or a cell's first and last cell; for a once block, the first and last of `cells`. */
    readonly first: number,
    readonly last: number,
    /** The cells of a once block (they need not be consecutive); empty for the others. */
    readonly cells: readonly number[],
    /** The cell whose value a once block's other cells copy: its first in evaluation order. */
    readonly source: number,
    /** True when the interpreter must compute the block's cells (a once block whose formula reads outside the timeline). */
    readonly interpreted = false,
  ) {}

  /** Calls `visit` with every cell of the block. */
  forEachCell(visit: (cell: number) => void): void {
    if (this.kind === BlockKind.once) for (const cell of this.cells) visit(cell);
    else for (let cell = this.first; cell <= this.last; cell++) visit(cell);
  }
}

const RULE_OF: Record<FormulaKey, number> = {
  formula: CellRule.formula,
  projection: CellRule.projection,
  backcast: CellRule.backcast,
};

/** The smallest and largest relative year a formula reads (`x[t-1]` is −1; 0 when it reads only the cell's own year). */
function relativeOffsets(expr: CheckedExpr): { min: number; max: number } {
  let min = 0;
  let max = 0;
  walk(expr, (e) => {
    for (const at of yearsNamed(e)) {
      if (at.kind !== "relative") continue;
      min = Math.min(min, at.offset);
      max = Math.max(max, at.offset);
    }
  });
  return { min, max };
}

/**
 * Cuts every formula cell of the model into blocks, and says which block each cell is in (−1 for cells without a
 * formula and for cells of circular definitions). `rank` is each cell's position in the interpreter's order.
 */
export function cutBlocks(structure: ModelStructure, rank: Int32Array): { blocks: Block[]; blockOf: Int32Array } {
  const { timeline, indicators, rules, graph } = structure;
  const years = timeline.length;
  const blocks: Block[] = [];
  const blockOf = new Int32Array(graph.cellCount).fill(-1);
  const cycleOf = graph.cycleOf;
  const isOwn = (cell: number, rule: number) => rules[cell] === rule && cycleOf[cell]! < 0;
  const add = (block: Block) => {
    const index = blocks.length;
    block.forEachCell((cell) => (blockOf[cell] = index));
    blocks.push(block);
  };
  for (const info of indicators) {
    for (const key of FORMULA_KEYS) {
      const checked = info[key]?.checked;
      if (!checked) continue;
      const base = structure.layout.seriesStart(info.slot);
      const rule = RULE_OF[key];
      let count = 0;
      for (let cell = base; cell < base + years; cell++) if (isOwn(cell, rule)) count++;
      if (count === 0) continue;
      const formula: BlockFormula = {
        slot: info.slot,
        key,
        expr: checked.expr,
        shape: formulaShape(checked.expr, info.slot),
      };
      // A kernel reads only inside the series it names. A formula that names a year outside the timeline (the year
      // before the first that `growth(x, 2020)` reads) is left to the interpreter, cell by cell: it says the value
      // is missing and why, unless the read lies in a branch not taken.
      const outside = absoluteYears(checked.expr).some((year) => !timeline.contains(year));
      if (checked.yearIndependent) {
        // The interpreter computes a year-independent formula at its first cell in evaluation order, and copies.
        const cells: number[] = [];
        let source = -1;
        for (let cell = base; cell < base + years; cell++) {
          if (!isOwn(cell, rule)) continue;
          cells.push(cell);
          if (source < 0 || rank[cell]! < rank[source]!) source = cell;
        }
        add(new Block(formula, BlockKind.once, cells[0]!, cells[cells.length - 1]!, cells, source, outside));
        continue;
      }
      // A loop may run only over years whose relative reads all fall inside the timeline; the interpreter takes
      // the others (`x[t-1]` in the first year is missing, unless the branch that reads it is not taken).
      const { min, max } = relativeOffsets(checked.expr);
      const lo = base - min;
      const hi = base + years - 1 - max;
      let start = -1;
      for (let cell = base; cell <= base + years; cell++) {
        const mine = cell < base + years && isOwn(cell, rule);
        const inRange = mine && !outside && cell >= lo && cell <= hi;
        if (inRange && start < 0) start = cell;
        if (!inRange && start >= 0) {
          add(new Block(formula, BlockKind.range, start, cell - 1, [], -1));
          start = -1;
        }
        if (mine && !inRange) add(new Block(formula, BlockKind.cell, cell, cell, [], -1));
      }
    }
  }
  return { blocks, blockOf };
}
