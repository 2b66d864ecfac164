import { SUB_YEAR_WORDS, readSubYearPeriod } from "../../verification/index.js";
import {
  RATIO_TO_WORDS,
  CHANGE_BEFORE_SUBJECT,
  SAVING_BEFORE_SUBJECT,
  CHANGE_VERBS,
  FALL_RATE_NOUNS,
  FLAT_WORDS,
  RATE_NAMES,
  RATE_NOUNS,
  RATE_VERBS,
} from "../vocabulary/changes.js";
import { ESTIMATE_WORDS } from "../vocabulary/qualifiers.js";
import { MEASURE_WORDS } from "../vocabulary/units.js";
import { qualifierPattern } from "./figure-token.js";
import {
  NAME_AFTER,
  NOT_CONNECTIVES,
  NOT_ORDINAL_BEFORE,
  RANK_AFTER,
  UNITS_LIKE_NAMES,
} from "../vocabulary/not-figures.js";
import { BY_PLACE_FRAMES } from "../vocabulary/regions.js";
import { PLAN_PERIOD, planNamed, planYears } from "../context/plans.js";
import { CENSUS_NAME, censusNamed } from "../context/censuses.js";
import { THAN_SIDE } from "./comparison.js";
import { BY_TIME_WORDS, IN_WORDS, WHOLE_ENDINGS } from "../vocabulary/indicators.js";
import type { ParagraphState, SentenceState } from "./state.js";
import { measureOf } from "./identity.js";
import { longestFirst } from "../vocabulary/longest.js";

/**
 * What a clause opens with before its subject: a part of the year (1—4月份，), a year (2023年末, 截至2023年末), a
 * frame (分产业看, 从环比看, 其中), the price basis (按可比价格计算), an estimate (初步核算, 预计), a base said for
 * what follows (与上年相比). Each holds for the rest of the sentence.
 */
export interface Opening {
  readonly period?: string;
  /** 3月末: the figure is a stock at the end of that month. */
  readonly year?: number;
  /** 今年 (the document's year), 去年 or 上年 (the year before it), or 全年, 年末 (the year the section speaks of). */
  readonly relativeYear?: "this" | "last" | "section";
  /** 年末, 年底: the end of the year, not the whole of it. */
  readonly yearEnd?: boolean;
  /** 分产业看, 分门类看, 其中: the figures that follow are parts of the indicator spoken of; 分县（市、区）看: of places. */
  readonly frame?: "parts" | "places";
  /** The parts frame is 其中's: of the subject just named, not of a breakdown the text goes through (分产业看). */
  readonly within?: boolean;
  /** 在法人单位中: the whole the parts that follow are of, named by the frame itself. */
  readonly frameWhole?: string;
  readonly basis?: "comparable" | "current";
  readonly estimate?: boolean;
  /** 从环比看 (the month before), 与上年相比, 与2021年同期相比: the base of the changes that follow. */
  readonly base?: "previous_period" | "previous_year" | number;
  /** 2023年、2024年…分别为X、Y: the years of a list, one per value. */
  readonly years?: readonly number[];
  /** 全年: the whole year, whatever part of it the paragraph spoke of. */
  readonly wholeYear?: boolean;
  /** 2018—2020年，… or “十三五”时期，…: the years printed as a range, or a plan's. */
  readonly range?: { readonly from: number; readonly to: number };
  /** Where the opening words end, in the reading. */
  readonly end: number;
}

const PERIOD = new RegExp(`^(?:今年|本年)?(${SUB_YEAR_WORDS})(末|底)?`);
const YEAR = /^(?:截至|截止|到|至)?((?:19|20)\d\d)年(?:度)?(末|底|全年|以来)?/;
const RANGE = /^((?:19|20)\d\d)\s*[—\-~至到]\s*((?:19|20)\d\d)年(?:间|期间|中)?/;
/** (与上年持平, 与上年末基本持平 compare with the year before; they do not speak of it) */
const RELATIVE =
  /^(?:全年|年末|年底|今年度|今年|本年度|本年|当年度|当年|去年同期|上年同期|去年|上年末|上年底|上年度|上年|过去一年|一年来)(?![末底度]?(?:同期)?(?:相比)?(?:基本)?持平)/;
