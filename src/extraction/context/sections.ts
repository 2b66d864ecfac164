import { FUTURE_SPAN_WORDS, PLAN_SPAN_WORDS, SECTION_ROLES, TARGET_WORDS } from "../vocabulary/documents.js";
import type { DocumentContext } from "./document-context.js";
import { PLAN_PERIOD, planNamed, plansNamed, planYears, type PlanYears } from "./plans.js";

/**
 * What a stretch of a document speaks of: what happened (`facts`: a communiqué's year, a work report's review) or
 * what is to happen (`targets`), the year its figures are of, and the years of a plan it reviews or sets (十四五时期
 * 年均增长 runs over the plan's years).
 */
export interface TimeFrame {
  readonly role: "facts" | "targets";
  /** The year figures are of when nothing else is said; undefined when the document's year is unknown. */
  readonly year?: number;
  readonly span?: PlanYears;
  /** Said by the text (a heading, a year in the sentence) rather than taken from the document's kind. */
  readonly said: boolean;
  /** What was assumed to place it (未来五年 without its end year): the claims of the frame say it. */
  readonly note?: string;
}

const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
const YEAR = /((?:19|20)\d\d)年/;

/** The frame a document starts in: a work report reviews the year before its own; anything else reports its year. */
export function documentFrame(doc: DocumentContext): TimeFrame {
  if (doc.year === undefined) return { role: "facts", said: false };
  return { role: "facts", year: doc.reviewYear!, said: doc.yearSource !== "assumed" };
}

/**
 * The frame a heading opens. In a work report: a review (2025年工作回顾, “十四五”发展主要成绩) or targets (主要预期目标,
 * 2026年重点工作, “十五五”时期主要目标); a plan named in it gives its years. Elsewhere headings keep the document's
 * frame.
 */
export function headingFrame(heading: string, doc: DocumentContext, current: TimeFrame): TimeFrame {
  if (doc.kind !== "gwr" && doc.kind !== "plan" && doc.kind !== "budget") return current;
  const base = documentFrame(doc);
  const year = YEAR.exec(heading)?.[1];
  // a heading may name a plan reviewed and the plan ahead (“十三五”时期发展成就和“十四五”时期主要目标任务)
  const plans = plansNamed(heading).map(planYears);
  const ahead = doc.reviewYear !== undefined ? plans.find((p) => p.to > doc.reviewYear!) : undefined;
  const future = has(heading, FUTURE_SPAN_WORDS) && doc.planYear !== undefined ? planUnderWay(doc.planYear) : undefined;
  const isTarget =
    has(heading, SECTION_ROLES.targets) ||
    (ahead !== undefined && !has(heading, SECTION_ROLES.review)) ||
    (year !== undefined && doc.reviewYear !== undefined && Number(year) > doc.reviewYear);
  if (isTarget) {
    const span = ahead ?? future ?? plans[plans.length - 1];
    const y = year !== undefined ? Number(year) : (span?.to ?? doc.planYear);
    const note = future && !ahead && year === undefined ? futureNote(future) : undefined;
    return {
      role: "targets",
      ...(y !== undefined ? { year: y } : {}),
      ...(span && !year ? { span } : {}),
      said: true,
      ...(note ? { note } : {}),
    };
  }
  if (has(heading, SECTION_ROLES.review) || year !== undefined) {
    // 2025年工作总结和“十四五”发展成就: the year's review; the plan's years only where a sentence speaks of them
    // (a plan under way, “十四五”以来主要成就 in a report reviewing 2024: its years so far, to the year in review)
    const named =
      year !== undefined
        ? undefined
        : (plans.find((p) => doc.reviewYear === undefined || p.to <= doc.reviewYear) ?? plans[0]);
    const span =
      named && doc.reviewYear !== undefined && named.to > doc.reviewYear && named.from < doc.reviewYear
        ? { from: named.from, to: doc.reviewYear }
        : named;
    const y = year !== undefined ? Number(year) : (span?.to ?? base.year);
    // 过去五年工作回顾: the five years to the year in review
    const reviewed = span ?? (has(heading, PLAN_SPAN_WORDS) && y !== undefined ? { from: y - 5, to: y } : undefined);
    return {
      role: "facts",
      ...(y !== undefined ? { year: y } : {}),
      ...(reviewed && reviewed.to === y ? { span: reviewed } : {}),
      said: true,
    };
  }
  return current;
}

