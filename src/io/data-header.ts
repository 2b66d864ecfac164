import type { DataGrid } from "./data-grid.js";
import { NAME_WORDS, UNIT_WORDS, VALUE_WORDS, YEAR_WORDS, isFigure, unitLineOf, yearOf } from "./data-words.js";

/**
 * How a data table is laid out:
 * - `across`: one row per indicator, years across the header (`指标, 单位, 2016, 2017, …`);
 * - `down`: one row per year, indicators across the header (`年份, 地区生产总值（亿元）, …`);
 * - `long`: one row per value (`指标, 年份, 数值[, 单位]`).
 */
export type DataLayout = "across" | "down" | "long";

/** The columns of a long table's header. */
export interface LongColumns {
  readonly name: number;
  readonly year: number;
  readonly value: number;
  readonly unit?: number;
}

/** A table's header row, found below its title lines, and the unit a title line states. */
export interface HeaderFound {
  /** The header's row (0-based, within the grid). */
  readonly row: number;
  readonly layout: DataLayout;
  /** The columns of a long table. */
  readonly long?: LongColumns;
  /** The unit a line above the header states (`单位：亿元`), and its cell. */
  readonly unitLine?: { readonly unit: string; readonly row: number; readonly column: number };
}

/** Why no header was found: the rows looked at (0-based, first to last), and whether a row of figures ended the search. */
export interface HeaderNotFound {
  readonly first: number;
  readonly last: number;
  readonly figuresAt?: number;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell === "");
}

/** The columns of a long table's header (indicator, year, value, and perhaps unit), or `undefined`. */
export function longColumns(header: readonly string[]): LongColumns | undefined {
  const find = (words: RegExp) => header.findIndex((h) => words.test(h));
  const [name, year, value, unit] = [find(NAME_WORDS), find(YEAR_WORDS), find(VALUE_WORDS), find(UNIT_WORDS)];
  if (name < 0 || year < 0 || value < 0) return undefined;
  return { name, year, value, ...(unit >= 0 ? { unit } : {}) };
}

/** The layout a row heads, when it is a header: long columns, years across, or the head of a column of years. */
function headerLayout(grid: DataGrid, r: number, given: "wide" | "long" | undefined): HeaderFound | undefined {
  const row = grid.rows[r]!;
  if (given !== "wide") {
    const long = longColumns(row);
    if (long) return { row: r, layout: "long", long };
    if (given === "long") return undefined;
  }
  if (row.slice(1).some((h) => yearOf(h) !== undefined)) return { row: r, layout: "across" };
  if (row.slice(1).every((h) => h === "")) return undefined;
  let next = r + 1;
  while (next < grid.rows.length && isBlank(grid.rows[next]!)) next++;
  const below = grid.rows[next]?.[0] ?? "";
  if (YEAR_WORDS.test(row[0] ?? "") || yearOf(below) !== undefined) return { row: r, layout: "down" };
  return undefined;
}

/**
 * The header of a table, found by what it holds: the first row that names long columns (指标, 年份, 数值), holds years
 * across, or heads a column of years (年份, or a row of names above a first column of years). The rows above it may
 * be blank or hold no figure — a title (`表3-1 地区生产总值（2016—2023年）`), a unit line (`单位：亿元`, which is read
 * as the table's unit), a source line; a row holding a figure before any header ends the search.
 */
export function findHeader(grid: DataGrid, given?: "wide" | "long"): HeaderFound | HeaderNotFound {
  let unitLine: HeaderFound["unitLine"];
  let first = -1;
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (isBlank(row)) continue;
    if (first < 0) first = r;
    const header = headerLayout(grid, r, given);
    if (header) return { ...header, ...(unitLine ? { unitLine } : {}) };
    if (row.some(isFigure)) return { first, last: r, figuresAt: r };
    if (unitLine === undefined) {
      const column = row.findIndex((cell) => unitLineOf(cell) !== undefined);
      if (column >= 0) unitLine = { unit: unitLineOf(row[column]!)!, row: r, column };
    }
  }
  return { first: Math.max(first, 0), last: Math.max(grid.rows.length - 1, 0) };
}

/** The rows from `first` to `last` as a reader finds them: `lines 1–4` of a CSV file, `rows 3–7 of sheet 主要指标`. */
export function rowsText(grid: DataGrid, first: number, last: number): string {
  const [a, b] = [grid.place(first, 0), grid.place(last, 0)];
  const sheetRow = (cell: string) => /^(.*)!\$?[A-Z]+\$?(\d+)$/.exec(cell);
  if (a.cell !== undefined && b.cell !== undefined) {
    const [from, to] = [sheetRow(a.cell), sheetRow(b.cell)];
    if (from && to) {
      const rows = from[2] === to[2] ? `row ${from[2]}` : `rows ${from[2]}–${to[2]}`;
      return `${rows} of sheet ${from[1]}`;
    }
  }
  if (a.line !== undefined && b.line !== undefined)
    return a.line === b.line ? `line ${a.line}` : `lines ${a.line}–${b.line}`;
  return first === last ? `row ${first + 1}` : `rows ${first + 1}–${last + 1}`;
}