/**
 * 分产业看, 从环比看, 按经营地分, 其中, 在规模以上工业中, 总诊疗人次中; a scope counted (在监测的339个城市中, 3641个考核断面中,
 * 35个行业大类中有20个…).
 */
const FRAME =
  /^(?:分(.{1,10}?)看|从(.{1,10}?)(?:来)?看|按(.{1,10}?)(?:划分|分类|分|统计)(?:看)?|(其中)|在(.{1,24}?)中(?=[，,]|$)|(\d+(?:\.\d+)?[个家所座项条种类][^，,]{1,24}?中)(?=有|[，,]|$)|([^，,\d]{2,16}?)中(?=[，,]|$))/;
const BASIS =
  /^(?:按(?:可比价格|不变价格|可比价|可比口径)(?:计算)?|(?:扣除|剔除)(?:价格|不可比)因素(?:影响)?后?|实际(?=增长|下降))|^(?:按(?:现价|当年价格|现行价格)(?:计算)?|名义(?=增长|下降))/;
const ESTIMATE = new RegExp(`^(?:据|经)?(?:${ESTIMATE_WORDS.join("|")})`);
const SAID_BASE = new RegExp(
  `^(?:与|同|和|较)(?:上年|去年|((?:19|20)\\d\\d)年|(${CENSUS_NAME.source})时?)(?:末|底)?(?:同期)?(?:相比|比较)|^(?:与|同|和)上年同期比`,
);
const CONNECTIVES = new RegExp(
  `^(?!${NOT_CONNECTIVES.join("|")})(?:[-•·●■○◆▲▪*](?=\\s|[\\u4e00-\\u9fff])\\s*|同时|此外|另外|加上(?![级年解])|加(?=上级|上年|上解)|而且|而|并且|并|其次|再次|以及|和|与|及|、|但|且|也|还|其|又)`,
);
/** Words of a goal and a plan's years before a subject: 力争“十五五”时期…, 确保…. */
const GOAL = new RegExp(`^(?:力争|确保|争取|努力|推动|实现)?(?:${PLAN_PERIOD.source})|^(?:力争|确保|争取)`);

