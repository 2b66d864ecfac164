import type { VegaLiteSpec } from "../charts/index.js";
import { Chart, driversChart, fanChart, projectionChart, textWidth, verificationChart } from "../charts/index.js";
import type { Language } from "../core/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import { labelIn } from "../structure/index.js";
import type { VerificationReport } from "../verification/index.js";
import { tag } from "./html.js";
import { bothWords, pageWord, type PageWordKey } from "./page-words.js";

/** A chart of the page, its caption, and whether it takes the page's whole width (else half of it, when printed). */
export interface PageChart {
  readonly chart: Chart;
  readonly caption: string;
  readonly wide?: boolean;
}

/**
 * The plot size the page draws a chart of values at: small enough that two stand side by side on an A4 page, and six
 * fit on it, with their text at a readable size.
 */
const HALF = { width: 300, height: 170 } as const;
/** The plot width of a chart of drivers, and the height of each of its bars (beside it, the inputs' labels). */
const DRIVERS = { width: 150, bar: 16 } as const;
/** The size of an axis title in pixels, as Vega draws it (the charts set none). */
const AXIS_TITLE_PX = 11;

/** Every title of a value axis (`y`) in a Vega-Lite spec, wherever its layers put one. */
function valueAxisTitles(spec: unknown): string[] {
  if (typeof spec !== "object" || spec === null) return [];
  const node = spec as { encoding?: { y?: { axis?: { title?: unknown } } }; [key: string]: unknown };
  const title = node.encoding?.y?.axis?.title;
  return [
    ...(typeof title === "string" ? [title] : []),
    ...Object.values(node).flatMap((v) => (Array.isArray(v) ? v.flatMap(valueAxisTitles) : [])),
  ];
}

/**
 * A chart of values at the page's size ({@link HALF}): lower than drawn on its own, but still as tall as its value
 * axis's title, which is drawn along the axis in full.
 */
function halfSize(chart: Chart): Chart {
  const titles = valueAxisTitles(chart.spec).map((t) => textWidth(t, AXIS_TITLE_PX) + 8);
  const height = Math.max(HALF.height, ...titles);
  return typeof chart.spec.height === "number" && height < chart.spec.height
    ? new Chart(chart.kind, { ...chart.spec, height })
    : chart;
}

/** `房地产业占地区生产总值比重（re_share）：各情景，虚线为目标。 Every scenario, the target as a dashed line.` */
function caption(
  name: string,
  key: PageWordKey,
  values: Readonly<Record<string, string | number>> = {},
  first: Language = "zh",
): string {
  const en = pageWord(key, "en", values);
  if (first === "zh") return `${pageWord(key, "zh", { ...values, name })} ${en.charAt(0).toUpperCase()}${en.slice(1)}`;
  // English first: the name once, before the English words; the Chinese words after, without it
  return `${name}: ${en} ${pageWord(key, "zh", { ...values, name: "" }).replace(/^：/, "")}`;
}

/**
 * The charts of the page, in order: the verification's intervals (across the page), each targeted indicator in
 * every scenario with its target lines, and where simulated, the fan of each indicator the draws move and the
 * drivers of each target whose outcome they decide. Each caption names its indicator or target by its label, with
 * the id beside it.
 */
export function pageCharts(
  model: Model,
  runs: readonly Projection[],
  indicators: readonly string[],
  verification?: VerificationReport,
  simulation?: SimulationResult,
  lang: Language = "zh",
): PageChart[] {
  const { structure } = model;
  const beside = (label: string, id: string) => (lang === "zh" ? `${label}（${id}）` : `${label} (${id})`);
  const indicator = (id: string) => beside(labelIn(structure.indicatorById.get(id)?.label, id, lang), id);
  const target = (id: string) => beside(labelIn(structure.targets.find((t) => t.id === id)?.label, id, lang), id);
  const charts: PageChart[] = [];
  if (verification?.checks.some((c) => c.computed !== null && c.reported !== null))
    charts.push({
      chart: verificationChart(verification, { lang }),
      caption: bothWords("verificationCaption", {}, lang),
      wide: true,
    });
  for (const id of indicators)
    charts.push({
      chart: halfSize(projectionChart(runs, id, { width: HALF.width, lang })),
      caption: caption(indicator(id), "projectionCaption", {}, lang),
    });
  if (!simulation) return charts;
  // a fan only where the draws move the indicator: a fixed count would be a line with no fan
  const uncertain = Object.entries(simulation.quantiles).filter(([, years]) =>
    Object.values(years).some((q) => q.p95 - q.p5 > 1e-12 * Math.max(1, Math.abs(q.p50))),
  );
  const run = { trials: simulation.trials, seed: simulation.seed };
  for (const [id] of uncertain)
    charts.push({
      chart: halfSize(fanChart(simulation, model, id, { width: HALF.width, lang })),
      caption: caption(indicator(id), "fanCaption", run, lang),
    });
  for (const t of simulation.targets.filter(
    (t) => t.probability > 0 && t.probability < 1 && t.drivers.some((d) => d.share !== null),
  )) {
    const bars = t.drivers.filter((d) => d.share !== null).length;
    const size = { width: DRIVERS.width, height: Math.max(60, DRIVERS.bar * bars) };
    charts.push({
      chart: driversChart(simulation, model, t.id, { ...size, lang }),
      caption: caption(target(t.id), "driversCaption", {}, lang),
    });
  }
  return charts;
}

/** The charts as figures with their SVG, or one paragraph saying why they could not be drawn. */
export async function drawnCharts(
  charts: readonly PageChart[],
  draw: ((spec: VegaLiteSpec) => Promise<string>) | undefined,
  lang: Language = "zh",
): Promise<string> {
  if (!draw) return tag("p", bothWords("notDrawn", { n: charts.length }, lang), "muted");
  const figures: string[] = [];
  // a spec the page shows twice (two scenarios that coincide, two targets on one indicator) is drawn once
  const drawn = new Map<string, Promise<string>>();
  const drawOnce = (spec: VegaLiteSpec): Promise<string> => {
    const key = JSON.stringify(spec);
    let svg = drawn.get(key);
    if (!svg) drawn.set(key, (svg = draw(spec)));
    return svg;
  };
  for (const { chart, caption, wide } of charts) {
    try {
      figures.push(
        `<figure${wide ? ' class="wide"' : ""}>${await drawOnce(chart.spec)}${tag("figcaption", caption)}</figure>`,
      );
    } catch (error) {
      return tag("p", bothWords("drawingFailed", { reason: (error as Error).message }, lang), "muted");
    }
  }
  return `<div class="charts">\n${figures.join("\n")}\n</div>`;
}
