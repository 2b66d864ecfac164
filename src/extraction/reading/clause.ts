import type { Span } from "../document/index.js";
import { DEFINITION_SUBJECTS } from "../vocabulary/not-figures.js";
import { SAME_SUBJECT_WORDS } from "../vocabulary/indicators.js";
import { NAMED_REGIONS } from "../vocabulary/regions.js";
import { baseIn, comparesWithOther } from "./comparison.js";
import { figureTokens, qualifierBefore } from "./figure-token.js";
import { identify, measureOf } from "./identity.js";
import { kindOf, verbAtEnd } from "./kind.js";
import { boundOfClass, classStartOf, notAFigure } from "./not-a-figure.js";
import { claimValue } from "./reading.js";
import { holdOpening, readOpening, subjectAt } from "./subject.js";
import { wordedFigure } from "./worded.js";
import { changeHasBase, named, push, pushWorded, unread } from "./emit.js";
import { EACH, readList, shareUnits, valueGroup } from "./lists.js";
import { isCountUnit, openBracket, ownPhrase, thoseCounted, withoutBrackets } from "./phrases.js";
import { countName } from "./counts.js";
import { readClauseSubject, wholeOf } from "./clause-subject.js";
import { readStructure } from "./structure.js";
import { sameIdentity, type ClauseContext, type ParagraphState, type SentenceState } from "./state.js";

export type { ClauseContext, ParagraphState, SentenceState } from "./state.js";

/** What joins the two ends of a range: 6.5%－7%, 6.5—7%, 6至7%. */
const RANGE_JOINT = /^(?:[-~～—–]|至|到)$/;
/** How far back from a number its lead is read. */
const LEAD_REACH = 60;
const STRUCTURE = /^\d+(?:\.\d+)?(?:[：:]\d+(?:\.\d+)?)+/;
const SHIFTED = /^(?:上年同期|去年同期|上年末|上年底|上年|去年)(?:为|是|分别为)?/;
/** 从2019年的6.8%, 提高到2024年的12%, 2022年为…: the year of the figure itself (not 比2019年, 是2019年的: a base). */
const YEAR_OF_FIGURE = /(?<![是比较与为于])((?:19|20)\d\d)年(?:末|底)?(?:的|为|达到|达)?$/;
/** A subject that is only the document's whole (全国, 全市): no subject; what the figure counts names it. */
const OWN_WHOLE = /^(?:全国|我国|全省|我省|全市|我市|全区|我区|全县|我县|全州|本市)$/;

/**
 * Reads one clause: its opening, its subject and each of its numbers as a figure or as no figure. `afterSemicolon`:
 * the clause opens a part of its sentence after ；.
 */