/** Reads the opening words of a clause (they may follow one another: 其中，1—4月份…), up to its subject. */
export function readOpening(text: string, start: number, end: number): Opening {
  let at = start;
  let period: string | undefined;
  let year: number | undefined;
  let relativeYear: Opening["relativeYear"];
  let yearEnd = false;
  let frame: Opening["frame"];
  let within = false;
  let frameWhole: string | undefined;
  let basis: Opening["basis"];
  let estimate = false;
  let base: Opening["base"];
  let range: Opening["range"];
  let wholeYear = false;
  const years: number[] = [];
  for (let guard = 0; guard < 8 && at < end; guard++) {
    const rest = text.slice(at, Math.min(end, at + 40));
    let m: RegExpExecArray | null;
    if ((m = RANGE.exec(rest))) {
      range = { from: Number(m[1]), to: Number(m[2]) };
      at += m[0].length;
    } else if ((m = YEAR.exec(rest)) && !/^\d{4}年(?:的|[—\-~至到]\d)/.test(rest)) {
      if (m[2] === "以来") base = Number(m[1]);
      else {
        if (year !== undefined && /^[、和与及]?$/.test(text.slice(at - 1, at))) years.push(year);
        year = Number(m[1]);
      }
      at += m[0].length;
    } else if ((m = PERIOD.exec(rest)) && readSubYearPeriod(m[1]!)) {
      period = readSubYearPeriod(m[1]!)!.code;
      at += m[0].length;
    } else if ((m = RELATIVE.exec(rest))) {
      relativeYear = /去年|上年|过去一年|一年来/.test(m[0]) ? "last" : /今年|本年/.test(m[0]) ? "this" : "section";
      if (m[0] === "年末" || m[0] === "年底") yearEnd = true;
      if (m[0] === "全年") wholeYear = true;
      at += m[0].length;
    } else if ((m = SAID_BASE.exec(rest))) {
      // (与第四次全国经济普查相比: the census's year; a census whose year is not known names none)
      const said = m[1] ? Number(m[1]) : m[2] ? censusNamed(m[2]) : "previous_year";
      if (said !== undefined) base = said;
      at += m[0].length;
    } else if ((m = BASIS.exec(rest))) {
      basis = /现价|当年价格|现行价格|名义/.test(m[0]) ? "current" : "comparable";
      at += m[0].length;
    } else if ((m = ESTIMATE.exec(rest))) {
      estimate = true;
      at += m[0].length;
    } else if (
      (m = FRAME.exec(rest)) &&
      // (总诊疗人次中，医院占40.9%: a whole named as a measure, without 在)
      (m[7] === undefined || measureOf(m[7]) !== undefined) &&
      (m[0].length <= 14 || m[4] || m[5] || m[6] || m[7])
    ) {
      // (在校生中: 在 opens the name)
      const inside = m[5] !== undefined && IN_WORDS.some((w) => `在${m![5]}`.startsWith(w)) ? `在${m[5]}` : m[5];
      const said = m[1] ?? m[2] ?? m[3] ?? inside ?? m[7] ?? "";
      const places = BY_PLACE_FRAMES.some(
        (f) => m![0].startsWith(f) || said.includes("县") || said.includes("地区") || said.includes("区域"),
      );
      // 在A中, A中: A is the whole of what follows only when it names one (在法人单位中, 在规模以上工业中); a counted
      // scope (在监测的339个城市中) names what is counted, and what something happened in (在推进改革过程中,
      // 在全省考核中) no whole
      const whole = (inside ?? m[7]) !== undefined && !places ? namesAWhole(said) : undefined;
      if (/环比/.test(said)) base = "previous_period";
      else if (/同比/.test(said)) base = "previous_year";
      // a counted scope (70个大中城市中) names what is counted, no part of the indicator spoken of; times gone
      // through (分季度看) are no parts either
      else if (
        m[6] === undefined &&
        !(BY_TIME_WORDS as readonly string[]).includes(said) &&
        (whole !== undefined || places || (inside ?? m[7]) === undefined)
      ) {
        within = m[4] !== undefined;
        if (whole) frameWhole = whole;
        frame = places ? "places" : "parts";
      }
      at += m[0].length;
    } else if ((m = GOAL.exec(rest))) {
      // “十三五”时期经济年均增长: over the plan's years, whatever base the sentence said before
      const plan = planNamed(m[0]);
      if (plan !== undefined && !/以来$/.test(m[0])) range = planYears(plan);
      at += m[0].length;
    } else if ((m = CONNECTIVES.exec(rest))) {
      at += m[0].length;
    } else break;
    while (at < end && /[，、：,]/.test(text[at]!)) at++;
  }
  return {
    ...(period ? { period } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(relativeYear !== undefined ? { relativeYear } : {}),
    ...(yearEnd ? { yearEnd } : {}),
    ...(frame ? { frame } : {}),
    ...(within ? { within } : {}),
    ...(frameWhole ? { frameWhole } : {}),
    ...(basis ? { basis } : {}),
    ...(estimate ? { estimate } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(range ? { range } : {}),
    ...(wholeYear ? { wholeYear } : {}),
    ...(years.length && year !== undefined ? { years: [...years, year] } : {}),
    end: at,
  };
}

/** The words after a number that make it part of a name (110千伏, 8小时平均): the name goes on past it. */
const NAME_PARTS = longestFirst(NAME_AFTER).join("|");
/** An age band inside a name (5岁以下儿童, 0-6岁儿童, 15—59岁人口): the ages are no figure and the name goes on. */
const AGE_IN_NAME = "周?岁(?:及?以[上下])?(?=[\\u4e00-\\u9fff])|[-—~～至]\\d+周?岁";
/** What an annual average names when 年均 opens it (年均浓度, 年均高锰酸盐指数): a level, no average growth. */
const AVERAGED_NAMES = "[^，。；\\d增降减提递上回分为达]{1,10}?(?:浓度|指数|值|水平|气温|降水量)";
/**
 * A rank inside a name (排名前5位的企业, 前10名, 前十位): 前 as an ordinal (not 目前, 提前: the words of
 * `NOT_ORDINAL_BEFORE`, each ending in 前), a number in digits or in words, and a rank's word.
 */
export const RANK_IN_NAME = `(?<!${NOT_ORDINAL_BEFORE.map((w) => w.slice(0, -1)).join("|")})前(?:\\d+|[一二三四五六七八九十百]+)(?:${RANK_AFTER.join("|")})`;
/** An abbreviation in brackets after a name: （SO2）, (PM2.5), （CPI）. */
const ABBREVIATION = String.raw`[A-Za-z][A-Za-z\d.·+\-]*[）)]`;
/** Verbs of change of two characters or more (增加值 and 增值税 are names, not verbs). */
const CHANGE = longestFirst(
  [...Object.keys(CHANGE_VERBS), ...Object.keys(RATE_VERBS)].filter((v) => v.length >= 2),
).join("|");
const RATE = longestFirst([...RATE_NOUNS, ...FALL_RATE_NOUNS]).join("|");
/** Units printed in Latin letters (120PB): a number before one is a figure, not part of a name as 4G or PM2.5 are. */
const LATIN_UNITS = MEASURE_WORDS.filter((w) => /^[A-Za-z]+$/.test(w)).join("|");

/** Rate names that stay whole in a subject (自然增长率): their first character, to keep a rate noun inside them from ending it. */
const RATE_NAME_HEADS = [...new Set(RATE_NAMES.map((n) => n.slice(0, n.length - 3)))].join("|");

/**
 * Where a subject phrase ends: a number or a bracket, a comparison (比上年, 同比, 较2019年, 高于), an average (年均),
 * a share or a list (占, 分别), a contribution (拉动), a verb of change or a rate's name (增长, 下降, 增速), or a verb
 * of a level before a number (为, 达到, 超过).
 */
const SUBJECT_END = new RegExp(
  [
    // a number not glued to letters (4G基站, PM2.5 are names) nor part of a name (110千伏, 日最大8小时平均浓度) nor a
    // rank in one (the 前 before it opens 前10位) nor an age band (5岁以下儿童); a bracket that is not an abbreviation (二氧化硫（SO2）、二氧化氮（NO2）… names go on past theirs)
    String.raw`-?(?:(?<=GDP|CPI|PPI|PMI)|(?<![A-Za-z\d.每]))(?<!(?=${RANK_IN_NAME}).)\d+(?:\.\d+)?(?![\d.]|(?!${LATIN_UNITS})[A-Za-z]|(?!${UNITS_LIKE_NAMES.join("|")})(?:${NAME_PARTS})|${AGE_IN_NAME})|[（(](?!${ABBREVIATION})`,
    String.raw`(?:比重|占比|比例)(?=为|是|达|约|近|超过|逾|不足|不到|\d)`,
    String.raw`(?:从|由)(?=(?:人均|每[\u4e00-\u9fff]{1,3})?(?:\d|上年|(?:19|20)\d\d年|不到|不足|超过|近|约))`,
    String.raw`(?:比|较)(?=上年|去年|同期|年初|上月|上季|\d|全|[一二三四]季度|上半年|前三季度|规模以上|同口径)`,
    // 比民营医院高20.8个百分点: a rate compared with another's, no name (比农村居民高3.5万元 stays a name: no
    // amount of the subject's own)
    String.raw`(?<![占对])比(?=[^，。；\d比]{1,20}?${THAN_SIDE}\d+(?:\.\d+)?个?百分点)`,
    String.raw`(?:与|同|和)(?=上年|去年|同期|(?:19|20)\d\d年)`,
    `同比|环比|${FLAT_WORDS.filter((w) => w.endsWith("持平")).join("|")}|(?<!每)年均(?!${AVERAGED_NAMES})|每年(?=均|都)|年平均|平均每年|[两二三四五]年平均|占(?!比)|分别|累计|(?<!平)均(?=为|达|增长|下降|超过|保持)`,
    "高于|低于|快于|慢于|拉动|带动|下拉|负向拉动|对.{1,10}?的?贡献|贡献率",
    "(?:(?:预计|预期|计划)安排|预计|预期|安排)(?=\\d|为|达|完成|实现|增长|下降|超过|突破)|控制在|保持在|稳定在|维持在|增至|降至|降到|升到|升至|增到|减至|减到|提高到|提升到|下降到|下降至|减少到|减少至|增加到|增长到",
    // a clause that opens with a ratio to something else (为调整预算的101.2%, 是上年的95%) goes on about the subject
    // before it: no subject of its own
    `^(?:${RATIO_TO_WORDS.join("|")})(?=[^，。；\\d]{1,12}的(?:-?\\d|$))`,
    // a milestone passed (跨过两个万亿元大关, 迈上3万亿元台阶): the verb ends the name
    "跨过|跨上|跨越|迈上|迈过|站上|登上",
    `(?<!${RATE_NAME_HEADS})(?:${CHANGE})(?!值|税|极|点|率|幅|速|面)`,
    `(?<!${RATE_NAME_HEADS})(?:${RATE})`,
    String.raw`(?:达到|达|为|是|${qualifierPattern("约")}|${qualifierPattern("近")}|超过|突破|逾|不足|不到|${qualifierPattern("超")}|共计|共有|合计|总计|计|跨过|跨越|迈上|迈过|站上|升至|接近|超出|新增|净增|新建|增加)(?=-?\d+(?:\.\d+)?(?![\d.]|(?!${LATIN_UNITS})[A-Za-z])|[约近超逾])`,
  ].join("|"),
);

/** Verbs inside a subject phrase that are not part of the name: 规模以上工业企业实现利润总额 is 规模以上工业企业利润总额. */
const SOFT_VERBS = /(?:实现|完成|共有|拥有|累计完成|全年完成|共?发生(?!率|额))了?/g;
/** A class's bound within a name: 500万元及以上, 60岁及以上, followed by what is bounded. */
const CLASS_BOUND =
  /^\d+(?:\.\d+)?\s*([^\d\s，。；、]{0,4}?)及以[上下](?=\p{Script=Han})(?!水平|增长|左右|和|与|及|或|目标)/u;
/** Words that lead into a subject without being part of it: 累计建成…, 共有…. */
const LEADING =
  /^(?:累计|共计|共有|共(?=\d)|总计|合计|拥有|现有|全年|年末|当年|连续[一二两三四五六七八九十\d]+年|每年(?![均都]))+/;
/** A phrase that is only a qualifier or a verb of a level names nothing. */
const NOT_A_NAME =
  /^(?:上年|去年|同期|上年同期|去年同期|超过|突破|达到|接近|不足|不到|约|近|逾|超|达|为|是|有|共|计|了|其中|同时|分别|均|累计|新增|新建|建成|完成|实现|占比|比重|比例|占)$/;
/** Words a subject never ends with: 的, 了, state verbs left over (中, but not the 中 of 初中 and 高中). */
const TRAILING = /(?:的|了|共|有|(?<![初高])中|方面|为|是|达|达到|合计|总计|全年|年末|当年|和|与|及|以及)+$/;

/** The subject phrase of a clause after its opening, and where it ends: empty when the clause goes on about the last one. */
export function subjectAt(text: string, start: number, end: number): { phrase: string; end: number } {
  const leading = LEADING.exec(text.slice(start, Math.min(end, start + 12)));
  if (leading) start += leading[0].length;
  let window = text.slice(start, Math.min(end, start + 60));
  let m = SUBJECT_END.exec(window);
  let stop = m ? m.index : window.length;
  // the bound of a class inside the name: the name goes on past it — without a scope's bound in money, which
  // defines the statistics themselves (全州500万元及以上固定资产投资 is investment), with any other (65岁及以上户籍人口
  // is not 户籍人口)
  const bound = CLASS_BOUND.exec(window.slice(stop));
  let skipped = 0;
  const scope = bound !== null && bound[1]!.includes("元");
  if (bound && (stop > 0 || !scope)) {
    const after = window.slice(stop + bound[0].length);
    if (scope) {
      skipped = bound[0].length;
      window = window.slice(0, stop) + after;
    }
    const from = scope ? stop : stop + bound[0].length;
    m = SUBJECT_END.exec(window.slice(from));
    stop = m ? from + m.index : window.length;
  }
  // a bracket of words right after the name qualifies it (固定资产投资（不含农户）); an abbreviation ((CPI)) does not
  // (地区生产总值（初步核算数）: the figure's standing, no part of the name)
  let bracket = /^[（(]([^（()）\d]{2,12})[）)]/.exec(window.slice(stop));
  const standing = bracket !== null && ESTIMATE_WORDS.some((w) => bracket![1]!.startsWith(w));
  const named = stop;
  if (bracket && stop > 0 && !/^[A-Za-z]+$/.test(bracket[1]!)) stop += bracket[0].length;
  // (a name qualified so in its middle, 养老（不含机关、含离退休退职）、医疗（生育）保险人数: it goes on past the bracket)
  while (bracket && !standing && /^[、\p{Script=Han}]/u.test(window.slice(stop))) {
    const from = stop;
    m = SUBJECT_END.exec(window.slice(from));
    if (m?.index === 0) break;
    stop = m ? from + m.index : window.length;
    bracket = /^[（(]([^（()）\d]{1,12})[）)]/.exec(window.slice(stop));
    if (bracket) stop += bracket[0].length;
  }
  const raw = window.slice(0, standing ? named : stop).replace(new RegExp(`[（(]${ABBREVIATION}`, "g"), "");
  const phrase = raw
    .replace(SOFT_VERBS, "")
    .replace(TRAILING, "")
    .replace(/^[、，：《》]+|[、，：]+$/g, "");
  // a subject names a thing in two characters or more; a lone verb or particle is none
  return {
    phrase:
      /^[\p{Script=Han}A-Za-z\p{Nl}\d“]/u.test(phrase) && phrase.length >= 2 && !NOT_A_NAME.test(phrase) ? phrase : "",
    end: start + stop + skipped,
  };
}

/** The whole an opening 在A中 names, when A names one: not a count (339个城市), but things or a measure of them. */
function namesAWhole(said: string): string | undefined {
  if (/\d+(?:\.\d+)?[个家所座项条种类]/.test(said)) return undefined;
  return WHOLE_ENDINGS.some((w) => said.endsWith(w)) || measureOf(said) !== undefined ? said : undefined;
}

/** A share printed before the things it counts: 89.0%的企业…, 约60%的Z世代…. */
const SHARE_FIRST = /^(?:约|近|超过|逾)?\d+(?:\.\d+)?\s*[%％](?:左右)?的(?=[\p{Script=Han}A-Za-z])/u;
/** Words after a name that make it a growth's, not things': 5.2%的经济增长, 3%左右的物价涨幅目标. */
const GROWTH_AFTER = new RegExp(`^(?:${RATE}|${CHANGE}|增长|目标)`);

/**
 * A clause that opens with a share of things before their name (89.0%的企业具有仓库管理系统, 80%的县级医院达到三级
 * 综合医院水平): the things so counted, named after 的, as the subject; it ends where the clause's words begin, so
 * that the share is read as its figure. None when no name follows or it names a growth (5.2%的增速, 5.2%的经济增长).
 */
export function shareFirst(text: string, start: number, end: number): { phrase: string; end: number } | undefined {
  const share = SHARE_FIRST.exec(text.slice(start, Math.min(end, start + 16)))?.[0];
  if (share === undefined) return undefined;
  const named = subjectAt(text, start + share.length, end);
  if (!named.phrase || new RegExp(RATE).test(named.phrase) || GROWTH_AFTER.test(text.slice(named.end, end)))
    return undefined;
  return { phrase: named.phrase, end: start };
}

const VERB_FIRST = new RegExp(
  `^(?:可以|可|将)?(${longestFirst([...CHANGE_BEFORE_SUBJECT, ...SAVING_BEFORE_SUBJECT]).join("|")})(?=\\p{Script=Han})(?!的)`,
  "u",
);

/**
 * A clause that opens with a verb of change before its subject (净增国家高新技术企业1724户, 压减一般性支出10%): the
 * verb, which the first figure is read with, and the subject after it; `saved` for a verb of what was saved
 * (减少能源消费总量30万吨), whose figure is no change and no level.
 */
export function verbFirst(
  text: string,
  start: number,
  end: number,
): { verb: string; subject: { phrase: string; end: number }; saved: boolean } | undefined {
  // (每年可减少…, 将新增…: the verb after words that lead into a subject and a word of what may be)
  const leading = LEADING.exec(text.slice(start, Math.min(end, start + 12)));
  if (leading) start += leading[0].length;
  const first = VERB_FIRST.exec(text.slice(start, Math.min(end, start + 10)));
  if (!first) return undefined;
  const verb = first[1]!;
  const subject = subjectAt(text, start + first[0].length, end);
  const saved = (SAVING_BEFORE_SUBJECT as readonly string[]).includes(verb);
  return subject.phrase ? { verb, subject, saved } : undefined;
}

/** The sentence's base from an opening, as a year count relative to the figure's year, or the period before. */
export type SaidBase = Opening["base"];

/**
 * What a clause's opening says, held for the rest of its sentence (a part of the year, a year, a range of years, a
 * frame, a price basis, an estimate, a base) — and a part of the year opening a sentence for its paragraph.
 */
export function holdOpening(op: Opening, s: SentenceState, p: ParagraphState, firstOfSentence: boolean): void {
  // a part of the year opening a sentence holds for the paragraph (1—4月份，…); inside a sentence, for its clause on
  if (op.period) {
    s.period = op.period;
    if (firstOfSentence) p.period = op.period;
  }
  // 全年, 年末: the whole year, or its end, whatever part of it the paragraph spoke of
  if (op.wholeYear || op.yearEnd) s.period = undefined;
  if (op.year !== undefined) s.year = op.year;
  // a range or a plan's years opening a clause are its period, whatever base the sentence said before
  if (op.range) {
    s.range = op.range;
    s.base = undefined;
  }
  // (年末 holds until the sentence says another time: 年末…，全年城镇调查失业率… is the year's)
  if (op.relativeYear) {
    s.relative = op.relativeYear;
    s.yearEnd = op.yearEnd === true;
  }
  if (op.frame) {
    s.frame = op.frame;
    s.within = op.within === true;
    s.frameWhole = op.frameWhole;
    s.withinWhole = op.within ? s.identity : undefined;
  }
  if (op.basis) s.basis = op.basis;
  if (op.estimate) s.estimate = true;
  if (op.base !== undefined)
    s.base =
      op.base === "previous_year"
        ? { kind: "previous_year" }
        : op.base === "previous_period"
          ? { kind: "previous_period" }
          : { kind: "year", year: op.base };
}
