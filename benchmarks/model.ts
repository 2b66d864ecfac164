/**
 * The synthetic planning model M(N, Y) of PERFORMANCE.md, as a model file: N chains, each of an input growth
 * rate `g_i`, a level `x_i` reported in the first year and projected by `x_i[t-1] * (1 + g_i)`, its share of the
 * group sum `s_i = x_i / total`, and its average annual growth `c_i = cagr(x_i, first, last)`; `total =
 * sumOf(chains)`. That is 4N + 1 indicators (3N + 1 with formulas) and 22N + 11 formula cells over Y + 1 years —
 * recurrences over years, a sum across indicators, shares and a compound growth rate: the shapes a plan has.
 */
export interface SyntheticModel {
  readonly chains: number;
  readonly years: number;
  readonly first: number;
  readonly last: number;
  /** The model file (YAML), each chain's indicators together, the group sum last. */
  readonly text: string;
  /** Each chain's growth rate as written (`1.3%`) and as a decimal (`0.013`). */
  readonly growthText: readonly string[];
  readonly growthDecimal: readonly string[];
  /** Each chain's level in the first year, as written. */
  readonly baseText: readonly string[];
}

/** M(N, Y): N chains over Y + 1 years from 2020. */
export function syntheticModel(chains: number, years = 10): SyntheticModel {
  const first = 2020;
  const last = first + years;
  const growthText: string[] = [];
  const growthDecimal: string[] = [];
  const baseText: string[] = [];
  const lines = [
    `name: M(${chains}, ${years})`,
    "description: synthetic planning model of the benchmarks (see benchmarks/README.md)",
    `years: [${first}, ${last}]`,
    `baseYear: ${first}`,
    "groups:",
    "  chains: { label: every chain's level }",
    "indicators:",
  ];
  for (let i = 0; i < chains; i++) {
    // growth rates from 1.0% to 5.9%, levels from 100 up
    const tenths = 10 + (i % 50);
    growthText.push(`${(tenths / 10).toFixed(1)}%`);
    growthDecimal.push(`0.0${String(tenths).padStart(2, "0")}`);
    baseText.push(String(100 + i));
    lines.push(
      `  g_${i}: { unit: "%", value: ${growthText[i]} }`,
      `  x_${i}: { unit: 亿元, groups: [chains], history: { ${first}: ${baseText[i]} }, projection: "x_${i}[t-1] * (1 + g_${i})" }`,
      `  s_${i}: { unit: "%", formula: "x_${i} / total" }`,
      `  c_${i}: { unit: "%", formula: "cagr(x_${i}, ${first}, ${last})" }`,
    );
  }
  lines.push("  total: { unit: 亿元, formula: sumOf(chains) }", "");
  return { chains, years, first, last, text: lines.join("\n"), growthText, growthDecimal, baseText };
}

/** Formula cells of M(N, Y) as PERFORMANCE.md counts them: Y·N projections, (Y+1)·(N+1) sums and shares, N cagrs. */
export function formulaCells(chains: number, years = 10): number {
  return years * chains + (years + 1) * (chains + 1) + chains;
}
