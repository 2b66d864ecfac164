import { CATEGORY_DEFAULTS, INDICATOR_SYNONYMS, MEASURE_ENDINGS, NAME_MODIFIERS } from "../vocabulary/indicators.js";
import { NAMED_REGIONS, NOT_PLACES, PLACE_SUFFIXES, REGION_LEVELS, type RegionLevel } from "../vocabulary/regions.js";
import {
  DEFINED_MEANS,
  DEFINED_TOTALS,
  MONTHLY_SURVEY_RATES,
  NOT_ADDITIVE_ENDINGS,
  NOT_ADDITIVE_WORDS,
} from "../vocabulary/indicators.js";

/**
 * What a figure is about: an indicator, in a region other than the document's own (全国, 青山县) and for a part of a
 * whole (制造业 of 规模以上工业增加值), each part told apart so that different subjects are never merged.
 */
export interface Identity {
  readonly indicator: string;
  readonly region?: string;
  readonly breakdown?: string;
  /** The subject as printed, the region's name left out. */
  readonly label: string;
  /** Which mention of the subject in the text the figure is read with (each clause that names it is one). */
  readonly mention?: number;
}

/** What the reader knows when it names a subject: the document's level, the indicator spoken of, the frame. */
export interface IdentityContext {
  readonly level?: RegionLevel;
  /** The document's own place by name (东莞): a subject that opens with it is the document's own (东莞地区生产总值 is gdp). */
  readonly place?: string;
  /** The indicator the paragraph speaks of (its first whole subject): a part without a measure is a part of it. */
  readonly topic?: Identity;
  /** The measure of the last part named in a 分…看 frame (增加值 of 采矿业增加值), which the next parts share. */
  readonly siblingMeasure?: string;
  readonly frame?: "parts" | "places";
}

/** The end of the name of a rate or a share: 城镇化率, 比重. */
const RATE_ENDING = /(?:率|比重|占比|比例)$/;

const SYNONYM = new Map(
  Object.entries(INDICATOR_SYNONYMS).flatMap(([id, names]) => names.map((n) => [n, id] as const)),
);
const SYNONYMS_BY_LENGTH = [...SYNONYM.keys()].sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`^([\\p{Script=Han}]{1,7}?(?:${PLACE_SUFFIXES.join("|")}))(?=[\\p{Script=Han}])`, "u");
const REGIONS_BY_LENGTH = Object.keys(NAMED_REGIONS).sort((a, b) => b.length - a.length);

/** The measure a phrase ends with (增加值, 投资, 产量 …), if any. */
export function measureOf(phrase: string): string | undefined {
  return MEASURE_ENDINGS.find((m) => phrase.endsWith(m) && phrase.length > m.length);
}

/** An id of a phrase: its usual id when it is a usual name (or ends with one after no modifier), else the phrase itself. */
export function indicatorId(phrase: string): string {
  const known = SYNONYM.get(phrase);
  if (known) return known;
  const ending = SYNONYMS_BY_LENGTH.find(
    (s) => s.length >= 3 && phrase.endsWith(s) && !NAME_MODIFIERS.some((m) => phrase.slice(0, -s.length).includes(m)),
  );
  if (
    ending &&
    phrase.length - ending.length <= 4 &&
    /^(?:全社会|全口径|全部|全体|全年|年末|当年)?$/.test(phrase.slice(0, -ending.length))
  )
    return SYNONYM.get(ending)!;
  const id = phrase.replace(/[^\p{L}\p{N}_]/gu, "");
  return /^\d/.test(id) ? `x_${id}` : id || "unnamed";
}

/**
 * Whether a subject named so is an amount its parts add up to: no price, index, rate, share, coefficient, per-head
 * figure or average by its name (`NOT_ADDITIVE_ENDINGS`, `NOT_ADDITIVE_WORDS`), nor by its id when that differs.
 */
export function addsUp(name: string, id: string = name): boolean {
  return (
    !NOT_ADDITIVE_ENDINGS.some((w) => name.endsWith(w) || id.endsWith(w)) &&
    !NOT_ADDITIVE_WORDS.some((w) => name.includes(w))
  );
}

/**
 * Whether a phrase starting a subject names the document's own region (全市 in a city's communiqué). The place by its
 * name is taken for it only before a usual indicator (东莞实现地区生产总值 is the city's GDP; 吉林市地区生产总值 in a
 * report of 吉林省, 苏州工业园区地区生产总值 in one of 苏州市, are another place's).
 */
function ownRegionWord(phrase: string, level: RegionLevel | undefined, place?: string): string | undefined {
  const word = ownWords(level, place).find((w) => phrase.startsWith(w));
  if (word === undefined || place === undefined || !word.startsWith(place)) return word;
  const rest = phrase.slice(word.length).replace(/^(?:的|之)/, "");
  return SYNONYM.has(rest) ? word : undefined;
}

const OWN_WORDS = new Map<string, readonly string[]>();

