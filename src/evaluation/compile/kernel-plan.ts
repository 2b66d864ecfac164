import type { CheckedExpr } from "../../formula/index.js";
import { CellRule, stronglyConnected, type CellLayout, type ModelStructure } from "../../structure/index.js";
import { type Block, BlockKind, cutBlocks } from "./blocks.js";
import type { KernelKind } from "./emit.js";
import { placeholdersOf } from "./shape.js";

/** A kernel to create: one per formula shape and kind, shared by every step that runs that shape. */
export interface KernelSpec {
  readonly kind: KernelKind;
  /** `kind|runs|shape key`: equal specs make the same kernel. */
  readonly id: string;
  readonly expr: CheckedExpr;
  readonly placeholders: ReadonlyMap<number, number>;
  /** For a once kernel, the year-index ranges (pairs) that take its value. */
  readonly runs: readonly number[];
}

/**
 * One step of an evaluation, in dependency order, over its kernels (specifications when planned, functions when
 * made). `rows` holds, for each indicator the step computes, the first cell (`slot × years`) of every indicator its
 * formula names (placeholder order; a once row ends with the cell the others copy).
 */
export type StepOf<Range, Once> =
  | {
      readonly kind: "range";
      readonly kernel: Range;
      readonly rows: Int32Array;
      readonly count: number;
      readonly from: number;
      readonly to: number;
      readonly blocks: Int32Array;
    }
  | {
      readonly kind: "once";
      readonly kernel: Once;
      readonly rows: Int32Array;
      readonly count: number;
      readonly runs: Int32Array;
      readonly blocks: Int32Array;
    }
  | {
      /**
       * Single cells in the interpreter's order, for what loops cannot do: cells whose formula might read
       * outside the timeline, and indicators caught in mutual recurrences (`a[t] = b[t-1]`, `b[t] = a[t-1]`).
       * `how[j]` is a kernel index (run that kernel for the cell's year), −1 (ask the interpreter), or
       * `−2 − source` (copy a year-independent value from its source cell).
       */
      readonly kind: "cells";
      readonly cells: Int32Array;
      readonly how: Int32Array;
      readonly kernels: readonly Range[];
      readonly rows: readonly Int32Array[];
    };

/** A step as planned, with the specifications of its kernels (made into functions by `compiled-evaluator.ts`). */
export type StepSpec = StepOf<KernelSpec, KernelSpec>;

/** How a model's cells are evaluated by compiled kernels: the steps, and the interpreter's order of cells. */
export interface EvaluationPlan {
  readonly steps: readonly StepSpec[];
  /** Each cell's position in the interpreter's evaluation (circular definitions first), −1 for none. */
  readonly rank: Int32Array;
  /** What reads what, block by block: for evaluating again only downstream of changed inputs. */
  readonly blocks: BlockReaders;
}

/**
 * The block graph both ways, for incremental evaluation: `blockOf[cell]` (−1 for a cell in no block), the blocks
 * each block reads (`deps[depStart[b] .. depStart[b + 1])`), the blocks that read each block
 * (`readers[readerStart[b] .. readerStart[b + 1])`) and the blocks that read each input indicator's cells
 * (`inputReaders[inputStart[slot] .. inputStart[slot + 1])`). All are flat typed arrays: a model of ten thousand
 * inputs adds no object per input. A range or once step's `blocks[k]` is the block of its row `k`.
 */
export interface BlockReaders {
  readonly count: number;
  readonly blockOf: Int32Array;
  readonly depStart: Int32Array;
  readonly deps: Int32Array;
  readonly readerStart: Int32Array;
  readonly readers: Int32Array;
  readonly inputStart: Int32Array;
  readonly inputReaders: Int32Array;
}

/**
 * Plans the compiled evaluation of a model. Formula cells are cut into blocks (a run of years of one
 * indicator's formula, projection or backcast); the blocks are ordered by their dependencies; blocks at the same
 * depth whose formulas have the same shape are grouped, so that one kernel computes the whole group in one call.
 * A block that reads its own earlier years (`x[t-1]`) runs its years upwards, one that reads later years
 * downwards; blocks tangled with each other run cell by cell in the interpreter's order.
 */
