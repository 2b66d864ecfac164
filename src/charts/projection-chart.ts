import type { Projection } from "../evaluation/index.js";
import { labelIn, targetCell, type IndicatorInfo, type ModelStructure } from "../structure/index.js";
import { Chart } from "./chart.js";
import { chartError, chartIndicator } from "./problems.js";
import { formatValue } from "../render/index.js";
import { PAST_STYLES, projectionSeries } from "./projection-series.js";
import { WORDS, frame, isPercent, unitSuffix, valueAxis, type ChartLanguage, type ChartOptions } from "./spec.js";
import { labelLimitFor, plotHeightFor } from "./text-extent.js";

/** The colours of scenarios' lines, in order. */
const SCENARIO_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
/** A scenario's line: dashed, in its colour. */
const SCENARIO_DASH = [6, 3];

/**
 * A target drawn on an indicator's chart: `forest_cover[2025] >= 50.3%` is a dashed rule at 50.3% labelled with the
 * target and its year. Only a target comparing one year of the indicator with a figure is drawn: a target on a
 * growth rate (`cagr(gdp, 2020, 2025) >= 5%`) is not a level of the indicator.
 */
export interface TargetLine {
  readonly id: string;
  readonly year: number;
  readonly threshold: number;
  readonly op: string;
  readonly label: string;
}

/** The targets of `structure` that compare one year of the indicator with a figure in its unit, with their thresholds. */
export function targetLines(
  structure: ModelStructure,
  projection: Projection,
  info: IndicatorInfo,
  lang: ChartLanguage,
): TargetLine[] {
  const lines: TargetLine[] = [];
  for (const target of structure.targets) {
    const cell = targetCell(target);
    if (cell?.slot !== info.slot) continue;
    const outcome = projection.targets.find((t) => t.id === target.id);
    // the threshold in the indicator's own unit only: a target written in another unit would be drawn off scale
    if (outcome?.threshold == null || (outcome.unit?.name ?? null) !== (info.unit?.name ?? null)) continue;
    lines.push({
      id: target.id,
      year: cell.year,
      threshold: outcome.threshold,
      op: cell.op,
      label: labelIn(target.label, target.id, lang),
    });
  }
  return lines;
}

/**
 * The layers that draw targets: a dashed rule per threshold, labelled once with every year it is set for
 * (目标 2025 < 10%，2026 < 10%), and a diamond at each target's year.
 */
export function targetLayers(lines: readonly TargetLine[], info: IndicatorInfo, lang: ChartLanguage): unknown[] {
  if (lines.length === 0) return [];
  const byThreshold = new Map<number, TargetLine[]>();
  for (const line of lines) byThreshold.set(line.threshold, [...(byThreshold.get(line.threshold) ?? []), line]);
  const rules = [...byThreshold].map(([threshold, same]) => ({
    threshold,
    text: `${WORDS[lang].target} ${same.map((t) => `${t.year} ${t.op} ${formatValue(t.threshold, info.unit)}${unitSuffix(info.unit)}`).join(lang === "zh" ? "，" : ", ")}`,
  }));
  const red = "#b22222";
  return [
    {
      data: { values: rules },
      layer: [
        {
          mark: { type: "rule", color: red, strokeDash: [6, 4], strokeWidth: 1.5 },
          encoding: { y: { field: "threshold", type: "quantitative" } },
        },
        {
          mark: { type: "text", align: "left", dx: 4, dy: -6, color: red },
          encoding: { x: { value: 0 }, y: { field: "threshold", type: "quantitative" }, text: { field: "text" } },
        },
      ],
    },
    {
      data: { values: lines.map((t) => ({ year: t.year, threshold: t.threshold, target: t.label })) },
      mark: { type: "point", shape: "diamond", filled: true, size: 70, color: red },
      encoding: {
        x: { field: "year", type: "quantitative" },
        y: { field: "threshold", type: "quantitative" },
        tooltip: [{ field: "target" }, { field: "year" }],
      },
    },
  ];
}

