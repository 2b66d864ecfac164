import { makeIssue, type Issue } from "../core/index.js";
import type { SourcePlace } from "../structure/index.js";
import type { DataGrid } from "./data-grid.js";

/**
 * How a data table is laid out:
 * - `across`: one row per indicator, years across the header (`指标, 单位, 2016, 2017, …`);
 * - `down`: one row per year, indicators across the header (`年份, 地区生产总值（亿元）, …`);
 * - `long`: one row per value (`指标, 年份, 数值[, 单位]`).
 */
export type DataLayout = "across" | "down" | "long";

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
}

const YEAR_WORDS = /^(?:年份|年度|年|时间|year|years|period)$/i;
const NAME_WORDS = /^(?:指标|指标名称|项目|名称|indicator|name|series|id)$/i;
const VALUE_WORDS = /^(?:数值|值|数据|value|values|amount)$/i;
const UNIT_WORDS = /^(?:单位|计量单位|unit|units)$/i;

/** The year a header or cell names: `2016`, `2016年`, `2016 年`; else `undefined`. */
export function yearOf(text: string): number | undefined {
  const match = /^(\d{4})\s*(?:年)?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
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

/**
 * The values of a table in the layout it was given (`wide` or `long`), or told from its header: a header naming a
 * year, a name and a value column is long; a header with years across is one row per indicator; a first column of
 * years is one row per year. Every value keeps its place; an empty cell is a year not reported and gives nothing.
 */
export function tablePoints(grid: DataGrid, given?: "wide" | "long"): TablePoints {
  const header = grid.rows[0] ?? [];
  if (grid.rows.length === 0 || header.every((h) => h === "")) {
    return fail(
      "data_unreadable",
      `${grid.file} holds no table: it is empty`,
      "give a header row and a row per indicator or year",
      grid.place(0, 0),
    );
  }
  const longColumns = findLongColumns(header);
  if (given === "long" || (given === undefined && longColumns)) {
    if (!longColumns) {
      const message = `the header of ${grid.file} names no year, indicator and value columns, which a long table needs`;
      return fail(
        "data_layout",
        message,
        "name them 年份 (year), 指标 (indicator) and 数值 (value), with 单位 (unit) if there is one",
        grid.place(0, 0),
      );
    }
    return longPoints(grid, longColumns);
  }
  if (header.slice(1).some((h) => yearOf(h) !== undefined)) return acrossPoints(grid);
  const firstColumn = grid.rows.slice(1).map((r) => r[0] ?? "");
  if (YEAR_WORDS.test(header[0] ?? "") || firstColumn.some((c) => yearOf(c) !== undefined)) return downPoints(grid);
  const message = `cannot tell how ${grid.file} is laid out: its first row holds no years, its first column no years, and it has no 年份/指标/数值 header`;
  return fail(
    "data_layout",
    message,
    "put the years across the first row or down the first column, or give columns 指标, 年份, 数值",
    grid.place(0, 0),
  );
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

interface LongColumns {
  readonly name: number;
  readonly year: number;
  readonly value: number;
  readonly unit?: number;
}

function findLongColumns(header: readonly string[]): LongColumns | undefined {
  const find = (words: RegExp) => header.findIndex((h) => words.test(h));
  const [name, year, value, unit] = [find(NAME_WORDS), find(YEAR_WORDS), find(VALUE_WORDS), find(UNIT_WORDS)];
  if (name < 0 || year < 0 || value < 0) return undefined;
  return { name, year, value, ...(unit >= 0 ? { unit } : {}) };
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell === "");
}

function longPoints(grid: DataGrid, columns: LongColumns): TablePoints {
  const points: DataPoint[] = [];
  const issues: Issue[] = [];
  grid.rows.forEach((row, r) => {
    if (r === 0 || isBlank(row)) return;
    const name = row[columns.name] ?? "";
    const yearText = row[columns.year] ?? "";
    const text = row[columns.value] ?? "";
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
      return;
    }
    if (year === undefined) {
      const message =
        yearText === ""
          ? `the row of ${name} gives no year`
          : `the row of ${name} gives '${yearText}' as its year, which is not a year`;
      issues.push(
        issueAt("data_missing_year", message, "write the year as 2020 or 2020年", grid.place(r, columns.year)),
      );
      return;
    }
    if (text === "") return;
    const unit = columns.unit !== undefined ? row[columns.unit] : undefined;
    points.push({
      name,
      nameAt: grid.place(r, columns.name),
      year,
      text,
      at: grid.place(r, columns.value),
      ...(unit ? { unit } : {}),
    });
  });
  return { layout: "long", points, issues };
}

