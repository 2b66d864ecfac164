import { SENTENCE_GOES_ON } from "../vocabulary/documents.js";
import type { Line } from "./lines.js";
import { readingText, type ReadingText, type Span } from "./reading-text.js";

/** A heading (一、综合), a paragraph of running text, or a table, each with the lines it is made of. */
export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface HeadingBlock {
  readonly kind: "heading";
  readonly level: number;
  readonly span: Span;
  readonly reading: ReadingText;
}

export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly span: Span;
  readonly reading: ReadingText;
}

export interface TableBlock {
  readonly kind: "table";
  readonly span: Span;
  /** Lines above the rows that say what the table is (表1 2023年主要工业产品产量) and its unit (单位：万元). */
  readonly caption: readonly Line[];
  /** Header lines without figures (指标 单位 产量 比上年增长%), then the rows. */
  readonly header: readonly Line[];
  readonly rows: readonly Line[];
}

/** The mark of a list item at the start of a line. */
export const BULLET = /^\s*[-•·●■○◆▲▪*](?=\s|[\u4e00-\u9fff])/;
const LONE_CELL = /^\s*[-+]?\d+(?:\.\d+)?%?\s*$/;
const ENDS_PARAGRAPH = /[。！？；：”」]\s*$/;
/** The start of a line that goes on with a sentence: no sentence opens with these. */
const GOES_ON = new RegExp(`^\\s*(?:[，、；。）)%％]|${SENTENCE_GOES_ON.join("|")})`);
/** The row under a pipe table's header: | --- | :---: |. */
const SEPARATOR_ROW = /^\s*\|?[\s|:-]+$/;

/**
 * The blocks of a body of lines. A paragraph goes on across lines (and across page breaks, page numbers and running
 * headers) until a line ends it: in text converted from PDF, where a new paragraph is indented and the lines of one
 * are not, the next indented line; elsewhere a line that ends a sentence, or an empty line. A short line without
 * punctuation is a heading only after a line that ended; else it is the last piece of a wrapped line.
 */
export function readBlocks(normalized: string, lines: readonly Line[]): Block[] {
  const texts = lines.filter((l) => l.kind === "text");
  const indented = texts.filter((l) => l.indent >= 2).length;
  // indentation marks paragraphs when some text lines are indented and most are not
  const indentStyle = indented >= 3 && indented < texts.length * 0.6;
  const blocks: Block[] = [];
  let paragraph: Line[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    blocks.push({
      kind: "paragraph",
      span: { start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end },
      reading: readingText(normalized, paragraph),
    });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "see_through") continue;
    const last = paragraph[paragraph.length - 1];
    const open = last !== undefined && !ENDS_PARAGRAPH.test(last.text);
    if (line.kind === "blank" || line.kind === "furniture") {
      // an empty line inside a wrapped sentence (text from a PDF) does not end it: before an unindented line where
      // indentation marks paragraphs, or before words that go on with a sentence (分别为…, ，增长5%)
      const next = nextText(lines, i);
      const goesOn = next !== undefined && (indentStyle ? next.indent === 0 : GOES_ON.test(next.text));
      if (!(open && line.kind === "blank" && goesOn)) flush();
      continue;
    }
    if (line.kind === "heading" && !(line.level === 9 && open)) {
      flush();
      blocks.push({
        kind: "heading",
        level: line.level!,
        span: { start: line.start, end: line.end },
        reading: readingText(normalized, [line]),
      });
      continue;
    }
    if (line.kind === "table") {
      flush();
      i = readTable(lines, i, blocks) - 1;
      continue;
    }
    // a bulleted line (- 娱乐场所4.5万个) is an item of a list: a paragraph of its own
    const startsNew = last === undefined || BULLET.test(line.text) || (indentStyle ? line.indent >= 2 : !open);
    if (startsNew) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Whether the line above line `j` is a header's: no row of figures, and a header's cells. */
function headerAbove(lines: readonly Line[], j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const l = lines[k]!;
    if (l.kind === "blank" || l.kind === "see_through") continue;
    return l.kind !== "table" && headerLine(l.text.trim());
  }
  return false;
}

/** A line of a table's header: two cells or more, and no sentence. */
function headerLine(t: string): boolean {
  return !/[，。；]/.test(t) && t.split(/\t|\s{2,}/).filter((c) => c.trim() !== "").length >= 2;
}

function nextText(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++)
    if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "see_through") return lines[j];
  return undefined;
}

/**
 * A table from its first row at `at`: the rows that follow (page breaks between them left out), its header lines
 * (short lines of cells without figures just above) and its caption (表1 …, 单位：…). Returns the index after it.
 */
function readTable(lines: readonly Line[], at: number, blocks: Block[]): number {
  const rows: Line[] = [];
  let i = at;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "table") rows.push(l);
    // a page break, an empty line or a cell left alone on its line (a row whose name was lost) inside the rows
    else if (l.kind === "text" && LONE_CELL.test(l.text) && lines[i + 1]?.kind === "table") rows.push(l);
    else if (l.kind !== "see_through" && !(l.kind === "blank" && lines[i + 1]?.kind === "table")) break;
  }
  // header and caption lines are the paragraphs or headings just read above the rows: take them back
  const header: Line[] = [];
  const caption: Line[] = [];
  for (let j = at - 1; j >= 0 && at - j <= 6; j--) {
    const l = lines[j]!;
    if (l.kind === "see_through" || l.kind === "blank") continue;
    const t = l.text.trim();
    const cells = t.split(/\t|\s{2,}/).filter((c) => c.trim() !== "");
    const isCaption = /^(?:表\s*\d|附表|单位[：:])/.test(t) || (/表$|情况$|速度$|构成$/.test(t) && t.length <= 40);
    if (!isCaption && headerLine(t) && caption.length === 0) header.unshift(l);
    // the head of the labels' column on a line of its own, between stacked heads (年份, 指标), or the lower half of
    // a head under the header's line (年均增长 over 〔累计〕)
    else if (
      !isCaption &&
      caption.length === 0 &&
      cells.length === 1 &&
      t.length <= 6 &&
      !/\d/.test(t) &&
      (header.length > 0 || headerAbove(lines, j))
    )
      header.unshift(l);
    else if (isCaption) caption.unshift(l);
    else break;
  }
  // a pipe table's first rows are its header (| 产品名称 | 产量（万吨） |), its |---| row a separator: the rows above
  // the separator, whatever they hold (| 指标 | 2020年 | 2025年 |); without one, the rows above the first with a figure
  const separator = rows.findIndex((l) => SEPARATOR_ROW.test(l.text));
  const bars = rows.filter((l) => !SEPARATOR_ROW.test(l.text));
  if (separator > 0) header.push(...bars.splice(0, separator));
  else
    while (bars.length > 1 && !/\|\s*[-+]?\d/.test(bars[0]!.text) && /^\s*\|/.test(bars[0]!.text))
      header.push(bars.shift()!);
  rows.splice(0, rows.length, ...bars);
  const taken = new Set([...header, ...caption].map((l) => l.start));
  while (blocks.length > 0) {
    const b = blocks[blocks.length - 1]!;
    if (b.kind === "table" || !taken.has(b.span.start)) break;
    blocks.pop();
  }
  const first = caption[0] ?? header[0] ?? rows[0]!;
  blocks.push({ kind: "table", span: { start: first.start, end: rows[rows.length - 1]!.end }, caption, header, rows });
  return i;
}