/**
 * One indicator under one or several scenarios: history as a solid grey line, values before the base year that rest
 * on an assumption (a backcast, a placeholder) as a dotted light grey line named 推算 (assumed), each scenario's
 * projection as a dashed line of its own colour from the base year on — scenarios with equal values in every year
 * as one line named by all of them (基准情景 = 加快转型) — the base year marked, and each target on the indicator as a
 * dashed rule with its label. Labels are the indicator's Chinese label (`lang: "en"` for English), the unit on the axis,
 * percentages as percentages.
 * @throws PlansheetError for an unknown indicator (with a did-you-mean), projections of different models, or an
 * indicator with no value in any year (the reason is given).
 */
export function projectionChart(
  projections: Projection | readonly Projection[],
  indicator: string,
  options: ChartOptions = {},
): Chart {
  const list = Array.isArray(projections) ? (projections as readonly Projection[]) : [projections as Projection];
  if (list.length === 0) throw chartError("a projection chart needs at least one projection");
  const structure = list[0]!.structure;
  if (list.some((p) => p.structure !== structure))
    throw chartError("the projections of one chart must come from the same model");
  const info = chartIndicator(structure, indicator);
  const lang = options.lang ?? "zh";
  const words = WORDS[lang];
  const data = projectionSeries(list, info, lang);
  if (data.length === 0) {
    const year =
      structure.timeline.years.find((y) => list[0]!.reason(indicator, y) !== undefined) ?? structure.timeline.first;
    throw chartError(
      `cannot chart '${indicator}': it has no value in any year (${year}: ${list[0]!.reason(indicator, year) ?? "no value"})`,
      "see plansheet run MODEL for the reasons",
    );
  }
  const base = structure.timeline.baseYear;
  const title = labelIn(info.label, info.id, lang);
  const targets = targetLines(structure, list[0]!, info, lang);
  const y = { field: "value", type: "quantitative", axis: valueAxis(title, info.unit), scale: { zero: false } };
  const x = {
    field: "year",
    type: "quantitative",
    axis: { title: words.year, format: "d", tickMinStep: 1 },
    scale: { nice: false },
  };
  const lines = [...new Set(data.map((d) => d.scenario))];
  const greys = lines.filter((line) => line === words.history || line === words.assumed).length;
  const styles = lines.map((line, k) =>
    line === words.history
      ? PAST_STYLES.history
      : line === words.assumed
        ? PAST_STYLES.assumed
        : { colour: SCENARIO_COLOURS[(k - greys) % SCENARIO_COLOURS.length]!, dash: SCENARIO_DASH },
  );
  // colour and dash on the same field: one legend, each entry drawn in its line's colour and dash
  const series = { field: "scenario", type: "nominal", title: words.scenario };
  const colour = {
    ...series,
    legend: { orient: "bottom", direction: "horizontal", symbolType: "stroke", labelLimit: labelLimitFor(lines) },
    scale: { domain: lines, range: styles.map((s) => s.colour) },
  };
  const dash = { ...series, scale: { domain: lines, range: styles.map((s) => s.dash) } };
  const layers: unknown[] = [
    {
      mark: { type: "line", strokeWidth: 2 },
      encoding: { x, y, color: colour, strokeDash: dash, detail: { field: "segment", type: "nominal" } },
    },
    {
      // each value once, in its own line's colour: a joint is its neighbour's point
      transform: [{ filter: "!datum.joint" }],
      mark: { type: "point", filled: true, opacity: 1 },
      encoding: {
        x,
        y,
        color: colour,
        tooltip: [
          { field: "scenario" },
          { field: "part" },
          { field: "year" },
          { field: "value", format: isPercent(info.unit) ? ".2%" : ",.4~f" },
        ],
      },
    },
    {
      data: { values: [{ year: base, label: `${words.baseYear} ${base}` }] },
      layer: [
        {
          mark: { type: "rule", color: "#999", strokeDash: [2, 2] },
          encoding: { x: { field: "year", type: "quantitative" } },
        },
        // at the foot of the rule, clear of the target labels, which sit on their lines
        {
          mark: { type: "text", align: "left", dx: 4, dy: -4, baseline: "bottom", color: "#666" },
          encoding: {
            x: { field: "year", type: "quantitative" },
            y: { value: { expr: "height" } },
            text: { field: "label" },
          },
        },
      ],
    },
    ...targetLayers(targets, info, lang),
  ];
  return new Chart("projection", {
    ...frame(title, options, { width: 560, height: plotHeightFor(300, y.axis.title) }),
    data: { values: data },
    layer: layers,
  });
}
