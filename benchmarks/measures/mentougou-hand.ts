import { normalCdf, normalQuantile, trialRng } from "../../src/core/index.js";
import type { Model } from "../../src/index.js";
import { samplerOf, type Sampler } from "../../src/structure/index.js";

/** What a trial loop over the Mentougou example gives: trials in which each target was met, and a checksum. */
export interface MentougouTrials {
  readonly met: Readonly<Record<string, number>>;
  /** The sum over the trials of every recorded value, so that nothing computed can be left out unseen. */
  readonly checksum: number;
}

/** The targets of the example that a draw can move, as the hand-written loop decides them. */
export const MOVED_TARGETS = [
  "gdp_growth_2025",
  "gdp_growth_2026",
  "re_share_below_10_2025",
  "re_share_below_10_2026",
  "re_tax_share_below_30_2025",
  "re_tax_share_below_30_2026",
  "forest_cover_50_3",
  "specialized_firms_50_2025",
  "specialized_firms_50_2026",
  "hightech_park_800",
  "tourism_growth_about_5",
  "tourism_revenue_20",
  "income_in_step_with_gdp",
  "gdp_growth_2022",
  "budget_revenue_growth_2022",
  "income_with_gdp_2022",
] as const;

/** The 25 indicators of the example that the draws move, recorded from 2021 to 2026 as `simulate` tracks them. */
const SERIES = 25;
const YEARS = 6;

const cagr = (from: number, to: number, years: number) => (to / from) ** (1 / years) - 1;

/**
 * The Mentougou example's Monte Carlo written by hand, the reference `simulate()` is measured against: each trial
 * draws the eleven uncertain inputs from its own generator exactly as plansheet does (the same generator, the same
 * order, the same Gaussian copula and the same quantile functions, taken from the model as given), computes the 25
 * indicators the draws move from 2021 to 2026 in plain loops, writes them into a row as `simulate` records them
 * for its quantiles, and counts the targets met. Targets no draw moves are decided once, as `simulate` does.
 */
export function handWrittenMentougou(model: Model): (trials: number, seed: number) => MentougouTrials {
  const { structure } = model;
  const byId = new Map(structure.uncertainty.map((u) => [u.id, u]));
  const order = structure.uncertainty.map((u) => u.id);
  const samplers: Sampler[] = order.map((id) => samplerOf(byId.get(id)!.spec));
  const block = structure.correlations?.inputs ?? [];
  const factor = structure.correlations?.factor ?? [];
  const blockOf = order.map((id) => block.indexOf(id));
  const at = (id: string) => order.indexOf(id);
  const [g, b, r, e, s0, rg, fg, sf, h, tr0, tg] = [
    "gdp_growth",
    "budget_revenue_growth",
    "retail_growth",
    "energy_growth",
    "re_share_2021",
    "re_growth",
    "forest_cover_gain",
    "specialized_firms_added",
    "hightech_park_growth",
    "tourism_revenue",
    "tourism_growth",
  ].map(at) as [number, number, number, number, number, number, number, number, number, number, number];
  const gdp2020 = 276 / (1 + 0.051);
  const draw = new Float64Array(order.length);
  const z = new Float64Array(block.length);
  const row = new Float64Array(SERIES * YEARS);
  return (trials, seed) => {
    const met = new Float64Array(MOVED_TARGETS.length);
    let checksum = 0;
    for (let trial = 0; trial < trials; trial++) {
      const rng = trialRng(seed, trial);
      for (let i = 0; i < order.length; i++) {
        const u = rng();
        if (blockOf[i]! >= 0) z[blockOf[i]!] = normalQuantile(u);
        else draw[i] = samplers[i]!.quantile(u);
      }
      for (let i = 0; i < order.length; i++) {
        const k = blockOf[i]!;
        if (k < 0) continue;
        const f = factor[k]!;
        let sum = 0;
        for (let j = 0; j <= k; j++) sum += f[j]! * z[j]!;
        draw[i] = samplers[i]!.quantile(Math.min(1 - 1e-16, Math.max(1e-16, normalCdf(sum))));
      }
      const G = draw[g]!;
      const B = draw[b]!;
      const R = draw[r]!;
      const E = draw[e]!;
      const RG = draw[rg]!;
      const FG = draw[fg]!;
      const SF = draw[sf]!;
      const H = draw[h]!;
      const TG = draw[tg]!;
      let gdp = 276;
      let budget = 31;
      let retail = 109;
      let reVa = draw[s0]! * 276;
      let energy = 63;
      let income = 60000;
      let forest = 0.4808;
      let firms = 23;
      let park = 400;
      let tourism = draw[tr0]!;
      let reTax = 0.38 * 31;
      for (let y = 0; y < YEARS; y++) {
        if (y > 0) {
          gdp = gdp * (1 + G);
          budget = budget * (1 + B);
          retail = retail * (1 + R);
          reVa = reVa * (1 + RG);
          energy = energy * (1 + E);
          income = income * (1 + G);
          forest = forest + FG;
          firms = firms + SF;
          park = park * (1 + H);
          tourism = tourism * (1 + TG);
          reTax = reTax * (1 - 0.03);
        }
        row[0 + y] = gdp;
        row[6 + y] = G;
        row[12 + y] = budget;
        row[18 + y] = B;
        row[24 + y] = retail;
        row[30 + y] = R;
        row[36 + y] = draw[s0]!;
        row[42 + y] = RG;
        row[48 + y] = reVa;
        row[54 + y] = reVa / gdp;
        row[60 + y] = energy;
        row[66 + y] = E;
        row[72 + y] = y === 0 ? 0.23 : energy / gdp;
        row[78 + y] = income;
        row[84 + y] = G;
        row[90 + y] = forest;
        row[96 + y] = FG;
        row[102 + y] = firms;
        row[108 + y] = SF;
        row[114 + y] = park;
        row[120 + y] = H;
        row[126 + y] = tourism;
        row[132 + y] = TG;
        row[138 + y] = reTax;
        row[144 + y] = reTax / budget;
      }
      for (let k = 0; k < row.length; k++) checksum += row[k]!;
      const series = (s: number, year: number) => row[s * YEARS + (year - 2021)]!;
      const gdp2021 = series(0, 2021);
      const gdp2026 = series(0, 2026);
      const outcomes = [
        cagr(gdp2020, series(0, 2025), 5) >= 0.05,
        cagr(gdp2021, gdp2026, 5) >= 0.05,
        series(9, 2025) < 0.1,
        series(9, 2026) < 0.1,
        series(24, 2025) < 0.3,
        series(24, 2026) < 0.3,
        series(15, 2025) >= 0.503,
        series(17, 2025) >= 50,
        series(17, 2026) >= 50,
        series(19, 2026) >= 800,
        Math.abs(cagr(series(21, 2021), series(21, 2025), 4) - 0.05) <= 0.005,
        series(21, 2025) > 20,
        Math.abs(cagr(series(13, 2021), series(13, 2026), 5) - cagr(gdp2021, gdp2026, 5)) <= 0.005,
        series(0, 2022) / gdp2021 - 1 >= 0.05,
        series(2, 2022) / series(2, 2021) - 1 >= 0.03,
        Math.abs(series(13, 2022) / series(13, 2021) - 1 - (series(0, 2022) / gdp2021 - 1)) <= 0.005,
      ];
      for (let t = 0; t < outcomes.length; t++) if (outcomes[t]) met[t]! += 1;
    }
    return { met: Object.fromEntries(MOVED_TARGETS.map((id, t) => [id, met[t]!])), checksum };
  };
}
