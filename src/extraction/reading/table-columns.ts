import { readSubYearPeriod, SUB_YEAR_WORDS, type ClaimKind } from "../../verification/index.js";
import { squeeze } from "../document/index.js";
import { AVERAGE_WORDS, GROWTH_HEAD_WORDS, PREVIOUS_PERIOD_BASES } from "../vocabulary/changes.js";
import {
  DONE_COLUMN_WORDS,
  FLOW_WORDS,
  NOT_PLANNED_COLUMN_WORDS,
  ORDINAL_HEADS,
  PLANNED_COLUMN_WORDS,
  SPAN_WORDS,
} from "../vocabulary/indicators.js";
import { UNIT_WORDS } from "../vocabulary/units.js";
import { measureOf } from "./identity.js";
import type { CellFigure, RowName } from "./table-cells.js";

/**
 * What a column holds, from its header: the rows' labels, their item numbers (序号), units (单位), their nature
 * (属性: 约束性/预期性), or figures — a level (in a year, in a unit), a growth rate, an average, a share, an index
 * number.
 */
export interface Column {
  readonly role: "label" | "ordinal" | "unit" | "nature" | "figures";
  readonly kind: ClaimKind;
  readonly center: number;
  /** The measure the header names (产量 of 产量（万吨）): a row's label with it names the row's indicator (油料产量). */
  readonly measure?: string;
  readonly year?: number;
  /** The part of the year the header names (9月, 1—9月), or the one of the column of levels just before. */
  readonly period?: string;
  readonly unit?: string;
  readonly percent: boolean;
  /** Over all the table's years (五年累计): a change over them, or a total. */
  readonly overSpan?: boolean;
  /** 环比: against the period before, which no claim of the table says: its cells are left unread. */
  readonly sequential?: boolean;
  /** The years a head of a span names (2021—2025年累计: from the end of 2020 to 2025). */
  readonly span?: { readonly from: number; readonly to: number };
  /** A plan's or a budget's figures (2020年规划目标, 预算数), not what was done: targets. */
  readonly planned?: boolean;
  /** What was done (2020年完成, 执行数): facts, whatever year. */
  readonly done?: boolean;
  /** A head stacked above this one (Ⅰ～Ⅲ类水质 over 比例（%））: what the column is of, in a table whose rows are years. */
  readonly name?: string;
  /** A column of levels: its head without its unit (招生数 of 招生数（人）), which names what it counts beside others. */
  readonly head?: string;
}

const SUB_YEAR = new RegExp(`(?:${SUB_YEAR_WORDS})`);
const AVERAGE_HEAD = new RegExp(AVERAGE_WORDS.join("|"));

