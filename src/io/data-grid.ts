import { makeIssue, type Issue } from "../core/index.js";
import type { SourcePlace } from "../structure/index.js";

/**
 * A table read from a data file — a CSV file, or a range of a workbook's sheet — as the texts of its cells, with
 * where each cell is, so that every problem found in it names its line and column (`history.csv:4:3`) or its
 * cell (`history.xlsx:主要指标!C4`).
 * @inline
 */
export interface DataGrid {
  /** The file as the model names it. */
  readonly file: string;
  /** The rows, each a list of cell texts (trimmed; an empty cell is ""). Rows may differ in length. */
  readonly rows: readonly (readonly string[])[];
  /** The place of the cell at `row` and `column` (0-based, within `rows`). */
  place(row: number, column: number): SourcePlace;
}

/** What reading a data file gave: the table, or the problems that stopped it. @inline */
export interface GridRead {
  readonly grid?: DataGrid;
  readonly issues: readonly Issue[];
}

/**
 * Reads CSV text (RFC 4180: quoted fields may hold the separator, quotes doubled, line breaks; a byte-order mark is
 * dropped) into a table. The separator is a comma, or a tab when the first line holds tabs and no comma (a file
 * saved as "Text (Tab delimited)"). Rows that hold nothing are kept empty, so that line numbers stay true. A quote
 * left open is an error at the line it opened.
 */
export function csvGrid(text: string, file: string): GridRead {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const rows: string[][] = [];
  const lines: number[][] = [];
  const columns: number[][] = [];
  let row: string[] = [];
  let rowLines: number[] = [];
  let rowColumns: number[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const endRow = () => {
    rows.push(row);
    lines.push(rowLines);
    columns.push(rowColumns);
    row = [];
    rowLines = [];
    rowColumns = [];
  };
  while (i <= body.length) {
    const fieldLine = line;
    const fieldColumn = i - lineStart + 1;
    let value = "";
    if (body[i] === '"') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= body.length) {
          const message = `a quoted field opened on line ${opened} is never closed`;
          return {
            issues: [
              makeIssue("data_unreadable", {
                message,
                hint: 'end the field with " (a quote inside a field is written "")',
                file,
                line: opened,
                column: fieldColumn,
              }),
            ],
          };
        }
        const c = body[i]!;
        if (c === '"' && body[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === "\n") {
            line++;
            lineStart = i + 1;
          }
          value += c;
          i++;
        }
      }
      // Text after the closing quote and before the separator belongs to the field, as spreadsheets read it.
      while (i < body.length && body[i] !== separator && body[i] !== "\n" && body[i] !== "\r") value += body[i++];
    } else {
      while (i < body.length && body[i] !== separator && body[i] !== "\n" && body[i] !== "\r") value += body[i++];
    }
    row.push(value.trim());
    rowLines.push(fieldLine);
    rowColumns.push(fieldColumn);
    if (body[i] === separator) {
      i++;
      continue;
    }
    if (body[i] === "\r") i++;
    if (body[i] === "\n") i++;
    endRow();
    line++;
    lineStart = i;
    if (i >= body.length) break;
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === "")) {
    rows.pop();
    lines.pop();
    columns.pop();
  }
  const place = (r: number, c: number): SourcePlace => {
    const rowLine = lines[r];
    if (rowLine === undefined) return { file };
    const at = rowLine[c];
    if (at !== undefined) return { file, line: at, column: columns[r]![c]! };
    // A cell past the end of a short row: the end of that row's last line.
    return { file, line: rowLine[rowLine.length - 1] ?? lines[r]![0] ?? 1 };
  };
  return { grid: { file, rows, place }, issues: [] };
}

/** `C4` for row 3 and column 2 (0-based), as a spreadsheet names a cell. */
export function cellAddress(row: number, column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** The 0-based row and column of `C4`, or `undefined` when the text is no cell address. */
export function parseCellAddress(address: string): { readonly row: number; readonly column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row < 1) return undefined;
  return { row: row - 1, column: column - 1 };
}
