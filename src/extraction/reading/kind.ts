import { chineseNumber } from "../../core/index.js";
import type { ClaimKind } from "../../verification/index.js";
import {
  AVERAGE_WORDS,
  CHANGE_IN_ITSELF,
  CHANGE_VERBS,
  CONTRIBUTION_SHARE_WORDS,
  CONTRIBUTION_WORDS,
  FALL_RATE_NOUNS,
  INDEX_WORDS,
  LEVEL_VERBS,
  RATE_NAMES,
  RATE_ONLY_VERBS,
  RATE_NOUNS,
  RATE_VERBS,
  RATIO_TO_WORDS,
  REACHED_WORDS,
  SHARE_WORDS,
} from "../vocabulary/changes.js";
import { QUALIFIERS_BEFORE } from "../vocabulary/qualifiers.js";
import { BALANCE_ENDINGS } from "../vocabulary/indicators.js";
import { aboveBelowSign, baseIn } from "./comparison.js";
import type { FigureToken } from "./figure-token.js";
import { longestFirst } from "../vocabulary/longest.js";

/** What a figure states, read from its unit and the words before it. */
export interface KindReading {
  readonly kind: ClaimKind;
  /** The figure's sign: a fall (下降3.1%) or a negative contribution (下拉0.4个百分点) is −1. */
  readonly sign: 1 | -1;
  /** For a share (占GDP的比重) or a contribution (拉动GDP增长), the whole's phrase when printed. */
  readonly of?: string;
  /** For an average over a number of years said in words (两年平均增长): the years. */
  readonly years?: number;
}

const VERBS = longestFirst(Object.keys(CHANGE_VERBS));
const RATE_VERB_WORDS = longestFirst(Object.keys(RATE_VERBS));
/** Words a lead may end with after its verb: 增长了, 增长为, 提高到 (at most one of each, in this order). */
const TRAILING = new RegExp(
  `(?:${longestFirst([...LEVEL_VERBS]).join("|")})?(?:${longestFirst(Object.keys(QUALIFIERS_BEFORE)).join("|")})?$`,
);
/** 为调整预算的: a ratio to the whole named (not to a time: 为上年的, which names a base). */
const RATIO_TO = new RegExp(`^(?:${RATIO_TO_WORDS.join("|")})([^\\d，。；]{2,12}?)的$`);
const YEARS_AVERAGE = /([两二三四五六七八九十]|\d)年(?:平均|均)/;

/** The lead without the words that only lead into the number (了, 为, 达到, 超过 …). */
function bare(lead: string): string {
  // 年均分别增长: 分别 says how values pair with subjects, nothing of the kind
  return lead.replace(/分别(?!为|是|达|占)/g, "").replace(TRAILING, "");
}

/** The verb of change a lead ends with (增长, 下降 …), and whether the level reached follows it (增至, 提高到). */
export function verbAtEnd(lead: string): { verb: string; sign: 1 | -1; reached: boolean } | undefined {
  const b = bare(lead);
  for (const reached of [false, true]) {
    const stem = reached ? b.replace(new RegExp(`(?:${REACHED_WORDS.join("|")})$`), "") : b;
    if (reached && stem === b) continue;
    const verb = VERBS.find((v) => stem.endsWith(v));
    // 新增, 新建: the amount added in the year, a level of its own
    if (verb && !(verb === "增" && /新增$|净增$/.test(stem)))
      return { verb, sign: CHANGE_VERBS[verb]!, reached: reached || reachedAs(lead, verb) };
  }
  return undefined;
}

/** A qualifier at the end of a lead (增加为约5000公里). */
const QUALIFIER_AT_END = new RegExp(`(?:${longestFirst(Object.keys(QUALIFIERS_BEFORE)).join("|")})$`);

/**
 * Whether 为 after a verb of change says the level reached, as 至 does (增加为5000公里, 下降为3.2%); not after 增长,
 * whose 为 gives its rate (增长为负).
 */
function reachedAs(lead: string, verb: string): boolean {
  return verb !== "增长" && lead.replace(QUALIFIER_AT_END, "").endsWith(`${verb}为`);
}

