/**
 * What notebooks and pages need from a result: the MIME types they display, and HTML made safe. Deno's Jupyter
 * kernel calls `value[Symbol.for("Jupyter.display")]()` and shows the bundle it returns; Node's `console.log`, the
 * REPL and tslab print `value[Symbol.for("nodejs.util.inspect.custom")]()`.
 */

/** The key Deno's Jupyter kernel looks for: a method returning a MIME bundle. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;
/** The key `util.inspect` (console.log, the REPL, tslab) looks for: a method returning the text to print. */
export const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom") as never;

/** The MIME type of a Vega-Lite chart, as JupyterLab's built-in renderer takes it. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** A result as a notebook shows it: MIME type → content (text/plain always, then richer forms). */
export type MimeBundle = Record<string, unknown>;

/** The text with `& < > " '` escaped, for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The document a page or Observable gives (`globalThis.document` when not passed). */
export interface DocumentLike {
  /** A `<template>` element, whose `innerHTML` is parsed into its `content`. */
  createElement(tag: "template"): { innerHTML: string; content: { firstElementChild: unknown } };
}

/**
 * An element made from HTML in the given document (`globalThis.document` by default): what Observable's
 * `display()` and a page's `appendChild` take.
 * @throws TypeError when there is no document (Node without a DOM): pass one.
 */
export function htmlElement(html: string, document?: DocumentLike): unknown {
  const doc = document ?? (globalThis as { document?: DocumentLike }).document;
  if (!doc)
    throw new TypeError("toElement needs a document: pass one (Observable and browsers have globalThis.document)");
  const template = doc.createElement("template");
  template.innerHTML = html.trim();
  return template.content.firstElementChild;
}

/** The results a planner meets, each shown by the render layer in its own words. */
export type ResultKind =
  | "projection"
  | "verification"
  | "solve"
  | "sweep"
  | "simulation"
  | "comparison"
  | "feasibility"
  | "probability_solve";

/** A result in words, each form made when asked for: the text the CLI prints, and the same tables as HTML. */
export interface Presentation {
  text(): string;
  html(): string;
  /** The result as CSV in tidy long form, for the kinds that have one (a projection, a comparison, a simulation, a sweep). */
  readonly csv?: () => string;
}

/** Shows a result of a kind; `context` is the model a plain result was computed from. */
export type Presenter = (kind: ResultKind, value: object, context?: unknown) => Presentation;

let presenter: Presenter | undefined;

/**
 * Sets how results show themselves. Results live in layers below the one that words them (`render/`), so the
 * entries (`plansheet`, `plansheet/node`) hand render's presenter down here when they are imported; without it a
 * result shows its JSON.
 */
export function setPresenter(present: Presenter): void {
  presenter = present;
}

/** A result in words: the presenter's, or its JSON when no entry has set one. */
export function presentation(kind: ResultKind, value: object, context?: unknown): Presentation {
  if (presenter) return presenter(kind, value, context);
  const text = () => JSON.stringify(value, null, 2);
  return { text, html: () => `<pre>${escapeHtml(text())}</pre>` };
}

/** A presentation's CSV, or an error for a kind of result that has none. */
export function csvOf(kind: ResultKind, shown: Presentation): string {
  if (shown.csv === undefined)
    throw new TypeError(`a ${kind.replace("_", " ")} result has no table of values to write as CSV: use toJSON()`);
  return shown.csv();
}

/** What a result a notebook shows answers to: its data, its text, its HTML, an element, and a MIME bundle. */
export interface Displayable {
  /** The result's data, as `JSON.stringify` writes it. */
  toJSON(): unknown;
  /** The result as an HTML fragment, its text escaped. */
  toHTML(): string;
  /** The result as plain text. */
  toString(): string;
  /** The HTML as an element of `document` (`globalThis.document` by default), for a page or Observable. */
  toElement(document?: DocumentLike): unknown;
  /**
   * The result as CSV (UTF-8 with a byte order mark, tidy long form) for a projection, a comparison, a simulation
   * or a sweep.
   * @throws TypeError for a result that has no table of values (a solve, a joint search).
   */
  toCSV(): string;
  /** What `console.log`, the REPL and tslab print: the text. */
  [INSPECT](): string;
  /** What Deno's Jupyter kernel shows: the text, the HTML and the data. */
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** A table's MIME bundle: its text, its HTML and its data, for Deno's Jupyter kernel. */
export function tableBundle(shown: Presentation, json: unknown): MimeBundle {
  return { "text/plain": shown.text(), "text/html": shown.html(), "application/json": json };
}

/**
 * Gives a plain result (a solve, a sweep, a simulation) the notebook protocol without changing its data: the
 * methods are not enumerable, so spreads and equality see the result as it was; `toJSON` gives its data (`json`,
 * where the result holds what JSON cannot: a comparison's units).
 */
export function withDisplay<T extends object>(
  value: T,
  kind: ResultKind,
  context?: unknown,
  json: (value: T) => unknown = (v) => ({ ...v }),
): T & Displayable {
  const data = (): unknown => json(value);
  const methods: Displayable = {
    toJSON: data,
    toHTML: () => presentation(kind, value, context).html(),
    toString: () => presentation(kind, value, context).text(),
    toElement: (document?: DocumentLike) =>
      htmlElement(`<div>${presentation(kind, value, context).html()}</div>`, document),
    toCSV: () => csvOf(kind, presentation(kind, value, context)),
    [INSPECT]: () => presentation(kind, value, context).text(),
    [JUPYTER_DISPLAY]: () => tableBundle(presentation(kind, value, context), data()),
  };
  for (const key of [...Object.keys(methods), INSPECT, JUPYTER_DISPLAY] as (keyof Displayable)[]) {
    Object.defineProperty(value, key, { value: methods[key], enumerable: false, configurable: true, writable: true });
  }
  return value as T & Displayable;
}

/** What tslab's `display` (or any sink like it) offers: HTML and SVG output in the cell. */
export interface DisplaySink {
  /** Shows an HTML fragment. */
  html(html: string): void;
  /** Shows an SVG image. */
  svg?(svg: string): void;
}

type DenoJupyter = { display(bundle: MimeBundle, options: { raw: boolean }): Promise<void> | void };

/**
 * Shows a result or a chart in a notebook now, in the middle of a cell: through Deno's Jupyter kernel
 * (`Deno.jupyter.display`) when running there, else through the `sink` given (tslab: `display(x, tslab.display)`)
 * — a chart as its SVG where drawn, anything else as its HTML. Returns false when there is nowhere to show it.
 */
export async function display(
  value: Partial<Displayable> & { readonly svg?: string },
  sink?: DisplaySink,
): Promise<boolean> {
  const jupyter = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno?.jupyter;
  const bundle = value[JUPYTER_DISPLAY]?.();
  if (jupyter && bundle) {
    await jupyter.display(bundle, { raw: true });
    return true;
  }
  if (!sink) return false;
  if (value.svg !== undefined && sink.svg) sink.svg(value.svg);
  else sink.html(value.toHTML?.() ?? `<pre>${escapeHtml(String(value))}</pre>`);
  return true;
}
