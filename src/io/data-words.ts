import { parseQuantityLiteral } from "../core/index.js";

/** Headers of the year column (`年份`) or of a long table's year column. */
export const YEAR_WORDS = /^(?:年份|年度|年|时间|year|years|period)$/i;
/** Headers of a long table's indicator column. */
export const NAME_WORDS = /^(?:指标|指标名称|项目|名称|indicator|name|series|id)$/i;
/** Headers of a long table's value column. */
export const VALUE_WORDS = /^(?:数值|值|数据|value|values|amount)$/i;
/** Headers of a unit column. */
export const UNIT_WORDS = /^(?:单位|计量单位|unit|units)$/i;

/**
 * A line above a table's header that states the unit of its values, as yearbooks print it under the title:
 * `单位：亿元`, `（计量单位：万元）`, `Unit: 10,000 yuan`. The unit is the text after the colon.
 */
export const UNIT_LINE = /^[（(]?\s*(?:单位|计量单位|金额单位|unit|units)\s*[:：]\s*(.+?)\s*[)）]?$/i;

/** The year a header or cell names: `2016`, `2016年`, `2016 年`; else `undefined`. */
export function yearOf(text: string): number | undefined {
  const match = /^(\d{4})\s*(?:年)?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** The unit a unit line states (`单位：亿元` → 亿元), or `undefined` when the text is no unit line. */
export function unitLineOf(text: string): string | undefined {
  return UNIT_LINE.exec(text.trim())?.[1];
}

/** True when a cell holds a figure (`1012.4`, `1,012.4`, `12.3%`): a row above the header holding one is no title. */
export function isFigure(text: string): boolean {
  const t = text.normalize("NFKC").replace(/,/g, "").trim();
  return t !== "" && parseQuantityLiteral(t) !== undefined;
}

/** How names in a table and a model are compared: Unicode compatibility forms (full-width brackets and digits), no spaces, any case. */
export function normalName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Units compared the same way, with 百分点, 个百分点 and pp as one. */
export function normalUnit(unit: string): string {
  const u = normalName(unit);
  return u === "个百分点" || u === "百分点" ? "pp" : u;
}

/** The most characters of a cell an error message quotes; a longer cell is cut, so that no message echoes a file. */
const MAX_QUOTED = 40;

/** A cell's text as an error message quotes it: the cell at fault only, cut to {@link MAX_QUOTED} characters. */
export function quoteCell(text: string): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return `'${chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join("")}…` : chars.join("")}'`;
}
