import type { DocumentContext } from "../context/document-context.js";
import type { TimeFrame } from "../context/sections.js";
import type { ReadingText, Span } from "../document/index.js";
import { CATEGORY_DEFAULTS, STRUCTURE_PARTS } from "../vocabulary/indicators.js";
import { NAMED_REGIONS } from "../vocabulary/regions.js";
import { COUNT_WORDS } from "../vocabulary/units.js";
import { CHANGE_VERBS, FALL_RATE_NOUNS, RATE_NOUNS } from "../vocabulary/changes.js";
import { baseIn, type Base } from "./comparison.js";
import { figureTokens, qualifierBefore, type FigureToken } from "./figure-token.js";
import { identify, measureOf, type Identity } from "./identity.js";
import { flatIn, kindOf, type KindReading } from "./kind.js";
import { notAFigure, type NotAFigure } from "./not-a-figure.js";
import { valueOf, type Readings } from "./reading.js";
import { readOpening, subjectAt } from "./subject.js";
import { LEVEL_KINDS, timeOf, type Assumption } from "./time.js";
import { wordedFigure } from "./worded.js";

/** What a sentence has said so far, which holds for its later clauses. */
export interface SentenceState {
  year?: number;
  relative?: "this" | "last" | "section";
  period?: string;
  base?: Base;
  frame?: "parts" | "places";
  basis?: "comparable" | "current";
  estimate: boolean;
  identity?: Identity;
  /** The subjects of a list (A、B和C分别…), which a later 分别 in the sentence assigns in turn. */
  list?: Identity[];
  /** The subjects of the sentence's clauses so far: 森林覆盖率48.08%，林木绿化率72.75%，分别提高4.8和5.5个百分点. */
  subjects?: Identity[];
  siblingMeasure?: string;
  /** Years printed as a range (2020—2023年，…) for what follows. */
  range?: { from: number; to: number };
  /** The identity whose growth rate was the last figure read: a point change right after it is a change of that rate. */
  lastGrowth?: Identity;
  /** Whether that rate was the real one (实际增长), beside a nominal rate of the same subject. */
  lastGrowthReal?: boolean;
}

/** What a paragraph has said so far: the indicator it speaks of, the part of the year, the last subject. */
export interface ParagraphState {
  topic?: Identity;
  period?: string;
  lastIdentity?: Identity;
}

/** What a clause is read with. */
export interface ClauseContext {
  readonly doc: DocumentContext;
  readonly frame: TimeFrame;
  readonly reading: ReadingText;
  readonly out: Readings;
}

const STRUCTURE = /^\d+(?:\.\d+)?(?:[：:]\d+(?:\.\d+)?)+/;
const SHIFTED = /^(?:上年同期|去年同期|上年末|上年底|上年|去年)(?:为|是|分别为)?/;
/** 从2019年的6.8%, 提高到2024年的12%, 2022年为…: the year of the figure itself (not 比2019年, 是2019年的: a base). */
const YEAR_OF_FIGURE = /(?<![是比较与为于])((?:19|20)\d\d)年(?:末|底)?(?:的|为|达到|达)?$/;
const LIST_SEPARATOR = /[、和与及]|以及/;
/** A subject that is only the document's whole (全国, 全市): no subject; what the figure counts names it. */
const OWN_WHOLE = /^(?:全国|我国|全省|我省|全市|我市|全区|我区|全县|我县|全州|本市)$/;
/** Words that make a lead no verb phrase of a figure's own: a verb of change, a rate, a share, a comparison. */
const NOT_OWN = new RegExp([...Object.keys(CHANGE_VERBS), ...RATE_NOUNS, ...FALL_RATE_NOUNS, "年均", "拉动", "占", "比重", "分别", "均", "按", "可比", "新增"].join("|"));
/** Years printed as a range: 2016—2020年, 2020-2023年间. */
const RANGE = /((?:19|20)\d\d)\s*[—\-~至到]\s*((?:19|20)\d\d)年/;
const sameIdentity = (a?: Identity, b?: Identity) => !!a && !!b && a.indicator === b.indicator && a.region === b.region && a.breakdown === b.breakdown;

