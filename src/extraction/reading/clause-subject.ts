import type { Span } from "../document/index.js";
import { CHANGE_BEFORE_SUBJECT, CHANGE_VERBS, FLAT_WORDS } from "../vocabulary/changes.js";
import { longestFirst } from "../vocabulary/longest.js";
import {
  COUNT_NAME_ENDINGS,
  MEASURE_ENDINGS,
  MEASURES_OF_ONE_THING,
  NEWLY_WORDS,
  NOT_NEWLY,
  OWNER_ENDINGS,
  SAME_SUBJECT_WORDS,
  USUAL_IDS,
} from "../vocabulary/indicators.js";
import { figureTokens, type FigureToken } from "./figure-token.js";
import type { Reading } from "./reading.js";
import { conversionFactor, parseUnit, sameDimensions } from "../../units/index.js";
import { addsUp, identify, indicatorId, measureOf, type Identity } from "./identity.js";
import { named } from "./emit.js";
import { EACH, groupedItems, placesOf, splitList, valueCount } from "./lists.js";
import { isCountUnit } from "./phrases.js";
import { RANK_IN_NAME, shareFirst, subjectAt, verbFirst, type Opening } from "./subject.js";
import type { Assumption } from "./time.js";
import type { ClauseContext, ParagraphState, SentenceState } from "./state.js";

/** A list of subjects or of values: A、B和C, 6%和7%. */
const LIST_SEPARATOR = /[、和与及]|以及/;

/** A clause's subject as read, and what it names. */
export interface ClauseSubject {
  /** The phrase and where it ends (empty when the clause goes on about the subject before). */
  readonly subject: { readonly phrase: string; readonly end: number };
  /** 总数 naming the subject spoken of ("same") or the things newly counted. */
  readonly total: "same" | string | undefined;
  readonly identity: Identity | undefined;
  /** Said when the subject is carried from the sentence before. */
  readonly subjectAssumed: Assumption | undefined;
  /** The subject is a list (A、B和C). */
  readonly listed: boolean;
  /** The subject names the items a list of values gives in turn (places named before, 城乡…, 存贷款…). */
  readonly listOfSubject: boolean;
  /** The indicator a part named in the clause is a part of. */
  readonly topicOf: (phrase: string) => Identity | undefined;
  /** A verb of change before the subject (净增…), which the clause's first figure is read with. */
  readonly verbBefore: string | undefined;
  /** A verb of what was saved before the subject (减少…, 降低…): the clause's first figure is left unread. */
  readonly savedBefore: boolean;
}

/** A figure in digits or in words (持平, 保持稳定, 翻一番, 两倍): what makes a clause name a subject of its own. */
const FIGURE_OR_WORDED = new RegExp(`\\d|${FLAT_WORDS.join("|")}|翻[一两二三四]番|[一两二三四五六七八九十]倍`);

const NEWLY = new RegExp(longestFirst([...NEWLY_WORDS]).join("|"));

/** A name or a clause that opens with what newly counts things (新增, 新建, 建成…; 净增), not a name like 建成区面积. */
export const NEWLY_FIRST = new RegExp(
  `^(?!${NOT_NEWLY.join("|")})(?:${longestFirst([
    ...NEWLY_WORDS,
    ...CHANGE_BEFORE_SUBJECT.filter((v) => CHANGE_VERBS[v] === 1),
  ]).join("|")})`,
);

/**
 * What 总数 (总量, 总规模) names after the subject just read in its sentence: that subject when its figure was a change
 * ("same": 净增国家高新技术企业1724户，总数达10130户); the things without 新增 when it counted what was new
 * (新认定国家高新技术企业300家，总数达2000家: 国家高新技术企业); after a level, the subject when a share of it follows
 * (产量137.61万辆，总量占全国10.5%); else nothing said — after a level, 总数 is no second level of the same subject.
 */
export function wholeOf(ctx: ClauseContext, s: SentenceState, after: string): "same" | string | undefined {
  const last = ctx.out.figures[ctx.out.figures.length - 1];
  if (!s.identity || !last || last.sentence !== ctx.out.sentences || last.identity.mention !== s.identity.mention)
    return undefined;
  if (last.kind === "absolute_change") return "same";
  const things = s.identity.label.replace(NEWLY, "");
  if (things !== s.identity.label) return things.length >= 2 ? things : undefined;
  // 新能源汽车产量137.61万辆，总量占全国10.5%: the total just printed, whose share follows (not a part's: 其中稻谷…，
  // 总量 is of the whole, which the sentence does not say here)
  return last.kind === "level" && !s.identity.breakdown && after.startsWith("占") ? "same" : undefined;
}

