import type { ClaimKind } from "../../verification/index.js";
import type { DocumentContext } from "../context/document-context.js";
import type { TimeFrame } from "../context/sections.js";
import { squeeze, type DocumentText, type TableBlock } from "../document/index.js";
import { readingText } from "../document/reading-text.js";
import { BREAKDOWN_BY } from "../vocabulary/indicators.js";
import { UNIT_WORDS } from "../vocabulary/units.js";
import { identify, measureOf, type Identity } from "./identity.js";
import { notAFigure } from "./not-a-figure.js";
import { claimValue, type Reading, type Readings } from "./reading.js";
import { timeOf } from "./time.js";
import { figureCell, rowName, type CellFigure } from "./table-cells.js";
import { cellsOf, delimited, headCells, indentOf, type Cell } from "./table-layout.js";

/** Kinds whose figures are rates in %. */
const RATES: readonly ClaimKind[] = ["share", "cumulative_change", "average_growth"];

/**
 * The kind of a cell's figure: its column's, in a row of changes (地区生产总值增长（%）) a change, and over the
 * table's years (〔4.4〕) the change over them — in points for a rate, in its unit for an amount.
 */
function cellKind(column: ClaimKind, percentRow: boolean, changes: boolean, overSpan: boolean): ClaimKind {
  if (overSpan) return changes ? "cumulative_change" : percentRow ? "pp_change" : "absolute_change";
  if (changes && column === "level") return "cumulative_change";
  return column === "level" && percentRow ? "share" : column;
}

/**
 * What a column holds, from its header: the rows' labels, their units (单位), their nature (属性: 约束性/预期性), or
 * figures — a level (in a year, in a unit), a growth rate, an average, a share, an index number.
 */
interface Column {
  readonly role: "label" | "unit" | "nature" | "figures";
  readonly kind: ClaimKind;
  readonly center: number;
  /** The measure the header names (产量 of 产量（万吨）): a row's label with it names the row's indicator (油料产量). */
  readonly measure?: string;
  readonly year?: number;
  readonly unit?: string;
  readonly percent: boolean;
  /** A head stacked above this one (Ⅰ～Ⅲ类水质 over 比例（%））: what the column is of, in a table whose rows are years. */
  readonly name?: string;
}

const EMPTY_CELL = /^(?:[—–-]+|…+|\.{2,}|\s*)$/;

