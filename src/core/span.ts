/**
 * A stretch of a formula's text, as 0-based character offsets `[start, end)`. Every node of a parsed formula
 * carries one, so that an error can point at the exact place a planner has to change.
 * @inline
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SHARED_LIMIT = 1024;
const shared = new Map<number, Span>();

/**
 * The span `[start, end)`. Within the first thousand characters (every ordinary formula) there is one shared
 * object per span: ten thousand formulas of the same shape then hold one set of spans, not ten thousand (spans
 * are never modified).
 */
export function makeSpan(start: number, end: number): Span {
  if (start < 0 || end >= SHARED_LIMIT || !Number.isInteger(start) || !Number.isInteger(end)) return { start, end };
  const key = start * SHARED_LIMIT + end;
  let span = shared.get(key);
  if (!span) {
    span = Object.freeze({ start, end });
    shared.set(key, span);
  }
  return span;
}

/** The span that covers both `a` and `b`. */
export function joinSpans(a: Span, b: Span): Span {
  return makeSpan(Math.min(a.start, b.start), Math.max(a.end, b.end));
}

/**
 * Where a problem is in a file: 1-based line and column, as editors and terminals print them
 * (`model.yaml:12:22`).
 */
export interface FilePosition {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
}

/** `model.yaml:12:22`, `data.xlsx:主要指标!C4` (a workbook's cell), `model.yaml`, or `` when nothing is known. */
export function formatFilePosition(position: (Partial<FilePosition> & { readonly cell?: string }) | undefined): string {
  if (!position) return "";
  const parts = [
    position.file,
    ...(position.cell !== undefined ? [position.cell] : [position.line, position.column]),
  ].filter((p) => p !== undefined && p !== "");
  return parts.join(":");
}

/** Characters of a formula quoted around the offending stretch, on each side, when the formula is long. */
export const EXCERPT_CONTEXT = 60;
/** The longest stretch of a formula quoted as offending; a longer span is cut (the caret shows where it starts). */
export const EXCERPT_SPAN = 120;

/** A bounded quote of a formula: the text, the span within it, and where the quoted text starts in the whole. */
export interface FormulaExcerpt {
  readonly text: string;
  readonly span?: Span;
  /** Offset in the whole formula of the quote's first character after a leading `…`; 0 when nothing was cut. */
  readonly offset: number;
}

/**
 * The part of a formula an issue quotes: the whole formula when it is short, else the offending stretch (at most
 * {@link EXCERPT_SPAN} characters) with {@link EXCERPT_CONTEXT} characters either side, cut ends marked `…`. A model
 * whose ten thousand issues each quoted a 40 KB formula in full would print gigabytes.
 */
export function excerptFormula(formula: string, span: Span | undefined): FormulaExcerpt {
  const limit = EXCERPT_SPAN + 2 * EXCERPT_CONTEXT;
  if (formula.length <= limit) return span ? { text: formula, span, offset: 0 } : { text: formula, offset: 0 };
  const start = span ? Math.min(Math.max(0, span.start), formula.length) : 0;
  const end = span ? Math.min(Math.max(start, span.end), start + EXCERPT_SPAN) : start;
  let from = Math.max(0, start - EXCERPT_CONTEXT);
  let to = Math.min(formula.length, end + EXCERPT_CONTEXT);
  // Never cut a surrogate pair in two.
  if (from > 0 && isLowSurrogate(formula.charCodeAt(from))) from--;
  if (to < formula.length && isLowSurrogate(formula.charCodeAt(to))) to++;
  const lead = from > 0 ? "…" : "";
  const text = lead + formula.slice(from, to) + (to < formula.length ? "…" : "");
  const shift = lead.length - from;
  return span ? { text, span: makeSpan(start + shift, end + shift), offset: from } : { text, offset: from };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
