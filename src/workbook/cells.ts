import type { NumberFormat } from "./number-formats.js";

/**
 * One cell of a planned workbook: a constant, or a formula with the value plansheet computed for it (as the cell
 * holds it; `""` where it has none), each with its number format and, for a cell left blank, a note saying why.
 */
export type PlannedCell =
  | {
      readonly kind: "value";
      readonly value: string | number | boolean | null;
      readonly style?: CellStyle;
      readonly format?: NumberFormat;
      readonly note?: string;
      /** Text that wraps within its column (a note of several sentences), rather than running past it. */
      readonly wrap?: boolean;
    }
  | {
      readonly kind: "formula";
      readonly formula: string;
      readonly result: number | boolean | "";
      readonly style?: CellStyle;
      readonly format?: NumberFormat;
      readonly note?: string;
    };

/** How a cell looks: a header, a reported value, an input a planner may change, a computed value, a gap. */
export type CellStyle = "header" | "history" | "input" | "computed" | "missing";

/** A sheet: cells by address, column widths in characters, frozen panes. */
export interface PlannedSheet {
  readonly name: string;
  readonly cells: Map<string, PlannedCell>;
  /** The width of each column, in characters of the default font, fitted to its header and cells. */
  readonly widths: number[];
  /** Rows and columns kept in view: the header row, and the label, id and unit columns. */
  readonly frozen: { readonly rows: number; readonly columns: number };
}

/** A column's letters: 1 → A, 27 → AA. */
export function columnName(column: number): string {
  let name = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/** A sheet name as a formula quotes it. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A row of header cells from column A on. */
export function setHeaders(sheet: PlannedSheet, headers: readonly (string | number)[]): void {
  headers.forEach((h, i) => sheet.cells.set(`${columnName(i + 1)}1`, { kind: "value", value: h, style: "header" }));
}