/** What a header cell says its column holds. */
function columnOf(header: string, center: number, tableUnit: string | undefined): Column {
  const h = squeeze(header);
  const name = h.replace(/[（(].*$/, "");
  const base = { center, kind: "level" as ClaimKind, percent: false };
  if (/^(?:单位|计量单位)$/.test(name)) return { ...base, role: "unit" };
  if (/^(?:属性|指标属性|性质)$/.test(name)) return { ...base, role: "nature" };
  // the labels' column (指标名称, 项目, 产品名称, 地区, 类别): no figures
  if (h === "" || (/^(?:指标|项目|名称|产品|地区|类别|类|分组|行业|国家和地区|城市)/.test(name) && !/\d/.test(h)))
    return { ...base, role: "label" };
  const unit = /[（(]([^）)%]+)[）)]/.exec(h)?.[1] ?? tableUnit;
  const year = /((?:19|20)\d\d)年?/.exec(h)?.[1];
  const figures = { ...base, role: "figures" as const };
  if (/年均|年平均/.test(h)) return { ...figures, kind: "average_growth", percent: true };
  if (/增长|增减|增速|增幅|±|同比|涨跌/.test(h)) return { ...figures, kind: "cumulative_change", percent: true };
  if (/指数|=100|为100/.test(h)) return { ...figures, kind: "index" };
  if (/比重|构成|占比|结构/.test(h) || /^[（(]?%[）)]?$/.test(h)) return { ...figures, kind: "share", percent: true };
  // a generic word (数, 量) names no measure
  const measure = [measureOf(`表${name}`)].find((m) => m !== undefined && m.length >= 2);
  return {
    ...figures,
    ...(measure ? { measure } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(unit && UNIT_WORDS.some((u) => unit.endsWith(u)) ? { unit } : {}),
    percent: /%/.test(h),
  };
}

/**
 * Reads a table: each row's label as its subject (其中：城镇, #铁路 are parts of the row above), each number cell by its
 * column's header (产量（万吨）a level in 万吨, 比上年增长（%）a growth rate, 比重（%）a share, 指数（上年=100）an index
 * number, 2025年 a level of that year, 年均增长 an average over the table's years, 单位 the row's unit, 属性 约束性 or
 * 预期性); the year from the caption (表1 2023年…) or the section. A figure of a year after the one reviewed is a
 * target. A row that cannot be read cell by cell is left unread, with its reason.
 */
export function readTable(
  block: TableBlock,
  doc: DocumentText,
  context: DocumentContext,
  section: TimeFrame,
  out: Readings,
): void {
  const caption = block.caption.map((l) => squeeze(l.text)).join("");
  const tableUnit = /单位[：:]([^\s，。]+)/.exec(caption)?.[1];
  const captionYear = /((?:19|20)\d\d)年/.exec(caption)?.[1];
  const year = captionYear !== undefined ? Number(captionYear) : section.year;
  // 2022年居民消费价格涨跌幅度（单位：%）: columns of years that hold changes, not levels
  const changes = /涨跌|增长|增速|增幅|幅度|比上年/.test(caption.replace(/及其?增长速度$|增长速度$|及增速$/, ""));
  const percentTable = /单位[：:]\s*%/.test(caption);
  const columns = headCells(block.header)
    .map((c) => ({ ...columnOf(c.text, c.center, tableUnit), ...(c.above ? { name: c.above } : {}) }))
    .map((c) =>
      c.role !== "figures"
        ? c
        : changes && c.kind === "level" && c.year !== undefined
          ? { ...c, kind: "cumulative_change" as const, percent: true }
          : percentTable && c.kind === "level"
            ? { ...c, percent: true }
            : c,
    );
  const byIndex = block.rows.some(delimited) && block.header.every(delimited);
  const years = columns.filter((c) => c.year !== undefined).map((c) => c.year!);
  const span = years.length >= 2 ? { from: Math.min(...years), to: Math.max(...years) } : undefined;
  const valueColumns = columns.filter((c) => c.role === "figures");
  const subject = caption
    .replace(
      // the table's number, which squeezing may have run into its year (表72023年)
      /^表\s*(?:\d{1,2}(?=(?:19|20)\d\d年)|\d+)|(?:19|20)\d\d年(?:末)?|主要|及其?|情况|增长速度|增速|构成|[（(].*?[）)]|^.{0,8}?(?:市|省|县|区|州)(?=.)/g,
      "",
    )
    .trim();
  // 分行业固定资产投资: the rows are the parts of investment, by industry
  const by = BREAKDOWN_CAPTION.exec(subject);
  const topic = identify((by ? subject.slice(by[0].length) : subject) || "表", {
    level: context.level,
    place: context.place,
  });
  let parent: Identity | undefined;
  let parentIndent: number | undefined;
  for (const row of block.rows) {
    const cells = cellsOf(row);
    const roleOf = (cell: Cell, k: number): Column | undefined =>
      byIndex ? columns[k] : cell.text !== "" && figureCell(cell.text) ? nearest(valueColumns, cell.center) : undefined;
    const words = cells.filter(
      (c, k) =>
        c.text !== "" &&
        !figureCell(c.text) &&
        !EMPTY_CELL.test(c.text) &&
        (!byIndex || columns[k]?.role !== "figures"),
    );
    // the label is the row's first words; the words under 单位 its unit, under 属性 its nature
    const unitCell = words.find((c) =>
      byIndex
        ? columns[cells.indexOf(c)]?.role === "unit"
        : words.indexOf(c) > 0 && (/^[%‰]$/.test(c.text) || UNIT_WORDS.some((u) => c.text.endsWith(u))),
    );
    const nature = words.find((c) => /^(?:约束性|预期性)$/.test(c.text))?.text as "约束性" | "预期性" | undefined;
    // (under two heads of labels, 类别 and 指标, the last names the row: 经济发展 is the group it stands in)
    const labelWords = words.filter((c) => c !== unitCell && c.text !== nature);
    const label = (byIndex && columns.filter((c) => c.role === "label").length >= 2 ? labelWords.slice(-1) : labelWords)
      .map((c) => c.text)
      .join("");
    const part =
      /^(?:其中[：:]|#|在总计中[：:])/.test(label) || (parentIndent !== undefined && indentOf(row) > parentIndent + 1);
    // 1.地区生产总值增长（%）: the row's number left out, its unit and the change it speaks of read apart
    const named = rowName(squeeze(label.replace(/^(?:其中[：:]|#|在总计中[：:])/, "")));
    const name = named.name;
    const numbers = cells
      .map((c, k) => ({ c, column: roleOf(c, k), figure: figureCell(c.text) }))
      .filter((n): n is typeof n & { figure: CellFigure } => n.figure !== undefined);
    out.sentences++;
    const reading = readingText(doc.normalized, [row]);
    const at = new Map<number, number>();
    reading.origin.forEach((o, i) => at.set(o, i));
    // one identity for the row, whatever the column: the level column's measure names it (粮食 + 产量)
    const measure = valueColumns.find((c) => c.measure)?.measure;
    const again = name
      ? (restatedByValue(
          numbers.map(({ c }) => c.text),
          year,
          total(name),
          out.figures,
          // a row of a table broken down by its caption is a part of the caption's whole, whatever the text
          // called a part of another whole by the same name
        ) ?? (part || by ? undefined : restated(name, measure, out.figures)))
      : undefined;
    // in a table broken down by its caption, a row that is no part of a row above is a part of the whole, and the
    // row of the whole (总计) is the whole
    const whole = part && parent ? parent : by ? topic : undefined;
    const found = name
      ? (again ??
        (by && total(name)
          ? topic
          : identify(measure && !measureOf(name) ? `${name}${measure}` : name, {
              level: context.level,
              place: context.place,
              ...(whole ? { topic: whole, frame: "parts" as const } : {}),
            })))
      : undefined;
    // a row of a year (2017年  73.8  23.8  2.4): each column is an indicator of its own, the row its year
    const rowYear = /^((?:19|20)\d\d)年?(?:末|底)?$/.exec(name)?.[1];
    const ofColumn = new Map<Column, Identity>();
    const identity = rowYear ? undefined : found ? { ...found, mention: ++out.mentions } : undefined;
    // more numbers than the header has columns for: the row cannot be read cell by cell
    const readable = byIndex || numbers.length <= valueColumns.length;
    const rowUnit = unitCell?.text ?? named.unit;
    numbers.forEach(({ c: cell, column: nearestColumn, figure }, k) => {
      const column = byIndex ? nearestColumn : numbers.length === valueColumns.length ? valueColumns[k] : nearestColumn;
      const digits = figure.number.replace(/^[-+]/, "");
      const negative = /^-/.test(figure.number);
      const start = at.get(cell.start + cell.text.indexOf(figure.number) + (figure.number.length - digits.length))!;
      const token = {
        start,
        end: start + digits.length,
        digits,
        negative,
        unitKind: "bare" as const,
        qualifiersAfter: [],
        wordsEnd: start + digits.length,
      };
      const reason = notAFigure(reading.text, token);
      const quote = { start: 0, end: reading.text.length };
      const valueSpan = { start: token.start, end: token.end };
      if (rowYear && column?.name && !ofColumn.has(column))
        ofColumn.set(column, {
          ...identify(column.name, { level: context.level, place: context.place }),
          mention: ++out.mentions,
        });
      const who = rowYear ? (column ? ofColumn.get(column) : undefined) : identity;
      if (
        !readable ||
        !column ||
        column.role !== "figures" ||
        !who ||
        year === undefined ||
        (reason && reason !== "name")
      ) {
        out.unread.push({ span: valueSpan, digits, reason: reason ?? "no_relation", quote, reading });
        return;
      }
      // a row in % (研发投入强度 %) holds rates: a level of it is a share
      const percentRow = rowUnit === "%" || column.percent;
      // (a row's own unit says whether it is a rate; the column's % says so only for a row without one)
      const rateRow = rowUnit !== undefined ? /^[%‰]$/.test(rowUnit) : percentRow;
      const kind = cellKind(column.kind, rateRow, named.change !== undefined, figure.overSpan);
      // 〔4.4〕: over the table's years, which it needs
      if (figure.overSpan && !span) {
        out.unread.push({ span: valueSpan, digits, reason: "no_relation", quote, reading });
        return;
      }
      const overYears = (kind === "average_growth" || figure.overSpan) && span;
      const when = rowYear !== undefined ? Number(rowYear) : overYears ? span.to : (column.year ?? year);
      const time = timeOf(kind, {
        year: when,
        yearSaid: rowYear !== undefined || captionYear !== undefined || column.year !== undefined || section.said,
        ...(overYears ? { range: span } : {}),
        ...(context.period ? { period: context.period } : {}),
      });
      const sign = (negative ? -1 : 1) * (named.change ?? 1) < 0 ? -1 : 1;
      const reviewed = context.reviewYear ?? context.year;
      out.figures.push({
        kind,
        value: claimValue(kind, digits, sign, RATES.includes(kind) ? "percent" : "bare"),
        ...((kind === "level" || kind === "absolute_change") && (rowUnit ?? column.unit)
          ? { unit: rowUnit ?? column.unit }
          : {}),
        qualifiers: figure.qualifiers,
        identity: who,
        time,
        target: section.role === "targets" || (reviewed !== undefined && when > reviewed),
        ...(nature ? { nature } : {}),
        estimate: false,
        valueSpans: [valueSpan],
        quote,
        reading,
        sentence: out.sentences,
        fromTable: true,
      });
    });
    if (!part && name) {
      // the parts that follow are parts of this row's indicator: the text's, when the row restates it
      parent =
        again ?? (by ? found : undefined) ?? identify(name, { level: context.level, place: context.place, topic });
      parentIndent = indentOf(row);
    }
  }
}

/** A caption's breakdown before its subject: 分行业, 按登记注册类型分 (see `BREAKDOWN_BY`). */
const BREAKDOWN_CAPTION = new RegExp(
  `^(?:分(?:${BREAKDOWN_BY.join("|")})|按(?:${BREAKDOWN_BY.join("|")})(?:分|划分))(?=\\p{Script=Han})`,
  "u",
);

/** 总计, 合计, 全体居民: the row of the table's whole. */
const total = (name: string) => /^(?:总计|合计|总量|全部|总额|全市|全省|全州|全县|全区|全体居民|全体)$/.test(name);

/**
 * The indicator a row restates from the text above it by its figures (表12 全部财税收入 128.64 restates 财税收入128.64亿元):
 * the one subject read so far in running text with a level printed with the same digits, at least three significant
 * ones, in the same year; for a row of the table's whole (总计), whose name says nothing, any figure of the row. None
 * when that is not one subject alone.
 */
function restatedByValue(
  cells: readonly string[],
  year: number | undefined,
  whole: boolean,
  known: readonly Reading[],
): Identity | undefined {
  const telling = cells.filter((c) => whole || c.replace(/^[-+]?0*|\./g, "").length >= 3);
  if (telling.length === 0 || year === undefined) return undefined;
  const same = (r: Reading, cell: string) =>
    r.value.replace(/%$/, "") === cell.replace(/^\+/, "") && (whole || r.kind === "level");
  const pool = known.filter(
    (r) => !r.fromTable && (r.time.year ?? r.time.to) === year && telling.some((c) => same(r, c)),
  );
  const identities = new Map(
    pool.map((r) => [`${r.identity.region}|${r.identity.breakdown}|${r.identity.indicator}`, r.identity] as const),
  );
  return identities.size === 1 ? [...identities.values()][0] : undefined;
}

/**
 * The indicator a row restates from the text above it (表3 粮食 902.61 restates 粮食总产量902.61万吨): the one subject
 * read so far in running text whose name is the row's label with the column's measure, or starts with the label;
 * none when that is not one alone.
 */
function restated(label: string, measure: string | undefined, known: readonly Reading[]): Identity | undefined {
  const stem = label.replace(/类$/, "");
  const prose = known.filter((r) => !r.fromTable);
  const exact = prose.filter(
    (r) => r.identity.label === `${stem}${measure ?? ""}` || r.identity.label === `${stem}类${measure ?? ""}`,
  );
  const pool = exact.length
    ? exact
    : prose.filter((r) => r.identity.label.startsWith(stem) && (!measure || r.identity.label.endsWith(measure)));
  const identities = new Map(
    pool.map((r) => [`${r.identity.region}|${r.identity.breakdown}|${r.identity.indicator}`, r.identity] as const),
  );
  return identities.size === 1 ? [...identities.values()][0] : undefined;
}

function nearest(columns: readonly Column[], center: number): Column | undefined {
  let best: Column | undefined;
  for (const c of columns) if (!best || Math.abs(c.center - center) < Math.abs(best.center - center)) best = c;
  return best;
}
