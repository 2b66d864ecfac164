import type { Contestant } from "../contestants/contestant.js";
import { handDecimal } from "../contestants/hand-decimal.js";
import { handFloat } from "../contestants/hand-float.js";
import { hyperformula } from "../contestants/hyperformula.js";
import { mathjsPerCell } from "../contestants/mathjs-per-cell.js";
import { plansheet } from "../contestants/plansheet.js";
import { plansheetRun } from "../contestants/plansheet-run.js";
import { type Spread, timeRotated, type TimingOptions } from "../harness.js";
import { formulaCells, syntheticModel } from "../model.js";
import { checkAgreement, type Agreement } from "./agreement.js";

/** One contestant's full evaluation at one size. */
export interface FullRow {
  readonly name: string;
  readonly ms: number;
  readonly ratio: number;
  readonly nsPerCell: number;
  readonly agreement: Agreement;
  readonly rounds: readonly number[];
  /** The spread of the rounds' milliseconds per evaluation. */
  readonly spread: Spread;
}

/** Full evaluation of M(N, 10) by every contestant that fits at this size. */
export interface FullResult {
  readonly chains: number;
  readonly cells: number;
  readonly rows: readonly FullRow[];
  /** Contestants left out at this size, and why. */
  readonly skipped: readonly string[];
}

/** Sizes up to which the slow contestants run (they would take minutes beyond). */
export const CAPS = { decimal: 1_000, mathjs: 1_000, hyperformulaBuild: 1_000, interpreter: 10_000 };

export function fullEvaluation(chains: number, options: TimingOptions): FullResult {
  const model = syntheticModel(chains);
  const reference = handFloat(model);
  const others: { contestant: Contestant; tolerance: number }[] = [
    { contestant: handFloat(model, "per-kind"), tolerance: 0 },
    { contestant: plansheet(model, "compiled"), tolerance: 0 },
    { contestant: plansheetRun(model), tolerance: 0 },
  ];
  const skipped: string[] = [];
  if (chains <= CAPS.interpreter) others.push({ contestant: plansheet(model, "interpreter"), tolerance: 0 });
  else skipped.push(`plansheet interpreted (up to N = ${CAPS.interpreter})`);
  if (chains <= CAPS.decimal) {
    others.push(
      { contestant: plansheet(model, "decimal"), tolerance: 1e-12 },
      { contestant: handDecimal(model), tolerance: 1e-12 },
    );
  } else skipped.push(`decimal contestants (run up to N = ${CAPS.decimal})`);
  if (chains <= CAPS.mathjs) others.push({ contestant: mathjsPerCell(model), tolerance: 1e-12 });
  else skipped.push(`mathjs per cell (up to N = ${CAPS.mathjs})`);
  if (chains <= CAPS.hyperformulaBuild) others.push({ contestant: hyperformula(model, false), tolerance: 1e-12 });
  else
    skipped.push(
      `HyperFormula build + evaluation (up to N = ${CAPS.hyperformulaBuild}; its incremental recalculation runs at every size)`,
    );

  const agreements = checkAgreement(reference, others);
  const contestants = [reference, ...others.map((o) => o.contestant)];
  const timings = timeRotated(
    contestants.map((c) => ({ name: c.name, run: () => c.evaluate() })),
    options,
  );
  const cells = formulaCells(chains);
  // Ratios are to the faster of the two hand-written layouts in this run: the harder bar.
  const base = Math.min(timings.get(reference.name)!.median, timings.get(others[0]!.contestant.name)!.median);
  const rows = contestants.map((c) => {
    const t = timings.get(c.name)!;
    return {
      name: c.name,
      ms: t.median,
      ratio: t.median / base,
      nsPerCell: (t.median * 1e6) / cells,
      agreement: agreements.get(c.name)!,
      rounds: t.rounds,
      spread: t.spread,
    };
  });
  return { chains, cells, rows, skipped };
}
