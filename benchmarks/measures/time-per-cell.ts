import { plansheet } from "../contestants/plansheet.js";
import { scaled, type Spread, timeRotated, type TimingOptions } from "../harness.js";
import { formulaCells, syntheticModel } from "../model.js";

export interface PerCellRow {
  readonly chains: number;
  readonly cells: number;
  readonly ms: number;
  readonly nsPerCell: number;
  /** The spread of the rounds' nanoseconds per cell. */
  readonly spread: Spread;
}

/**
 * plansheet compiled's full evaluation at every size, timed in the same rotated rounds: a change of load on
 * the machine then falls on every size alike, which timing each size in its own measure cannot promise.
 */
export function timePerCell(sizes: readonly number[], options: TimingOptions): PerCellRow[] {
  const contestants = sizes.map((chains) => ({ chains, contestant: plansheet(syntheticModel(chains), "compiled") }));
  const timings = timeRotated(
    contestants.map(({ chains, contestant }) => ({ name: String(chains), run: () => contestant.evaluate() })),
    options,
  );
  return contestants.map(({ chains }) => {
    const t = timings.get(String(chains))!;
    const cells = formulaCells(chains);
    return { chains, cells, ms: t.median, nsPerCell: (t.median * 1e6) / cells, spread: scaled(t.spread, 1e6 / cells) };
  });
}
