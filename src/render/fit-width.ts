import { displayWidth, pad } from "./text-width.js";

/** The narrowest a column of words is wrapped to, in terminal columns. */
const NARROWEST_WRAP = 16;
/** The most of a folded table's width its repeated key columns of words take before they wrap, in a table of more than `MANY_COLUMNS` others. */
const KEY_SHARE = 0.3;
const MANY_COLUMNS = 4;
/** The space between two columns of a table. */
const GAP = 2;

/** Characters a line never starts with (closing punctuation, Chinese and Latin): a break before one moves back. */
const NO_LINE_START = new Set([..."，。、；：？！）》」』】〕〉”’,.;:?!)]}%"]);

/** Characters a line never ends with (opening brackets and quotes): a break after one moves back. */
const NO_LINE_END = new Set([..."（《「『【〔〈“‘([{"]);

/**
 * A break may fall after a space, or between two characters either of which is wide (汉字 break anywhere) — but
 * never inside a number or a word, nor between a number and the Chinese word it goes with (2022年起, 5.3亿元).
 */
function breakAfter(previous: string, next: string): boolean {
  if (NO_LINE_START.has(next) || NO_LINE_END.has(previous)) return false;
  if (/[\p{L}\p{N}.%]/u.test(previous) && displayWidth(previous) === 1 && next !== " ") return false;
  return previous === " " || displayWidth(previous) === 2 || displayWidth(next) === 2;
}

/** The widest run of a text that has no place to break: the narrowest its column may wrap to. */
function widestUnbroken(text: string): number {
  const chars = [...text];
  let widest = 0;
  let run = 0;
  for (let i = 0; i < chars.length; i++) {
    run += displayWidth(chars[i]!);
    if (i === chars.length - 1 || breakAfter(chars[i]!, chars[i + 1]!)) {
      widest = Math.max(widest, run - (chars[i] === " " ? 1 : 0));
      run = 0;
    }
  }
  return widest;
}

/**
 * `text` broken into pieces no wider than `width` terminal columns, at spaces or between Chinese characters, never
 * before closing punctuation; a word longer than the width is cut where it must be. The pieces hold all of `text`
 * but the spaces broken at.
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 1 || displayWidth(text) <= width) return [text];
  const chars = [...text];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let used = 0;
    let end = start;
    while (end < chars.length && used + displayWidth(chars[end]!) <= width) used += displayWidth(chars[end++]!);
    if (end >= chars.length) {
      pieces.push(chars.slice(start).join(""));
      break;
    }
    // the last place a break is allowed, else cut at the width
    let cut = end;
    while (cut > start + 1 && !breakAfter(chars[cut - 1]!, chars[cut]!)) cut--;
    if (cut <= start + 1) cut = Math.max(end, start + 1);
    pieces.push(chars.slice(start, cut).join("").trimEnd());
    start = cut;
    while (chars[start] === " ") start++;
  }
  return pieces;
}

/**
 * A line of prose fitted to `width` columns: continuation lines keep its indent, and a numbered line (` 1. …`)
 * continues under its text rather than its number.
 */
export function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const marker = /^(\s*(?:\d+\.\s|[-*·]\s)?)/.exec(line)![1]!;
  const indent = " ".repeat(displayWidth(marker));
  const pieces = wrapText(line.slice(marker.length), Math.max(NARROWEST_WRAP, width - indent.length));
  return pieces.map((piece, i) => (i === 0 ? marker : indent) + piece).join("\n");
}

/** Every line of `text` fitted to `width` columns by {@link wrapLine}; lines that fit (a table's) are kept. */
export function wrapLines(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split("\n")
    .map((line) => wrapLine(line, width))
    .join("\n");
}

/** A column as the fitter sees it: its header, alignment, and whether it names the rows. */
export interface FitColumn {
  readonly header: string;
  readonly align?: "left" | "right";
  /** A column that names each row (a label, a check's number and title): repeated when a table folds. */
  readonly key?: boolean;
}

/**
 * Rows and columns laid out in `width` columns: one table when it fits; else the columns other than the keys
 * (those marked `key`, else the first) fold into groups that each repeat the keys, and columns of
 * words (never ids or numbers) wrap onto further lines where a group is still too wide.
 */
