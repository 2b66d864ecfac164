import { isWholeCount, type Unit } from "../units/index.js";
import { WORKBOOK_WORDS } from "./words.js";

/** A cell's number format: the Excel code, and the text it shows a value as (what column widths are fitted to). */
export interface NumberFormat {
  readonly code: string;
  shown(value: number | boolean): string;
}

/** A number format written as data: decimals always shown, more shown when not zero, and the text around. */
interface Layout {
  readonly decimals: number;
  /** Decimals shown only when they are not zero (`0.00##`). */
  readonly optional: number;
  /** Thousands separated (`#,##0`). */
  readonly grouping: boolean;
  /** Shown as a percentage: the value × 100 with `%`. */
  readonly percent: boolean;
  /** Text after the number: a unit. */
  readonly suffix: string;
  /** A `+` before positive numbers (a margin). */
  readonly signed: boolean;
}

/** Text a format code shows as it is: in double quotes, which the text itself cannot hold. */
function quoted(text: string): string {
  return text === "" ? "" : `"${text.replace(/"/g, "")}"`;
}

function codeOf(layout: Layout): string {
  const digits = `${layout.grouping ? "#,##0" : "0"}${layout.decimals + layout.optional > 0 ? "." : ""}${"0".repeat(layout.decimals)}${"#".repeat(layout.optional)}`;
  const body = `${digits}${layout.percent ? "%" : ""}${quoted(layout.suffix)}`;
  return layout.signed ? `+${body};-${body};${body}` : body;
}

function shownOf(layout: Layout): (value: number | boolean) => string {
  return (value) => {
    if (typeof value === "boolean") return value ? WORKBOOK_WORDS.yes : WORKBOOK_WORDS.no;
    const x = layout.percent ? value * 100 : value;
    let text = Math.abs(x).toFixed(layout.decimals + layout.optional);
    if (layout.optional > 0) text = text.replace(/0+$/, "").padEnd(text.indexOf(".") + 1 + layout.decimals, "0");
    if (text.endsWith(".")) text = text.slice(0, -1);
    if (layout.grouping) text = text.replace(/^(\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ","));
    const sign = x < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : layout.signed && x > 0 ? "+" : "";
    return `${sign}${text}${layout.percent ? "%" : ""}${layout.suffix.replace(/"/g, "")}`;
  };
}

function format(layout: Partial<Layout>): NumberFormat {
  const full: Layout = {
    decimals: 2,
    optional: 0,
    grouping: true,
    percent: false,
    suffix: "",
    signed: false,
    ...layout,
  };
  return { code: codeOf(full), shown: shownOf(full) };
}

/** TRUE and FALSE: a spreadsheet that keeps booleans as numbers (LibreOffice) shows them so too. */
export const BOOLEAN_FORMAT: NumberFormat = {
  code: `${quoted(WORKBOOK_WORDS.yes)};${quoted(WORKBOOK_WORDS.yes)};${quoted(WORKBOOK_WORDS.no)}`,
  shown: (value) => (value === false || value === 0 ? WORKBOOK_WORDS.no : WORKBOOK_WORDS.yes),
};

/** The decimals of a level: two, or four for a row of values below 1 (an intensity of 0.1925 吨标准煤/万元). */
function levelLayout(values: readonly number[]): Partial<Layout> {
  const small = values.length > 0 && values.every((v) => Math.abs(v) < 1);
  return small ? { grouping: false, decimals: 4 } : {};
}

/** Whole numbers when every value is one, else one or two decimals (an average pace of 1.5 substations a year). */
function countLayout(values: readonly number[]): Partial<Layout> {
  return values.every(Number.isInteger) ? { decimals: 0 } : { decimals: 1, optional: 1 };
}

/**
 * What a cell of a quantity in `unit` holds, as a multiple of plansheet's value: a change in percentage points is
 * held in points (0.6 for plansheet's 0.006), so that it reads and is typed as a planner writes it; anything else as
 * plansheet holds it (a percentage as a ratio, which the percent format shows ×100).
 */
export function heldScale(unit: Unit | undefined): number {
  return unit?.flavour === "pp" ? 100 : 1;
}

/** What a target's margin cell holds, as a multiple of plansheet's margin: a margin between shares or rates in points. */
export function marginScale(unit: Unit | undefined): number {
  return unit?.flavour === "pp" || unit?.flavour === "percent" ? 100 : 1;
}

/**
 * The format of the cells of an indicator in `unit`, given the values they hold: a percentage as a percentage
 * (`5.00%`), a change in points with its word (`0.60个百分点`), a count of whole things whole, a level with two
 * decimals (four for a row below 1).
 */
export function valueFormat(unit: Unit | undefined, values: readonly number[]): NumberFormat {
  if (unit?.flavour === "percent") return format({ percent: true, grouping: false });
  if (unit?.flavour === "pp") return format({ grouping: false, suffix: WORKBOOK_WORDS.points });
  if (unit && isWholeCount(unit)) return format(countLayout(values));
  return format(levelLayout(values));
}

/**
 * The format of a target's margin cells, as held (see {@link marginScale}), given the margins: signed, in the
 * target's unit — points for shares and rates (`+0.38个百分点`), else the unit's name (`-26.75亿元`, `-2家`).
 */
export function marginFormat(unit: Unit | undefined, margins: readonly number[]): NumberFormat {
  if (unit?.flavour === "pp" || unit?.flavour === "percent")
    return format({ grouping: false, suffix: WORKBOOK_WORDS.points, signed: true });
  const suffix = unit && unit.name !== "1" ? unit.name : "";
  const layout = unit && isWholeCount(unit) ? countLayout(margins) : levelLayout(margins);
  return format({ ...layout, suffix, signed: true });
}