/** Reads one clause: its opening, its subject and each of its numbers as a figure or as no figure. */
export function readClause(ctx: ClauseContext, clause: Span, s: SentenceState, p: ParagraphState, firstOfSentence: boolean): void {
  const t = ctx.reading.text;
  const op = readOpening(t, clause.start, clause.end);
  // a part of the year opening a sentence holds for the paragraph (1—4月份，…); inside a sentence, for its clause on
  if (op.period) {
    s.period = op.period;
    if (firstOfSentence) p.period = op.period;
  }
  if (op.wholeYear) s.period = undefined;
  if (op.year !== undefined) s.year = op.year;
  if (op.range) s.range = op.range;
  if (op.relativeYear) s.relative = op.relativeYear;
  if (op.frame) s.frame = op.frame;
  if (op.basis) s.basis = op.basis;
  if (op.estimate) s.estimate = true;
  if (op.base !== undefined) s.base = op.base === "previous_year" ? { kind: "previous_year" } : op.base === "previous_period" ? { kind: "previous_period" } : { kind: "year", year: op.base };
  // only a clause with a figure names a subject: 收入绝对值居…最高水平 says something of income, not a new indicator
  const hasFigure = /\d|持平|翻[一两二三四]番|[一两二三四五六七八九十]倍/.test(t.slice(op.end, clause.end));
  const subject = hasFigure ? subjectAt(t, op.end, clause.end) : { phrase: "", end: op.end };
  // A、B和C: a list of subjects, whose values follow in turn (分别 or not: 游客人次、总花费增长5.6％、7.5％)
  const listed = subject.phrase !== "" && LIST_SEPARATOR.test(subject.phrase);
  let identity: Identity | undefined;
  let subjectAssumed: Assumption | undefined;
  if (subject.phrase) {
    if (listed) {
      const firstValue = tokens0(t, subject.end, clause.end);
      s.list = splitList(subject.phrase, firstValue).map((item) => named(ctx, identify(item, { level: ctx.doc.level, topic: p.topic, frame: s.frame })));
    }
    else s.list = undefined;
    {
      identity = named(ctx, identify(subject.phrase, { level: ctx.doc.level, topic: p.topic, siblingMeasure: s.siblingMeasure, frame: s.frame }));
      if (!s.frame && !identity.breakdown && !identity.region && measureOf(identity.label)) p.topic = identity;
      if (s.frame && measureOf(subject.phrase)) s.siblingMeasure = measureOf(subject.phrase);
    }
    s.identity = identity;
    s.subjects = [...(s.subjects ?? []), identity];
  } else if (s.identity) identity = s.identity;
  else if (firstOfSentence && p.lastIdentity) {
    identity = p.lastIdentity;
    subjectAssumed = { field: "subject", note: `the subject is not printed in its sentence: taken from the sentence before (${identity.label})` };
  }
  // numbers in the opening words are dates or the bounds of a scope (在监测的339个城市中)
  for (const tok of figureTokens(t, clause.start, op.end)) unread(ctx, tok, notAFigure(t, tok) ?? "definition", clause);
  const tokens = figureTokens(t, op.end, clause.end);
  shareUnits(t, tokens);
  let cursor = subject.phrase ? subject.end : op.end;
  let figures = 0;
  // the end of what the last count counts (27个街区控规和8个…): the next figure's lead starts after it
  let countedEnd = 0;
  const worded = tokens.length === 0 || tokens.every((tok) => tok.start < subject.end || notAFigure(t, tok)) ? wordedFigure(t, subject.end, clause.end) : undefined;
  if (worded && identity) {
    const kind: KindReading = { kind: worded.kind, sign: 1 };
    push(ctx, s, clause, identity, kind, worded.value, undefined, [], [], t.slice(cursor, worded.start), worded.base, undefined, subjectAssumed);
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const numberStart = tok.negative ? tok.start - 1 : tok.start;
    if (tok.start < subject.end) {
      unread(ctx, tok, notAFigure(t, tok) ?? "name", clause);
      continue;
    }
    const reason = notAFigure(t, tok);
    if (reason) {
      unread(ctx, tok, reason, clause);
      continue;
    }
    const structure = STRUCTURE.exec(t.slice(tok.start, clause.end));
    if (structure && (structure[0].match(/[：:]/g)?.length ?? 0) >= 1) {
      i = readStructure(ctx, s, p, clause, tokens, i, structure[0], identity) - 1;
      cursor = tok.start + structure[0].length;
      figures++;
      continue;
    }
    const bracket = openBracket(t, clause.start, numberStart);
    let who = identity;
    let lead: string;
    let shift = 0;
    let leadYear: number | undefined;
    if (bracket >= 0) {
      // （上年同期为下降5.1%）, （2022年为358.1亿元）, 全国（-1.2%）: a figure of the base period, or another region's
      const inner = readOpening(t, bracket + 1, numberStart);
      const shifted = SHIFTED.exec(t.slice(inner.end, numberStart));
      if (shifted || inner.relativeYear === "last") shift = -1;
      if (inner.year !== undefined) leadYear = inner.year;
      const own = subjectAt(t, inner.end + (shifted?.[0].length ?? 0), numberStart);
      const before = t.slice(Math.max(clause.start, bracket - 8), bracket);
      const region = Object.keys(NAMED_REGIONS).find((r) => before.endsWith(r));
      if (own.phrase) who = named(ctx, identify(own.phrase, { level: ctx.doc.level, topic: p.topic, frame: s.frame }));
      else if (region && identity) who = named(ctx, { ...identity, region: NAMED_REGIONS[region]!, label: `${region}${identity.label}` });
      lead = t.slice(own.phrase ? own.end : inner.end + (shifted?.[0].length ?? 0), numberStart);
    } else {
      lead = withoutBrackets(t.slice(cursor, numberStart));
      if (figures > 0 || !subject.phrase) {
        // a figure with a subject of its own later in the clause: …9座、农村污水处理设施160座; 出口X亿元
        const trimmed = lead.replace(/^(?:[、和与及]|以及|其中|同时)+/, "");
        const own = subjectAt(trimmed, 0, trimmed.length);
        if (own.phrase && own.phrase !== (who?.label ?? "")) {
          who = named(ctx, identify(own.phrase, { level: ctx.doc.level, topic: p.topic, siblingMeasure: s.siblingMeasure, frame: s.frame }));
          s.identity = who;
          if (s.frame && measureOf(own.phrase)) s.siblingMeasure = measureOf(own.phrase);
          lead = trimmed.slice(own.end);
        }
      }
      const y = YEAR_OF_FIGURE.exec(lead);
      if (y) leadYear = Number(y[1]);
      // a carried subject after a verb of its own (…重点项目39项，已完成15项): another figure of it, named by the verb
      if (!subject.phrase && who && tok.unitKind === "amount") {
        const phrase = ownPhrase(lead);
        if (phrase) who = named(ctx, { ...who, indicator: `${who.indicator}${phrase}`, label: `${who.label}${phrase}` });
      }
    }
    // 完成1679个行政村生活污水治理, 超过200家世界500强企业…: a count whose subject follows it
    // (选派1100名专家: the verb of a subject is named by what it counts)
    const regionOnly = OWN_WHOLE.test(subject.phrase);
    const listed2 = figures > 0 && /^(?:[、和与及]|以及)$/.test(lead);
    if ((!subject.phrase || regionOnly || !measureOf(subject.phrase)) && (figures === 0 || listed2) && bracket < 0 && tok.unitKind === "amount" && (COUNT_WORDS.includes(tok.unit as never) || !subject.phrase || regionOnly)) {
      const thing = countedThing(t, tok, clause.end);
      if (thing) {
        who = named(ctx, identify(regionOnly || listed2 ? thing : `${subject.phrase}${thing}`, { level: ctx.doc.level }));
        s.identity = who;
        identity = who;
        countedEnd = tok.wordsEnd + thing.length;
      }
    }
    if (!who) {
      unread(ctx, tok, "no_relation", clause);
      continue;
    }
    // A、B和C分别增长x%、y%和z%: each value to its item, in order; without 分别 when as many values as items follow
    const respectively = /分别/.test(t.slice(subject.phrase ? subject.end : op.end, numberStart));
    // 分别 after clauses of their own subjects: the last subjects of the sentence, one per value
    if (respectively && !s.list && !subject.phrase && (s.subjects?.length ?? 0) >= 2) {
      const n = valueGroup(t, tokens, i).length;
      if (n >= 2 && s.subjects!.length >= n) s.list = s.subjects!.slice(-n);
    }
    // 2023年、2024年…分别为832亿元、1694亿元: each value to its year
    if (respectively && op.years && valueGroup(t, tokens, i).length === op.years.length && bracket < 0) {
      const group = valueGroup(t, tokens, i);
      group.forEach((g, k) => {
        const kind = kindOf(g, lead, who!.label, false, changeHasBase(ctx, s, lead));
        if (!kind) return unread(ctx, g, "no_relation", clause);
        push(ctx, s, clause, who!, kind, valueOf(kind.kind, g.digits, (g.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1, g.unitKind), g, g.qualifiersAfter, [{ start: g.start, end: g.end }], lead, baseIn(lead), { year: op.years![k]!, shift: 0 }, subjectAssumed);
      });
      i += group.length - 1;
      cursor = group[group.length - 1]!.wordsEnd;
      figures++;
      continue;
    }
    // a list named before (A、B分别增长x%、y%，高于…16.4个、1.3个百分点): values in turn, 分别 said or not
    if (s.list && bracket < 0 && (respectively || (figures === 0 && (listed || !subject.phrase) && valueGroup(t, tokens, i).length === s.list.length))) {
      i = readList(ctx, s, clause, tokens, i, lead, subjectAssumed) - 1;
      cursor = tokens[i]!.wordsEnd;
      figures++;
      continue;
    }
    // 上涨的城市个数为23个，下降的为43个: those that 下降 are another count
    const which = /^([\p{Script=Han}]{1,6}?)的(?:为|是|有)$/u.exec(lead);
    if (which && figures > 0) who = named(ctx, { ...who, indicator: `${who.indicator}${which[1]}`, label: `${who.label}${which[1]}` });
    const kind = kindOf(tok, lead, who.label, sameIdentity(s.lastGrowth, who), changeHasBase(ctx, s, lead));
    if (!kind) {
      unread(ctx, tok, "no_relation", clause);
      continue;
    }
    const qualifier = qualifierBefore(lead.replace(/(?:为|了|达到|达)$/, ""));
    const qualifiers = [...(qualifier ? [qualifier.qualifier] : []), ...tok.qualifiersAfter];
    push(ctx, s, clause, who, kind, valueOf(kind.kind, tok.digits, (tok.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1, tok.unitKind), tok, qualifiers, [{ start: tok.start, end: tok.end }], lead, baseIn(lead), leadYear !== undefined || shift !== 0 ? { year: leadYear, shift } : undefined, subjectAssumed);
    cursor = Math.max(tok.wordsEnd, countedEnd);
    figures++;
  }
  if (identity) p.lastIdentity = identity;
}

/** A subject as mentioned here: numbered, so that the figures read with this mention of it stay together. */
function named(ctx: ClauseContext, identity: Identity): Identity {
  return { ...identity, mention: ++ctx.out.mentions };
}

/** Records a number that is no figure. */
export function unread(ctx: ClauseContext, tok: FigureToken, reason: NotAFigure, clause: Span): void {
  ctx.out.unread.push({ span: { start: tok.start, end: tok.end }, digits: tok.digits, reason, quote: clause, reading: ctx.reading });
}

/** Makes a reading of a figure: its time from the clues around it, target or fact from the frame. */
function push(
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
  // 增长5.3%，扣除价格因素，实际增长5.1%: the real rate beside the nominal one is a figure of its own
  if ((kind.kind === "cumulative_change" || kind.kind === "average_growth") && s.basis === "comparable" && sameIdentity(s.lastGrowth, who) && !s.lastGrowthReal) {
    who = { ...who, breakdown: who.breakdown ? `${who.breakdown}·实际` : "实际" };
  }
  const relative = s.relative === "this" ? doc.year : s.relative === "last" && doc.year !== undefined ? doc.year - 1 : undefined;
  const explicit = said?.year ?? s.year ?? relative;
  const year = (explicit ?? ctx.frame.year);
  if (year === undefined) {
    if (tok) unread(ctx, tok, "unread", clause);
    return;
  }
  let at = year + (said?.shift ?? 0);
  // 由162个整合为123个, 从1795亿元增加到5260亿元: the first is the level at the start of the period
  const leadNoQualifier = lead.replace(/(?:不到|不足|超过|近|约|逾)$/, "");
  const started = LEVEL_KINDS.has(kind.kind) ? /(?:由|从)(上年的?|((?:19|20)\d\d)年(?:末|底)?的?)?$/.exec(leadNoQualifier) : null;
  let startAssumed: Assumption | undefined;
  if (started) {
    const spanStart = ctx.frame.span && (explicit === undefined || explicit === ctx.frame.span.to) ? ctx.frame.span.from : undefined;
    at = started[2] ? Number(started[2]) : started[1] ? at - 1 : (spanStart ?? at - 1);
    if (!started[1] && !started[2] && spanStart === undefined) startAssumed = { field: "base", note: `the year of the level 由/从 starts from is not printed: taken as ${at}` };
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
    ...(s.period ? { period: s.period } : {}),
  });
  if (subjectAssumed) (time.assumed as Assumption[]).push(subjectAssumed);
  if (ctx.frame.note && explicit === undefined) (time.assumed as Assumption[]).push({ field: "year", note: ctx.frame.note });
  if (startAssumed) (time.assumed as Assumption[]).push(startAssumed);
  const end = Math.max(clause.end, tok?.wordsEnd ?? clause.end);
  const of = kind.of ? identify(kind.of.replace(/的$/, ""), { level: doc.level }) : undefined;
  const than = base?.kind === "other" ? identify(base.phrase, { level: doc.level, ...(who ? { topic: who } : {}) }) : undefined;
  ctx.out.figures.push({
    kind: kind.kind,
    value,
    ...(tok?.unitKind === "amount" && tok.unit ? { unit: tok.unit } : {}),
    qualifiers,
    identity: who,
    time,
    ...(of ? { of } : {}),
    ...(than ? { than } : {}),
    ...(parts ? { parts } : {}),
    ...(s.basis && !["level", "share", "structure"].includes(kind.kind) ? { basis: s.basis } : {}),
    target: ctx.frame.role === "targets",
    estimate: s.estimate,
    valueSpans,
    quote: { start: clause.start, end },
    reading: ctx.reading,
    sentence: ctx.out.sentences,
    lead,
  });
  const growth = kind.kind === "cumulative_change" || kind.kind === "average_growth";
  s.lastGrowthReal = growth && who.breakdown?.endsWith("实际");
  // a rate difference goes on about the same growth rate (增速比上月回落…，比上年同月加快…)
  if (kind.kind !== "rate_difference") s.lastGrowth = growth ? (s.lastGrowthReal ? { ...who, breakdown: who.breakdown!.replace(/·?实际$/, "") || undefined! } : who) : undefined;
  // a base said once (比2018年增长27.8%，年均增长5.6%) holds for the rest of the sentence
  if (base?.kind === "year") s.base = base;
}

/**
 * Whether an amount after 增加 is a change: with a base said, or in a statistical report, whose convention is that a
 * change with no base is against the year before; in a work report, 市政道路增加40条 is what was added in the year.
 */
function changeHasBase(ctx: ClauseContext, s: SentenceState, lead: string): boolean {
  // a target's 再提高1岁 is an increment; its 增加300万平方米供热能力 is what is to be added
  const increment = ctx.frame.role === "targets" && !/(?:增加|新增)$/.test(lead);
  return baseIn(lead) !== undefined || s.base !== undefined || increment || (ctx.doc.kind !== "gwr" && ctx.doc.kind !== "plan");
}

/** A verb phrase of a figure's own in its lead (已完成, 已落地), years, comparisons and verbs of a level left out. */
function ownPhrase(lead: string): string {
  const phrase = lead
    .replace(/[（(）)“”、，]/g, "")
    .replace(/(?:上年末?|(?:19|20)\d\d年(?:末|底)?|比上年|同比|其中)/g, "")
    .replace(/(?:为|达到|达|约|是|共|计|超过|突破|近|不低于|不少于|累计)+$/, "")
    .trim();
  if (!/^\p{Script=Han}{2,6}$/u.test(phrase)) return "";
  return NOT_OWN.test(phrase) ? "" : phrase;
}

/** What a count counts when the words after its unit name it: 1679个行政村生活污水 counts 行政村生活污水. */
function countedThing(t: string, tok: FigureToken, clauseEnd: number): string | undefined {
  const m = /^([\p{Script=Han}“”A-Za-z\d]{2,16}?)(?=[、，。；（()）]|和\d|与\d|及\d|$)/u.exec(t.slice(tok.wordsEnd, clauseEnd));
  if (!m || /^(?:以上|以内|以下|左右|的|全部|均|已|为|达|实现|完成|建成|开工|次|人次)/.test(m[1]!)) return undefined;
  return m[1]!.replace(/[“”]/g, "");
}

/** A number joined to the next by 和 or 、 takes its unit: 分别提高4.8和5.5个百分点. */
function shareUnits(t: string, tokens: FigureToken[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const joined = /^(?:[和、与及]|以及)$/.test(t.slice(a.wordsEnd, b.negative ? b.start - 1 : b.start));
    // 16.4个、1.3个百分点: the 个 is the first half of 个百分点
    if (joined && a.unit === "个" && b.unitKind === "points") tokens[i] = { ...a, unitKind: "points", unit: b.unit! };
    else if (a.unitKind === "bare" && b.unitKind !== "bare" && /^(?:[和、与及]|以及)$/.test(t.slice(a.end, b.negative ? b.start - 1 : b.start))) {
      tokens[i] = { ...a, unitKind: b.unitKind, ...(b.unit ? { unit: b.unit } : {}) };
    }
  }
}

/** The start of a bracket opened in the clause before `at` and not yet closed, or −1. */
function openBracket(t: string, from: number, at: number): number {
  for (let i = at - 1; i >= from && at - i <= 40; i--) {
    if (t[i] === "）" || t[i] === ")") return -1;
    if (t[i] === "（" || t[i] === "(") return i;
  }
  return -1;
}

/** A lead without the brackets in it: 高于全国（-1.2%）1.5个百分点 reads 高于全国. */
function withoutBrackets(lead: string): string {
  return lead.replace(/[（(][^（()）]*[）)]/g, "");
}

/** The items of a list subject: 高技术产业和装备制造业增加值 is 高技术产业增加值 and 装备制造业增加值. */
function splitList(phrase: string, count?: number): string[] {
  // 、 parts items; 和, 与, 及 part them too, unless that makes more items than there are values (仪器设备及仪器仪表)
  const byComma = phrase.split("、").filter((x) => x !== "");
  const byAll = phrase.split(/、|和|与|及|以及/).filter((x) => x !== "");
  const lastSplit = [...byComma.slice(0, -1), ...(byComma[byComma.length - 1] ?? "").split(/和|与|以及|及/).filter((x) => x !== "")];
  const items = count === undefined ? byAll : [byComma, lastSplit, byAll].find((c) => c.length === count) ?? byAll;
  const measure = measureOf(items[items.length - 1] ?? "");
  return items.map((item) => (measure && !measureOf(item) ? `${item}${measure}` : item));
}

/** A structure (三次产业结构为3.9：59.5：36.6): one figure, each part's share, the parts named by the words before it. */
function readStructure(ctx: ClauseContext, s: SentenceState, p: ParagraphState, clause: Span, tokens: FigureToken[], i: number, printed: string, identity: Identity | undefined): number {
  const t = ctx.reading.text;
  const start = tokens[i]!.start;
  const values = printed.split(/[：:]/);
  let j = i;
  while (j < tokens.length && tokens[j]!.start < start + printed.length) j++;
  // 三次产业结构 (of GDP), 三次产业投资结构 (of investment): the conventional parts of the thing named
  const named = /([\p{Script=Han}]{0,16}?)结构/u.exec(t.slice(clause.start, start).replace(/[（(][^）)]*[）)]/g, ""))?.[1] ?? "";
  const convention = Object.keys(STRUCTURE_PARTS).find((w) => named.includes(w));
  const ownerPhrase = convention ? named.replace(convention, "") : named;
  const owner = ownerPhrase
    ? p.topic && p.topic.label.endsWith(ownerPhrase) ? p.topic : identify(ownerPhrase, { level: ctx.doc.level })
    : convention ? { indicator: "gdp", label: "地区生产总值" } : (identity ?? p.topic);
  // 城乡收入比2.5：1 is a ratio, a level of 2.5
  if (values.length === 2 && values[1] === "1") {
    if (owner) push(ctx, s, clause, owner, { kind: "level", sign: 1 }, values[0]!, undefined, [], [{ start, end: tokens[i]!.end }], "", undefined, undefined, undefined);
    unread(ctx, tokens[i + 1]!, "no_relation", clause);
    return j;
  }
  if (!owner) {
    for (let k = i; k < j; k++) unread(ctx, tokens[k]!, "no_relation", clause);
    return j;
  }
  const before = t.slice(clause.start, start);
  const shifted = /上年为$/.test(before) ? { year: undefined, shift: -1 } : undefined;
  const spans = tokens.slice(i, j).map((tok) => ({ start: tok.start, end: tok.end }));
  const conventional = convention ? STRUCTURE_PARTS[convention]! : undefined;
  const parts = conventional && conventional.length === values.length
    ? owner.indicator === "gdp" && !owner.region ? [...conventional] : Object.keys(CATEGORY_DEFAULTS).map((category) => [owner.region, category, owner.indicator].filter(Boolean).join("·"))
    : values.map((_, k) => `${owner.indicator}·part${k + 1}`);
  push(ctx, s, clause, owner, { kind: "structure", sign: 1 }, values.join("："), undefined, [], spans, before, undefined, shifted, undefined, parts);
  return j;
}

