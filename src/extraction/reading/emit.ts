import type { Span } from "../document/index.js";
import { baseIn, type Base } from "./comparison.js";
import type { FigureToken } from "./figure-token.js";
import type { WordedFigure } from "./worded.js";
import { identify, type Identity } from "./identity.js";
import type { KindReading } from "./kind.js";
import type { NotAFigure } from "./not-a-figure.js";
import { sameIdentity, type ClauseContext, type SentenceState } from "./state.js";
import { inAYear } from "../../verification/index.js";
import { timeOf, type Assumption } from "./time.js";
import { COUNTED_ENDINGS, MAGNITUDES } from "../vocabulary/units.js";
import { NAMED_REGIONS } from "../vocabulary/regions.js";
import { YEAR_START_BASES } from "../vocabulary/changes.js";
import { MONTHLY_SURVEY_RATES } from "../vocabulary/indicators.js";

/** Years printed as a range: 2016—2020年, 2020-2023年间. */
const RANGE = /((?:19|20)\d\d)\s*[—\-~至到]\s*((?:19|20)\d\d)年/;

/** What subjects are counted in, by the words they end with, longest first (诊疗人次 before 人). */
const COUNTED_BY_LENGTH = Object.keys(COUNTED_ENDINGS).sort((a, b) => b.length - a.length);

/**
 * A figure's unit: as printed; a magnitude printed alone (9.5亿) is in what its subject counts (诊疗人次 → 亿人次), so
 * that it converts to the same subject's figures printed with the full unit.
 */
function unitOfFigure(printed: string, subject: string): string {
  if (!(MAGNITUDES as readonly string[]).includes(printed)) return printed;
  const ending = COUNTED_BY_LENGTH.find((e) => subject.endsWith(e));
  return ending ? `${printed}${COUNTED_ENDINGS[ending]}` : printed;
}

/** A subject as mentioned here: numbered, so that the figures read with this mention of it stay together. */
export function named(ctx: ClauseContext, identity: Identity): Identity {
  return { ...identity, mention: ++ctx.out.mentions };
}

/** Records a number that is no figure. */
export function unread(ctx: ClauseContext, tok: FigureToken, reason: NotAFigure, clause: Span): void {
  ctx.out.unread.push({
    span: { start: tok.start, end: tok.end },
    digits: tok.digits,
    reason,
    quote: clause,
    reading: ctx.reading,
  });
}

