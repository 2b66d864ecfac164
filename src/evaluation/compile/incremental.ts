import { CellRule, type ModelStructure } from "../../structure/index.js";
import type { BlockReaders, StepOf } from "./kernel-plan.js";
import type { OnceKernel, RangeKernel } from "./kernels.js";

/** One step of a compiled evaluation (see `StepOf` in kernel-plan.ts), with its kernels made. */
export type Step = StepOf<RangeKernel, OnceKernel>;

/**
 * What evaluating again after some inputs changed must do: the steps cut down to the blocks downstream of the
 * changed inputs (`dirty`), in the order of the full evaluation, and the changed inputs' cells.
 */
export interface PartialPlan {
  readonly steps: readonly Step[];
  /** 1 for a cell computed again (in a block downstream of a changed input) or a changed input's cell. */
  readonly touched: Uint8Array;
  /** The same cells, listed. */
  readonly touchedCells: Int32Array;
  readonly inputCells: Int32Array;
  /** The changed inputs' cells as runs of consecutive cells: `[start, end)` pairs. */
  readonly inputRuns: Int32Array;
  /** How many cells the partial evaluation computes (the cells of the dirty blocks). */
  readonly cellCount: number;
}

/**
 * Plans evaluating again after the inputs `changed` (indicator slots) changed: every block that reads one of their
 * cells, and every block that reads such a block, transitively; the full plan's steps keep the rows of those blocks
 * only. Each kernel computes the same cells with the same operations as in a full evaluation, so the values are
 * the same bit for bit. With `wanted` (cells), only the blocks those cells need are computed: the other cells
 * downstream of the change keep stale values.
 */
