import { normalCdf, normalQuantile, type Rng, usageError } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import { CellRule, movedSampler, samplerOf, type Sampler } from "../structure/index.js";

/** One uncertain input as a trial draws it: which cells it sets, from which sampler, once or every year. */
export interface UncertainInput {
  readonly id: string;
  readonly slot: number;
  readonly sampler: Sampler;
  readonly draw: "once" | "yearly";
  /** The cells the draw sets: every input cell (once), or one draw per projected input cell (yearly). */
  readonly cells: Int32Array;
  /** Index in the correlated block, or −1. */
  readonly correlated: number;
  /**
   * False for an input nothing recorded needs: its uniforms are taken from the generator and dropped (no quantile
   * is computed, no cell written), so that the inputs after it draw what they draw when it is drawn too.
   */
  readonly drawn: boolean;
}

/** How the trials of a run draw their inputs. */
export interface TrialPlan {
  readonly inputs: readonly UncertainInput[];
  /** The Cholesky factor of the correlation matrix over the correlated inputs (in their block order). */
  readonly factor?: readonly (readonly number[])[];
  /** How many correlated inputs. */
  readonly correlatedCount: number;
  /** How many of the correlated block's first inputs need their normal score: those up to the last one drawn. */
  readonly scoresNeeded: number;
}

/**
 * The trial plan of a model: each distribution of its `uncertainty` section on the input cells it sets (once per
 * trial: every year where the indicator is an input; yearly: each projected year, drawn independently), the
 * correlated inputs in one block (a Gaussian copula), and an optional lever moving one input's distribution
 * (or setting an input without one) — what a goal seek on probability changes.
 * @throws PlansheetError when the model has no uncertainty to simulate.
 */
export function trialPlan(model: Model, moved?: { readonly id: string; readonly to: number }): TrialPlan {
  const { structure } = model;
  const { timeline, rules, layout } = structure;
  const years = timeline.length;
  const correlated = structure.correlations?.inputs ?? [];
  const inputs: UncertainInput[] = structure.uncertainty.map((u) => {
    const cells: number[] = [];
    for (let yi = 0; yi < years; yi++) {
      const cell = layout.cell(u.slot, yi);
      if (rules[cell] !== CellRule.input) continue;
      if (u.draw === "yearly" && timeline.yearAt(yi) <= timeline.baseYear) continue;
      cells.push(cell);
    }
    const base = samplerOf(u.spec);
    const sampler = moved && moved.id === u.id ? movedSampler(base, moved.to) : base;
    return {
      id: u.id,
      slot: u.slot,
      sampler,
      draw: u.draw,
      cells: Int32Array.from(cells),
      correlated: correlated.indexOf(u.id),
      drawn: true,
    };
  });
  if (inputs.length === 0) {
    const message = "the model has no uncertainty: give distributions to some inputs in its `uncertainty` section";
    throw usageError(message);
  }
  const factor = structure.correlations?.factor;
  return { inputs, ...(factor ? { factor } : {}), correlatedCount: correlated.length, scoresNeeded: correlated.length };
}

/**
 * The plan drawing only the inputs in `slots`: every other input's uniforms are still taken from the trial's
 * generator, in their place, but dropped, so each input drawn gets exactly the number it gets when all are drawn
 * (results do not depend on what else a run records). A correlated input needs the normal scores of the
 * correlated inputs before it in the block (z = L·Φ⁻¹(u) is lower triangular), and only those.
 */
export function drawingOnly(plan: TrialPlan, slots: ReadonlySet<number>): TrialPlan {
  const inputs = plan.inputs.map((input) => ({ ...input, drawn: slots.has(input.slot) }));
  let scoresNeeded = 0;
  for (const input of inputs)
    if (input.drawn && input.correlated >= 0) scoresNeeded = Math.max(scoresNeeded, input.correlated + 1);
  return { ...plan, inputs, scoresNeeded };
}

/**
 * Draws one trial's inputs into `values` (the input cells of a value table or of an evaluator's buffer: the
 * uncertain cells are overwritten, the others keep the scenario's values) and records
 * each input's draw in `draws` (for a yearly input, the mean of its draws; NaN for an input not drawn). Uniforms
 * are taken in a fixed order — inputs in the model's order, a yearly input's years in order, whether the input is
 * drawn or not — so trial k draws the same numbers whatever else changes; correlated inputs go through a Gaussian
 * copula: z = L·Φ⁻¹(u), then each marginal at Φ(z).
 */
export function drawTrial(
  plan: TrialPlan,
  rng: Rng,
  values: Float64Array,
  draws: Float64Array,
  offset: number,
  scratch: Float64Array,
): void {
  const { inputs, factor, correlatedCount, scoresNeeded } = plan;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.correlated >= 0) {
      const u = rng();
      if (input.correlated < scoresNeeded) scratch[input.correlated] = normalQuantile(u);
      continue;
    }
    const cells = input.cells;
    if (!input.drawn) {
      const uniforms = input.draw === "once" ? 1 : cells.length;
      for (let k = 0; k < uniforms; k++) rng();
      draws[offset + i] = Number.NaN;
    } else if (input.draw === "once") {
      const value = input.sampler.quantile(rng());
      for (let k = 0; k < cells.length; k++) values[cells[k]!] = value;
      draws[offset + i] = value;
    } else {
      let sum = 0;
      for (let k = 0; k < cells.length; k++) {
        const value = input.sampler.quantile(rng());
        values[cells[k]!] = value;
        sum += value;
      }
      draws[offset + i] = input.cells.length > 0 ? sum / input.cells.length : Number.NaN;
    }
  }
  if (!factor || correlatedCount === 0) return;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.correlated < 0) continue;
    if (!input.drawn) {
      draws[offset + i] = Number.NaN;
      continue;
    }
    const row = factor[input.correlated]!;
    let z = 0;
    for (let k = 0; k <= input.correlated; k++) z += row[k]! * scratch[k]!;
    const value = input.sampler.quantile(Math.min(1 - 1e-16, Math.max(1e-16, normalCdf(z))));
    for (const cell of input.cells) values[cell] = value;
    draws[offset + i] = value;
  }
}
