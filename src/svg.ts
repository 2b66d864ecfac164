/**
 * `plansheet/svg`: charts drawn as SVG by vega and vega-lite, which are optional peer dependencies loaded on the
 * first drawing (`npm install vega@6 vega-lite@6`), so that the core entry stays small. No canvas and no DOM are
 * needed: text is laid out with estimated widths, and the SVG names a CJK font stack, so Chinese labels draw with
 * whichever CJK font the viewer has. Works in Node and in browsers.
 */
import type { Chart, VegaLiteSpec } from "./charts/index.js";

type VegaModule = {
  parse(spec: unknown): unknown;
  View: new (
    runtime: unknown,
    options: { renderer: "none"; logLevel: number },
  ) => { toSVG(): Promise<string>; finalize(): void };
  logger(level: number): unknown;
  Error: number;
};
type VegaLiteModule = { compile(spec: unknown, options?: { logger?: unknown }): { spec: unknown } };

let loaded: Promise<{ vega: VegaModule; vegaLite: VegaLiteModule }> | undefined;

/** A package of the drawing, or an error that says which one to install. */
async function required<T>(name: string, load: () => Promise<unknown>): Promise<T> {
  try {
    return (await load()) as T;
  } catch (error) {
    throw new Error(
      `drawing a chart needs the package '${name}', which is not installed: npm install vega@6 vega-lite@6 (${(error as Error).message})`,
    );
  }
}

/** vega and vega-lite, loaded once; a failed load is tried again on the next drawing. */
async function renderers(): Promise<{ vega: VegaModule; vegaLite: VegaLiteModule }> {
  loaded ??= (async () => ({
    vega: await required<VegaModule>("vega", () => import("vega")),
    vegaLite: await required<VegaLiteModule>("vega-lite", () => import("vega-lite")),
  }))();
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