export function readClause(
  ctx: ClauseContext,
  clause: Span,
  s: SentenceState,
  p: ParagraphState,
  firstOfSentence: boolean,
  afterSemicolon = false,
): void {
  const t = ctx.reading.text;
  const op = readOpening(t, clause.start, clause.end);
  holdOpening(op, s, p, firstOfSentence);
  const {
    subject,
    total,
    identity: named0,
    subjectAssumed: assumed0,
    listed,
    listOfSubject,
    topicOf,
    verbBefore,
    savedBefore,
  } = readClauseSubject(ctx, clause, op, s, p, firstOfSentence, afterSemicolon);
  let identity = named0;
  let subjectAssumed = assumed0;
  // numbers in the opening words are dates or the bounds of a scope (在监测的339个城市中)
  for (const tok of figureTokens(t, clause.start, op.end)) unread(ctx, tok, notAFigure(t, tok) ?? "definition", clause);
  const tokens = figureTokens(t, op.end, clause.end);
  // 统计口径由年主营业务收入500万元调整为2000万元: a scope's definition, whose numbers are bounds
  if (DEFINITION_SUBJECTS.some((w) => subject.phrase.includes(w))) {
    for (const tok of tokens) unread(ctx, tok, notAFigure(t, tok) ?? "definition", clause);
    return;
  }
  shareUnits(t, tokens);
  // (after 总数 that names the subject spoken of, the figure's words start past it)
  const subjectEnd = subject.phrase || total === "same" ? subject.end : op.end;
  let cursor = subjectEnd;
  let figures = 0;
  // the end of what the last count counts (27个街区控规和8个…): the next figure's lead starts after it
  let countedEnd = 0;
  let countedName = "";
  // the things a count just read is among (31个工业行业大类中有…), for the count after it
  let scopeName = "";
  // where the bounds of a class begin (100～199张床位医院5813个), until the count of it is read
  let classStart: number | undefined;
  // where the last figure outside brackets ended
  let outside = cursor;
  // where 分别 stands in the clause, if it does: the values after it go to a list's items in turn
  // (looked for within the clause only, so that a long run of clauses reads in linear time)
  const from = subjectEnd;
  const found = t.slice(from, clause.end).indexOf("分别");
  const separately = found >= 0 ? from + found : -1;
  const worded =
    tokens.length === 0 || tokens.every((tok) => tok.start < subject.end || notAFigure(t, tok))
      ? wordedFigure(t, subject.end, clause.end)
      : undefined;
  // (a list named before it, 二氧化硫浓度、一氧化碳浓度与去年持平: each item's)
  if (worded && identity)
    pushWorded(
      ctx,
      s,
      clause,
      worded,
      identity,
      listed && s.list && subject.phrase.includes("、") ? s.list : [identity],
      {
        lead: t.slice(cursor, worded.start),
        subjectAssumed,
      },
    );
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const numberStart = tok.negative ? tok.start - 1 : tok.start;
    if (tok.start < subject.end) {
      unread(ctx, tok, notAFigure(t, tok) ?? "name", clause);
      continue;
    }
    const not = notAFigure(t, tok);
    // a class's bound (800张及以上床位医院2343个) names what the count after it counts
    const bound = (not === undefined || not === "definition") && boundOfClass(t, tokens, i);
    if (bound) classStart ??= classStartOf(t, numberStart);
    const reason = not ?? (bound ? "definition" : undefined);
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
    // 100～199张床位医院5813个: the class, bounds and all, is what is counted
    const classOf =
      classStart !== undefined
        ? named(
            ctx,
            // (市值超过200亿元的企业有7家: the class without the verb that leads into its count)
            identify(t.slice(classStart, numberStart).replace(/(?:有|为|达到|达|是|共)$/, ""), {
              level: ctx.doc.level,
              place: ctx.doc.place,
            }),
          )
        : undefined;
    classStart = undefined;
    let lead: string;
    let shift = 0;
    let leadYear: number | undefined;
    if (bracket >= 0) {
      // （上年同期为下降5.1%）, （2022年为358.1亿元）, 全国（-1.2%）: a figure of the base period, or another region's
      const inner = readOpening(t, bracket + 1, numberStart);
      const shifted = SHIFTED.exec(t.slice(inner.end, numberStart));
      if (shifted || inner.relativeYear === "last") shift = -1;
      if (inner.year !== undefined) leadYear = inner.year;
      // 比2023年末平均市值（180亿元）: the value at the base just named
      // (no figure between: 比上年增加200亿元（其中…） names no base of the bracket)
      const than = /(?:比|较)(?:(?:19|20)\d\d年|[^比较，（(\d])*$/.exec(t.slice(clause.start, bracket))?.[0];
      const base = than !== undefined && !shifted && inner.year === undefined ? baseIn(than) : undefined;
      if (base?.kind === "year") leadYear = base.year;
      else if (base?.kind === "previous_year") shift = -1;
      // (a second figure in the bracket is named after the first: （其中，陈列馆8个，纪念馆4个）)
      const from = Math.max(inner.end + (shifted?.[0].length ?? 0), cursor);
      // (…，其中国家一级博物馆3个: the words that open a part are no part of its name)
      const opens = /^[，、；：:]?(?:其中[，：:]?)?/.exec(t.slice(from, numberStart))![0].length;
      const own = subjectAt(t, from + opens, numberStart);
      const before = t.slice(Math.max(clause.start, bracket - 8), bracket);
      const region = Object.keys(NAMED_REGIONS).find((r) => before.endsWith(r));
      if (own.phrase)
        who = named(
          ctx,
          identify(own.phrase, {
            level: ctx.doc.level,
            place: ctx.doc.place,
            topic: topicOf(own.phrase),
            frame: s.frame,
          }),
        );
      else if (region && identity) who = named(ctx, { ...identity, region: NAMED_REGIONS[region]! });
      lead = t.slice(own.phrase ? own.end : from, numberStart);
      // 比上年增加200亿元（其中出口150亿元）: a part of the change just printed, not a level of its own
      const last = ctx.out.figures[ctx.out.figures.length - 1];
      if (
        inner.within &&
        !verbAtEnd(lead) &&
        last?.sentence === ctx.out.sentences &&
        (last.kind === "absolute_change" || last.kind === "cumulative_change")
      ) {
        unread(ctx, tok, "no_relation", clause);
        continue;
      }
      // 高于全国（-1.2%）: a bare rate in brackets is the other side's growth, like the subject's it is compared with
      const compared = /(?:高于|低于|快于|慢于|比)[^（(，]{0,8}$/.test(t.slice(clause.start, bracket));
      if (compared && lead === "" && tok.unitKind === "percent" && s.lastGrowth) lead = "增长";
    } else {
      // after a bracketed figure (高于全国（-1.2%）1.5个百分点) the lead goes back to the last figure outside brackets
      // (the words a figure's reading needs stand close before it: at most LEAD_REACH characters, so a long clause reads in linear time)
      lead = withoutBrackets(t.slice(Math.max(outside, numberStart - LEAD_REACH), numberStart));
      if (verbBefore && figures === 0) lead = `${verbBefore}${lead}`;
      // 减少能源消费总量30万吨标准煤: what was saved, no change from the year before and no level
      if (savedBefore && figures === 0) {
        unread(ctx, tok, "no_relation", clause);
        figures++;
        cursor = tok.wordsEnd;
        outside = cursor;
        continue;
      }
      if (figures > 0 || !subject.phrase) {
        // a figure with a subject of its own later in the clause: …9座、农村污水处理设施160座; 出口X亿元
        const trimmed = lead.replace(/^(?:[、和与及]|以及|其中|同时)+/, "");
        // (比民营医院高20.8个百分点: a rate's difference from another's, no subject of its own)
        const said =
          tok.unitKind === "points" && comparesWithOther(trimmed)
            ? { phrase: "", end: 0 }
            : subjectAt(trimmed, 0, trimmed.length);
        // …新增连接境外城市10个、总数达68个: 总数 of the subject just read, as at a clause's start
        const whole = (SAME_SUBJECT_WORDS as readonly string[]).includes(said.phrase)
          ? wholeOf(ctx, s, trimmed.slice(said.end))
          : undefined;
        const own =
          whole === "same" ? { ...said, phrase: who?.label ?? "" } : whole ? { ...said, phrase: whole } : said;
        if (whole === "same") lead = trimmed.slice(said.end);
        // 810个省重点项目完成投资10428.6亿元: the measure of the things just counted, not the indicator of its name
        const ofCounted =
          countedEnd > 0 &&
          outside === countedEnd &&
          trimmed === lead &&
          measureOf(`${countedName}${own.phrase}`) !== undefined;
        if (own.phrase && own.phrase !== (who?.label ?? "")) {
          who = named(
            ctx,
            identify(ofCounted ? `${countedName}${own.phrase}` : own.phrase, {
              level: ctx.doc.level,
              place: ctx.doc.place,
              topic: topicOf(own.phrase),
              siblingMeasure: s.siblingMeasure,
              frame: s.frame,
            }),
          );
          s.identity = who;
          if (s.frame && measureOf(own.phrase)) s.siblingMeasure = measureOf(own.phrase);
          lead = trimmed.slice(own.end);
        }
      }
      const y = YEAR_OF_FIGURE.exec(lead);
      if (y) leadYear = Number(y[1]);
      // a carried subject after a verb of its own (…重点项目39项，已完成15项): another figure of it, named by the verb;
      // so too after what was saved (可减少房贷利息支出约130亿元、惠及310万户家庭)
      if ((!subject.phrase || savedBefore) && who && tok.unitKind === "amount") {
        const phrase = ownPhrase(lead);
        if (phrase)
          who = named(ctx, { ...who, indicator: `${who.indicator}${phrase}`, label: `${who.label}${phrase}` });
      }
    }
    // 完成1679个行政村生活污水治理, 超过200家世界500强企业…: a count whose subject follows it
    // (选派1100名专家: the verb of a subject is named by what it counts)
    const regionOnly = OWN_WHOLE.test(subject.phrase);
    const listed2 = figures > 0 && /^(?:[、和与及]|以及)$/.test(lead);
    // (8所高校14个学科入选: a count right after what the last one counted counts a thing of its own)
    const chained = countedEnd === numberStart;
    if (
      (!subject.phrase || regionOnly || !measureOf(subject.phrase)) &&
      (figures === 0 || listed2 || chained) &&
      bracket < 0 &&
      tok.unitKind === "amount" &&
      (isCountUnit(tok.unit) || !subject.phrase || regionOnly)
    ) {
      const {
        name: thing,
        among,
        ofSubject,
        counted,
      } = countName(t, tok, clause.end, {
        subject: subject.phrase,
        regionOnly,
        listed: listed2,
        chained,
        scope: scopeName,
      });
      if (thing) {
        who = named(
          ctx,
          identify(among || regionOnly || listed2 || chained ? thing : `${subject.phrase}${thing}`, {
            level: ctx.doc.level,
            place: ctx.doc.place,
          }),
        );
        s.identity = who;
        identity = who;
        subjectAssumed = undefined;
        countedEnd = tok.wordsEnd + (among ? 0 : counted!.length);
        countedName = thing;
        scopeName = !among && counted!.scope ? counted!.name : "";
      } else if (
        !ofSubject &&
        t.slice(clause.start, numberStart).trim() === "" &&
        /^\p{Script=Han}/u.test(t.slice(tok.wordsEnd))
      ) {
        // 1亿农业转移人口和其他常住人口在城镇落户目标顺利实现: a count of what follows it, too long to name, is not a
        // figure of the subject carried from before; a figure after it names its own
        unread(ctx, tok, "no_relation", clause);
        figures++;
        cursor = tok.wordsEnd;
        outside = cursor;
        continue;
      }
    }
    if (classOf) {
      who = classOf;
      s.identity = who;
      identity = who;
      subjectAssumed = undefined;
    }
    if (!who) {
      unread(ctx, tok, "no_relation", clause);
      continue;
    }
    // A、B和C分别增长x%、y%和z%: each value to its item, in order; without 分别 when as many values as items follow
    const respectively = separately >= 0 && separately < numberStart;
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
        push(
          ctx,
          s,
          clause,
          who!,
          kind,
          claimValue(kind.kind, g.digits, (g.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1, g.unitKind),
          g,
          g.qualifiersAfter,
          [{ start: g.start, end: g.end }],
          lead,
          baseIn(lead),
          { year: op.years![k]!, shift: 0 },
          subjectAssumed,
        );
      });
      i += group.length - 1;
      cursor = group[group.length - 1]!.wordsEnd;
      figures++;
      continue;
    }
    // 清理节庆、论坛、展会，数量分别压减75%、95%、73%: values 分别 with no list of as many things read: whose each one
    // is, the clause does not say
    if (respectively && !s.list && bracket < 0) {
      const group = valueGroup(t, tokens, i);
      if (group.length >= 2) {
        for (const g of group) unread(ctx, g, "no_relation", clause);
        i += group.length - 1;
        cursor = group[group.length - 1]!.wordsEnd;
        continue;
      }
    }
    // a list named before (A、B分别增长x%、y%，高于…16.4个、1.3个百分点): values in turn, 分别 said or not
    if (
      s.list &&
      bracket < 0 &&
      (respectively ||
        (figures === 0 &&
          (listed || listOfSubject || !subject.phrase) &&
          valueGroup(t, tokens, i).length === s.list.length) ||
        (figures === 0 && listed && valueGroup(t, tokens, i).length === 1 && EACH.test(lead)))
    ) {
      i = readList(ctx, s, clause, tokens, i, lead, subjectAssumed) - 1;
      cursor = tokens[i]!.wordsEnd;
      figures++;
      continue;
    }
    // 上涨的城市个数为23个，下降的为43个: those that 上涨 and those that 下降 are counts of their own, no figure of
    // the subject (in the clause that named it, or in the next, which goes on about them: 持平的为4个，下降的为43个)
    const which = thoseCounted(lead, figures > 0 || !subject.phrase);
    if (which && !who.label.replace(/的$/, "").endsWith(which))
      who = named(ctx, { ...who, indicator: `${who.indicator}${which}`, label: `${who.label}${which}` });
    const kind = kindOf(tok, lead, who.label, sameIdentity(s.lastGrowth, who), changeHasBase(ctx, s, lead));
    if (!kind) {
      unread(ctx, tok, "no_relation", clause);
      continue;
    }
    const qualifier = qualifierBefore(lead.replace(/(?:为|了|达到|达)$/, ""));
    // 增长6.5%－7%, 6.5—7%: a range, its first value a floor and its second a ceiling
    const next = tokens[i + 1];
    const ranged =
      next !== undefined &&
      RANGE_JOINT.test(t.slice(tok.wordsEnd, next.negative ? next.start - 1 : next.start)) &&
      next.unitKind === tok.unitKind;
    const qualifiers = [
      ...(qualifier ? [qualifier.qualifier] : []),
      ...tok.qualifiersAfter,
      ...(ranged ? ["以上"] : []),
    ];
    const said = leadYear !== undefined || shift !== 0 ? { year: leadYear, shift } : undefined;
    const sign = (n: typeof tok) => ((n.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1);
    push(
      ctx,
      s,
      clause,
      who,
      kind,
      claimValue(kind.kind, tok.digits, sign(tok), tok.unitKind),
      tok,
      qualifiers,
      [{ start: tok.start, end: tok.end }],
      lead,
      baseIn(lead),
      said,
      subjectAssumed,
    );
    if (ranged) {
      push(
        ctx,
        s,
        clause,
        who,
        kind,
        claimValue(kind.kind, next.digits, sign(next), next.unitKind),
        next,
        [...next.qualifiersAfter, "以内"],
        [{ start: next.start, end: next.end }],
        lead,
        baseIn(lead),
        said,
        subjectAssumed,
      );
      i++;
      cursor = next.wordsEnd;
      if (bracket < 0) outside = cursor;
      figures += 2;
      continue;
    }
    cursor = Math.max(tok.wordsEnd, countedEnd);
    if (bracket < 0) outside = cursor;
    figures++;
  }
  if (identity) p.lastIdentity = identity;
}
