import type { Projection } from "../evaluation/index.js";
import { labelIn, targetCell, type IndicatorInfo, type ModelStructure } from "../structure/index.js";
import { Chart } from "./chart.js";
import { chartError, chartIndicator } from "./problems.js";
import { formatValue } from "../render/index.js";
import { WORDS, frame, isPercent, unitSuffix, valueAxis, type ChartLanguage, type ChartOptions } from "./spec.js";

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

/** The rows of a projection chart: year, value, scenario, and whether the value is history or projection. */
function rows(projections: readonly Projection[], info: IndicatorInfo, lang: ChartLanguage) {
  const words = WORDS[lang];
  const out: { year: number; value: number; scenario: string; part: string }[] = [];
  const base = projections[0]!.structure.timeline.baseYear;
  for (const [k, projection] of projections.entries()) {
    const scenario = labelIn(projection.structure.scenarios.get(projection.scenario)?.label, projection.scenario, lang);
    for (const year of projection.years) {
      const value = projection.get(info.id, year);
      if (value === null) continue;
      // history once (it is the same in every scenario); each scenario's line starts at the base year
      if (year <= base && k === 0) out.push({ year, value, scenario: words.history, part: words.history });
      if (year >= base) out.push({ year, value, scenario, part: words.projection });
    }
  }
  return out;
}

/**
 * One indicator under one or several scenarios: history as a solid grey line, each scenario's projection as a line
 * of its own colour from the base year on, the base year marked, and each target on the indicator as a dashed rule
 * with its label. Labels are the indicator's Chinese label (`lang: "en"` for English), the unit on the axis,
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
  const data = rows(list, info, lang);
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
  const layers: unknown[] = [
    {
      mark: { type: "line", point: true, strokeWidth: 2 },
      encoding: {
        x,
        y,
        color: {
          field: "scenario",
          type: "nominal",
          title: words.scenario,
          legend: { orient: "bottom", direction: "horizontal", labelLimit: 240 },
          scale: {
            domain: [words.history, ...new Set(data.filter((d) => d.part !== words.history).map((d) => d.scenario))],
            range: ["#8a8a8a", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"],
          },
        },
        strokeDash: {
          field: "part",
          type: "nominal",
          title: null,
          scale: {
            domain: [words.history, words.projection],
            range: [
              [1, 0],
              [6, 3],
            ],
          },
          legend: null,
        },
        tooltip: [
          { field: "scenario" },
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
    ...frame(title, options, { width: 560, height: 300 }),
    data: { values: data },
    layer: layers,
  });
}