/** Makes a reading of a figure: its time from the clues around it, target or fact from the frame. */
export function push(
  ctx: ClauseContext,
  s: SentenceState,
  clause: Span,
  who: Identity,
  kind: KindReading,
  value: string,
  tok: FigureToken | undefined,
  qualifiers: readonly string[],
  valueSpans: readonly Span[],
  lead: string,
  base: Base | undefined,
  said: { year?: number; shift: number } | undefined,
  subjectAssumed: Assumption | undefined,
  parts?: readonly string[],
): void {
  const doc = ctx.doc;
  if (/预计/.test(lead)) s.estimate = true;
  // 9月末…比年初增加600亿元, 前三季度各项贷款新增600亿元: a change since the year's start, in a part of the year, is
  // measured from the end of the year before — no base a claim of a part of the year can say
  if (
    s.period !== undefined &&
    tok &&
    (kind.kind === "absolute_change" || kind.kind === "cumulative_change") &&
    (YEAR_START_BASES.some((w) => lead.includes(w)) || /(?:新增|净增)$/.test(lead))
  ) {
    unread(ctx, tok, "no_relation", clause);
    return;
  }
  // 增长5.3%，扣除价格因素，实际增长5.1%: the real rate beside the nominal one is a figure of its own
  if (
    (kind.kind === "cumulative_change" || kind.kind === "average_growth") &&
    s.basis === "comparable" &&
    sameIdentity(s.lastGrowth, who) &&
    !s.lastGrowthReal
  ) {
    who = { ...who, breakdown: who.breakdown ? `${who.breakdown}·实际` : "实际" };
  }
  const relative =
    s.relative === "this" ? doc.year : s.relative === "last" && doc.year !== undefined ? doc.year - 1 : undefined;
  const explicit = said?.year ?? s.year ?? relative;
  const year = explicit ?? ctx.frame.year;
  if (year === undefined) {
    if (tok) unread(ctx, tok, "unread", clause);
    return;
  }
  let at = year + (said?.shift ?? 0);
  // 由162个整合为123个, 从1795亿元增加到5260亿元: the first is the level at the start of the period
  const leadNoQualifier = lead.replace(/(?:不到|不足|超过|近|约|逾)$/, "");
  const started = inAYear(kind.kind)
    ? /(?:由|从)(上年的?|((?:19|20)\d\d)年(?:末|底)?的?)?(?:人均|每[\u4e00-\u9fff]{1,3})?$/.exec(leadNoQualifier)
    : null;
  let startAssumed: Assumption | undefined;
  if (started) {
    const spanStart =
      ctx.frame.span && (explicit === undefined || explicit === ctx.frame.span.to) ? ctx.frame.span.from : undefined;
    at = started[2] ? Number(started[2]) : started[1] ? at - 1 : (spanStart ?? at - 1);
    if (!started[1] && !started[2] && spanStart === undefined)
      startAssumed = { field: "base", note: `the year of the level 由/从 starts from is not printed: taken as ${at}` };
  }
  const printedRange = RANGE.exec(lead);
  const range = printedRange ? { from: Number(printedRange[1]), to: Number(printedRange[2]) } : s.range;
  const time = timeOf(kind.kind, {
    ...(range ? { range } : {}),
    year: at,
    yearSaid: explicit !== undefined || ctx.frame.said,
    ...(doc.yearNote ? { yearNote: doc.yearNote } : {}),
    ...((base ?? s.base) ? { base: base ?? s.base! } : {}),
    ...(kind.years !== undefined ? { years: kind.years } : {}),
    ...(ctx.frame.span && explicit === undefined ? { span: ctx.frame.span } : {}),
    ...((s.period ?? monthAtYearEnd(s, kind, who)) ? { period: s.period ?? monthAtYearEnd(s, kind, who)! } : {}),
  });
  if (subjectAssumed) (time.assumed as Assumption[]).push(subjectAssumed);
  if (ctx.frame.note && explicit === undefined)
    (time.assumed as Assumption[]).push({ field: "year", note: ctx.frame.note });
  if (startAssumed) (time.assumed as Assumption[]).push(startAssumed);
  const end = Math.max(clause.end, tok?.wordsEnd ?? clause.end);
  // a share's whole, printed with its first figure, holds for the figures that go on about the same mention
  const ofPhrase =
    kind.of ?? (kind.kind === "share" && s.shareOf && s.shareOf.mention === who.mention ? s.shareOf.of : undefined);
  if (kind.kind === "share" && ofPhrase)
    s.shareOf = { ...(who.mention !== undefined ? { mention: who.mention } : {}), of: ofPhrase };
  // 占全国10.5%: of the same indicator in the region named
  const ofWhole = ofPhrase?.replace(/的$/, "");
  const of =
    ofWhole !== undefined
      ? identify(ofWhole, {
          level: doc.level,
          place: doc.place,
          ...(NAMED_REGIONS[ofWhole] !== undefined ? { topic: who } : {}),
        })
      : undefined;
  const than =
    base?.kind === "other"
      ? identify(base.phrase, { level: doc.level, place: doc.place, ...(who ? { topic: who } : {}) })
      : undefined;
  ctx.out.figures.push({
    kind: kind.kind,
    value,
    ...(tok?.unitKind === "amount" && tok.unit ? { unit: unitOfFigure(tok.unit, who.label) } : {}),
    ...(tok?.unitKind === "permille_points" ? { unit: "‰" } : {}),
    qualifiers,
    identity: who,
    time,
    ...(of ? { of } : {}),
    ...(than ? { than } : {}),
    ...(parts ? { parts } : {}),
    ...(ctx.frame.span && explicit === undefined ? { span: ctx.frame.span } : {}),
    ...(s.basis && !["level", "share", "structure"].includes(kind.kind) ? { basis: s.basis } : {}),
    // 从人均8.7万元提高到12万元 in a plan's targets: the level it starts from is a fact, the one it reaches the target
    target: ctx.frame.role === "targets" && !started,
    estimate: s.estimate,
    valueSpans,
    // a figure that goes on about the subject of an earlier clause is quoted from that clause (单位GDP能耗0.23…，比2016年下降20.34%)
    quote: {
      start:
        who.mention !== undefined &&
        who.mention === s.identity?.mention &&
        s.subjectStart !== undefined &&
        s.subjectStart < clause.start
          ? s.subjectStart
          : clause.start,
      end,
    },
    reading: ctx.reading,
    sentence: ctx.out.sentences,
    lead,
  });
  const growth = kind.kind === "cumulative_change" || kind.kind === "average_growth";
  s.lastGrowthReal = growth && who.breakdown?.endsWith("实际");
  // a rate difference goes on about the same growth rate (增速比上月回落…，比上年同月加快…)
  if (kind.kind !== "rate_difference")
    s.lastGrowth = growth
      ? s.lastGrowthReal
        ? { ...who, breakdown: who.breakdown!.replace(/·?实际$/, "") || undefined! }
        : who
      : undefined;
  // a base said once (比2018年增长27.8%，年均增长5.6%) holds for the rest of the sentence
  if (base?.kind === "year") s.base = base;
}

