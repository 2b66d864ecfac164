import type { DocumentContext } from "../context/document-context.js";
import type { TimeFrame } from "../context/sections.js";
import { squeeze, type DocumentText, type Line, type TableBlock } from "../document/index.js";
import { readingText } from "../document/reading-text.js";
import type { ClaimKind } from "../../verification/index.js";
import { identify, measureOf, type Identity } from "./identity.js";
import { notAFigure } from "./not-a-figure.js";
import { valueOf, type Reading, type Readings } from "./reading.js";
import { timeOf } from "./time.js";
import { UNIT_WORDS } from "../vocabulary/units.js";

/** A cell of a table row: its text and where it is, in the text and in display columns (a Chinese character is two wide). */
interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly center: number;
}

/** What a column holds, from its header: a level (in a year, in a unit), a growth rate, a share, an index number. */
interface Column {
  readonly kind: ClaimKind;
  /** The measure the header names (产量 of 产量（万吨）): a row's label with it names the row's indicator (油料产量). */
  readonly measure?: string;
  /** The column of units (单位): its cells are the rows' units, not figures. */
  readonly unitColumn?: boolean;
  readonly center: number;
  readonly year?: number;
  readonly unit?: string;
  readonly percent: boolean;
}

const NUMBER_CELL = /^[-+]?\d+(?:\.\d+)?$/;
const widthOf = (c: string) => (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(c) ? 2 : 1);

