import { FURNITURE_WORDS } from "../vocabulary/documents.js";
import { isInvisibleLine } from "./normalize.js";

/**
 * What a line of a text is: empty; a page break or page number left by a converter, or a running header that
 * repeats down the pages (all three see-through: a paragraph goes on across them); furniture of a web page (来源,
 * 发布日期); a heading; a row of a table; or a line of running text.
 */
export type LineKind = "blank" | "see_through" | "furniture" | "heading" | "table" | "text";

/** A line of the text: where it is, its normalized text, its indentation and kind. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Leading spaces (full-width ones count as two), the mark of a new paragraph in text converted from PDF. */
  readonly indent: number;
  readonly kind: LineKind;
  /** For a heading: its level (一、 is 1, （一） 2, 1. 3, (1) 4, a Markdown heading its #s, a short unnumbered line 9). */
  readonly level?: number;
}

/** A heading's number and its level: 一、, （一）, 1., （1）, 第一章, Markdown #. */
const HEADING_NUMBERS: readonly [RegExp, number][] = [
  [/^#{1,6}/, 0],
  [/^第[一二三四五六七八九十百]+[章节部分篇]/, 1],
  [/^[一二三四五六七八九十]+[、.]/, 1],
  [/^[（(][一二三四五六七八九十]+[）)]/, 2],
  [/^\d{1,2}[、.](?!\d)/, 3],
  [/^[（(]\d{1,2}[）)]/, 4],
];

const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—–\s]*$/;
const SENTENCE_PUNCTUATION = /[。；，]/;

/** Splits a text into lines and tells what each is. `normalized` is the text read by `normalizeText`. */
export function readLines(original: string, normalized: string): Line[] {
  const raw: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= normalized.length; i++) {
    if (i === normalized.length || normalized.charCodeAt(i) === 10) {
      raw.push({ start, end: i });
      start = i + 1;
    }
  }
  // running headers: short lines printed again and again down the pages
  const seen = new Map<string, number>();
  for (const r of raw) {
    const t = squeeze(normalized.slice(r.start, r.end));
    if (t.length > 0 && t.length <= 40) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  // a line printed again and again just above a table's rows is the header of tables alike (指标名称  绝对数  比上年增长)
  const aboveRows = (k: number) => {
    for (let j = k + 1; j < raw.length; j++) {
      const next = normalized.slice(raw[j]!.start, raw[j]!.end);
      if (next.trim() !== "") return isTableRow(next);
    }
    return false;
  };
  return raw.map((r, k) => {
    const text = normalized.slice(r.start, r.end);
    // (what the line says, without the characters that print nothing: a BOM before 各位代表, 甘肃省​政府工作​报告)
    const said = text.replace(/\u200b/g, "");
    const trimmed = said.trim();
    const indent = indentOf(original.slice(r.start, r.end));
    const base = { start: r.start, end: r.end, text, indent };
    if (trimmed === "")
      return { ...base, kind: isInvisibleLine(original.slice(r.start, r.end)) ? "see_through" : "blank" };
    if (PAGE_NUMBER.test(trimmed) || ((seen.get(squeeze(text)) ?? 0) >= 3 && !aboveRows(k)))
      return { ...base, kind: "see_through" };
    // (a sentence is never furniture: 新增中华老字号35家，… is text)
    if (FURNITURE_WORDS.some((w) => trimmed.includes(w)) && trimmed.length < 80 && !/[，。；]/.test(trimmed))
      return { ...base, kind: "furniture" };
    // a table's row first: 二、衣着   101.3 is a row, not a heading
    if (isTableRow(said)) return { ...base, kind: "table" };
    const level = headingLevel(trimmed);
    if (level !== undefined) return { ...base, kind: "heading", level };
    return { ...base, kind: "text" };
  });
}

/** A line without its spaces (and the characters that print nothing). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u200b]+/g, "");
}

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === " " || c === "\t") n += 1;
    else if (c === "\u3000") n += 2;
    else break;
  }
  return n;
}

/**
 * A heading: a numbered line without a full stop inside (一、综合; （一）农业), a Markdown heading, or a short line with
 * no punctuation at all (综    合).
 */
function headingLevel(trimmed: string): number | undefined {
  const squeezed = squeeze(trimmed);
  for (const [pattern, level] of HEADING_NUMBERS) {
    const m = pattern.exec(squeezed);
    if (!m) continue;
    if (level === 0) return m[0].length;
    const body = squeezed.slice(m[0].length);
    // a full stop inside makes it the opening of a paragraph: （一）着力扩大内需。今年…
    return body.length <= 60 && !/。./.test(body) ? level : undefined;
  }
  // a short line without punctuation or figures (综    合); whether it is a heading or the end of a wrapped line is
  // told by the line before it (document/blocks.ts)
  if (squeezed.length <= 24 && !/[，。；：:、%\d]/.test(squeezed)) return 9;
  return undefined;
}

/**
 * A row of a table: cells split by tabs or bars, or (in text converted from PDF) by runs of two or more spaces,
 * at least one of them a number, and no sentence punctuation.
 */
function isTableRow(text: string): boolean {
  const trimmed = text.trim();
  if (/^\|.*\|$/.test(trimmed)) return true;
  if (SENTENCE_PUNCTUATION.test(trimmed)) return false;
  const cells = trimmed.split(/\t|\s{2,}/).filter((c) => c.trim() !== "");
  return cells.length >= 2 && cells.some((c) => /^[-+]?\d+(?:\.\d+)?%?$/.test(c.trim()) || /^[—-]+$/.test(c.trim()));
}
