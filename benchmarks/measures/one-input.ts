import { handFloat } from "../contestants/hand-float.js";
import { hyperformula } from "../contestants/hyperformula.js";
import { plansheet } from "../contestants/plansheet.js";
import { type Spread, timeRotated, type TimingOptions } from "../harness.js";
import { parseModelText } from "../../src/index.js";
import { formulaCells, syntheticModel } from "../model.js";
import { checkAgreement, type Agreement } from "./agreement.js";

export interface OneInputRow {
  readonly name: string;
  readonly ms: number;
  /** Time relative to the faster hand-written full re-evaluation. */
  readonly ratio: number;
  readonly agreement: Agreement;
  /** The spread of the rounds' milliseconds. */
  readonly spread: Spread;
}

/**
 * One input changed, then the model evaluated again: plansheet in full (every kernel again) and incrementally (only
 * the cells downstream of the change), HyperFormula incrementally.
 */
export interface OneInputResult {
  readonly chains: number;
  readonly rows: readonly OneInputRow[];
  /** HyperFormula's incremental recalculation time over plansheet's full compiled re-evaluation. */
  readonly speedupOverHyperFormula: number;
  /** HyperFormula's incremental recalculation time over plansheet's incremental evaluation. */
  readonly incrementalSpeedup: number;
  /** Formula cells plansheet's incremental evaluation computes, of all formula cells. */
  readonly cellsComputed: number;
  readonly cells: number;
}

export function oneInputChange(chains: number, options: TimingOptions): OneInputResult {
  const model = syntheticModel(chains);
  const reference = handFloat(model);
  const perKind = handFloat(model, "per-kind");
  const compiled = plansheet(model, "compiled");
  const incremental = plansheet(model, "incremental");
  const sheet = hyperformula(model, true);
  const contestants = [reference, perKind, compiled, incremental, sheet];
  // Every call changes the first chain's growth rate (alternating, so that every change is a real one).
  const values = [0.021, 0.034];
  for (const c of contestants) c.setGrowth(0, values[0]!);
  const agreements = checkAgreement(reference, [
    { contestant: perKind, tolerance: 0 },
    { contestant: compiled, tolerance: 0 },
    { contestant: incremental, tolerance: 0 },
    { contestant: sheet, tolerance: 1e-12 },
  ]);
  const flips = new Map(contestants.map((c) => [c.name, 0]));
  const timings = timeRotated(
    contestants.map((c) => ({
      name: c.name,
      run: () => {
        const k = flips.get(c.name)! + 1;
        flips.set(c.name, k);
        c.setGrowth(0, values[k & 1]!);
        c.evaluate();
      },
    })),
    options,
  );
  const base = Math.min(timings.get(reference.name)!.median, timings.get(perKind.name)!.median);
  const rows = contestants.map((c) => ({
    name: c.name,
    ms: timings.get(c.name)!.median,
    ratio: timings.get(c.name)!.median / base,
    agreement: agreements.get(c.name)!,
    spread: timings.get(c.name)!.spread,
  }));
  const built = parseModelText(model.text);
  const g0 = built.structure.indicatorById.get("g_0")!.slot;
  return {
    chains,
    rows,
    speedupOverHyperFormula: timings.get(sheet.name)!.median / timings.get(compiled.name)!.median,
    incrementalSpeedup: timings.get(sheet.name)!.median / timings.get(incremental.name)!.median,
    cellsComputed: built.compiled()!.cellsDownstream([g0]),
    cells: formulaCells(chains),
  };
}