/** A rate noun in the lead or at the end of the subject: 增速, 增幅, 涨幅 (+1), 降幅 (−1 for the direction of the rate). */
function rateNoun(text: string): 1 | -1 | undefined {
  if (RATE_NAMES.some((w) => text.includes(w))) return undefined;
  if (FALL_RATE_NOUNS.some((w) => text.includes(w))) return -1;
  if (RATE_NOUNS.some((w) => text.includes(w))) return 1;
  return undefined;
}

/** The rate noun a subject ends with (工业增加值增速), none for a rate's own name (人口自然增长率). */
function subjectRateNoun(subject: string): 1 | -1 | undefined {
  return RATE_NAMES.some((n) => subject.endsWith(n)) ? undefined : rateNoun(subject.slice(-4));
}

/**
 * The kind of a figure. `lead` is the text before the number back to the figure before it in its clause (or the
 * end of the clause's subject); `subject` the clause's subject phrase; `afterGrowth` whether the figure before it
 * in the sentence was a growth rate of the same subject (a point change right after it is a change of that rate);
 * `hasBase` whether a base is said for it (比上年末增加0.2万人 is a change, 新建道路增加40条 the year's level).
 */
export function kindOf(
  token: FigureToken,
  lead: string,
  subject: string,
  afterGrowth: boolean,
  hasBase = false,
): KindReading | undefined {
  const moved = verbAtEnd(lead);
  const sign = moved?.sign ?? 1;
  switch (token.unitKind) {
    case "permille_points": {
      // 自然增长率…提高0.01个千分点: a change of a rate per mille in its own unit
      const points = kindOf({ ...token, unitKind: "points" }, lead, subject, afterGrowth, hasBase);
      return points?.kind === "pp_change" ? { kind: "absolute_change", sign: points.sign } : undefined;
    }
    case "points": {
      const contribution = Object.keys(CONTRIBUTION_WORDS).find((w) => lead.includes(w));
      if (contribution) {
        const of = /(?:拉动|带动|下拉|负向拉动)(.{1,12}?)(?:增长|下降)?$/.exec(bare(lead))?.[1];
        return {
          kind: "contribution",
          sign: (CONTRIBUTION_WORDS[contribution]! * (moved?.sign ?? 1)) as 1 | -1,
          ...(of ? { of } : {}),
        };
      }
      const noun = rateNoun(lead) ?? subjectRateNoun(subject);
      const against = aboveBelowSign(bare(lead));
      const rateVerb = RATE_VERB_WORDS.find((v) => bare(lead).endsWith(v));
      // 失业率比上年低0.3个百分点, 占GDP的比重为8.5%，比上年低0.3个百分点: a rate or a share (no growth rate just
      // printed, none named) against its own value in an earlier year is its change in points
      if (against !== undefined && noun === undefined && !afterGrowth && againstYear(bare(lead)))
        return { kind: "pp_change", sign: against };
      if (against !== undefined) return { kind: "rate_difference", sign: against };
      const rateOnly = RATE_ONLY_VERBS.some((v) => bare(lead).endsWith(v)) && !isShareSubject(subject);
      if ((noun !== undefined || rateOnly || (afterGrowth && !isShareSubject(subject))) && rateVerb) {
        return { kind: "rate_difference", sign: (RATE_VERBS[rateVerb]! * (noun ?? 1)) as 1 | -1 };
      }
      return { kind: "pp_change", sign };
    }
    case "percent":
    case "permille": {
      const b = bare(lead);
      const years = YEARS_AVERAGE.exec(b);
      if (years && /(?:年(?:平均|均))(?:增长|增速|增幅|下降|提高|降低|减少|递增|递减)?$/.test(b)) {
        return { kind: "average_growth", sign, years: chineseNumber(years[1]!)! };
      }
      // 年均增长, not 每年均达 (each year at least)
      if (
        AVERAGE_WORDS.some((w) =>
          new RegExp(`(?<!每)${w}(?:增长|增速|增幅|下降|提高|提升|降低|减少|递增|递减|上涨)?$`).test(b),
        )
      )
        return { kind: "average_growth", sign };
      if (CONTRIBUTION_SHARE_WORDS.some((w) => lead.includes(w) || subject.endsWith(w)))
        return { kind: "contribution_share", sign: 1 };
      if (moved && !moved.reached) return { kind: "cumulative_change", sign };
      // a rate's own name (自然增长率) holds a rate noun without being a growth
      const named = RATE_NAMES.some((n) => subject.endsWith(n));
      // (增速升至5.6%, 降幅收窄至2.0%: the rate reached is the growth itself, its sign the rate noun's)
      const bareOrReached = b === "" || moved?.reached === true;
      const noun = named
        ? undefined
        : (rateNoun(b.slice(-6)) ?? (bareOrReached ? subjectRateNoun(subject) : undefined));
      if (noun !== undefined && (!moved || moved.reached)) return { kind: "cumulative_change", sign: noun };
      // (占全国比重升至6.5%: the share reached, its whole named before the verb)
      const shareLead = moved?.reached ? b.replace(new RegExp(`${moved.verb}(?:${REACHED_WORDS.join("|")})$`), "") : b;
      const share = /占(?!比)(.{1,16}?)的?(?:比重|比例|份额)?$/.exec(shareLead.replace(/(?:由|从)$/, ""))?.[1];
      if (share) return { kind: "share", sign: 1, of: share };
      // 为调整预算的101.2%, 完成年度计划的98%: a ratio to a whole named (not to a year: 为上年的95%)
      const ratioTo = RATIO_TO.exec(b)?.[1];
      if (ratioTo && baseIn(`比${ratioTo}`) === undefined) return { kind: "share", sign: 1, of: ratioTo };
      return { kind: "share", sign: 1 };
    }
    case "times": {
      if (/(?:是|为|相当于).*的$/.test(bare(lead)) || /(?:是|为|相当于).*的/.test(lead))
        return { kind: "ratio", sign: 1 };
      if (moved) return { kind: "multiple", sign: 1 };
      return undefined;
    }
    case "amount": {
      if (moved && !moved.reached && (hasBase || (CHANGE_IN_ITSELF as readonly string[]).includes(moved.verb)))
        return { kind: "absolute_change", sign };
      // 比上年末（180亿元）低13亿元: an amount against its own earlier value
      const against = aboveBelowSign(bare(lead));
      if (against !== undefined && againstYear(bare(lead))) return { kind: "absolute_change", sign: against };
      // 存款余额增长8.5%，新增4万多亿元; 各项贷款新增2.1万亿元: what was added to a balance, or to a stock whose growth
      // was just printed, is its change
      if ((afterGrowth || BALANCE_ENDINGS.some((w) => subject.endsWith(w))) && /(?:新增|净增)$/.test(bare(lead)))
        return { kind: "absolute_change", sign: 1 };
      return { kind: "level", sign: 1 };
    }
    case "bare": {
      if (INDEX_WORDS.some((w) => subject.endsWith(w) || bare(lead).endsWith(w)) && !moved)
        return { kind: "index", sign: 1 };
      // 城乡居民人均可支配收入比值为2.34，比上年缩小0.05: a ratio's level, and its change in itself
      if (/(?:比|比值|系数|倍差|指数)$/.test(subject) || /(?:比|比值|系数|倍差)(?:为|是|达)?$/.test(lead)) {
        return moved && !moved.reached ? { kind: "absolute_change", sign } : { kind: "level", sign: 1 };
      }
      return undefined;
    }
  }
}

/**
 * Whether a comparison in a lead is with an earlier year (比上年, 比2019年末), not with another indicator, nor with an
 * earlier part of the same year (比一季度: a change within the year is no claim the verifier reads).
 */
function againstYear(lead: string): boolean {
  const base = baseIn(lead);
  return base?.kind === "previous_year" || base?.kind === "year";
}

/** A subject that is itself a share or a rate (城镇化率, 占比): its point changes are changes of it, not of a growth rate. */
export function isShareSubject(subject: string): boolean {
  return (
    /(?:率|比重|占比|比例|份额|系数|指数)$/.test(subject) ||
    SHARE_WORDS.some((w) => w.length > 1 && subject.endsWith(w))
  );
}
