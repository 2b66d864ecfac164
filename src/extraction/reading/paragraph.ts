import type { DocumentContext } from "../context/document-context.js";
import { sentenceFrame, type TimeFrame } from "../context/sections.js";
import { sentencesOf, type ReadingText } from "../document/index.js";
import { DEFINING_VERBS, NOT_DEFINED } from "../vocabulary/not-figures.js";
import { isCountUnit, openBracket } from "./phrases.js";
import { figureTokens } from "./figure-token.js";
import { notAFigure } from "./not-a-figure.js";
import { readClause, type ParagraphState, type SentenceState } from "./clause.js";
import type { Identity } from "./identity.js";
import type { Reading, Readings } from "./reading.js";

/**
 * Reads a paragraph (or a heading) sentence by sentence. The paragraph keeps the indicator it speaks of and the part
 * of the year its opening set (1—4月份，…) across its sentences; a sentence keeps its year, base, frame (分产业看,
 * 其中) and subject across its clauses; a sentence that names a plan's years or a target year (五年来, 到2030年) reads
 * in that frame, and so does the rest of its paragraph.
 * Each figure keeps the head of its sentence (or of its part after ；), the first subject with a figure in it, by
 * which `qualifyAttributes` tells apart the same attribute of different heads.
 */
export function readParagraph(
  reading: ReadingText,
  doc: DocumentContext,
  section: TimeFrame,
  period: string | undefined,
  out: Readings,
): void {
  const p: ParagraphState = { ...(period ? { period } : {}) };
  let frame = section;
  sentencesOf(reading.text).forEach((sentence) => {
    const text = reading.text.slice(sentence.start, sentence.end);
    const own = sentenceFrame(text, doc, frame);
    // a frame a sentence says (五年来，…) holds for the rest of its paragraph
    if (own !== frame && own.said) frame = own;
    const s: SentenceState = { estimate: false, ...(p.period ? { period: p.period } : {}) };
    out.sentences++;
    // 全国人口是指我国大陆31个省、自治区、直辖市…: a definition's numbers bound it, they are no figures
    if (defines(text)) {
      for (const tok of figureTokens(reading.text, sentence.start, sentence.end)) {
        out.unread.push({
          span: { start: tok.start, end: tok.end },
          digits: tok.digits,
          reason: notAFigure(reading.text, tok) ?? "definition",
          quote: { start: sentence.start, end: sentence.end },
          reading,
        });
      }
      return;
    }
    // a sentence's parts after ； (…中学X所，在校学生Y万人；小学…) are heads of their own
    let before = out.figures.length;
    // a part with no subject of its own (…事故125起；死亡103人，…) goes on about the head before it
    let head: Identity | undefined;
    let partStart = sentence.start;
    sentence.clauses.forEach((clause, c) => {
      readClause({ doc, frame: own, reading, out }, clause, s, p, c === 0, sentence.clauses[c - 1]?.endedBy === "；");
      if (clause.endedBy === "；" || c === sentence.clauses.length - 1) {
        // an attribute's head is the last subject of its own before it (沪深交易所…上市A股150只，筹资622亿元，其中科创板上市15只，筹资152亿元)
        for (let i = before; i < out.figures.length; i++) {
          const f = out.figures[i]!;
          // (a part that opens with a count of things, 普通中学645所，在校学生…, is about them, however short their name;
          // a figure in brackets, 中职学校29所（含技工学校7所）, is no head of what follows the brackets)
          const bracketed = openBracket(reading.text, partStart, f.valueSpans[0]?.start ?? partStart) >= 0;
          if (!bracketed && (!generic(f.identity) || (i === before && countOfThings(f)))) head = f.identity;
          out.figures[i] = { ...out.figures[i]!, ...(head ? { head } : {}) };
        }
        before = out.figures.length;
        partStart = clause.end;
      }
    });
  });
}

const keyOf = (i: Identity) => `${i.region ?? ""}|${i.breakdown ?? ""}|${i.indicator}`;

/** A level counted in things (645所, 125起): what the attributes after it (在校学生, 死亡) are of. */
function countOfThings(r: Reading): boolean {
  return r.kind === "level" && isCountUnit(r.unit);
}

/** A subject that names an attribute rather than an indicator of its own: short, no usual id, no region or part. */
function generic(i: Identity): boolean {
  return !i.breakdown && !i.region && !/[A-Za-z]/.test(i.indicator) && i.label.length <= 5;
}

/**
 * Sentences that repeat one pattern (高等教育学校5所，毕业生2.49万人，在校生10.64万人。普通高中学校70所，毕业生6.99万人…;
 * 养老保险基金收入…，基金支出…) name the same attributes of different heads: an attribute that follows two or more
 * different heads anywhere in the document is taken as each head's (毕业生 of 高等教育学校), so that the figures of
 * different heads are never merged.
 */
export function qualifyAttributes(readings: Reading[]): void {
  const heads = new Map<string, Set<string>>();
  for (const r of readings) {
    if (!r.head || keyOf(r.head) === keyOf(r.identity) || !generic(r.identity)) continue;
    const set = heads.get(keyOf(r.identity)) ?? new Set<string>();
    set.add(keyOf(r.head));
    heads.set(keyOf(r.identity), set);
  }
  readings.forEach((r, i) => {
    if (!r.head || (heads.get(keyOf(r.identity))?.size ?? 0) < 2 || keyOf(r.head) === keyOf(r.identity)) return;
    readings[i] = { ...r, identity: { ...r.identity, breakdown: r.head.label } };
  });
}

const DEFINES = new RegExp(`^([^，。；：\\d]{1,30}?)(?:${DEFINING_VERBS.join("|")})`);

/** Whether a sentence defines a term: its subject, before any number or comma, then 是指 or 包括. */
function defines(sentence: string): boolean {
  const m = DEFINES.exec(sentence);
  return m !== null && !NOT_DEFINED.some((w) => m[1]!.includes(w));
}