function cellsOf(line: Line): Cell[] {
  const text = line.text;
  const cells: Cell[] = [];
  const separator = /\t/.test(text) ? /[^\t]+/g : /^\s*\|/.test(text) ? /[^|]+/g : /\S+(?: \S+)*/g;
  let column = 0;
  let last = 0;
  for (const m of text.matchAll(separator)) {
    for (let i = last; i < m.index; i++) column += widthOf(text[i]!);
    const width = [...m[0]].reduce((w, c) => w + widthOf(c), 0);
    last = m.index + m[0].length;
    const trimmed = m[0].trim();
    if (trimmed === "") {
      column += width;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    cells.push({ text: trimmed, start: line.start + m.index + lead, end: line.start + m.index + lead + trimmed.length, center: column + width / 2 });
    column += width;
  }
  return cells;
}

/** What a header cell says its column holds. */
function columnOf(header: string, center: number, tableUnit: string | undefined): Column | undefined {
  const h = squeeze(header);
  const unit = /[（(]([^）)%]+)[）)]/.exec(h)?.[1] ?? tableUnit;
  const year = /((?:19|20)\d\d)年?/.exec(h)?.[1];
  if (/年均|年平均/.test(h)) return { kind: "average_growth", center, percent: true };
  if (/增长|增减|增速|增幅|±|同比|涨跌/.test(h)) return { kind: "cumulative_change", center, percent: true };
  if (/指数|=100|为100/.test(h)) return { kind: "index", center, percent: false };
  if (/比重|构成|占比|结构/.test(h) || /^[（(]?%[）)]?$/.test(h)) return { kind: "share", center, percent: true };
  // the labels' column (指标名称, 项目, 产品名称, 地区, 类别): no figures
  if (/^(?:指标|项目|名称|产品|地区|属性|类别|类|分组|行业|国家和地区|城市)/.test(h.replace(/[（(].*$/, "")) && !/\d/.test(h)) return undefined;
  if (/^单位$/.test(h)) return { kind: "level", center, percent: false, unitColumn: true };
  // a generic word (数, 量) names no measure
  const measure = [measureOf(`表${h.replace(/[（(].*$/, "")}`)].find((m) => m !== undefined && m.length >= 2);
  return { kind: "level", center, ...(measure ? { measure } : {}), ...(year ? { year: Number(year) } : {}), ...(unit && UNIT_WORDS.some((u) => unit.endsWith(u)) ? { unit } : {}), percent: /%/.test(h) };
}

/**
 * Reads a table: each row's label as its subject (其中：城镇 is a part of the row above it), each number cell by its
 * column's header (产量（万吨）a level in 万吨, 比上年增长（%）a growth rate, 比重（%）a share, 指数（上年=100）an index
 * number, 2025年 a level of that year); the year from the caption (表1 2023年…) or the section. A table without a
 * header it can read is left unread, cell by cell, with its reason.
 */
export function readTable(block: TableBlock, doc: DocumentText, context: DocumentContext, section: TimeFrame, out: Readings): void {
  const caption = block.caption.map((l) => squeeze(l.text)).join("");
  const tableUnit = /单位[：:]([^\s，。]+)/.exec(caption)?.[1];
  const captionYear = /((?:19|20)\d\d)年/.exec(caption)?.[1];
  const year = captionYear !== undefined ? Number(captionYear) : section.year;
  const columns = block.header
    .flatMap((l) => mergeSpaced(cellsOf(l)))
    .map((c) => columnOf(c.text, c.center, tableUnit))
    .filter((c): c is Column => c !== undefined);
  const unitColumn = columns.find((c) => c.unitColumn);
  // 2022年居民消费价格涨跌幅度（单位：%）: columns of years that hold changes, not levels
  const changes = /涨跌|增长|增速|增幅|幅度|比上年/.test(caption.replace(/及其?增长速度$|增长速度$|及增速$/, ""));
  const percentTable = /单位[：:]\s*%/.test(caption);
  const valueColumns = columns
    .filter((c) => !c.unitColumn)
    .map((c) => (changes && c.kind === "level" && c.year !== undefined ? { ...c, kind: "cumulative_change" as const, percent: true } : percentTable && c.kind === "level" ? { ...c, percent: true } : c));
  const topic = identify(caption.replace(/^表\s*\d+|(?:19|20)\d\d年(?:末)?|主要|及其?|情况|增长速度|增速|构成|[（(].*?[）)]|^.{0,8}?(?:市|省|县|区|州)(?=.)/g, "").trim() || "表", { level: context.level });
  let parent: Identity | undefined;
  let parentIndent: number | undefined;
  for (const row of block.rows) {
    const cells = cellsOf(row);
    // the label is the row's first cell; of the other words, the one under 单位 is the unit
    const words = cells.filter((c) => !NUMBER_CELL.test(c.text) && !/^[—-]+$/.test(c.text));
    const unitCell = unitColumn && words.length >= 2 ? words.slice(1).sort((a, b) => Math.abs(a.center - unitColumn.center) - Math.abs(b.center - unitColumn.center))[0] : undefined;
    const label = cells.filter((c) => c !== unitCell && !NUMBER_CELL.test(c.text) && !/^[—-]+$/.test(c.text)).map((c) => c.text).join("");
    // 其中：城镇, #铁路, 在总计中：轻工业, or a row indented under the one above: a part of it
    const part = /^(?:其中[：:]|#|在总计中[：:])/.test(label) || (parentIndent !== undefined && indentOf(row) > parentIndent + 1);
    const name = squeeze(label.replace(/^(?:其中[：:]|#|在总计中[：:])/, "").replace(/^[一二三四五六七八九十]+、/, ""));
    const numbers = cells.filter((c) => NUMBER_CELL.test(c.text));
    out.sentences++;
    const reading = readingText(doc.normalized, [row]);
    const at = new Map<number, number>();
    reading.origin.forEach((o, i) => at.set(o, i));
    // one identity for the row, whatever the column: the level column's measure names it (粮食 + 产量)
    const measure = valueColumns.find((c) => c.measure)?.measure;
    const rowFound = name ? (part ? undefined : restated(name, measure, out.figures)) ?? identify(measure && !measureOf(name) ? `${name}${measure}` : name, { level: context.level, ...(part && parent ? { topic: parent, frame: "parts" as const } : {}) }) : undefined;
    const rowIdentity = rowFound ? { ...rowFound, mention: ++out.mentions } : undefined;
    // more numbers than the header has columns: the row cannot be read cell by cell
    const readable = numbers.length <= valueColumns.length;
    numbers.forEach((cell, k) => {
      // as many numbers as columns: one each, in order; fewer: each under the column it stands nearest
      const column = numbers.length === valueColumns.length ? valueColumns[k] : nearest(valueColumns, cell.center);
      const digits = cell.text.replace(/^[-+]/, "");
      const negative = /^-/.test(cell.text);
      const start = at.get(cell.end - digits.length)!;
      const span = { start, end: start + digits.length };
      const token = { ...span, digits, negative, unitKind: "bare" as const, qualifiersAfter: [], wordsEnd: span.end };
      const reason = notAFigure(reading.text, token);
      const quote = { start: 0, end: reading.text.length };
      if (!readable || !column || !name || year === undefined || (reason && reason !== "name")) {
        out.unread.push({ span, digits, reason: reason ?? "no_relation", quote, reading });
        return;
      }
      const who = rowIdentity!;
      const when = column.year ?? year;
      const time = timeOf(column.kind, { year: when, yearSaid: captionYear !== undefined || section.said, ...(context.period ? { period: context.period } : {}) });
      out.figures.push({
        kind: column.kind,
        value: valueOf(column.kind, digits, negative ? -1 : 1, column.percent ? "percent" : "bare"),
        ...(column.kind === "level" && (unitCell?.text ?? column.unit) ? { unit: unitCell?.text ?? column.unit } : {}),
        qualifiers: [],
        identity: who,
        time,
        target: section.role === "targets" || (context.year !== undefined && when > context.year),
        estimate: false,
        valueSpans: [span],
        quote,
        reading,
        sentence: out.sentences,
        fromTable: true,
      });
    });
    if (!part && name) {
      parent = identify(name, { level: context.level, topic });
      parentIndent = indentOf(row);
    }
  }
}

/**
 * The indicator a row restates from the text above it (表3 粮食 902.61 restates 粮食总产量902.61万吨): the one subject
 * read so far whose name is the row's label with the column's measure, or starts with the label; none when that is
 * not one alone.
 */
function restated(label: string, measure: string | undefined, known: readonly Reading[]): Identity | undefined {
  const stem = label.replace(/类$/, "");
  const exact = known.filter((r) => r.identity.label === `${stem}${measure ?? ""}` || r.identity.label === `${stem}类${measure ?? ""}`);
  const prose = known.filter((r) => !r.fromTable);
  const exactProse = exact.filter((r) => !r.fromTable);
  const pool = exactProse.length ? exactProse : prose.filter((r) => r.identity.label.startsWith(stem) && (!measure || r.identity.label.endsWith(measure)));
  const identities = new Map(pool.map((r) => [`${r.identity.region}|${r.identity.breakdown}|${r.identity.indicator}`, r.identity] as const));
  return identities.size === 1 ? [...identities.values()][0] : undefined;
}

/** Header cells of one character each, spaced out (指   标): one cell. */
function mergeSpaced(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && /^[\p{Script=Han}#]$/u.test(last.text) && /^[\p{Script=Han}]/u.test(c.text) && c.text.length <= 8) {
      out[out.length - 1] = { text: last.text + c.text, start: last.start, end: c.end, center: (last.center + c.center) / 2 };
    } else out.push(c);
  }
  return out;
}

function indentOf(line: Line): number {
  return line.text.length - line.text.trimStart().length;
}

function nearest(columns: readonly Column[], center: number): Column | undefined {
  let best: Column | undefined;
  for (const c of columns) if (!best || Math.abs(c.center - center) < Math.abs(best.center - center)) best = c;
  return best;
}