/** The five-year plan whose years hold a year: in 2022, 十四五 (2021–2025). */
function planUnderWay(year: number): PlanYears {
  const n = Math.floor((year - 1966) / 5) + 3;
  return planYears(Math.max(3, n));
}

function futureNote(span: PlanYears): string {
  return `未来五年 is not given an end year: taken as the end of the five-year plan under way (${span.to})`;
}

/**
 * The frame a sentence speaks in, within its section's: 五年来 or “十四五”时期 over the plan's years (the last one
 * ended when it has); 到2030年 or 力争 … a target of that year; 今年 in a work report this year's target; 去年 or 过去一年
 * the year before.
 */
export function sentenceFrame(sentence: string, doc: DocumentContext, section: TimeFrame): TimeFrame {
  if (doc.year === undefined || doc.reviewYear === undefined || doc.planYear === undefined) return section;
  const gwr = doc.kind === "gwr" || doc.kind === "plan" || doc.kind === "budget";
  // a plan's years as a stretch of time (“十四五”时期, 五年来); a plan named otherwise (收官之年, 十三五末) is no span
  // a plan compared with (高于“十三五”时期实际) is no frame
  const period = PLAN_PERIOD.exec(
    sentence.replace(new RegExp(`(?:高于|低于|超过|比|较|与)${PLAN_PERIOD.source}`, "g"), ""),
  );
  const plan = period ? planNamed(period[0]) : undefined;
  // 过去五年, 五年来: the five years to the year in review
  const reviewed = section.role === "facts" ? (section.year ?? doc.reviewYear) : doc.reviewYear;
  const span =
    plan !== undefined
      ? planYears(plan)
      : has(sentence, PLAN_SPAN_WORDS) && gwr
        ? { from: reviewed - 5, to: reviewed }
        : undefined;
  if (gwr && has(sentence, FUTURE_SPAN_WORDS) && section.role !== "targets") {
    const ahead = planUnderWay(doc.planYear);
    return { role: "targets", year: ahead.to, span: ahead, said: true, note: futureNote(ahead) };
  }
  const until = /(?:到|至|在)((?:19|20)\d\d)年(?:底|末)?(?![—\-~至到]\d)/.exec(sentence);
  const future = until && Number(until[1]) > doc.reviewYear ? Number(until[1]) : undefined;
  const targetWords = has(
    sentence,
    TARGET_WORDS.filter((w) => w.length > 1),
  );
  if (future !== undefined && (targetWords || section.role === "targets" || gwr)) {
    // 到2020年，…从人均8.7万元提高到12万元: the plan the paragraph speaks of, when it ends that year
    const planSpan = span ?? section.span;
    return {
      role: "targets",
      year: future,
      ...(planSpan && planSpan.to === future ? { span: planSpan } : {}),
      said: true,
    };
  }
  // “十四五”以来: from the plan's start to the year in review, whether or not the plan has ended
  const since = plan !== undefined && /以来$/.test(period![0]);
  if (since && span && span.from < reviewed)
    return { role: "facts", year: reviewed, span: { from: span.from, to: reviewed }, said: true };
  if (span) {
    const ended = span.to <= doc.reviewYear;
    if (ended) return { role: "facts", year: span.to, span, said: true };
    if (gwr) return { role: "targets", year: span.to, span, said: true };
  }
  if (gwr && /今年|本年/.test(sentence) && doc.planYear === doc.year && (targetWords || section.role === "targets"))
    return { role: "targets", year: doc.year, said: true };
  if (gwr && /明年/.test(sentence) && doc.planYear > doc.year)
    return { role: "targets", year: doc.planYear, said: true };
  if (gwr && section.role === "targets" && /去年|过去一年|上年/.test(sentence) && !targetWords)
    return { role: "facts", year: doc.year - 1, said: true };
  return section;
}
