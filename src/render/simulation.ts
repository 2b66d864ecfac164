import type { Model } from "../evaluation/index.js";
import type { ProbabilitySolveResult, SimulationResult, TargetDriver } from "../montecarlo/index.js";
import { formatPrecise, formatValue } from "./format-number.js";
import { docText, table, type Doc } from "./text-table.js";

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** One driver as a planner reads it: the input, the share of the margin's variance it explains, and ρ. */
function formatDriver(d: TargetDriver): string {
  const share = d.share === null ? "" : ` ${Math.round(d.share * 100)}%`;
  return `${d.input}${share} ρ${d.rho >= 0 ? "+" : "−"}${Math.abs(d.rho).toFixed(2)}`;
}

/** Whether a driver is worth a place in the table: it explains 2% of the variance or more, or |ρ| ≥ 0.05. */
const matters = (d: TargetDriver) => (d.share ?? 0) >= 0.02 || Math.abs(d.rho) >= 0.05;

/**
 * The probability of each target (with its Wilson 95% interval), the trials in which it had no value, and the
 * inputs that drive it most: the share of the target margin's variance each explains on its own, and Spearman's
 * ρ between its draws and the margin (the direction, for a relation that has one).
 */
export function formatProbabilities(result: SimulationResult): string {
  return docText(probabilitiesDoc(result));
}

/** {@link formatProbabilities} as a document. */
export function probabilitiesDoc(result: SimulationResult): Doc {
  const rows = result.targets.map((t) => [
    t.id,
    pct(t.probability),
    `${pct(t.ci[0])}–${pct(t.ci[1])}`,
    t.failed > 0 ? String(t.failed) : "",
    t.drivers.filter(matters).slice(0, 3).map(formatDriver).join(", ") || "—",
  ]);
  const lines: (string | ReturnType<typeof table>)[] = [
    `${result.trials} trials, seed ${result.seed}, scenario ${result.scenario}; uncertain inputs: ${result.inputs.map((i) => `${i.id}${i.draw === "yearly" ? " (yearly)" : ""}`).join(", ")}`,
    table(
      [
        { header: "target" },
        { header: "probability", align: "right" },
        { header: "95% interval", align: "right" },
        { header: "no value", align: "right" },
        { header: "driven by (share of variance, rank correlation ρ)" },
      ],
      rows,
    ),
  ];
  if (result.errors.trials > 0) {
    const first = result.errors.first;
    lines.push(
      `${result.errors.trials} trials lost a value to a failing formula${first ? ` (first: trial ${first.trial}, ${first.what}: ${first.reason})` : ""}; they count as not met.`,
    );
  }
  return lines;
}

/** A fan chart as a table: one row per year, the 5th, 25th, 50th, 75th and 95th percentiles and the mean. */
export function formatFan(result: SimulationResult, model: Model, id: string): string {
  return docText(fanDoc(result, model, id));
}

/** {@link formatFan} as a document. */
export function fanDoc(result: SimulationResult, model: Model, id: string): Doc {
  const byYear = result.quantiles[id];
  if (!byYear) return [`(no quantiles recorded for ${id})`];
  const unit = model.structure.indicatorById.get(id)?.unit;
  const rows = Object.entries(byYear).map(([year, q]) => [
    year,
    ...[q.p5, q.p25, q.p50, q.p75, q.p95, q.mean].map((v) => formatValue(Number.isNaN(v) ? null : v, unit)),
  ]);
  // The bound of this indicator's own quantiles, in its unit: another indicator's bins may be a thousand times wider.
  const error =
    result.quantileErrors?.[id] ?? (result.quantileMethod.kind === "histogram" ? result.quantileMethod.maxError : 0);
  const method =
    error === 0 ? "exact quantiles" : `quantiles within ±${formatValue(error, unit)} (histogram beyond 10,000 trials)`;
  return [
    `${id}${unit ? ` (${unit.name})` : ""} — ${method}`,
    table(
      [
        { header: "year" },
        ...["p5", "p25", "p50", "p75", "p95", "mean"].map((h) => ({ header: h, align: "right" as const })),
      ],
      rows,
    ),
  ];
}

/**
 * The answer of a goal seek on probability, in one sentence: `To meet gdp_growth_2025 with probability 80.0%,
 * centre the gdp_growth distribution at 5.798% (probability there 80.0%, 95% interval 78.2%–81.7%; …).`
 */
export function formatProbabilitySolve(result: ProbabilitySolveResult, model: Model): string {
  const unit = model.structure.indicatorById.get(result.lever)?.unit;
  const what =
    result.moves === "distribution" ? `centre the ${result.lever} distribution at` : `set ${result.lever} to`;
  const head = result.reachable
    ? `To meet ${result.target} with probability ${pct(result.probability)}, ${what} ${formatPrecise(result.value, unit)}`
    : `No value of ${result.lever} within its bounds meets ${result.target} with probability ${pct(result.probability)}; the closest is ${formatPrecise(result.best, unit)}`;
  return `${head} (probability there ${pct(result.achieved)}, 95% interval ${pct(result.ci[0])}–${pct(result.ci[1])}; ${result.trials} trials, seed ${result.seed}, the same trials for every value tried, ${result.iterations} runs).`;
}
