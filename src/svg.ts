/**
 * `plansheet/svg`: charts drawn as SVG by vega and vega-lite, which are optional peer dependencies loaded on the
 * first drawing (`npm install vega@6 vega-lite@6`), so that the core entry stays small. No canvas and no DOM are
 * needed: text is laid out with estimated widths, and the SVG names a CJK font stack, so Chinese labels draw with
 * whichever CJK font the viewer has. Works in Node and in browsers.
 * @module plansheet/svg
 */
import { textWidth, type Chart, type VegaLiteSpec } from "./charts/index.js";
import { isModuleNotFound, missingPackageError } from "./core/index.js";

/** A text item of a Vega scene, as Vega's text measure receives it. */
type TextItem = { readonly fontSize?: number | string; readonly limit?: number };

type VegaModule = {
  parse(spec: unknown): unknown;
  View: new (
    runtime: unknown,
    options: { renderer: "none"; logLevel: number },
  ) => { toSVG(): Promise<string>; finalize(): void };
  logger(level: number): unknown;
  Error: number;
  textMetrics: {
    width: (item: TextItem, text: unknown) => number;
    readonly estimateWidth: (item: TextItem, text: unknown) => number;
  };
};
type VegaLiteModule = { compile(spec: unknown, options?: { logger?: unknown }): { spec: unknown } };

let loaded: Promise<{ vega: VegaModule; vegaLite: VegaLiteModule }> | undefined;

/** A package of the drawing, or an error that says which one to install. */
async function required<T>(name: string, load: () => Promise<unknown>): Promise<T> {
  try {
    return (await load()) as T;
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw missingPackageError(name, "drawing a chart", "npm install vega@6 vega-lite@6");
  }
}

/**
 * How wide Vega takes a text to be, where it has no canvas to measure with: {@link textWidth}, in which a Chinese
 * character is an em wide, instead of Vega's own estimate of 0.8 em for every character, which lays Chinese labels
 * out a fifth narrower than they draw (and the SVG then cuts them off at its edge). The width of a text Vega
 * truncates (a label limit) is at most the limit.
 */
function cjkWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const width = textWidth(text == null ? "" : String(text).trim(), size);
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * vega and vega-lite, loaded once; a failed load is tried again on the next drawing. Where vega estimates text
 * widths (no canvas installed), it is given {@link cjkWidth}; a canvas's measure is left as it is.
 */
async function renderers(): Promise<{ vega: VegaModule; vegaLite: VegaLiteModule }> {
  loaded ??= (async () => {
    const vega = await required<VegaModule>("vega", () => import("vega"));
    const vegaLite = await required<VegaLiteModule>("vega-lite", () => import("vega-lite"));
    if (vega.textMetrics.width === vega.textMetrics.estimateWidth) vega.textMetrics.width = cjkWidth;
    return { vega, vegaLite };
  })();
  return loaded.catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
}

/** A Vega-Lite spec drawn as a self-contained SVG string (title, axes and legend inside it). */
export async function svgOf(spec: VegaLiteSpec): Promise<string> {
  const { vega, vegaLite } = await renderers();
  // warnings (a channel Vega-Lite would lay out otherwise) are for the charts' tests, not for every drawing
  const compiled = vegaLite.compile(spec, { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart with its SVG drawn: in a notebook it then shows the SVG where Vega-Lite is not rendered. */
export async function renderSvg(chart: Chart): Promise<Chart> {
  return chart.withSvg(await svgOf(chart.spec));
}