/** 年末全国城镇调查失业率5.1%: a rate surveyed each month, at the year's end, is December's. */
function monthAtYearEnd(s: SentenceState, kind: KindReading, who: Identity): string | undefined {
  return s.yearEnd && kind.kind === "share" && MONTHLY_SURVEY_RATES.some((w) => who.label.endsWith(w))
    ? "M12"
    : undefined;
}

/**
 * Whether an amount after 增加 is a change: with a base said, or else against the year before (or the span a review
 * speaks of: 五年来…市政道路增加40条) as reports print it; in a target, 增加300万平方米供热能力 is what is to be added,
 * and a plan's table has no year before.
 */
export function changeHasBase(ctx: ClauseContext, s: SentenceState, lead: string): boolean {
  if (baseIn(lead) !== undefined || s.base !== undefined) return true;
  // a target's 再提高1岁 is an increment; its 增加300万平方米供热能力 is what is to be added
  if (ctx.frame.role === "targets") return !/(?:增加|新增)$/.test(lead);
  // a review's 社会融资规模增加1128亿元 is the change over the year, as a bulletin's; a plan's table has no year before
  return ctx.doc.kind !== "plan";
}

/**
 * Makes the readings of a figure said in words (持平, 翻一番) for each subject it is said of. 持平 right after a share
 * of the clause's subject (占销售总额的27.1%，与上年持平) is a change of the share of no points.
 */
export function pushWorded(
  ctx: ClauseContext,
  s: SentenceState,
  clause: Span,
  worded: WordedFigure,
  identity: Identity,
  subjects: readonly Identity[],
  at: { readonly lead: string; readonly subjectAssumed: Assumption | undefined },
): void {
  const last = ctx.out.figures[ctx.out.figures.length - 1];
  const ofShare =
    worded.kind === "cumulative_change" &&
    last?.sentence === ctx.out.sentences &&
    last.kind === "share" &&
    last.identity.mention === identity.mention;
  const kind: KindReading = ofShare
    ? { kind: "pp_change", sign: 1, ...(s.shareOf ? { of: s.shareOf.of } : {}) }
    : { kind: worded.kind, sign: 1 };
  for (const who of subjects)
    push(
      ctx,
      s,
      clause,
      who,
      kind,
      worded.value,
      undefined,
      [],
      [],
      at.lead,
      worded.base ?? baseIn(at.lead),
      undefined,
      at.subjectAssumed,
    );
}
