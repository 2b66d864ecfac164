import type { Projection } from "../evaluation/index.js";
import { labelIn, type IndicatorInfo } from "../structure/index.js";
import { assumedPastYears } from "./provenance.js";
import { WORDS, type ChartLanguage } from "./spec.js";

/** How the lines up to the base year are drawn: history solid and dark grey, assumed values dotted and light grey. */
export const PAST_STYLES = {
  history: { colour: "#6e6e6e", dash: [1, 0] },
  assumed: { colour: "#a8a8a8", dash: [2, 3] },
} as const;

/** A point of an indicator's line on a projection or fan chart. */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
  /**
   * The line it belongs to, as the legend names it: 历史 (history), 推算 (assumed), or the scenarios it stands for,
   * joined by ` = ` when their values are equal in every year (基准情景 = 加快转型).
   */
  readonly scenario: string;
  /** 历史, 推算 or 预测 (projection). */
  readonly part: string;
  /** The stretch of line it is drawn in: a line breaks where a year has no value or another line takes over. */
  readonly segment: number;
  /** True for the neighbour's point a stretch starts or ends at, so that the lines meet: drawn by its own line. */
  readonly joint: boolean;
}

/** The scenarios of `projections` with equal values in every year, as lists of their indices, in the given order. */
function coinciding(projections: readonly Projection[], id: string): number[][] {
  const series = projections.map((p) => p.series(id));
  const groups: number[][] = [];
  for (const [k, values] of series.entries()) {
    const same = groups.find((g) => series[g[0]!]!.every((v, i) => v === values[i]));
    if (same) same.push(k);
    else groups.push([k]);
  }
  return groups;
}

/**
 * The points of one indicator's lines under several scenarios (one or more, of the same model). A year up to the
 * base year in which every scenario has the same value is drawn once: as history where it comes from reported
 * figures alone, as assumed where it rests on an assumption (a backcast, a placeholder; {@link assumedPastYears}).
 * Every other value is on its scenario's line, which starts from the shared point before it. Scenarios whose values
 * are equal in every year share one line, named by all of them, so that none is hidden under another.
 */
export function projectionSeries(
  projections: readonly Projection[],
  info: IndicatorInfo,
  lang: ChartLanguage,
): SeriesPoint[] {
  const words = WORDS[lang];
  const first = projections[0]!;
  const { structure } = first;
  const base = structure.timeline.baseYear;
  const assumed = assumedPastYears(structure, info);
  const years = first.years;
  const values = projections.map((p) => p.series(info.id));
  // the value every scenario has in a year up to the base year, where they agree
  const shared = years.map((year, i) => {
    const v = values[0]![i]!;
    return year <= base && v !== null && values.every((s) => s[i] === v) ? v : null;
  });
  const lines: { scenario: string; part: string; at: (i: number) => number | null; joins: boolean }[] = [];
  const sharedLine = (part: string, joins: boolean) => ({
    scenario: part,
    part,
    at: (i: number) => (shared[i] !== null && assumed.has(years[i]!) === (part === words.assumed) ? shared[i]! : null),
    joins,
  });
  lines.push(sharedLine(words.history, false), sharedLine(words.assumed, true));
  for (const group of coinciding(projections, info.id)) {
    const own = values[group[0]!]!;
    lines.push({
      scenario: group
        .map((k) => labelIn(structure.scenarios.get(projections[k]!.scenario)?.label, projections[k]!.scenario, lang))
        .join(" = "),
      part: words.projection,
      at: (i) => (shared[i] === null ? own[i]! : null),
      joins: true,
    });
  }
  const points: SeriesPoint[] = [];
  let segment = 0;
  for (const line of lines) {
    let i = 0;
    while (i < years.length) {
      if (line.at(i) === null) {
        i++;
        continue;
      }
      const start = i;
      while (i < years.length && line.at(i) !== null) i++;
      const point = (k: number, joint: boolean): SeriesPoint => ({
        year: years[k]!,
        value: (joint ? shared[k] : line.at(k))!,
        scenario: line.scenario,
        part: line.part,
        segment,
        joint,
      });
      if (line.joins && start > 0 && shared[start - 1] !== null) points.push(point(start - 1, true));
      for (let k = start; k < i; k++) points.push(point(k, false));
      if (line.joins && i < years.length && shared[i] !== null) points.push(point(i, true));
      segment++;
    }
  }
  return points;
}
