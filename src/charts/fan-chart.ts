import type { Model } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import { Chart } from "./chart.js";
import { chartError, chartIndicator } from "./problems.js";
import { targetLayers, targetLines } from "./projection-chart.js";
import { labelIn } from "../structure/index.js";
import { PAST_STYLES, projectionSeries, type SeriesPoint } from "./projection-series.js";
import { plotHeightFor } from "./text-extent.js";
import { WORDS, frame, isPercent, valueAxis, type ChartLanguage, type ChartOptions } from "./spec.js";

/**
 * The simulated range of one indicator by year: the median as a line, the p25–p75 band dark and the p5–p95 band
 * light, the history before the base year as a solid grey line (values resting on an assumption, such as a backcast,
 * dotted and lighter, said so in the subtitle), each target on the indicator as a dashed rule, and the
 * probability of meeting it in the title ("森林覆盖率：达标概率 87.3%").
 * @throws PlansheetError for an unknown indicator, or one the simulation did not track (with the ids it did).
 */
export function fanChart(
  simulation: SimulationResult,
  model: Model,
  indicator: string,
  options: ChartOptions = {},
): Chart {
  const info = chartIndicator(model.structure, indicator);
  const quantiles = simulation.quantiles[indicator];
  if (!quantiles || Object.keys(quantiles).length === 0) {
    throw chartError(
      `the simulation did not track '${indicator}'`,
      `it tracked ${Object.keys(simulation.quantiles).join(", ") || "nothing"}; simulate with track: ["${indicator}"]`,
    );
  }
  const lang = options.lang ?? "zh";
  const words = WORDS[lang];
  const projection = model.run({ scenario: simulation.scenario });
  const fan = Object.entries(quantiles).map(([year, q]) => ({ year: Number(year), ...q }));
  const history = projectionSeries([projection], info, lang).filter((p) => p.part !== words.projection);
  // a dotted line shows before the fan's first year only: an assumed value in that year lies under the median's point
  const base = model.structure.timeline.baseYear;
  const anyAssumed = history.some((p) => p.part === words.assumed && p.year < base);
  const name = labelIn(info.label, info.id, lang);
  const lines = targetLines(model.structure, projection, info, lang);
  const odds = lines
    .map((t) => ({ t, p: simulation.targets.find((s) => s.id === t.id)?.probability }))
    .filter((o) => o.p !== undefined);
  const title = {
    text: odds.length
      ? `${name}：${words.probability} ${odds.map((o) => `${(o.p! * 100).toFixed(1)}%（${o.t.year}）`).join(lang === "zh" ? "，" : ", ")}`
      : name,
    subtitle:
      lang === "zh"
        ? `${simulation.trials.toLocaleString("en")} 次模拟，种子 ${simulation.seed}；浅色 p5–p95，深色 p25–p75，线为中位数${anyAssumed ? `；${words.assumedNote}` : ""}`
        : `${simulation.trials.toLocaleString("en")} trials, seed ${simulation.seed}; light p5–p95, dark p25–p75, the line the median${anyAssumed ? `; ${words.assumedNote}` : ""}`,
  };
  const x = {
    field: "year",
    type: "quantitative",
    axis: { title: words.year, format: "d", tickMinStep: 1 },
    scale: { nice: false },
  };
  const y = (field: string) => ({
    field,
    type: "quantitative",
    axis: valueAxis(name, info.unit),
    scale: { zero: false },
  });
  const format = isPercent(info.unit) ? ".2%" : ",.4~f";
  const layers: unknown[] = [
    {
      data: { values: fan },
      mark: { type: "area", color: "#1f77b4", opacity: 0.18 },
      encoding: { x, y: y("p5"), y2: { field: "p95" } },
    },
    {
      data: { values: fan },
      mark: { type: "area", color: "#1f77b4", opacity: 0.35 },
      encoding: { x, y: y("p25"), y2: { field: "p75" } },
    },
    {
      data: { values: fan },
      mark: { type: "line", color: "#1f4e79", strokeWidth: 2, point: true },
      encoding: {
        x,
        y: y("p50"),
        tooltip: ["year", "p5", "p25", "p50", "p75", "p95"].map((field) => ({
          field,
          ...(field === "year" ? {} : { format }),
        })),
      },
    },
    ...(history.length ? pastLayers(history, x, y("value"), lang) : []),
    ...targetLayers(lines, info, lang),
  ];
  const height = plotHeightFor(300, valueAxis(name, info.unit).title);
  return new Chart("fan", { ...frame(title, options, { width: 560, height }), layer: layers });
}

/** The layers of the years up to the base year: history solid and dark grey, assumed values dotted and light grey. */
function pastLayers(points: readonly SeriesPoint[], x: unknown, y: unknown, lang: ChartLanguage): unknown[] {
  const words = WORDS[lang];
  const part = (channel: "colour" | "dash") => ({
    field: "part",
    type: "nominal",
    legend: null,
    scale: {
      domain: [words.history, words.assumed],
      range: [PAST_STYLES.history, PAST_STYLES.assumed].map((s) => (channel === "colour" ? s.colour : s.dash)),
    },
  });
  return [
    {
      data: { values: points },
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x,
        y,
        color: part("colour"),
        strokeDash: part("dash"),
        detail: { field: "segment", type: "nominal" },
      },
    },
    {
      data: { values: points },
      transform: [{ filter: "!datum.joint" }],
      mark: { type: "point", filled: true, opacity: 1 },
      encoding: { x, y, color: part("colour"), tooltip: [{ field: "part" }, { field: "year" }, { field: "value" }] },
    },
  ];
}
