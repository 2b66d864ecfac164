import { readBlocks, type Block } from "./blocks.js";
import { readHead, type Head } from "./head.js";
import { readLines, type Line } from "./lines.js";
import { normalizeText } from "./normalize.js";

/**
 * A report's text as a document: its head (title, issuers, dates) and its body as headings, paragraphs and tables,
 * each with spans into the text as printed. Readers read this, not the raw string.
 */
export interface DocumentText {
  readonly original: string;
  /** The text read one character for one (`normalizeText`): every offset is an offset of `original`. */
  readonly normalized: string;
  readonly lines: readonly Line[];
  readonly head: Head;
  readonly blocks: readonly Block[];
}

/** Reads a text into its document structure. Linear in the text's length. */
export function readDocument(original: string): DocumentText {
  const normalized = normalizeText(original);
  const lines = readLines(original, normalized);
  const head = readHead(lines);
  const blocks = readBlocks(normalized, lines.slice(head.bodyStart));
  return { original, normalized, lines, head, blocks };
}

export type { Block, HeadingBlock, ParagraphBlock, TableBlock } from "./blocks.js";
export type { Head, PrintedDate } from "./head.js";
export type { Line } from "./lines.js";
export { squeeze } from "./lines.js";
export { originalSpan, type ReadingText, type Span } from "./reading-text.js";
export { sentencesOf, type Clause, type Sentence } from "./sentences.js";
export { normalizeText, NUMBER_IN_TEXT } from "./normalize.js";
