import { lastStartAtOrBefore } from "../core/index.js";
import { NUMBER_IN_TEXT, originalSpan, type DocumentText, type Line } from "./document/index.js";
import type { NotAFigure } from "./reading/not-a-figure.js";
import type { Readings } from "./reading/reading.js";
import type { ExtractedClaim, UnclassifiedNumber } from "./types.js";

/**
 * Every Arabic-digit number of the text that is no claim's or target's value, listed with its reason: the numbers
 * the readers set aside (a date, a name, a list mark …), note marks ([1], ①), and the numbers no reader reached
 * (the head's dates, page numbers, web-page furniture), so that nothing is silently dropped.
 */
export function accountForEveryNumber(
  doc: DocumentText,
  out: Readings,
  figures: readonly ExtractedClaim[],
  lineOf: (offset: number) => number,
): UnclassifiedNumber[] {
  const text = doc.original;
  const done = new Set<number>();
  for (const f of figures) for (const s of f.valueSpans) done.add(s.start);
  const listed: UnclassifiedNumber[] = [];
  const list = (start: number, end: number, reason: NotAFigure, quote: { start: number; end: number }) => {
    if (done.has(start)) return;
    done.add(start);
    // the clause around the number, at most 40 characters each side: a long clause is not quoted whole for each of its numbers
    const around = text
      .slice(Math.max(quote.start, start - QUOTE_REACH), Math.min(quote.end, end + QUOTE_REACH))
      .trim();
    listed.push({
      number: doc.normalized.slice(start, end).replace(/\u200b/g, ""),
      quote: around,
      span: { start, end },
      line: lineOf(start),
      reason,
    });
  };
  for (const u of out.unread) {
    const span = originalSpan(u.reading, u.span.start, u.span.end);
    list(span.start, span.end, u.reason, originalSpan(u.reading, u.quote.start, u.quote.end));
  }
  // (a number's digits may stand apart by what prints nothing: 1,349,084 and 38​5.6 are one number each)
  for (const m of doc.normalized.matchAll(NUMBER_IN_TEXT)) {
    if (done.has(m.index)) continue;
    const line = lineAt(doc.lines, m.index);
    list(
      m.index,
      m.index + m[0].length,
      reasonByPlace(doc.normalized, m.index, m[0], line),
      line ?? { start: m.index, end: m.index + m[0].length },
    );
  }
  return listed.sort((a, b) => a.span.start - b.span.start);
}

/** How far the quote of a number that is no figure reaches on each side of it. */
const QUOTE_REACH = 40;

/**
 * Why a number no reader read is none: a date, a page number, a note mark or the number of a table or an item by its
 * place, else no relation known.
 */
function reasonByPlace(normalized: string, at: number, digits: string, line: Line | undefined): NotAFigure {
  const after = normalized.slice(at + digits.length, at + digits.length + 2);
  const before = normalized.slice(Math.max(0, at - 1), at);
  // [1], 表1, 图2, and an item's number at the start of a cell or line (| 1.地区生产总值增长)
  if (before === "[" || before === "表" || before === "图" || line?.kind === "see_through") return "list";
  if (/^[.、．]\p{Script=Han}/u.test(after) && /^(?:|\s|\|)$/.test(before)) return "list";
  // (1—6月: the first month of a span is a date too)
  if (/^\s*[年月日号]|^[-—–－~至到]\d/.test(after) || (/-$/.test(before) && /^\d{1,2}$/.test(digits))) return "date";
  return "no_relation";
}

function lineAt(lines: readonly Line[], at: number): Line | undefined {
  return lines[lastStartAtOrBefore(lines.length, (i) => lines[i]!.start, at)];
}