export function planEvaluation(structure: ModelStructure): EvaluationPlan {
  const { graph } = structure;
  const rank = new Int32Array(graph.cellCount).fill(-1);
  let position = 0;
  for (const cycle of graph.cycles) for (const cell of cycle) rank[cell] = position++;
  for (const cell of graph.order) rank[cell] = position++;

  const { blocks, blockOf } = cutBlocks(structure, rank);
  const count = blocks.length;

  // The block graph: block → the blocks it reads; reads within a block only set the direction of its loop.
  const depStart = new Int32Array(count + 1);
  const depList: number[] = [];
  const readsEarlier = new Uint8Array(count);
  const readsLater = new Uint8Array(count);
  const marker = new Int32Array(count).fill(-1);
  for (let b = 0; b < count; b++) {
    depStart[b] = depList.length;
    blocks[b]!.forEachCell((cell) => {
      for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) {
        const dep = graph.deps[k]!;
        const other = blockOf[dep]!;
        if (other < 0) continue;
        if (other === b) {
          if (dep < cell) readsEarlier[b] = 1;
          else readsLater[b] = 1;
        } else if (marker[other] !== b) {
          marker[other] = b;
          depList.push(other);
        }
      }
    });
  }
  depStart[count] = depList.length;
  const deps = Int32Array.from(depList);
  const readers = blockReaders(structure, blocks, blockOf, depStart, deps);

  // Components come out after the components they read; a block's level is one more than its deepest input's.
  const components = stronglyConnected(count, depStart, deps, new Uint8Array(count).fill(1));
  const componentOf = new Int32Array(count);
  components.forEach((component, c) => component.forEach((b) => (componentOf[b] = c)));
  const levelOf = new Int32Array(components.length);
  components.forEach((component, c) => {
    let level = 0;
    for (const b of component) {
      for (let k = depStart[b]!; k < depStart[b + 1]!; k++) {
        const other = componentOf[deps[k]!]!;
        if (other !== c) level = Math.max(level, levelOf[other]! + 1);
      }
    }
    levelOf[c] = level;
  });

  const builder = new StepBuilder(structure.layout, new Map(blocks.map((block, b) => [block, b])));
  components.forEach((component, c) => {
    const level = levelOf[c]!;
    const only = blocks[component[0]!]!;
    const tangled = component.length > 1 || (readsEarlier[component[0]!] === 1 && readsLater[component[0]!] === 1);
    if (tangled || only.kind === BlockKind.cell || only.interpreted) {
      for (const b of component) builder.addCells(level, blocks[b]!);
    } else if (only.kind === BlockKind.once) {
      builder.addOnce(level, only);
    } else {
      builder.addRange(level, only, readsLater[component[0]!] === 1 ? "down" : "up");
    }
  });
  return { steps: builder.finish(rank), rank, blocks: readers };
}

/** {@link BlockReaders} from the blocks' dependencies (`deps[depStart[b] .. depStart[b + 1])`: what block b reads). */
function blockReaders(
  structure: ModelStructure,
  blocks: readonly Block[],
  blockOf: Int32Array,
  depStart: Int32Array,
  deps: Int32Array,
): BlockReaders {
  const { graph, layout, rules } = structure;
  const count = blocks.length;
  const readerStart = new Int32Array(count + 1);
  for (let k = 0; k < deps.length; k++) readerStart[deps[k]! + 1]! += 1;
  for (let b = 0; b < count; b++) readerStart[b + 1]! += readerStart[b]!;
  const fill = readerStart.slice(0, count);
  const readers = new Int32Array(deps.length);
  for (let b = 0; b < count; b++) for (let k = depStart[b]!; k < depStart[b + 1]!; k++) readers[fill[deps[k]!]!++] = b;
  // (input slot, block) pairs, each once: a block's reads of one input are consecutive cells of its graph
  const pairs: number[] = [];
  const slots = structure.indicators.length;
  const lastSlotOf = new Int32Array(count).fill(-1);
  for (let b = 0; b < count; b++) {
    blocks[b]!.forEachCell((cell) => {
      for (let k = graph.depStart[cell]!; k < graph.depStart[cell + 1]!; k++) {
        const dep = graph.deps[k]!;
        if (rules[dep] !== CellRule.input) continue;
        const slot = layout.slotOf(dep);
        if (lastSlotOf[b] === slot) continue;
        lastSlotOf[b] = slot;
        pairs.push(slot, b);
      }
    });
  }
  const inputStart = new Int32Array(slots + 1);
  for (let k = 0; k < pairs.length; k += 2) inputStart[pairs[k]! + 1]! += 1;
  for (let slot = 0; slot < slots; slot++) inputStart[slot + 1]! += inputStart[slot]!;
  const next = inputStart.slice(0, slots);
  const inputReaders = new Int32Array(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) inputReaders[next[pairs[k]!]!++] = pairs[k + 1]!;
  return { count, blockOf, depStart, deps, readerStart, readers, inputStart, inputReaders };
}

/** Gathers blocks into steps: equal shapes at the same level share a step, single cells are merged per level. */
class StepBuilder {
  readonly #layout: CellLayout;
  readonly #groups = new Map<string, { level: number; kind: "range" | "once"; dir: KernelKind; blocks: Block[] }>();
  readonly #cells = new Map<number, { cell: number; block: Block }[]>();
  /** Shape keys as small numbers, so that group keys stay short. */
  readonly #shapes = new Map<string, number>();
  readonly #index: ReadonlyMap<Block, number>;

