/**
 * A stretch of a formula's text, as 0-based character offsets `[start, end)`. Every node of a parsed formula
 * carries one, so that an error can point at the exact place a planner has to change.
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

/** `model.yaml:12:22`, `model.yaml`, or `` when nothing is known. */
export function formatFilePosition(position: Partial<FilePosition> | undefined): string {
  if (!position) return "";
  const parts = [position.file, position.line, position.column].filter((p) => p !== undefined && p !== "");
  return parts.join(":");
}
