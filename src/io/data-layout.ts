import { makeIssue, type Issue } from "../core/index.js";
import type { SourcePlace } from "../structure/index.js";
import type { DataGrid } from "./data-grid.js";
import { findHeader, rowsText, type DataLayout, type LongColumns } from "./data-header.js";
import { UNIT_WORDS, normalName, quoteCell, yearOf } from "./data-words.js";

export type { DataLayout } from "./data-header.js";

/**
 * One value a table gives: the name it is filed under (a row's name or a column's header, as written, perhaps with
 * its unit in brackets), the year, the cell's text, and their places.
 */
export interface DataPoint {
  readonly name: string;
  readonly nameAt: SourcePlace;
  readonly year: number;
  readonly text: string;
  readonly at: SourcePlace;
  /** The unit a unit column states for it (a header's `（亿元）` is read where the name is matched). */
  readonly unit?: string;
}

/** The values of a table, or the problems that kept them from being read. */
export interface TablePoints {
  readonly layout?: DataLayout;
  readonly points: readonly DataPoint[];
  readonly issues: readonly Issue[];
  /** The unit a line above the header states for the whole table (`单位：亿元`), and where. */
  readonly unit?: { readonly text: string; readonly at: SourcePlace };
}

/** How a table is to be read: its layout when not told from the header, the names to skip, the cells that mean "not reported". */
export interface TableOptions {
  readonly layout?: "wide" | "long";
  /** Headers and row names (as written, or without the unit in their brackets) of rows and columns that are no indicator. */
  readonly ignore?: readonly string[];
  /** Cell texts that mean a year not reported (`—`, `…`), read as an empty cell. */
  readonly missing?: readonly string[];
}

/**
 * A header split into the name and the unit it states in brackets at its end: `地区生产总值（亿元）` →
 * 地区生产总值 in 亿元; `GDP (%)` → GDP in %. A header without brackets has no unit.
 */
export function splitHeaderUnit(header: string): { readonly name: string; readonly unit?: string } {
  const match = /^(.*?)\s*[（([]\s*([^（）()[\]]+?)\s*[）)\]]$/.exec(header);
  if (!match || match[1] === "") return { name: header };
  return { name: match[1]!, unit: match[2]! };
}

/** What the layouts read a table with: the grid, its header row, and the table's names to skip and gap markers. */
interface Reading {
  readonly grid: DataGrid;
  readonly header: number;
  /** True for a row name or header the table's `ignore` names. */
  ignored(name: string): boolean;
  /** A value cell's text, "" for an empty cell or a gap marker. */
  value(row: readonly string[], column: number): string;
}

function reading(grid: DataGrid, header: number, options: TableOptions): Reading {
  const ignore = new Set((options.ignore ?? []).map(normalName));
  const missing = new Set((options.missing ?? []).map(normalName));
  return {
    grid,
    header,
    ignored: (name) =>
      name !== "" && (ignore.has(normalName(name)) || ignore.has(normalName(splitHeaderUnit(name).name))),
    value: (row, column) => {
      const text = row[column] ?? "";
      return missing.has(normalName(text)) ? "" : text;
    },
  };
}

/**
 * The values of a table in the layout it was given (`wide` or `long`), or told from its header. The header is found by
 * what it holds, below any title lines (see {@link findHeader}): a header naming a year, a name and a value column is
 * long; a header with years across is one row per indicator; a header above a first column of years is one row per
 * year. Rows and columns `ignore` names are skipped; an empty cell, or one `missing` names, is a year not reported and
 * gives nothing. Every value keeps its place.
 */
export function tablePoints(grid: DataGrid, options: TableOptions = {}): TablePoints {
  if (grid.rows.length === 0 || grid.rows.every(isBlank)) {
    return fail(
      "data_unreadable",
      `${grid.file} holds no table: it is empty`,
      "give a header row and a row per indicator or year",
      grid.place(0, 0),
    );
  }
  const found = findHeader(grid, options.layout);
  if (!("row" in found)) {
    const looked = rowsText(grid, found.first, found.last);
    const expected =
      options.layout === "long"
        ? "names the columns 指标, 年份 and 数值 that a long table needs"
        : "holds years across (2016 or 2016年), 年份 or names above a column of years, or the columns 指标, 年份 and 数值";
    const stop =
      found.figuresAt !== undefined
        ? `; ${rowsText(grid, found.figuresAt, found.figuresAt)} holds figures but no header came before it`
        : "";
    return fail(
      "data_layout",
      `no header row found in ${grid.file}: ${looked} ${found.first === found.last ? "was" : "were"} looked at, and none ${expected}${stop}`,
      `put the header right below the title lines: 指标, 2016年, 2017年, … (a row per indicator), 年份 and the indicators (a row per year), or 指标, 年份, 数值${grid.place(0, 0).cell !== undefined ? "; or start the table at its header with range:" : ""}`,
      grid.place(found.first, 0),
    );
  }
  const read = reading(grid, found.row, options);
  const table = found.long
    ? longPoints(read, found.long)
    : found.layout === "across"
      ? acrossPoints(read)
      : downPoints(read);
  if (!found.unitLine) return table;
  const { unit, row, column } = found.unitLine;
  return { ...table, unit: { text: unit, at: grid.place(row, column) } };
}

function fail(code: Issue["code"], message: string, hint: string, at: SourcePlace): TablePoints {
  return { points: [], issues: [issueAt(code, message, hint, at)] };
}

/** An issue at a place of a data file. */
export function issueAt(
  code: Issue["code"],
  message: string,
  hint: string | undefined,
  at: SourcePlace,
  fields: { indicator?: string; year?: number } = {},
): Issue {
  return makeIssue(code, { message, ...(hint ? { hint } : {}), ...at, ...fields });
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell === "");
}