  constructor(layout: CellLayout, index: ReadonlyMap<Block, number>) {
    this.#layout = layout;
    this.#index = index;
  }

  #shapeId(block: Block): number {
    const key = block.formula.shape.key;
    let id = this.#shapes.get(key);
    if (id === undefined) {
      id = this.#shapes.size;
      this.#shapes.set(key, id);
    }
    return id;
  }

  addRange(level: number, block: Block, dir: "up" | "down"): void {
    const from = this.#layout.yearIndexOf(block.first);
    const to = this.#layout.yearIndexOf(block.last);
    this.#group(`${level}|${dir}|${from}|${to}|${this.#shapeId(block)}`, level, "range", dir, block);
  }

  addOnce(level: number, block: Block): void {
    this.#group(
      `${level}|once|${runsOf(block.cells, this.#layout).join(",")}|${this.#shapeId(block)}`,
      level,
      "once",
      "once",
      block,
    );
  }

  addCells(level: number, block: Block): void {
    const list = this.#cells.get(level) ?? [];
    block.forEachCell((cell) => list.push({ cell, block }));
    this.#cells.set(level, list);
  }

  #group(key: string, level: number, kind: "range" | "once", dir: KernelKind, block: Block): void {
    let group = this.#groups.get(key);
    if (!group) {
      group = { level, kind, dir, blocks: [] };
      this.#groups.set(key, group);
    }
    group.blocks.push(block);
  }

  #rows(blocks: readonly Block[], withSource: boolean): Int32Array {
    const width = blocks[0]!.formula.shape.slots.length + (withSource ? 1 : 0);
    const rows = new Int32Array(blocks.length * width);
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]!;
      const slots = block.formula.shape.slots;
      for (let p = 0; p < slots.length; p++) rows[k * width + p] = this.#layout.seriesStart(slots[p]!);
      if (withSource) rows[k * width + width - 1] = block.source;
    }
    return rows;
  }

  finish(rank: Int32Array): StepSpec[] {
    const staged: { level: number; step: StepSpec }[] = [];
    for (const group of this.#groups.values()) {
      const head = group.blocks[0]!;
      if (group.kind === "once") {
        const runs = runsOf(head.cells, this.#layout);
        const kernel = kernelSpec(head, "once", runs);
        const rows = this.#rows(group.blocks, true);
        const blocks = Int32Array.from(group.blocks, (b) => this.#index.get(b)!);
        staged.push({
          level: group.level,
          step: { kind: "once", kernel, rows, count: group.blocks.length, runs: Int32Array.from(runs), blocks },
        });
      } else {
        const kernel = kernelSpec(head, group.dir);
        const from = this.#layout.yearIndexOf(head.first);
        const to = this.#layout.yearIndexOf(head.last);
        const blocks = Int32Array.from(group.blocks, (b) => this.#index.get(b)!);
        staged.push({
          level: group.level,
          step: {
            kind: "range",
            kernel,
            rows: this.#rows(group.blocks, false),
            count: group.blocks.length,
            from,
            to,
            blocks,
          },
        });
      }
    }
    for (const [level, list] of this.#cells) {
      list.sort((x, y) => rank[x.cell]! - rank[y.cell]!);
      const kernels: KernelSpec[] = [];
      const rows: Int32Array[] = [];
      const kernelOf = new Map<Block, number>();
      const how = Int32Array.from(list, ({ cell, block }) => {
        if (block.kind === BlockKind.cell) return -1;
        if (block.kind === BlockKind.once) return cell === block.source ? -1 : -2 - block.source;
        let k = kernelOf.get(block);
        if (k === undefined) {
          k = kernels.length;
          kernels.push(kernelSpec(block, "up"));
          rows.push(this.#rows([block], false));
          kernelOf.set(block, k);
        }
        return k;
      });
      staged.push({ level, step: { kind: "cells", cells: Int32Array.from(list, (x) => x.cell), how, kernels, rows } });
    }
    // Stable: within a level, steps keep the order they were found in (all of them are independent).
    return staged.sort((x, y) => x.level - y.level).map((s) => s.step);
  }
}

function kernelSpec(block: Block, kind: KernelKind, runs: readonly number[] = []): KernelSpec {
  const { shape, expr } = block.formula;
  return { kind, id: `${kind}|${runs.join(",")}|${shape.key}`, expr, placeholders: placeholdersOf(shape.slots), runs };
}

/** The year-index ranges `[from, to]` (pairs) covered by a sorted list of one indicator's cells. */
function runsOf(cells: readonly number[], layout: CellLayout): number[] {
  const runs: number[] = [];
  for (const cell of cells) {
    const yi = layout.yearIndexOf(cell);
    if (runs.length > 0 && runs[runs.length - 1] === yi - 1) runs[runs.length - 1] = yi;
    else runs.push(yi, yi);
  }
  return runs;
}