/**
 * Whom a bare measure (利润总额, 营业收入: a measure's word alone, no usual indicator) is said of, after a subject of
 * the same sentence that names them before its measure: a thing another measure of its family was said of (粮食播种面积
 * …，总产量: 粮食; see `MEASURES_OF_ONE_THING`), or, outside a frame, those a figure is said of (规模以上工业企业营业收入
 * …；利润总额: 规模以上工业企业, see `OWNER_ENDINGS`) when that subject is no usual indicator and no part. None for
 * another region's subject.
 */
function ownerOf(before: Identity | undefined, phrase: string, framed: boolean): string | undefined {
  const family = MEASURES_OF_ONE_THING.find((f) => f.includes(phrase));
  if (!before || before.region || !(family || MEASURE_ENDINGS.includes(phrase)) || USUAL_IDS.has(indicatorId(phrase)))
    return undefined;
  // ("" when the subject before is the family's measure alone: 存款余额…；贷款余额 is its sibling, no part of it)
  const sibling = family?.find((m) => m !== phrase && before.label.endsWith(m));
  if (sibling) return before.label.slice(0, -sibling.length);
  if (framed || before.breakdown || USUAL_IDS.has(before.indicator)) return undefined;
  const measure = MEASURE_ENDINGS.find((m) => before.label.endsWith(m) && before.label.length - m.length >= 2);
  const owner = measure ? before.label.slice(0, -measure.length) : undefined;
  return owner && OWNER_ENDINGS.some((w) => owner.endsWith(w)) ? owner : undefined;
}

const RANK_FIRST = new RegExp(`^${RANK_IN_NAME}`);
const RANK = new RegExp(RANK_IN_NAME);

/**
 * The subject a rank alone stands for after a subject ranked otherwise (药品批发排名前5位的企业主营业务收入…；前10位…:
 * 药品批发排名前10位的企业主营业务收入; 前100位年销售总额 after 药品零售前10位企业年销售总额): the one before with its rank
 * replaced, when what follows the rank, if anything, is what that one measures.
 */
function rankedLike(before: Identity | undefined, phrase: string): string | undefined {
  const rank = RANK_FIRST.exec(phrase)?.[0];
  const theirs = before ? RANK.exec(before.label) : null;
  if (!rank || !before || !theirs) return undefined;
  const rest = phrase.slice(rank.length).replace(/^的/, "");
  const after = before.label.slice(theirs.index + theirs[0].length);
  return after.endsWith(rest) ? `${before.label.slice(0, theirs.index)}${rank}${after}` : undefined;
}

/**
 * Whether a rate's name divides a count printed before it in its sentence, so that its percentage is the count's share
 * (优良天数为299天，比上年增加5天，优良率为81.7%; 参保人数…，参保率…): the count's name is the rate's without 率 and
 * with a count's ending (see `COUNT_NAME_ENDINGS`), a level of it was printed, and the rate is printed as a level (为,
 * 达), not as a change (死亡率下降10% is the rate's own change). 利润…利润率 divides an amount by another, no count.
 */
function isRateOfCount(
  ctx: ClauseContext,
  counted: Identity | undefined,
  phrase: string,
  rate: () => RateFigure,
): boolean {
  const stem = phrase.endsWith("率") ? phrase.slice(0, -1) : "";
  if (!counted || stem.length < 2 || USUAL_IDS.has(indicatorId(phrase))) return false;
  const { unitKind, lead } = rate();
  if (unitKind !== "percent" || !/^(?:分别)?(?:为|达到|达|是)?$/.test(lead)) return false;
  if (!COUNT_NAME_ENDINGS.some((e) => counted.label.endsWith(`${stem}${e}`))) return false;
  for (let k = ctx.out.figures.length - 1; k >= 0; k--) {
    const f = ctx.out.figures[k]!;
    if (f.sentence !== ctx.out.sentences) return false;
    if (f.identity.mention === counted.mention && f.kind === "level") return true;
  }
  return false;
}