/** What a header cell says its column holds. */
export function columnOf(header: string, center: number, tableUnit: string | undefined): Column {
  const h = squeeze(header);
  const name = h.replace(/[（(].*$/, "");
  const base = { center, kind: "level" as ClaimKind, percent: false };
  if (/^(?:单位|计量单位)$/.test(name)) return { ...base, role: "unit" };
  if (/^(?:属性|指标属性|性质)$/.test(name)) return { ...base, role: "nature" };
  if ((ORDINAL_HEADS as readonly string[]).includes(name)) return { ...base, role: "ordinal" };
  // the labels' column (指标名称, 项目, 产品名称, 地区, 类别): no figures
  if (h === "" || (/^(?:指标|项目|名称|产品|地区|类别|类|分组|行业|国家和地区|城市)/.test(name) && !/\d/.test(h)))
    return { ...base, role: "label" };
  const unit = /[（(]([^）)%]+)[）)]/.exec(h)?.[1] ?? tableUnit;
  // 2021—2025年累计: over those years
  const years = /((?:19|20)\d\d)\s*年?\s*[—\-~～至到]\s*((?:19|20)\d\d)/.exec(h);
  const year = years ? undefined : /((?:19|20)\d\d)年?/.exec(h)?.[1];
  const period = readSubYearPeriod(SUB_YEAR.exec(h.replace(/(?:19|20)\d\d年?/g, ""))?.[0] ?? "")?.code;
  const growth = GROWTH_HEAD_WORDS.some((w) => h.includes(w));
  // (a head of a ratio or a growth, 为调整预算%, 比2023年执行数增长%, says nothing of whether its level was done)
  const ratio = growth || /为.*%|比/.test(h);
  const done = !ratio && DONE_COLUMN_WORDS.some((w) => h.includes(w));
  const planned =
    !ratio &&
    !done &&
    PLANNED_COLUMN_WORDS.some((w) => h.includes(w)) &&
    !NOT_PLANNED_COLUMN_WORDS.some((w) => h.includes(w));
  const figures = {
    ...base,
    role: "figures" as const,
    ...(period ? { period } : {}),
    ...(planned ? { planned } : {}),
    ...(done ? { done } : {}),
  };
  if (AVERAGE_HEAD.test(h)) return { ...figures, kind: "average_growth", percent: true };
  // 五年累计, 2021—2025年累计: over the table's years (not 累计增长, 1—9月累计: a growth, a part of the year)
  if (SPAN_WORDS.some((w) => h.includes(w)) && year === undefined && period === undefined && !growth)
    return {
      ...figures,
      overSpan: true,
      percent: /%/.test(h),
      ...(years ? { span: { from: Number(years[1]) - 1, to: Number(years[2]) } } : {}),
    };
  // 环比: against the month or quarter before, which no claim of the table says
  if (PREVIOUS_PERIOD_BASES.some((w) => h.includes(w)))
    return { ...figures, kind: "cumulative_change", percent: true, sequential: true };
  // 比上年增减 in a row's own unit (增加5.2万人), not in %
  if (/增减/.test(h) && !/%/.test(h)) return { ...figures, kind: "absolute_change" };
  if (growth) return { ...figures, kind: "cumulative_change", percent: true };
  if (/指数|=100|为100/.test(h)) return { ...figures, kind: "index" };
  if (/比重|构成|占比|结构/.test(h) || /^[（(]?%[）)]?$/.test(h)) return { ...figures, kind: "share", percent: true };
  // a generic word (数, 量) names no measure
  const measure = [measureOf(`表${name}`)].find((m) => m !== undefined && m.length >= 2);
  return {
    ...figures,
    ...(measure ? { measure } : {}),
    ...(name.length >= 2 && !/\d/.test(name) ? { head: name } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(unit && UNIT_WORDS.some((u) => unit.endsWith(u)) ? { unit } : {}),
    percent: /%/.test(h),
  };
}

/**
 * The columns of a table whose header pairs a column of a part of the year with one of its growth (9月 同比增长
 * 1—9月 同比增长): each growth column is of the part of the year of the column before it.
 */
export function pairPeriods(columns: readonly Column[]): Column[] {
  let last: Column | undefined;
  return columns.map((c) => {
    if (c.role !== "figures") return c;
    // (the column of growth just after a column of levels is of that column's time, whatever it is: 全年 比上年增长)
    if (c.kind === "cumulative_change" && c.period === undefined && c.year === undefined) {
      const paired = last?.period !== undefined ? { ...c, period: last.period } : c;
      last = paired;
      return paired;
    }
    last = c;
    return c;
  });
}

/** What a number in a cell states, or why it states nothing the reader can stand behind. */
export type CellKind = { readonly kind: ClaimKind; readonly overSpan: boolean } | { readonly unread: true };

/**
 * The kind of a cell's figure: its column's; in a row of changes (地区生产总值增长（%）) a change, an average in a
 * row of average growth; a rate's bound in a column of averages (城镇调查失业率 <5.5) its level; over the table's years
 * (〔4.4〕, 五年累计) the change over them — in points for a rate, in its unit for a stock — but for a flow (城镇新增就业
 * 〔330〕, a total over the years) nothing that is checked.
 */
export function cellKind(column: Column, row: RowName, rateRow: boolean, figure: CellFigure): CellKind {
  if (column.sequential) return { unread: true };
  const changes = row.change !== undefined;
  const overSpan = figure.overSpan || column.overSpan === true;
  if (overSpan) {
    if (changes) return { kind: "cumulative_change", overSpan };
    if (rateRow) return { kind: "pp_change", overSpan };
    return FLOW_WORDS.some((w) => row.name.includes(w)) ? { unread: true } : { kind: "absolute_change", overSpan };
  }
  if (row.average) return column.kind === "average_growth" ? { kind: "average_growth", overSpan } : { unread: true };
  if (changes && column.kind === "level") return { kind: "cumulative_change", overSpan };
  // 比上年增减 of a rate in %: points; of one in ‰, nothing the claims file holds
  if (column.kind === "absolute_change" && rateRow)
    return row.unit === "‰" ? { unread: true } : { kind: "pp_change", overSpan };
  if (column.kind === "average_growth" && rateRow && !changes) return { kind: "share", overSpan };
  return { kind: column.kind === "level" && rateRow ? "share" : column.kind, overSpan };
}

/** Words of a head that name a time of the row's indicator, not another indicator: 年初数, 上年产量, 本月, 累计. */
const COLUMN_TIMES = /上年|去年|年初|年末|年底|同期|本月|本年|当年|累计|期末|期初/;

/**
 * The columns of levels a table names apart (学校数（所） 招生数（人） 在校生数（人）: each counts something else), when
 * there are two or more with heads of their own and no year, part of the year, plan or span to tell them apart — or
 * none, when the table's levels are of one indicator.
 */
export function countedColumns(columns: readonly Column[]): readonly Column[] {
  const levels = columns.filter(
    (c) =>
      c.role === "figures" &&
      c.kind === "level" &&
      c.head !== undefined &&
      // (a head that names a measure, 招生数, 产量, and no time, 年初数, 上年产量: those are one indicator's times)
      measureOf(c.head) !== undefined &&
      !COLUMN_TIMES.test(c.head) &&
      c.year === undefined &&
      c.period === undefined &&
      !c.planned &&
      !c.done &&
      !c.overSpan,
  );
  return new Set(levels.map((c) => c.head)).size >= 2 ? levels : [];
}

/** The column of levels a column's figure is of, among `counted`: itself, or the nearest before it (its growth). */
export function countedColumnOf(
  counted: readonly Column[],
  columns: readonly Column[],
  column: Column,
): Column | undefined {
  for (let k = columns.indexOf(column); k >= 0; k--) if (counted.includes(columns[k]!)) return columns[k];
  return undefined;
}
