import type { Language } from "../core/index.js";
import type { Model } from "../evaluation/index.js";
import type { ProbabilitySolveResult, SimulationResult, TargetDriver } from "../montecarlo/index.js";
import { formatPrecise, formatValue } from "./format-number.js";
import { docText, table, type Doc } from "./text-table.js";
import { indicatorName, scenarioName, targetName, words } from "./words.js";

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** One driver as a planner reads it: the input, the share of the margin's variance it explains, and ρ. */
function formatDriver(d: TargetDriver, name: (id: string) => string): string {
  const share = d.share === null ? "" : ` ${Math.round(d.share * 100)}%`;
  return `${name(d.input)}${share} ρ${d.rho >= 0 ? "+" : "−"}${Math.abs(d.rho).toFixed(2)}`;
}

/** Whether a driver is worth a place in the table: it explains 2% of the variance or more, or |ρ| ≥ 0.05. */
const matters = (d: TargetDriver) => (d.share ?? 0) >= 0.02 || Math.abs(d.rho) >= 0.05;

/**
 * The probability of each target (with its Wilson 95% interval), the trials in which it had no value, and the
 * inputs that drive it most: the share of the target margin's variance each explains on its own, and Spearman's
 * ρ between its draws and the margin (the direction, for a relation that has one).
 */
export function formatProbabilities(
  result: SimulationResult,
  model?: Model,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(probabilitiesDoc(result, model, lang), width);
}

/** {@link formatProbabilities} as a document; with the model, targets and inputs are named by their labels. */
export function probabilitiesDoc(result: SimulationResult, model?: Model, lang: Language = "zh"): Doc {
  const w = words(lang);
  const zh = lang === "zh";
  const input = (id: string) => (model ? indicatorName(model.structure, id, lang) : id);
  const rows = result.targets.map((t) => [
    model ? targetName(model.structure, t.id, lang) : t.id,
    t.id,
    pct(t.probability),
    `${pct(t.ci[0])}–${pct(t.ci[1])}`,
    t.failed > 0 ? String(t.failed) : "",
    t.drivers
      .filter(matters)
      .slice(0, 3)
      .map((d) => formatDriver(d, input))
      .join(zh ? "，" : ", ") || "—",
  ]);
  const scenario = model ? scenarioName(model.structure, result.scenario, lang) : result.scenario;
  const inputs = result.inputs
    .map((i) => `${input(i.id)}${i.draw === "yearly" ? (zh ? "（逐年抽取）" : " (yearly)") : ""}`)
    .join(zh ? "、" : ", ");
  const lines: (string | ReturnType<typeof table>)[] = [
    zh
      ? `${result.trials}次模拟，种子${result.seed}，${scenario}；不确定的输入：${inputs}`
      : `${result.trials} trials, seed ${result.seed}, scenario ${scenario}; uncertain inputs: ${inputs}`,
    table(
      [
        { header: w.target },
        { header: w.id },
        { header: w.probability, align: "right" },
        { header: w.interval95, align: "right" },
        { header: w.trialsWithoutValue, align: "right" },
        { header: w.drivers },
      ],
      rows,
    ),
  ];
  if (result.errors.trials > 0) {
    const first = result.errors.first;
    const where = first ? ` (first: trial ${first.trial}, ${first.what}: ${first.reason})` : "";
    lines.push(
      zh
        ? `${result.errors.trials}次模拟因公式失败而缺值${first ? `（首次：第${first.trial}次，${first.what}：${first.reason}）` : ""}，计为未达标。`
        : `${result.errors.trials} trials lost a value to a failing formula${where}; they count as not met.`,
    );
  }
  return lines;
}

/** A fan chart as a table: one row per year, the 5th, 25th, 50th, 75th and 95th percentiles and the mean. */
export function formatFan(
  result: SimulationResult,
  model: Model,
  id: string,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(fanDoc(result, model, id, lang), width);
}

/** {@link formatFan} as a document. */
export function fanDoc(result: SimulationResult, model: Model, id: string, lang: Language = "zh"): Doc {
  const byYear = result.quantiles[id];
  const zh = lang === "zh";
  if (!byYear) return [zh ? `（未记录${id}的分位数）` : `(no quantiles recorded for ${id})`];
  const unit = model.structure.indicatorById.get(id)?.unit;
  const rows = Object.entries(byYear).map(([year, q]) => [
    year,
    ...[q.p5, q.p25, q.p50, q.p75, q.p95, q.mean].map((v) => formatValue(Number.isNaN(v) ? null : v, unit)),
  ]);
  // The bound of this indicator's own quantiles, in its unit: another indicator's bins may be a thousand times wider.
  const error =
    result.quantileErrors?.[id] ?? (result.quantileMethod.kind === "histogram" ? result.quantileMethod.maxError : 0);
  const method = zh
    ? error === 0
      ? "精确分位数"
      : `分位数误差在±${formatValue(error, unit)}以内（超过10,000次模拟时用直方图）`
    : error === 0
      ? "exact quantiles"
      : `quantiles within ±${formatValue(error, unit)} (histogram beyond 10,000 trials)`;
  const name = indicatorName(model.structure, id, lang);
  return [
    `${name}${unit ? ` (${unit.name})` : ""} — ${method}`,
    table(
      [
        { header: words(lang).year },
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
export function formatProbabilitySolve(result: ProbabilitySolveResult, model: Model, lang: Language = "zh"): string {
  const unit = model.structure.indicatorById.get(result.lever)?.unit;
  const lever = indicatorName(model.structure, result.lever, lang);
  const target = `“${targetName(model.structure, result.target, lang)}”`;
  const value = formatPrecise(result.value, unit);
  const best = formatPrecise(result.best, unit);
  const ci = `${pct(result.ci[0])}–${pct(result.ci[1])}`;
  if (lang === "zh") {
    const what = result.moves === "distribution" ? `${lever}的分布中心须为` : `${lever}须取`;
    const head = result.reachable
      ? `要以${pct(result.probability)}的概率实现${target}，${what}${value}`
      : `${lever}在其范围内的任何取值都不能以${pct(result.probability)}的概率实现${target}；最接近的是${best}`;
    return `${head}（该处概率${pct(result.achieved)}，95%区间${ci}；${result.trials}次模拟，种子${result.seed}，每个取值用同一组模拟，共${result.iterations}轮）。`;
  }
  const what = result.moves === "distribution" ? `centre the ${lever} distribution at` : `set ${lever} to`;
  const head = result.reachable
    ? `To meet ${target} with probability ${pct(result.probability)}, ${what} ${value}`
    : `No value of ${lever} within its bounds meets ${target} with probability ${pct(result.probability)}; the closest is ${best}`;
  return `${head} (probability there ${pct(result.achieved)}, 95% interval ${ci}; ${result.trials} trials, seed ${result.seed}, the same trials for every value tried, ${result.iterations} runs).`;
}
