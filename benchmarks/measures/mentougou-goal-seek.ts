import { solveProbability, type Model } from "../../src/index.js";
import { cellsRead, upstreamSlots } from "../../src/structure/index.js";
import { median, type Spread, spreadOf } from "../harness.js";

/** One target's goal seek on probability: its lever, what it found, and its time. */
export interface GoalSeekRow {
  readonly target: string;
  readonly lever: string;
  /** `distribution` when the lever moves an uncertain input's distribution, `value` when it sets an input. */
  readonly moves: string;
  readonly iterations: number;
  /** Median milliseconds over the passes. */
  readonly ms: number;
  /** The spread of the passes, ms. */
  readonly spread?: Spread;
}

/**
 * The lever a goal seek on `target` moves: the one the target names, else the first of the model's `levers` that
 * reaches the target through its formulas (what a planner would pick for a target that names none).
 */
export function leverFor(model: Model, target: string): string {
  const { structure } = model;
  const info = structure.targets.find((t) => t.id === target)!;
  if (info.lever) return info.lever;
  const upstream = upstreamSlots(structure.graph, structure.layout, cellsRead(info.checked!, structure.timeline));
  const lever = structure.levers.find((l) => upstream.has(structure.indicatorById.get(l.id)!.slot));
  if (!lever) throw new Error(`no lever of the model reaches target ${target}`);
  return lever.id;
}

/**
 * `solveProbability` at 80% on every target of the model, `trials` trials each, `passes` times over the whole list
 * (the first pass also warms the code up): each target's median time, slowest first.
 */
export function goalSeekEveryTarget(model: Model, trials: number, passes: number): GoalSeekRow[] {
  const targets = model.structure.targets.map((t) => ({ id: t.id, lever: leverFor(model, t.id) }));
  const times = new Map<string, number[]>(targets.map((t) => [t.id, []]));
  const found = new Map<string, { moves: string; iterations: number }>();
  for (let pass = 0; pass < passes; pass++) {
    for (const { id, lever } of targets) {
      const t0 = performance.now();
      const result = solveProbability(model, { target: id, lever, probability: 0.8, trials, seed: 2021 });
      times.get(id)!.push(performance.now() - t0);
      found.set(id, { moves: result.moves, iterations: result.iterations });
    }
  }
  return targets
    .map(({ id, lever }) => ({
      target: id,
      lever,
      ...found.get(id)!,
      ms: median(times.get(id)!),
      spread: spreadOf(times.get(id)!),
    }))
    .sort((a, b) => b.ms - a.ms);
}
