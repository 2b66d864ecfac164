import type { Language } from "../core/index.js";
import type { Unit } from "../units/index.js";

/** A Vega-Lite spec as plain JSON (the fields plansheet writes are typed loosely: Vega-Lite's own types are vast). */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly title?: string | { readonly text: string; readonly subtitle?: string | string[] };
  readonly [key: string]: unknown;
}

/** The Vega-Lite schema the specs name (v5: what JupyterLab's renderer takes; Vega-Lite 6 compiles it). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** Fonts for Chinese labels, in order: whichever the viewer has draws the text. */
export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", sans-serif';

/** The language of a chart's words: Chinese labels (the default) or English ones. */
export type ChartLanguage = Language;

/** Options every chart takes. */
export interface ChartOptions {
  /** `zh` (default): indicators by their Chinese labels; `en`: by their English ones. */
  readonly lang?: ChartLanguage;
  readonly width?: number;
  readonly height?: number;
}

/** Whether a unit's values are ratios shown as percentages (a share of 48.08% is 0.4808). */
export function isPercent(unit: Unit | undefined): boolean {
  return unit?.flavour === "percent";
}

/** The axis of an indicator's values: its title with the unit, and percentages as percentages. */
export function valueAxis(title: string, unit: Unit | undefined): { title: string; format?: string } {
  if (isPercent(unit)) return { title, format: ".1%" };
  return { title: unit && unit.name !== "1" ? `${title}（${unit.name}）` : title };
}

/** The words charts print, in both languages: written once here. */
export const WORDS = {
  zh: {
    history: "历史",
    projection: "预测",
    baseYear: "基年",
    target: "目标",
    median: "中位数",
    year: "年份",
    probability: "达标概率",
    met: "达标",
    notMet: "未达标",
    margin: "余量",
    boundary: "临界值",
    share: "方差贡献",
    printed: "报告值",
    implied: "推算值",
    scenario: "情景",
    assumed: "推算",
    assumedNote: "灰色点线为推算值（非报告值）",
    helps: "抽样值越大越有利",
    hurts: "抽样值越大越不利",
    driversSubtitle: "各不确定输入对达标余量方差的贡献",
  },
  en: {
    history: "history",
    projection: "projection",
    baseYear: "base year",
    target: "target",
    median: "median",
    year: "year",
    probability: "probability of meeting it",
    met: "met",
    notMet: "not met",
    margin: "margin",
    boundary: "boundary",
    share: "share of variance",
    printed: "printed",
    implied: "implied by the other figures",
    scenario: "scenario",
    assumed: "assumed",
    assumedNote: "the dotted grey line assumed values, not reported ones",
    helps: "a larger draw helps",
    hurts: "a larger draw hurts",
    driversSubtitle: "each uncertain input's share of the variance of the target's margin",
  },
} as const satisfies Record<ChartLanguage, Record<string, string>>;

/** The spec's frame: schema, title, size, and a font that draws Chinese. */
export function frame(
  title: string | { text: string; subtitle?: string },
  options: ChartOptions,
  size: { width: number; height: number },
): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: options.width ?? size.width,
    height: options.height ?? size.height,
    config: {
      font: CJK_FONT_STACK,
      title: { font: CJK_FONT_STACK, fontSize: 15, anchor: "start" },
      axis: { labelFont: CJK_FONT_STACK, titleFont: CJK_FONT_STACK, labelAngle: 0 },
      legend: { labelFont: CJK_FONT_STACK, titleFont: CJK_FONT_STACK },
      view: { stroke: null },
    },
  };
}

/** A unit after a figure in a label: ` 亿元`; nothing for a percentage or a plain number. */
export function unitSuffix(unit: Unit | undefined): string {
  return unit && unit.flavour === "none" && unit.name !== "1" ? ` ${unit.name}` : "";
}