/** The first figure after a subject: its unit's kind and the words before it. */
interface RateFigure {
  readonly unitKind: string | undefined;
  readonly lead: string;
}

/** A clause that names a subject after 是 and says no figure of it: 其次是人均财产净收入. */
const INTRODUCING = /^(?:其次|再次|然后|最后|接下来)?(?:是|为)([^，。；、\d]{2,16})$/;
/** A clause that opens with a level's verb and its figure, naming no subject: 达12924元. */
const LEVEL_FIRST = /^(?:达到|达|为)\d/;

/** The subject a clause names after 是 without a figure, when it names a measure (人均财产净收入). */
function introducedSubject(clause: string): string | undefined {
  const phrase = INTRODUCING.exec(clause)?.[1];
  return phrase && measureOf(phrase) ? phrase : undefined;
}

/**
 * Whether the first figure after a subject under 其中 can be no part of the whole 其中 broke down: larger than the
 * whole's level in the same sentence (研究生招生2.5万人，其中…；在学研究生7.0万人), or, after ；, in a unit of another
 * kind (普通高等学校90所，其中…；普通本专科在校生120.0万人).
 */
function outgrowsWhole(ctx: ClauseContext, s: SentenceState, first: FigureToken | undefined, afterSemicolon: boolean) {
  const whole = s.withinWhole;
  if (!whole || !addsUp(whole.label, whole.indicator) || first?.unitKind !== "amount" || first.unit === undefined)
    return false;
  let level: Reading | undefined;
  for (let k = ctx.out.figures.length - 1; k >= 0 && !level; k--) {
    const f = ctx.out.figures[k]!;
    if (f.sentence !== ctx.out.sentences) break;
    if (f.identity.mention === whole.mention && f.kind === "level" && f.unit !== undefined) level = f;
  }
  if (!level) return false;
  const part = parseUnit(first.unit).unit;
  const of = parseUnit(level.unit!).unit;
  if (!sameDimensions(part, of)) return afterSemicolon;
  const factor = conversionFactor(part, of);
  return (Number(first.digits) * Number(factor.num)) / Number(factor.den) > Number(level.value);
}

/** Under a frame of parts, the whole they are parts of: the sentence's last subject that is no part and no region's. */
function wholeOfParts(s: SentenceState): Identity | undefined {
  return s.frame === "parts" ? s.subjects?.filter((x) => !x.breakdown && !x.region).at(-1) : undefined;
}

/** Whether the first number after a subject counts things (87所, 125起). */
function countsThings(t: string, from: number, end: number): boolean {
  const tok = figureTokens(t, from, end)[0];
  return tok?.unitKind === "amount" && isCountUnit(tok.unit);
}

/**
 * Reads a clause's subject after its opening: the phrase (after a verb of change that stands before it, 净增…; 总数
 * for the subject spoken of), a list of subjects or of places, and the identity it names — or the subject carried
 * from the clause or the sentence before. Records it in the sentence's state.
 */