export function partialPlan(
  structure: ModelStructure,
  readers: BlockReaders,
  steps: readonly Step[],
  changed: readonly number[],
  wanted?: Int32Array,
): PartialPlan {
  const { count, blockOf, readerStart, readers: list, inputStart, inputReaders } = readers;
  const dirty = new Uint8Array(count);
  const queue: number[] = [];
  const inputCells: number[] = [];
  for (const slot of changed) {
    const start = structure.layout.seriesStart(slot);
    for (let cell = start; cell < start + structure.timeline.length; cell++)
      if (structure.rules[cell] === CellRule.input) inputCells.push(cell);
    for (let k = inputStart[slot]!; k < inputStart[slot + 1]!; k++) {
      const b = inputReaders[k]!;
      if (dirty[b]) continue;
      dirty[b] = 1;
      queue.push(b);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const b = queue[q]!;
    for (let k = readerStart[b]!; k < readerStart[b + 1]!; k++) {
      const reader = list[k]!;
      if (dirty[reader]) continue;
      dirty[reader] = 1;
      queue.push(reader);
    }
  }
  if (wanted) restrictToNeeded(dirty, readers, wanted);
  let cellCount = 0;
  const touched = new Uint8Array(blockOf.length);
  for (let cell = 0; cell < blockOf.length; cell++) {
    if (blockOf[cell]! >= 0 && dirty[blockOf[cell]!]) {
      touched[cell] = 1;
      cellCount++;
    }
  }
  for (const cell of inputCells) touched[cell] = 1;
  const kept: Step[] = [];
  for (const step of cellCount === 0 ? [] : steps) {
    const cut = cutStep(step, dirty, blockOf);
    if (cut) kept.push(cut);
  }
  const touchedCells: number[] = [];
  for (let cell = 0; cell < touched.length; cell++) if (touched[cell]) touchedCells.push(cell);
  const inputRuns: number[] = [];
  for (const cell of [...inputCells].sort((a, b) => a - b)) {
    if (inputRuns.length > 0 && inputRuns[inputRuns.length - 1] === cell) inputRuns[inputRuns.length - 1] = cell + 1;
    else inputRuns.push(cell, cell + 1);
  }
  return {
    steps: kept,
    touched,
    touchedCells: Int32Array.from(touchedCells),
    inputCells: Int32Array.from(inputCells),
    inputRuns: Int32Array.from(inputRuns),
    cellCount,
  };
}

/**
 * Partial plans kept by what they are for: the changed inputs (as a set), and the wanted cells (by their array),
 * the last one asked for first of all (a Monte Carlo run asks with the very same arrays for every trial).
 */
export class PartialPlans {
  readonly #all = new Map<string, PartialPlan>();
  readonly #byWanted = new WeakMap<Int32Array, Map<string, PartialPlan>>();
  #last: { changed: readonly number[]; wanted: Int32Array | undefined; partial: PartialPlan } | undefined;

  /** The plan for `changed` and `wanted`, made by `make` the first time (the last 32 of each kind are kept). */
  get(changed: readonly number[], wanted: Int32Array | undefined, make: () => PartialPlan): PartialPlan {
    const last = this.#last;
    if (last && last.changed === changed && last.wanted === wanted) return last.partial;
    let plans = this.#all;
    if (wanted) {
      plans = this.#byWanted.get(wanted) ?? new Map<string, PartialPlan>();
      this.#byWanted.set(wanted, plans);
    }
    const key = [...changed].sort((a, b) => a - b).join(",");
    let partial = plans.get(key);
    if (!partial) {
      if (plans.size >= 32) plans.clear();
      partial = make();
      plans.set(key, partial);
    }
    this.#last = { changed, wanted, partial };
    return partial;
  }
}

/** Clears the dirty blocks that no wanted cell needs, directly or through the blocks it reads. */
function restrictToNeeded(
  dirty: Uint8Array,
  { count, blockOf, depStart, deps }: BlockReaders,
  wanted: Int32Array,
): void {
  const needed = new Uint8Array(count);
  const queue: number[] = [];
  for (const cell of wanted) {
    const b = blockOf[cell]!;
    if (b < 0 || needed[b]) continue;
    needed[b] = 1;
    queue.push(b);
  }
  for (let q = 0; q < queue.length; q++) {
    const b = queue[q]!;
    for (let k = depStart[b]!; k < depStart[b + 1]!; k++) {
      const dep = deps[k]!;
      if (needed[dep]) continue;
      needed[dep] = 1;
      queue.push(dep);
    }
  }
  for (let b = 0; b < count; b++) dirty[b]! &= needed[b]!;
}

/** A step with only the rows (or cells) of dirty blocks; the step itself when all are, `undefined` when none is. */
function cutStep(step: Step, dirty: Uint8Array, blockOf: Int32Array): Step | undefined {
  if (step.kind === "cells") {
    const keep: number[] = [];
    for (let j = 0; j < step.cells.length; j++) if (dirty[blockOf[step.cells[j]!]!]) keep.push(j);
    if (keep.length === 0) return undefined;
    if (keep.length === step.cells.length) return step;
    return {
      ...step,
      cells: Int32Array.from(keep, (j) => step.cells[j]!),
      how: Int32Array.from(keep, (j) => step.how[j]!),
    };
  }
  const keep: number[] = [];
  for (let k = 0; k < step.count; k++) if (dirty[step.blocks[k]!]) keep.push(k);
  if (keep.length === 0) return undefined;
  if (keep.length === step.count) return step;
  const width = step.rows.length / step.count;
  const rows = new Int32Array(keep.length * width);
  keep.forEach((k, r) => rows.set(step.rows.subarray(k * width, (k + 1) * width), r * width));
  return { ...step, rows, count: keep.length, blocks: Int32Array.from(keep, (k) => step.blocks[k]!) };
}

/** True when a cell of the runs (`[start, end)` pairs) holds NaN in `v`: an input without a value. */
export function holdsNaN(v: Float64Array, runs: Int32Array): boolean {
  for (let q = 0; q < runs.length; q += 2) {
    const end = runs[q + 1]!;
    for (let cell = runs[q]!; cell < end; cell++) {
      const x = v[cell]!;
      if (Number.isNaN(x)) return true;
    }
  }
  return false;
}