/** A row holding nothing but the text of its first cell, which is no year: a note under the table (`注：…`). */
function isNote(row: readonly string[]): boolean {
  return row[0] !== "" && yearOf(row[0] ?? "") === undefined && row.slice(1).every((cell) => cell === "");
}

/** The rows below the header that hold something, with their index. */
function bodyRows(read: Reading): [readonly string[], number][] {
  const rows: [readonly string[], number][] = [];
  read.grid.rows.forEach((row, r) => {
    if (r > read.header && !isBlank(row)) rows.push([row, r]);
  });
  return rows;
}

function longPoints(read: Reading, columns: LongColumns): TablePoints {
  const { grid } = read;
  const points: DataPoint[] = [];
  const issues: Issue[] = [];
  for (const [row, r] of bodyRows(read)) {
    const name = row[columns.name] ?? "";
    if (read.ignored(name) || isNote(row)) continue;
    const yearText = row[columns.year] ?? "";
    const text = read.value(row, columns.value);
    const year = yearOf(yearText);
    if (name === "") {
      issues.push(
        issueAt(
          "data_unknown_name",
          `row ${r + 1} of ${grid.file} names no indicator`,
          "fill in the indicator column, or delete the row",
          grid.place(r, columns.name),
        ),
      );
      continue;
    }
    if (year === undefined) {
      const message =
        yearText === ""
          ? `the row of ${name} gives no year`
          : `the row of ${name} gives ${quoteCell(yearText)} as its year, which is not a year`;
      issues.push(
        issueAt("data_missing_year", message, "write the year as 2020 or 2020年", grid.place(r, columns.year)),
      );
      continue;
    }
    if (text === "") continue;
    const unit = columns.unit !== undefined ? row[columns.unit] : undefined;
    points.push({
      name,
      nameAt: grid.place(r, columns.name),
      year,
      text,
      at: grid.place(r, columns.value),
      ...(unit ? { unit } : {}),
    });
  }
  return { layout: "long", points, issues };
}

function acrossPoints(read: Reading): TablePoints {
  const { grid } = read;
  const header = grid.rows[read.header]!;
  const body = bodyRows(read).filter(([row]) => !read.ignored(row[0] ?? ""));
  const issues: Issue[] = [];
  const unitColumn = header.findIndex((h, c) => c > 0 && UNIT_WORDS.test(h));
  const width = Math.max(...grid.rows.map((r) => r.length));
  const years = new Map<number, number>();
  for (let c = 1; c < width; c++) {
    if (c === unitColumn) continue;
    const text = header[c] ?? "";
    if (read.ignored(text)) continue;
    const year = yearOf(text);
    if (year !== undefined) {
      years.set(c, year);
      continue;
    }
    // A column without a year is an error only when it holds values (a trailing notes column is a header, too).
    const used = body.some(([row]) => read.value(row, c) !== "");
    if (!used && text === "") continue;
    const message =
      text === ""
        ? `column ${c + 1} of ${grid.file} holds values but its header gives no year`
        : `the header ${quoteCell(text)} of ${grid.file} is not a year`;
    issues.push(
      issueAt(
        "data_missing_year",
        message,
        text === ""
          ? "head every column of values with its year (2020 or 2020年)"
          : `head every column of values with its year (2020 or 2020年), or skip the column: ignore: [${quoteCell(text)}]`,
        grid.place(read.header, c),
      ),
    );
  }
  const points: DataPoint[] = [];
  for (const [row, r] of body) {
    const name = row[0] ?? "";
    const unit = unitColumn > 0 ? row[unitColumn] : undefined;
    const values = [...years].filter(([c]) => read.value(row, c) !== "");
    if (name === "") {
      if (values.length === 0) continue;
      issues.push(
        issueAt(
          "data_unknown_name",
          `row ${r + 1} of ${grid.file} holds values but names no indicator`,
          "name the indicator in the first column",
          grid.place(r, 0),
        ),
      );
      continue;
    }
    for (const [c, year] of values) {
      const text = read.value(row, c);
      points.push({ name, nameAt: grid.place(r, 0), year, text, at: grid.place(r, c), ...(unit ? { unit } : {}) });
    }
  }
  return { layout: "across", points, issues };
}

function downPoints(read: Reading): TablePoints {
  const { grid } = read;
  const header = grid.rows[read.header]!;
  const issues: Issue[] = [];
  const points: DataPoint[] = [];
  for (const [row, r] of bodyRows(read)) {
    const yearText = row[0] ?? "";
    if (read.ignored(yearText) || isNote(row)) continue;
    const year = yearOf(yearText);
    if (year === undefined) {
      const message =
        yearText === ""
          ? `row ${r + 1} of ${grid.file} holds values but gives no year`
          : `${quoteCell(yearText)} in the year column of ${grid.file} is not a year`;
      issues.push(
        issueAt("data_missing_year", message, "write the year as 2020 or 2020年 in the first column", grid.place(r, 0)),
      );
      continue;
    }
    row.forEach((_, c) => {
      const text = read.value(row, c);
      const headerText = header[c] ?? "";
      if (c === 0 || text === "" || read.ignored(headerText)) return;
      if (headerText === "") {
        issues.push(
          issueAt(
            "data_unknown_name",
            `column ${c + 1} of ${grid.file} holds values but its header names no indicator`,
            "name the indicator in the first row",
            grid.place(read.header, c),
          ),
        );
        return;
      }
      points.push({ name: headerText, nameAt: grid.place(read.header, c), year, text, at: grid.place(r, c) });
    });
  }
  // One issue per header without a name, not one per value under it.
  return { layout: "down", points, issues: dedupe(issues) };
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${i.message}|${i.line}|${i.column}|${i.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