function acrossPoints(grid: DataGrid): TablePoints {
  const header = grid.rows[0]!;
  const issues: Issue[] = [];
  const unitColumn = header.findIndex((h, c) => c > 0 && UNIT_WORDS.test(h));
  const width = Math.max(...grid.rows.map((r) => r.length));
  const years = new Map<number, number>();
  for (let c = 1; c < width; c++) {
    if (c === unitColumn) continue;
    const text = header[c] ?? "";
    const year = yearOf(text);
    if (year !== undefined) {
      years.set(c, year);
      continue;
    }
    // A column without a year is an error only when it holds values (a trailing notes column is a header, too).
    const used = grid.rows.some((row, r) => r > 0 && (row[c] ?? "") !== "");
    if (!used && text === "") continue;
    const message =
      text === ""
        ? `column ${c + 1} of ${grid.file} holds values but its header gives no year`
        : `the header '${text}' of ${grid.file} is not a year`;
    issues.push(
      issueAt(
        "data_missing_year",
        message,
        "head every column of values with its year (2020 or 2020年)",
        grid.place(0, c),
      ),
    );
  }
  const points: DataPoint[] = [];
  grid.rows.forEach((row, r) => {
    if (r === 0 || isBlank(row)) return;
    const name = row[0] ?? "";
    const unit = unitColumn > 0 ? row[unitColumn] : undefined;
    if (name === "") {
      issues.push(
        issueAt(
          "data_unknown_name",
          `row ${r + 1} of ${grid.file} holds values but names no indicator`,
          "name the indicator in the first column",
          grid.place(r, 0),
        ),
      );
      return;
    }
    for (const [c, year] of years) {
      const text = row[c] ?? "";
      if (text !== "")
        points.push({ name, nameAt: grid.place(r, 0), year, text, at: grid.place(r, c), ...(unit ? { unit } : {}) });
    }
  });
  return { layout: "across", points, issues };
}

function downPoints(grid: DataGrid): TablePoints {
  const header = grid.rows[0]!;
  const issues: Issue[] = [];
  const points: DataPoint[] = [];
  grid.rows.forEach((row, r) => {
    if (r === 0 || isBlank(row)) return;
    const yearText = row[0] ?? "";
    const year = yearOf(yearText);
    if (year === undefined) {
      const message =
        yearText === ""
          ? `row ${r + 1} of ${grid.file} holds values but gives no year`
          : `'${yearText}' in the year column of ${grid.file} is not a year`;
      issues.push(
        issueAt("data_missing_year", message, "write the year as 2020 or 2020年 in the first column", grid.place(r, 0)),
      );
      return;
    }
    row.forEach((text, c) => {
      if (c === 0 || text === "") return;
      const headerText = header[c] ?? "";
      if (headerText === "") {
        issues.push(
          issueAt(
            "data_unknown_name",
            `column ${c + 1} of ${grid.file} holds values but its header names no indicator`,
            "name the indicator in the first row",
            grid.place(0, c),
          ),
        );
        return;
      }
      points.push({ name: headerText, nameAt: grid.place(0, c), year, text, at: grid.place(r, c) });
    });
  });
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
