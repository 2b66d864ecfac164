import type { Line } from "./lines.js";
import { squeeze } from "./lines.js";
import { DOCUMENT_KINDS } from "../vocabulary/documents.js";
import type { Span } from "./reading-text.js";

/** A date printed in a document's head or furniture: 2025年3月, 2024年4月29日, 2025-04-24. */
export interface PrintedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Said as the day a report was delivered: ——2021年3月5日在…会议上. */
  readonly delivered: boolean;
  readonly span: Span;
}

/** The lines above a document's body: its title, who issued it and when. */
export interface Head {
  /** The title's lines joined without spaces (政府工作报 / 告 is 政府工作报告). */
  readonly title: string;
  readonly titleSpan?: Span;
  readonly issuers: readonly string[];
  readonly dates: readonly PrintedDate[];
  /** The index of the first line of the body. */
  readonly bodyStart: number;
}

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|(\d{4})-(\d{1,2})-(\d{1,2})/;
const ISSUER = /(?:统计局|调查队|人民政府|国务院|[部厅局署]|委员会|办公室|总理|省长|市长|主席|州长|县长|区长)$/;
const OPENING = /^(?:各位代表|同志们)/;
/** The words of a document's title (公报, 主要经济指标, 预算执行情况): a line with a date and one of them is a title. */
const TITLE_WORDS: readonly string[] = Object.values(DOCUMENT_KINDS).flatMap((k) => k.title);

/**
 * Reads a document's head: the short lines before its first sentence (a line with a comma or a full stop inside,
 * the opening 各位代表, or a numbered heading). Dates anywhere in furniture lines (发布日期：2025-04-24) count too.
 */
export function readHead(lines: readonly Line[]): Head {
  const titleLines: Line[] = [];
  const issuers: string[] = [];
  const dates: PrintedDate[] = [];
  let i = 0;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "see_through") continue;
    // a table, its caption or its header (指标	单位	1—6月: cells between tabs, or spaced out above a table's row), is body
    if (line.kind === "table" || /^\s*表\s*\d/.test(line.text) || headerOfTable(lines, i)) break;
    const t = squeeze(line.text).replace(/^#+/, "");
    const date = dateIn(line);
    if (line.kind === "furniture") {
      if (date) dates.push(date);
      continue;
    }
    // a Markdown heading at the top (# 2024年…公报) is the title
    const topHeading = /^\s*#/.test(line.text) && titleLines.length === 0 && issuers.length === 0;
    const sentence =
      /[，。；！？]/.test(t) ||
      OPENING.test(t) ||
      (line.kind === "heading" && (line.level ?? 9) < 9 && !topHeading) ||
      t.length > 60;
    if (sentence) break;
    // a dateline: a date alone, or the day a report was delivered (2025年1月14日在…会议上…作政府工作报告)
    if (date && (date.delivered || (t.length - date.text.length < 30 && !TITLE_WORDS.some((w) => t.includes(w))))) {
      dates.push(date);
      continue;
    }
    if (
      ISSUER.test(t) ||
      /^(?:国务院总理|[省市州县区]长)/.test(t) ||
      (t.length <= 4 && titleLines.length > 0 && issuers.length > 0)
    ) {
      issuers.push(t);
      continue;
    }
    if (issuers.length === 0 && dates.length === 0) titleLines.push(line);
    else if (/公报|报告|情况|纲要/.test(t)) titleLines.push(line);
  }
  const title = titleLines.map((l) => squeeze(l.text).replace(/^#+/, "")).join("");
  const titleSpan = titleLines.length
    ? { start: titleLines[0]!.start, end: titleLines[titleLines.length - 1]!.end }
    : undefined;
  return { title, ...(titleSpan ? { titleSpan } : {}), issuers, dates, bodyStart: i };
}

/** Whether a line is a table's header: cells between tabs, or three cells or more spaced out right above a row. */
function headerOfTable(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text.trim();
  if (/\S\t+\S/.test(text)) return true;
  const next = lines.slice(i + 1).find((l) => l.kind !== "blank" && l.kind !== "see_through");
  return next?.kind === "table" && text.split(/\s{2,}/).length >= 3;
}

function dateIn(line: Line): (PrintedDate & { text: string }) | undefined {
  const m = DATE.exec(line.text);
  if (!m) return undefined;
  const year = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const day = m[3] ?? m[6];
  // ——2021年3月5日在第十三届全国人民代表大会第四次会议上: the day a report was delivered (the line may break before 会议上)
  const delivered = /会议上|大会上/.test(line.text) || /^\s*—+\s*\d{4}\s*年.*在/.test(line.text);
  return {
    year,
    month,
    ...(day ? { day: Number(day) } : {}),
    delivered,
    span: { start: line.start + m.index, end: line.start + m.index + m[0].length },
    text: squeeze(m[0]),
  };
}
