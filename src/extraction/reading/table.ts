import type { ClaimKind } from "../../verification/index.js";
import type { DocumentContext } from "../context/document-context.js";
import type { TimeFrame } from "../context/sections.js";
import { squeeze, type DocumentText, type TableBlock } from "../document/index.js";
import { readingText } from "../document/reading-text.js";
import { BREAKDOWN_BY } from "../vocabulary/indicators.js";
import { UNIT_WORDS } from "../vocabulary/units.js";
import { cellKind, columnOf, countedColumnOf, countedColumns, pairPeriods, type Column } from "./table-columns.js";
import { identify, measureOf, type Identity } from "./identity.js";
import { notAFigure } from "./not-a-figure.js";
import { claimValue, type Reading, type Readings } from "./reading.js";
import { timeOf } from "./time.js";
import { figureCell, rowName, type CellFigure } from "./table-cells.js";
import { cellsOf, delimited, headCells, indentOf, type Cell } from "./table-layout.js";

/** Kinds whose figures are rates in %. */
const RATES: readonly ClaimKind[] = ["share", "cumulative_change", "average_growth"];

const EMPTY_CELL = /^(?:[—–-]+|…+|\.{2,}|\s*)$/;

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
  const columns = pairPeriods(
    headCells(block.header)
      .map((c) => ({ ...columnOf(c.text, c.center, tableUnit), ...(c.above ? { name: c.above } : {}) }))
      .map((c) =>
        c.role !== "figures"
          ? c
          : changes && c.kind === "level" && c.year !== undefined
            ? { ...c, kind: "cumulative_change" as const, percent: true }
            : percentTable && c.kind === "level"
              ? { ...c, percent: true }
              : c,
      ),
  );
  const labelColumns = columns.filter((c) => c.role === "label");
  const byIndex = block.rows.some(delimited) && block.header.every(delimited);
  const years = columns.filter((c) => c.year !== undefined).map((c) => c.year!);
  const span = years.length >= 2 ? { from: Math.min(...years), to: Math.max(...years) } : undefined;
  const valueColumns = columns.filter((c) => c.role === "figures");
  // 学校数（所） 招生数（人） 在校生数（人）: each column of levels its own indicator, the row its part
  const counted = countedColumns(valueColumns);
  // (a 序号 column's numbers, aligned, go to it rather than to the nearest column of figures)
  const numbered = columns.filter((c) => c.role === "figures" || c.role === "ordinal");
  const subject = caption
    .replace(
      // the table's number, which squeezing may have run into its year (表72023年)
      /^表\s*(?:\d{1,2}(?=(?:19|20)\d\d年)|\d+)|(?:19|20)\d\d年(?:末)?|主要|及其?|情况|增长速度|增速|构成|[（(].*?[）)]|^.{0,8}?(?:市|省|县|区|州)(?=.)/g,
      "",
    )
    .trim();
  // 招生数、在校生数: the wholes a caption lists
  const captionWholes = subject.split(/[、和与]/).filter((w) => w.length >= 2);
  // 分行业固定资产投资: the rows are the parts of investment, by industry
  const by = BREAKDOWN_CAPTION.exec(subject);
  const topic = identify((by ? subject.slice(by[0].length) : subject) || "表", {
    level: context.level,
    place: context.place,
  });
  let parent: Identity | undefined;
  let parentIndent: number | undefined;
  let parentName: string | undefined;
  // whether a row of figures was read; the first, when it names the whole the numbered rows after it (一、食品烟酒,
  // 二、衣着) are the parts of
  let firstRead = false;
  let firstWhole: Identity | undefined;
  for (const row of block.rows) {
    const cells = cellsOf(row);
    const roleOf = (cell: Cell, k: number): Column | undefined =>
      byIndex ? columns[k] : cell.text !== "" && figureCell(cell.text) ? nearest(numbered, cell.center) : undefined;
    // (words under a column of figures after the row's first, 高于地区生产总值增长, are no part of the row's name)
    const words = cells
      .filter((c) => c.text !== "" && !figureCell(c.text) && !EMPTY_CELL.test(c.text))
      .filter((c, k) =>
        byIndex
          ? columns[cells.indexOf(c)]?.role !== "figures"
          : k === 0 || nearest(columns, c.center)?.role !== "figures",
      );
    // the label is the row's first words; the words under 单位 its unit, under 属性 its nature
    const unitCell = words.find((c) =>
      byIndex
        ? columns[cells.indexOf(c)]?.role === "unit"
        : words.indexOf(c) > 0 && (/^[%‰]$/.test(c.text) || UNIT_WORDS.some((u) => c.text.endsWith(u))),
    );
    const nature = words.find((c) => /^(?:约束性|预期性)$/.test(c.text))?.text as "约束性" | "预期性" | undefined;
    // (under two heads of labels, 类别 and 指标, the last names the row: 经济发展 is the group it stands in)
    const grouped = labelColumns.length >= 2;
    const labelWords = words.filter((c) => c !== unitCell && c.text !== nature);
    const label = (
      !grouped
        ? labelWords
        : byIndex
          ? labelWords.slice(-1)
          : labelWords.filter((c) => nearest(labelColumns, c.center) === labelColumns[labelColumns.length - 1])
    )
      .map((c) => c.text)
      .join("");
    // 1.地区生产总值增长（%）: the row's number left out, its unit and the change it speaks of read apart
    const named = rowName(squeeze(label.replace(/^(?:其中[：:]|#|在总计中[：:])/, "")), unitCell?.text);
    const name = named.name;
    // (a row indented under another is a part of it, but not under a column of groups, whose rows are indented alike,
    // nor when it names another of the wholes the caption lists: 各级各类学校在校生数 after 各级各类学校招生数 in a
    // table of 招生数、在校生数)
    const part =
      /^(?:其中[：:]|#|在总计中[：:])/.test(label) ||
      (!grouped &&
        parentIndent !== undefined &&
        indentOf(row) > parentIndent + 1 &&
        !otherWhole(captionWholes, name, parentName));
    const celled = cells
      .map((c, k) => ({ c, column: roleOf(c, k), figure: figureCell(c.text) }))
      .filter((n): n is typeof n & { figure: CellFigure } => n.figure !== undefined);
    // 一、食品烟酒 after 居民消费价格指数: a numbered row of figures, under a first row that is not numbered, naming no
    // measure other than that row's (一、规模以上工业增加值 after 地区生产总值 is an indicator of its own)
    const ownMeasure = measureOf(name);
    const chapter =
      CHAPTER.test(label) &&
      firstWhole !== undefined &&
      celled.length > 0 &&
      (ownMeasure === undefined || firstWhole.label.endsWith(ownMeasure));
    out.sentences++;
    const reading = readingText(doc.normalized, [row]);
    const at = new Map<number, number>();
    reading.origin.forEach((o, i) => at.set(o, i));
    // an item's number under 序号 is a list mark
    const numbers = celled.filter(({ c, column, figure }) => {
      if (column?.role !== "ordinal") return true;
      const start = at.get(c.start + c.text.indexOf(figure.printed))!;
      out.unread.push({
        span: { start, end: start + figure.number.length },
        digits: figure.number,
        reason: "list",
        quote: { start: 0, end: reading.text.length },
        reading,
      });
      return false;
    });
    // one identity for the row, whatever the column: the level column's measure names it (粮食 + 产量)
    const measure = valueColumns.find((c) => c.measure)?.measure;
    const again = name
      ? (restatedByValue(
          numbers.map(({ c }) => c.text),
          year,
          total(name) ? undefined : name,
          out.figures,
          // a row of a table broken down by its caption is a part of the caption's whole, whatever the text
          // called a part of another whole by the same name
        ) ?? (part || by || chapter ? undefined : restated(name, measure, out.figures)))
      : undefined;
    // in a table broken down by its caption, a row that is no part of a row above is a part of the whole, and the
    // row of the whole (总计) is the whole; a numbered row is a part of the first row's whole
    const whole = chapter ? firstWhole : part && parent ? parent : by ? topic : undefined;
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
      const start = at.get(cell.start + cell.text.indexOf(figure.printed) + (figure.number.length - digits.length))!;
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
      const of = !rowYear && column && counted.length > 0 ? countedColumnOf(counted, valueColumns, column) : undefined;
      if (of && name && !ofColumn.has(of)) {
        const head = identify(of.head!, { level: context.level, place: context.place });
        ofColumn.set(of, {
          ...(total(name) ? head : { ...head, breakdown: name, label: `${name}${of.head}` }),
          mention: ++out.mentions,
        });
      }
      const who = rowYear ? (column ? ofColumn.get(column) : undefined) : of ? ofColumn.get(of) : identity;
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
      // a row in % (研发投入强度 %) holds rates: a level of it is a share (a row's own unit says whether it is a
      // rate; the column's % says so only for a row without one)
      const rateRow = rowUnit !== undefined ? /^[%‰]$/.test(rowUnit) : column.percent;
      const read = cellKind(column, named, rateRow, figure);
      // 〔4.4〕: over the table's years, which it needs; 城镇新增就业〔330〕: a total over them, no change of a level
      const years = column.span ?? span;
      if ("unread" in read || (read.overSpan && !years)) {
        out.unread.push({ span: valueSpan, digits, reason: "no_relation", quote, reading });
        return;
      }
      const kind = read.kind;
      const overYears = (column.kind === "average_growth" || read.overSpan) && years;
      const when = rowYear !== undefined ? Number(rowYear) : overYears ? overYears.to : (column.year ?? year);
      const period = column.period ?? context.period;
      const time = timeOf(kind, {
        year: when,
        yearSaid: rowYear !== undefined || captionYear !== undefined || column.year !== undefined || section.said,
        ...(overYears ? { range: overYears } : {}),
        ...(period ? { period } : {}),
      });
      const sign = (negative ? -1 : 1) * (named.change ?? 1) < 0 ? -1 : 1;
      const reviewed = context.reviewYear ?? context.year;
      out.figures.push({
        kind,
        value: claimValue(
          kind,
          digits,
          sign,
          !RATES.includes(kind) ? "bare" : kind === "share" && rowUnit === "‰" ? "permille" : "percent",
        ),
        ...((kind === "level" || kind === "absolute_change") && (rowUnit ?? column.unit)
          ? { unit: rowUnit ?? column.unit }
          : {}),
        qualifiers: figure.qualifiers,
        identity: who,
        time,
        target:
          column.done !== true &&
          (section.role === "targets" || column.planned === true || (reviewed !== undefined && when > reviewed)),
        ...(nature ? { nature } : {}),
        estimate: false,
        valueSpans: [valueSpan],
        quote,
        reading,
        sentence: out.sentences,
        fromTable: true,
      });
    });
    if (!firstRead && celled.length > 0) {
      firstRead = true;
      if (found && !part && !CHAPTER.test(label)) firstWhole = found;
    }
    if (chapter && found) {
      // the parts that follow under it are its parts
      parent = found;
      parentIndent = indentOf(row);
      parentName = name;
    } else if (!part && name) {
      // the parts that follow are parts of this row's indicator: the text's, when the row restates it
      parent =
        again ??
        (by || measure ? found : undefined) ??
        identify(name, { level: context.level, place: context.place, topic });
      parentIndent = indentOf(row);
      parentName = name;
    }
  }
}

/** A row numbered as a chapter of the table: 一、食品烟酒, 十二、其他. */
const CHAPTER = /^\s*[一二三四五六七八九十]+[、.．]/;

/** A caption's breakdown before its subject: 分行业, 按登记注册类型分 (see `BREAKDOWN_BY`). */
const BREAKDOWN_CAPTION = new RegExp(
  `^(?:分(?:${BREAKDOWN_BY.join("|")})|按(?:${BREAKDOWN_BY.join("|")})(?:分|划分))(?=\\p{Script=Han})`,
  "u",
);

/**
 * Whether a row names another of the wholes its table's caption lists than the row above it does (各级各类学校在校生数
 * after 各级各类学校招生数, under 各级各类学校招生数、在校生数及其增长速度): a whole of its own, however indented.
 */
function otherWhole(wholes: readonly string[], name: string | undefined, above: string | undefined): boolean {
  const whole = (n: string | undefined) => (n === undefined ? -1 : wholes.findIndex((w) => n.endsWith(w)));
  return whole(name) >= 0 && whole(above) >= 0 && whole(name) !== whole(above);
}

/** 总计, 合计, 全体居民: the row of the table's whole. */
const total = (name: string) => /^(?:总计|合计|总量|全部|总额|全市|全省|全州|全县|全区|全体居民|全体)$/.test(name);

/**
 * The indicator a row restates from the text above it by its figures (表12 全部财税收入 128.64 restates 财税收入128.64亿元):
 * the one subject read so far in running text with a level printed with the same digits, at least three significant
 * ones, in the same year, whose name shares two characters running with the row's (小麦 508.58 restates no 夏粮
 * 508.58); for a row of the table's whole (总计, `name` undefined), whose name says nothing, any figure of the row.
 * None when that is not one subject alone.
 */
function restatedByValue(
  cells: readonly string[],
  year: number | undefined,
  name: string | undefined,
  known: readonly Reading[],
): Identity | undefined {
  const whole = name === undefined;
  const named = (r: Reading) =>
    whole || [...name].some((_, k) => k + 2 <= name.length && r.identity.label.includes(name.slice(k, k + 2)));
  const telling = cells.filter((c) => whole || c.replace(/^[-+]?0*|\./g, "").length >= 3);
  if (telling.length === 0 || year === undefined) return undefined;
  const same = (r: Reading, cell: string) =>
    r.value.replace(/%$/, "") === cell.replace(/^\+/, "") && (whole || r.kind === "level");
  const pool = known.filter(
    (r) => !r.fromTable && (r.time.year ?? r.time.to) === year && telling.some((c) => same(r, c)) && named(r),
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
