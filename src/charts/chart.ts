import {
  INSPECT,
  JUPYTER_DISPLAY,
  VEGA_LITE_MIME,
  escapeHtml,
  htmlElement,
  type DocumentLike,
  type MimeBundle,
} from "../core/index.js";
import type { VegaLiteSpec } from "./spec.js";

/** What a chart shows: a projection, a fan of simulated values, a sweep, the drivers of a target, a verification. */
export type ChartKind = "projection" | "fan" | "sweep" | "drivers" | "verification";

/**
 * A chart as data: a Vega-Lite spec (plain JSON, which any Vega-Lite renderer draws: JupyterLab, Observable,
 * vega-embed) and, once rendered by `plansheet/svg`, its SVG. In a notebook it shows itself: the Vega-Lite MIME type
 * for renderers that draw it, the SVG as the fallback for those that do not (VS Code without the extension,
 * nbconvert, GitHub).
 */
export class Chart {
  readonly kind: ChartKind;
  /** The Vega-Lite spec, with its data inline. */
  readonly spec: VegaLiteSpec;
  /** The chart's title, in the chart's language. */
  readonly title: string;
  /** The chart drawn as a self-contained SVG (text as text, a CJK font stack named), once rendered. */
  readonly svg?: string;

  constructor(kind: ChartKind, spec: VegaLiteSpec, svg?: string) {
    this.kind = kind;
    this.spec = spec;
    this.title = typeof spec.title === "string" ? spec.title : (spec.title?.text ?? kind);
    if (svg !== undefined) this.svg = svg;
  }

  /** The same chart with its SVG (what `renderSvg` of `plansheet/svg` returns). */
  withSvg(svg: string): Chart {
    return new Chart(this.kind, this.spec, svg);
  }

  /** The Vega-Lite spec. */
  toJSON(): VegaLiteSpec {
    return this.spec;
  }

  /** One line: what the chart shows, and whether it has been drawn. */
  toString(): string {
    return `${this.kind} chart: ${this.title}${this.svg === undefined ? " (Vega-Lite spec; draw it with renderSvg from plansheet/svg)" : ""}`;
  }

  /** The SVG where drawn, else the spec as JSON in a `<pre>`. */
  toHTML(): string {
    return this.svg ?? `<pre>${escapeHtml(JSON.stringify(this.spec, null, 2))}</pre>`;
  }

  /** An element for a page or Observable's `display()`: the SVG where drawn. */
  toElement(document?: DocumentLike): unknown {
    return htmlElement(this.toHTML(), document);
  }

  /** What `console.log`, the REPL and tslab print: {@link Chart.toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  /** What Deno's Jupyter kernel shows: the Vega-Lite spec, which JupyterLab draws, and the SVG where drawn. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return {
      [VEGA_LITE_MIME]: this.spec,
      ...(this.svg !== undefined ? { "image/svg+xml": this.svg } : {}),
      "text/plain": this.toString(),
    };
  }
}
