import { escapeHtml } from "../core/index.js";
import { fitTable, wrapLine } from "./fit-width.js";
import { CELL_COLUMNS, clip } from "./text-width.js";

/** A column of a table: its header and how its cells align. @inline */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
  /** A column that names each row: repeated in every group when a table is folded to a width (default: the first). */
  readonly key?: boolean;
}

/** A table of a document: its columns and rows of cells as people read them. */
export interface TableBlock {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * What the render layer writes for people: lines of text and tables, in order. The same document reads as plain
 * text (the CLI, logs, `console.log` in a notebook) with {@link docText} and as HTML (a notebook's rich output, the
 * report page) with {@link docHtml}, so that every table is written once.
 */
export type Doc = readonly (string | TableBlock)[];

/** A table block (`table(columns, rows)` reads like the text table it becomes). */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): TableBlock {
  return { columns, rows };
}

/**
 * Lays out rows as an aligned plain-text table (CJK-aware widths), with a rule under the header. Plain text
 * only: no colours, no box drawing, so it reads the same in a terminal, a log file and a notebook. A cell wider
 * than `CELL_COLUMNS` columns is cut, ending in `…`. Within `width` terminal columns (unlimited unless
 * given), cells of words wrap onto further lines and, when that is not enough, the columns fold into groups that
 * each repeat the leading columns that name the rows.
 */
export function formatTable(
  columns: readonly Column[],
  rawRows: readonly (readonly string[])[],
  width = Number.POSITIVE_INFINITY,
): string {
  const rows = rawRows.map((row) => row.map((cell) => clip(cell, CELL_COLUMNS)));
  return fitTable(columns, rows, width);
}

/**
 * A document as plain text: its lines as they are, its tables laid out by {@link formatTable}; within `width`
 * terminal columns when given (lines of prose wrap, keeping their indent).
 */
export function docText(doc: Doc, width = Number.POSITIVE_INFINITY): string {
  return doc
    .map((block) =>
      typeof block === "string"
        ? Number.isFinite(width)
          ? block
              .split("\n")
              .map((line) => wrapLine(line, width))
              .join("\n")
          : block
        : formatTable(block.columns, block.rows, width),
    )
    .join("\n");
}

/**
 * A document as HTML: each line a paragraph (blank lines dropped, spacing kept), each table an escaped `<table>`
 * with right-aligned cells aligned by an inline style, so that it reads right without a stylesheet. Cells are not
 * cut, as the text table's are.
 */
export function docHtml(doc: Doc): string {
  const align = (c: Column | undefined) => (c?.align === "right" ? ' style="text-align:right"' : "");
  return doc
    .filter((block) => block !== "")
    .map((block) => {
      if (typeof block === "string") return `<p style="white-space:pre-wrap;margin:0.3em 0">${escapeHtml(block)}</p>`;
      const head = block.columns.map((c) => `<th${align(c)}>${escapeHtml(c.header)}</th>`).join("");
      const body = block.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td${align(block.columns[i])}>${escapeHtml(cell)}</td>`).join("")}</tr>`,
        )
        .join("\n");
      return `<table class="plansheet">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    })
    .join("\n");
}
