/** A stretch of the text: where it starts and ends (UTF-16 offsets into the text as given). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number printed with Arabic digits, where it stands and its digits in ASCII. */
export interface NumberToken extends Span {
  /** The digits as ASCII ("１２．５" reads "12.5"). */
  readonly digits: string;
}

/** A sentence and the clauses it is made of (split at ，；：、 and the like), each a span of the text. */
export interface Sentence extends Span {
  readonly clauses: readonly Span[];
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * The text with full-width digits, ％, ．and ： read as their ASCII forms, one character for one, so that every
 * offset into it is an offset into the text as printed.
 */
export function normalizeText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, "%")
    .replace(/．/g, ".")
    .replace(/\r/g, " ");
}

/** Every number written with Arabic digits (a decimal point inside counts, a thousands separator does not). */
export function numberTokens(normalized: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of normalized.matchAll(/\d+(?:\.\d+)?/g)) out.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
  return out;
}

/** A function from an offset to its line (1-based), by binary search over the line starts: fast on long texts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Sentences (ended by 。！？ or a line break) and their clauses (split at ，；, and at 、 between figures). A
 * structure such as 3.9：59.5：36.6 keeps its colons; a colon after words ends a clause.
 */
export function sentences(normalized: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    if (normalized.slice(start, end).trim() === "") return;
    out.push({ start, end, clauses: clausesOf(normalized, start, end) });
  };
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized[i]!;
    if (c === "。" || c === "！" || c === "？" || c === "\n") {
      push(i + 1);
      start = i + 1;
    }
  }
  push(normalized.length);
  return out;
}

function clausesOf(normalized: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = normalized[i]!;
    const colonAfterWords = (c === "：" || c === ":") && !/\d/.test(normalized[i - 1] ?? "");
    if (c === "，" || c === "；" || c === "," || c === ";" || colonAfterWords) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}