export function readClauseSubject(
  ctx: ClauseContext,
  clause: Span,
  op: Opening,
  s: SentenceState,
  p: ParagraphState,
  firstOfSentence: boolean,
  afterSemicolon: boolean,
): ClauseSubject {
  const t = ctx.reading.text;
  // only a clause with a figure names a subject: 收入绝对值居…最高水平 says something of income, not a new indicator
  const hasFigure = FIGURE_OR_WORDED.test(t.slice(op.end, clause.end));
  const opened = hasFigure ? subjectAt(t, op.end, clause.end) : { phrase: "", end: op.end };
  // 其次是人均财产净收入，达12924元: the subject named after 是 in the clause before, when this one opens with a
  // level's verb and its figure
  const introduced = s.introduced;
  s.introduced = hasFigure ? undefined : introducedSubject(t.slice(op.end, clause.end));
  const said =
    opened.phrase === "" && introduced && LEVEL_FIRST.test(t.slice(op.end, clause.end))
      ? { phrase: introduced, end: op.end }
      : opened;
  // 净增国家高新技术企业1724户: the subject after a verb of change, which the first figure is read with
  const first = hasFigure && said.phrase === "" ? verbFirst(t, op.end, clause.end) : undefined;
  // 89.0%的企业具有仓库管理系统: a share before the things it counts, which are the subject
  const things = hasFigure && said.phrase === "" && !first ? shareFirst(t, op.end, clause.end) : undefined;
  const read = first?.subject ?? things ?? said;
  // 净增国家高新技术企业1724户，总数达10130户: the subject spoken of; 新认定国家高新技术企业300家，总数达2000家: the
  // things newly counted
  const total = (SAME_SUBJECT_WORDS as readonly string[]).includes(read.phrase)
    ? wholeOf(ctx, s, t.slice(read.end, clause.end))
    : undefined;
  const subject = total === "same" ? { ...read, phrase: "" } : total ? { ...read, phrase: total } : read;
  // (the frame and the whole it opened on, as they stood before this clause: a family's measure after ； is the
  // whole's, 粮食播种面积…，其中稻谷…；总产量, whether or not the clause ends the frame)
  const framedBefore = s.frame !== undefined;
  const wholeBefore = wholeOfParts(s);
  // 在规模以上工业中，…；全年建筑业增加值…: a subject that names its own whole (全年, 全社会…, or the frame's whole
  // itself, 规模以上工业企业利润总额) ends the frame
  if (
    s.frameWhole &&
    subject.phrase &&
    (op.wholeYear || /^全/.test(subject.phrase) || subject.phrase.startsWith(s.frameWhole))
  ) {
    s.frame = undefined;
    s.frameWhole = undefined;
  }
  // 其中本专科学生…；中等职业教育学校87所，…: a count of things of its own after ； ends the parts of the whole before it,
  // as does a figure that can be no part of it
  if (
    s.within &&
    subject.phrase &&
    !op.frame &&
    ((afterSemicolon && countsThings(t, subject.end, clause.end)) ||
      outgrowsWhole(ctx, s, figureTokens(t, subject.end, clause.end)[0], afterSemicolon))
  ) {
    s.frame = undefined;
    s.within = false;
  }
  // A、B和C: a list of subjects, whose values follow in turn (分别 or not: 游客人次、总花费增长5.6％、7.5％)
  let listed = subject.phrase !== "" && LIST_SEPARATOR.test(subject.phrase);
  let identity: Identity | undefined;
  let subjectAssumed: Assumption | undefined;
  // the subject names the items a list of values gives in turn (places named before, 城乡…, 存贷款…)
  let listOfSubject = false;
  // 工程技术研究中心2011家，其中国家级1家: under 其中, the parts of the whole the sentence just named
  const whole = wholeOfParts(s);
  // 在规模以上工业中，国有控股企业增加值…，私营企业…: the whole the frame names, measured as its parts are
  // (规模以上工业增加值), whose parts are siblings
  const framed = (phrase: string) => {
    const fw = s.frame === "parts" ? s.frameWhole : undefined;
    if (fw === undefined) return undefined;
    const measure = measureOf(fw) ? undefined : (measureOf(phrase) ?? s.siblingMeasure);
    return identify(measure ? `${fw}${measure}` : fw, { level: ctx.doc.level, place: ctx.doc.place });
  };
  // (only for a part named without a measure of its own: 国家级, 省级; 第三产业增加值 is the whole it names)
  const topicOf = (phrase: string) =>
    framed(phrase) ??
    (whole && !measureOf(phrase) && indicatorId(phrase) === phrase.replace(/[^\p{L}\p{N}_]/gu, "") ? whole : p.topic);
  // 桐庐县、淳安县和建德市主要污染物为…，臭氧…分别为136、128和132: places named once, whose figures follow in turn
  const placesPhrase = hasFigure ? subject.phrase : subjectAt(t, op.end, clause.end).phrase;
  const places = LIST_SEPARATOR.test(placesPhrase) ? placesOf(placesPhrase) : undefined;
  if (places) s.places = places.places;
  if (subject.phrase) {
    // 城乡居民人均可支配收入分别增长4.4%、5.6%: a subject naming several things, given in turn
    const grouped = !listed ? groupedItems(subject.phrase) : undefined;
    const count = valueCount(t, subject.end, clause.end);
    // (read only for a rate's name: the first figure after the subject, its unit and the words before it)
    const rate = (): RateFigure => {
      const first = figureTokens(t, subject.end, clause.end)[0];
      return { unitKind: first?.unitKind, lead: first ? t.slice(subject.end, first.start).trim() : "" };
    };
    const byPlace =
      !listed && s.places && count === s.places.length ? s.places.map((pl) => `${pl}${subject.phrase}`) : undefined;
    listOfSubject = byPlace !== undefined || (grouped !== undefined && count === grouped.length);
    if (listed || byPlace || (grouped && count === grouped.length)) {
      const items =
        byPlace ??
        (places?.rest ? places.places.map((pl) => `${pl}${places.rest}`) : undefined) ??
        grouped ??
        // (均 right after a list, 城镇和农村居民…均增长5%: one value for each item, however many)
        // (and a list named with 、 before a figure in words, 二氧化硫浓度、一氧化碳浓度与去年持平: each item's)
        splitList(
          subject.phrase,
          EACH.test(t.slice(subject.end, subject.end + 2)) || (count === 0 && subject.phrase.includes("、"))
            ? undefined
            : count,
        );
      const frame = byPlace || places ? "places" : s.frame;
      // (a name with 与 in it and one value, 研究与试验发展经费支出9.8亿元, is one subject, no list)
      if (items.length < 2) {
        listed = false;
        listOfSubject = false;
      }
      // (桐庐县、淳安县的优良天数分别为346天、354天，优良率分别为…: the places' rates of the counts just listed)
      const rated =
        byPlace && s.list?.length === byPlace.length && isRateOfCount(ctx, s.list.at(-1), subject.phrase, rate);
      s.list = rated
        ? s.list
        : items.length < 2
          ? undefined
          : items.map((item) =>
              named(
                ctx,
                identify(item, {
                  level: ctx.doc.level,
                  place: ctx.doc.place,
                  topic: topicOf(item),
                  ...(frame ? { frame } : {}),
                }),
              ),
            );
    } else s.list = undefined;
    // 规模以上工业企业实现营业收入5000亿元，增长6.0%；利润总额300亿元: a bare measure after the sentence's subject of
    // whom it was said is that one's (规模以上工业企业利润总额)
    // (after ； under 其中, of the whole 其中 broke down: 存款余额…，其中住户存款余额…；贷款余额 is not the households')
    const before = framedBefore && afterSemicolon ? (wholeBefore ?? s.identity) : s.identity;
    // (在规模以上服务业中，营业收入…: a bare measure under a frame that names its whole is the whole's)
    const ofFrame =
      s.frame === "parts" && s.frameWhole && MEASURE_ENDINGS.includes(subject.phrase) ? s.frameWhole : undefined;
    const owned = listed ? undefined : (ofFrame ?? ownerOf(before, subject.phrase, s.frame !== undefined));
    const phrase =
      owned !== undefined ? `${owned}${subject.phrase}` : (rankedLike(s.identity, subject.phrase) ?? subject.phrase);
    // (another measure of the whole itself, 贷款余额 after 存款余额, is no part of it)
    const frame = owned !== undefined && (ofFrame || (before && !before.breakdown)) ? undefined : s.frame;
    identity =
      s.identity && !s.frame && !listed && isRateOfCount(ctx, s.identity, phrase, rate)
        ? s.identity
        : named(
            ctx,
            identify(phrase, {
              level: ctx.doc.level,
              place: ctx.doc.place,
              topic: topicOf(phrase),
              siblingMeasure: s.siblingMeasure,
              frame,
            }),
          );
    if (!s.frame && !identity.breakdown && !identity.region && measureOf(identity.label)) p.topic = identity;
    if (s.frame && measureOf(subject.phrase)) s.siblingMeasure = measureOf(subject.phrase);
    s.identity = identity;
    s.subjectStart = clause.start;
    (s.subjects ??= []).push(identity);
  } else if (s.identity) identity = s.identity;
  else if (firstOfSentence && p.lastIdentity) {
    identity = p.lastIdentity;
    subjectAssumed = {
      field: "subject",
      note: `the subject is not printed in its sentence: taken from the sentence before (${identity.label})`,
    };
  }
  return {
    subject,
    total,
    identity,
    subjectAssumed,
    listed,
    listOfSubject,
    topicOf,
    verbBefore: first?.saved ? undefined : first?.verb,
    savedBefore: first?.saved === true,
  };
}