/** The words that name the document's own whole, longest first: 全市, 我市 …, and its place by name (东莞, 东莞市). */
function ownWords(level: RegionLevel | undefined, place: string | undefined): readonly string[] {
  const key = `${level ?? ""}|${place ?? ""}`;
  let words = OWN_WORDS.get(key);
  if (!words) {
    const own: readonly string[] = level
      ? REGION_LEVELS[level].own
      : ["全国", "全省", "全市", "全区", "全县", "全州", "本市", "我国", "我省", "我市"];
    const named = place && level ? [place, ...REGION_LEVELS[level].suffixes.map((x) => `${place}${x}`)] : [];
    words = [...own, ...named].sort((a, b) => b.length - a.length);
    OWN_WORDS.set(key, words);
  }
  return words;
}

/** A part's name without the word for a class after it: 粮食类 (in 粮食类价格上涨1.9%) is the table's 粮食. */
function partName(phrase: string): string {
  return phrase.length > 2 ? phrase.replace(/类$/, "") : phrase;
}

/**
 * The identity of a subject phrase. The document's own region is left out (全市地区生产总值 is gdp); another named
 * region is kept apart (全国居民消费价格: region 全国); in a paragraph that goes through places (分县（市、区）看), a
 * place's name is the region. A phrase without a measure (制造业, 集体企业) is a part: of the last part's measure
 * in a 分…看 frame (采矿业增加值, then 制造业: 制造业增加值), else of the indicator the paragraph speaks of.
 */
export function identify(phrase: string, context: IdentityContext): Identity {
  let rest = phrase;
  let region: string | undefined;
  const own = ownRegionWord(rest, context.level, context.place);
  if (own && rest.length > own.length) rest = rest.slice(own.length);
  // (the document's own whole alone, 全市, is no other region, when the document's level says what its own whole is)
  else if (!own || context.level === undefined) {
    const named = REGIONS_BY_LENGTH.find((r) => rest.startsWith(r) && !(context.level === "nation" && r === "全国"));
    if (named) {
      region = NAMED_REGIONS[named];
      rest = rest.slice(named.length);
    } else if (context.frame === "places") {
      const place = PLACE.exec(rest);
      if (place && !NOT_PLACES.some((w) => place[1]!.endsWith(w))) {
        region = place[1];
        rest = rest.slice(place[1]!.length);
      }
    }
  }
  rest = rest.replace(/^(?:的|之)/, "");
  // 城镇调查失业率平均值: the year's figure of a rate surveyed each month is its average (年末's is December's)
  const averaged = MONTHLY_SURVEY_RATES.find((w) => rest.endsWith(`${w}平均值`));
  if (averaged) rest = rest.slice(0, -"平均值".length);
  const label = rest;
  const topic = context.topic;
  const withRegion = (i: Identity): Identity => (region ? { ...i, region } : i);
  // nothing but a region (东部地区 in 东部地区增长1.3%), or the topic's own measure (东部地区投资): the topic there
  if (topic && (rest === "" || (region && topic.label.endsWith(rest))))
    return withRegion({ ...topic, label: topic.label });
  const usual = SYNONYM.get(rest) ?? (measureOf(rest) ? indicatorId(rest) : undefined);
  if (usual !== undefined) {
    // under a frame (其中, 分…看), a part of the indicator spoken of is kept apart from the same name elsewhere:
    // 对“一带一路”国家进出口额…其中出口 is not the country's exports; 出口 under 进出口总额 is, by definition
    if (
      topic &&
      context.frame &&
      !region &&
      usual !== topic.indicator &&
      !(DEFINED_TOTALS[topic.indicator] ?? []).includes(usual) &&
      !(DEFINED_MEANS[topic.indicator] ?? []).includes(usual)
    ) {
      const measure = measureOf(rest);
      // (城镇消费品零售额 under 社会消费品零售总额: the total's measure without its 总)
      if (!SYNONYM.has(rest) && measure && topic.label.replace(/总(?=[额量值])/g, "").endsWith(measure))
        // (水稻总产量 under 粮食产量: the part 水稻, the 总 of its total's measure left out)
        return { ...topic, breakdown: partName(rest.slice(0, -measure.length).replace(/(?<=..)总$/, "")), label };
      // (a part measured in what the indicator spoken of is not measured in, 第一产业投资 after 利润总额, is no part of
      // it; nor is a rate of an amount, 常住人口城镇化率 after 常住人口)
      if (!SYNONYM.has(rest) && measure && !topic.label.replace(/总(?=[额量值])/g, "").includes(measure))
        return { indicator: usual, label };
      if (RATE_ENDING.test(rest) && !RATE_ENDING.test(topic.label)) return withRegion({ indicator: usual, label });
      return { indicator: usual, breakdown: topic.label, label };
    }
    return withRegion({ indicator: usual, label });
  }
  if (context.frame && context.siblingMeasure && !topic)
    return withRegion({
      indicator: indicatorId(`${rest}${context.siblingMeasure}`),
      label: `${rest}${context.siblingMeasure}`,
    });
  if (topic && (context.frame || region)) {
    return {
      indicator: topic.indicator,
      ...((region ?? topic.region) ? { region: region ?? topic.region } : {}),
      breakdown: partName(rest),
      label,
    };
  }
  const category = CATEGORY_DEFAULTS[rest];
  if (category) return withRegion({ indicator: category, label });
  return withRegion({ indicator: indicatorId(rest), label });
}