/** How many values follow one another at the first figure of a stretch (the length of a 分别 list's values). */
function tokens0(t: string, start: number, end: number): number | undefined {
  const tokens = figureTokens(t, start, end).filter((tok) => !notAFigure(t, tok));
  shareUnits(t, tokens);
  return tokens.length ? valueGroup(t, tokens, 0).length : undefined;
}

/** The values that follow one another from `i`, joined by 、 or 和 (12.3%和10.3%; 247家、35家). */
function valueGroup(t: string, tokens: readonly FigureToken[], i: number): FigureToken[] {
  const group = [tokens[i]!];
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = t.slice(group[group.length - 1]!.wordsEnd, tokens[j]!.negative ? tokens[j]!.start - 1 : tokens[j]!.start);
    if (!/^(?:[和、与及]|以及)$/.test(gap)) break;
    group.push(tokens[j]!);
  }
  return group;
}

/** Reads the values of a 分别 list, each to the list's item in turn; a list whose lengths differ is left unread. */
function readList(ctx: ClauseContext, s: SentenceState, clause: Span, tokens: FigureToken[], i: number, lead: string, assumed: Assumption | undefined): number {
  const group = valueGroup(ctx.reading.text, tokens, i);
  const items = s.list!;
  if (group.length !== items.length) {
    for (const tok of group) unread(ctx, tok, "unread", clause);
    return i + group.length;
  }
  group.forEach((tok, k) => {
    const kind = kindOf(tok, lead, items[k]!.label, sameIdentity(s.lastGrowth, items[k]), changeHasBase(ctx, s, lead));
    if (!kind) return unread(ctx, tok, "no_relation", clause);
    const sign = (tok.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1;
    push(ctx, s, clause, items[k]!, kind, valueOf(kind.kind, tok.digits, sign, tok.unitKind), tok, tok.qualifiersAfter, [{ start: tok.start, end: tok.end }], lead, baseIn(lead), undefined, assumed);
    if (kind.kind === "cumulative_change" || kind.kind === "average_growth") s.lastGrowth = items[k];
  });
  // the list's growth rates are the last figures: a later 增速分别… compares them
  return i + group.length;
}

export { flatIn };