export function fitTable(columns: readonly FitColumn[], rows: readonly (readonly string[])[], width: number): string {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const all = columns.map((_, i) => i);
  if (span(all.map((i) => natural[i]!)) <= width) return layout(columns, rows, all, natural);
  // the columns that name each row (the first, unless some say they are): every group repeats them
  const marked = all.filter((i) => columns[i]!.key);
  const keyIndexes = marked.length > 0 ? marked : [0];
  const others = all.filter((i) => !keyIndexes.includes(i));
  // a column of words wraps: one of labels, or of numbers that holds a sentence (a target's reason for no value)
  const words = (text: string) => /[\u2e80-\uffff]/u.test(text) || /\S\s+\S.*\s/u.test(text);
  const canWrap = columns.map(
    (c, i) =>
      rows.some((r) => words(r[i] ?? "")) &&
      ((c.align ?? "left") === "left" || rows.some((r) => displayWidth(r[i] ?? "") > NARROWEST_WRAP * 2)),
  );
  // a column of words wraps no narrower than its header, its longest word, and a floor
  const unbroken = columns.map((_, i) => Math.max(0, ...rows.map((r) => widestUnbroken(r[i] ?? ""))));
  const narrowest = (i: number) =>
    canWrap[i] ? Math.min(natural[i]!, Math.max(narrowestWrap(columns[i]!), unbroken[i]!)) : natural[i]!;
  // in a table of many columns (years), a key of words, repeated in every group, takes at most a share of the width
  // (a long label wraps) so that each group holds more columns; a key keeps its width while the widest other column
  // fits beside it, else wraps more
  const many = others.length > MANY_COLUMNS;
  const folded = natural.map((w, i) =>
    many && keyIndexes.includes(i) && canWrap[i]
      ? Math.min(w, Math.max(narrowest(i), Math.floor(width * KEY_SHARE)))
      : w,
  );
  const widestOther = Math.max(0, ...others.map(narrowest));
  const keyWidth = span(
    keyIndexes.map((i) =>
      span(keyIndexes.map((k) => folded[k]!)) + GAP + widestOther <= width ? folded[i]! : narrowest(i),
    ),
  );
  const groups: number[][] = [];
  for (const i of others) {
    const group = groups.at(-1);
    if (group && keyWidth + GAP + span([...group, i].map(narrowest)) <= width) group.push(i);
    else groups.push([i]);
  }
  return groups
    .map((group) => {
      const shown = [...keyIndexes, ...group].sort((a, b) => a - b);
      return layout(columns, rows, shown, shrink(canWrap, shown, folded, narrowest, width));
    })
    .join("\n\n");
}

/** The columns of words narrowed, widest first, until the shown columns fit `width` (or cannot narrow further). */
function shrink(
  canWrap: readonly boolean[],
  shown: readonly number[],
  natural: readonly number[],
  narrowest: (i: number) => number,
  width: number,
): number[] {
  const widths = [...natural];
  let excess = span(shown.map((i) => widths[i]!)) - width;
  while (excess > 0) {
    const widest = shown
      .filter((i) => canWrap[i] && widths[i]! > narrowest(i))
      .sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) break;
    const cut = Math.min(excess, widths[widest]! - narrowest(widest));
    widths[widest] = widths[widest]! - cut;
    excess -= cut;
  }
  return widths;
}

function narrowestWrap(column: FitColumn): number {
  return Math.max(NARROWEST_WRAP, displayWidth(column.header));
}

/** The columns a table of these widths takes. */
function span(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, widths.length - 1);
}

/** The shown columns at their widths, a rule under the header, cells of words wrapped onto further lines. */
function layout(
  columns: readonly FitColumn[],
  rows: readonly (readonly string[])[],
  shown: readonly number[],
  widths: readonly number[],
): string {
  // a wrapped cell reads as prose, from the left, whatever its column's alignment
  const line = (cells: readonly string[], wrapped: readonly boolean[] = []) =>
    cells
      .map((cell, k) => pad(cell, widths[shown[k]!]!, wrapped[k] ? "left" : (columns[shown[k]!]!.align ?? "left")))
      .join(" ".repeat(GAP))
      .trimEnd();
  const out = [line(shown.map((i) => columns[i]!.header)), shown.map((i) => "-".repeat(widths[i]!)).join("  ")];
  for (const row of rows) {
    const cells = shown.map((i) =>
      displayWidth(row[i] ?? "") > widths[i]! ? wrapText(row[i] ?? "", widths[i]!) : [row[i] ?? ""],
    );
    const wrapped = cells.map((c) => c.length > 1);
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++)
      out.push(
        line(
          cells.map((c) => c[k] ?? ""),
          wrapped,
        ),
      );
  }
  return out.join("\n");
}
