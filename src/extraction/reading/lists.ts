import type { Span } from "../document/index.js";
import { baseIn } from "./comparison.js";
import { figureTokens, type FigureToken } from "./figure-token.js";
import { GROUPED_WORDS } from "../vocabulary/indicators.js";
import { PER_OUTPUT_ITEMS, PER_OUTPUT_LEADS } from "../vocabulary/intensities.js";
import { NOT_PLACES, PLACE_SUFFIXES } from "../vocabulary/regions.js";
import { measureOf } from "./identity.js";
import { kindOf, verbAtEnd } from "./kind.js";
import { CHANGE_VERBS } from "../vocabulary/changes.js";
import { notAFigure } from "./not-a-figure.js";
import { claimValue } from "./reading.js";
import { changeHasBase, push, unread } from "./emit.js";
import { sameIdentity, type ClauseContext, type SentenceState } from "./state.js";
import type { Assumption } from "./time.js";
import { longestFirst } from "../vocabulary/longest.js";

/** A number joined to the next by 和 or 、 takes its unit: 分别提高4.8和5.5个百分点. */
export function shareUnits(t: string, tokens: FigureToken[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    const joined = /^(?:[和、与及]|以及)$/.test(t.slice(a.wordsEnd, b.negative ? b.start - 1 : b.start));
    // 16.4个、1.3个百分点: the 个 is the first half of 个百分点
    if (joined && a.unit === "个" && (b.unitKind === "points" || b.unitKind === "permille_points"))
      tokens[i] = { ...a, unitKind: b.unitKind, unit: b.unit! };
    // 4.8和5.5个百分点, 6.5—7%: the first number takes the unit of the second
    else if (
      a.unitKind === "bare" &&
      b.unitKind !== "bare" &&
      /^(?:[和、与及]|以及|[-~～—–]|至|到)$/.test(t.slice(a.end, b.negative ? b.start - 1 : b.start))
    ) {
      tokens[i] = { ...a, unitKind: b.unitKind, ...(b.unit ? { unit: b.unit } : {}) };
    }
  }
}

/** What follows a list to count and name its items: 四项主要污染物, 三大产业, 两个指标. */
const COLLECTIVE = /(?<=[^、和与及])(?:[两二三四五六七八九十]|\d{1,2})(?:项|个|类|种|大)[^、和与及]*$/;

/** Numbers of a list said once for all (第一、二、三产业): what comes before and after them goes with each. */
const ELIDED_ORDINALS = /^(.*?第)([一二三四五六七八九十](?:[、和与及][一二三四五六七八九十])+)([^、和与及]+)$/;

/** The items of a list subject: 高技术产业和装备制造业增加值 is 高技术产业增加值 and 装备制造业增加值. */
export function splitList(phrase: string, count?: number): string[] {
  // a bracket of words qualifies its item and may hold a 、 of its own: 养老（不含机关、含离退休退职）、医疗（生育）
  phrase = phrase.replace(/[（(][^（()）]*[）)]/g, "");
  // A、B、C和D四项主要污染物: the count of the items and what they are, said after the last, is no part of it
  phrase = phrase.replace(COLLECTIVE, "");
  // 第一、二、三产业 is 第一产业、第二产业、第三产业
  const ordinals = ELIDED_ORDINALS.exec(phrase);
  if (ordinals)
    phrase = ordinals[2]!
      .split(/[、和与及]/)
      .map((n) => `${ordinals[1]}${n}${ordinals[3]}`)
      .join("、");
  // 、 parts items; 和, 与, 及 part them too, unless that makes more items than there are values (仪器设备及仪器仪表)
  const byComma = phrase.split("、").filter((x) => x !== "");
  const byAll = phrase.split(/、|和|与|及|以及/).filter((x) => x !== "");
  const lastSplit = [
    ...byComma.slice(0, -1),
    ...(byComma[byComma.length - 1] ?? "").split(/和|与|以及|及/).filter((x) => x !== ""),
  ];
  const items = count === undefined ? byAll : ([byComma, lastSplit, byAll].find((c) => c.length === count) ?? byAll);
  // 城镇与农村居民人均可支配收入: the groups of a pair (城镇 and 农村, as GROUPED_WORDS pairs them) share what follows
  // the last one
  const last = items[items.length - 1] ?? "";
  const first = items.slice(0, -1);
  const width = first[0]?.length ?? 0;
  const groups = [...first, last.slice(0, width)];
  if (
    first.length > 0 &&
    last.length > width + 2 &&
    Object.values(GROUPED_WORDS).some((pair) => groups.every((g) => pair.includes(g)))
  )
    return [...first.map((item) => `${item}${last.slice(width)}`), last];
  // 单位国内生产总值用水量、能耗、二氧化碳排放量: what the first item is per goes with each that is printed per
  // output (not 二氧化硫、氮氧化物排放量, totals)
  const per = PER_OUTPUT_LEADS.find((lead) => items[0]!.startsWith(lead) && items[0]!.length > lead.length);
  const perOutput = (item: string) => per !== undefined && (PER_OUTPUT_ITEMS as readonly string[]).includes(item);
  // the last item's measure, when it is a word of its own (增加值), goes to the items without one
  const measure = [measureOf(last)].find((m) => m !== undefined && m.length >= 2);
  return items.map((item) =>
    perOutput(item) ? `${per}${item}` : measure && !measureOf(item) ? `${item}${measure}` : item,
  );
}

/** How many values follow one another at the first figure of a stretch (the length of a 分别 list's values). */
export function valueCount(t: string, start: number, end: number): number | undefined {
  const tokens = figureTokens(t, start, end).filter((tok) => !notAFigure(t, tok));
  shareUnits(t, tokens);
  return tokens.length ? valueGroup(t, tokens, 0).length : undefined;
}

/** The values that follow one another from `i`, joined by 、 or 和 (12.3%和10.3%; 247家、35家). */
export function valueGroup(t: string, tokens: readonly FigureToken[], i: number): FigureToken[] {
  const group = [tokens[i]!];
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = t.slice(
      group[group.length - 1]!.wordsEnd,
      tokens[j]!.negative ? tokens[j]!.start - 1 : tokens[j]!.start,
    );
    // (a verb of its own joins values of one kind only: 下降21.3%和增长2.1%, not 5379亿元、增长18.5%)
    const own = JOINT.exec(gap);
    if (!own || (own[1] !== undefined && tokens[j]!.unitKind !== group[0]!.unitKind)) break;
    group.push(tokens[j]!);
  }
  return group;
}

/** Between the values of a list: 和, 、, 及, with a verb of change of the next value's own (下降21.3%和增长2.1%). */
const JOINT = new RegExp(
  `^(?:[和、与及]|以及)(${longestFirst(Object.keys(CHANGE_VERBS).filter((v) => v.length >= 2)).join("|")})?$`,
);

/**
 * The leads of a list's values: the list's, with the verb of change a value has of its own in place of the list's; a
 * verb holds for the values after it until the next (分别增长3.0%、下降1.0%和2.0%: the 2.0% fell too).
 */
function leadsOf(t: string, lead: string, group: readonly FigureToken[]): string[] {
  const listed = verbAtEnd(lead)?.verb;
  let current = lead;
  return group.map((tok, k) => {
    const before = group[k - 1];
    const own = before
      ? JOINT.exec(t.slice(before.wordsEnd, tok.negative ? tok.start - 1 : tok.start))?.[1]
      : undefined;
    if (own && listed && lead.endsWith(listed)) current = `${lead.slice(0, -listed.length)}${own}`;
    return current;
  });
}

/** Reads the values of a 分别 list, each to the list's item in turn; a list whose lengths differ is left unread. */
export function readList(
  ctx: ClauseContext,
  s: SentenceState,
  clause: Span,
  tokens: FigureToken[],
  i: number,
  lead: string,
  assumed: Assumption | undefined,
): number {
  const read = valueGroup(ctx.reading.text, tokens, i);
  const items = s.list!;
  // 游客人次、旅游总收入均增长10%: one value said of each item
  const group = read.length === 1 && items.length >= 2 && EACH.test(lead) ? items.map(() => read[0]!) : read;
  if (group.length !== items.length) {
    for (const tok of group) unread(ctx, tok, "unread", clause);
    return i + group.length;
  }
  const leads = group === read ? leadsOf(ctx.reading.text, lead, group) : group.map(() => lead);
  group.forEach((tok, k) => {
    const own = leads[k]!;
    const kind = kindOf(tok, own, items[k]!.label, sameIdentity(s.lastGrowth, items[k]), changeHasBase(ctx, s, own));
    if (!kind) return unread(ctx, tok, "no_relation", clause);
    const sign = (tok.negative ? -1 : 1) * kind.sign < 0 ? -1 : 1;
    push(
      ctx,
      s,
      clause,
      items[k]!,
      kind,
      claimValue(kind.kind, tok.digits, sign, tok.unitKind),
      tok,
      tok.qualifiersAfter,
      [{ start: tok.start, end: tok.end }],
      own,
      baseIn(own),
      undefined,
      assumed,
    );
    if (kind.kind === "cumulative_change" || kind.kind === "average_growth") s.lastGrowth = items[k];
  });
  // the list's growth rates are the last figures: a later 增速分别… compares them
  return i + read.length;
}

/** 均 (each of them), not 年均 or 平均: one value for every item of a list. */
export const EACH = /(?<![年平])均/;

/** The items of a subject that names several things at once (城乡居民人均可支配收入, 三次产业), or none. */
export function groupedItems(phrase: string): string[] | undefined {
  const word = Object.keys(GROUPED_WORDS).find((w) => phrase.includes(w));
  return word ? GROUPED_WORDS[word]!.map((item) => phrase.replace(word, item)) : undefined;
}

const PLACE_NAME = new RegExp(`^[\\p{Script=Han}]{1,7}?(?:${PLACE_SUFFIXES.join("|")})`, "u");
const isPlace = (name: string) => PLACE_NAME.exec(name)?.[0] === name && !NOT_PLACES.some((w) => name.endsWith(w));

/**
 * A list of places (桐庐县、淳安县、建德市的环境空气优良天数): the places, and what the last item says of them all
 * (环境空气优良天数), if anything; none when an item is no place.
 */
export function placesOf(phrase: string): { places: string[]; rest?: string } | undefined {
  const items = phrase.split(/、|和|与|及|以及/).filter((x) => x !== "");
  const places: string[] = [];
  for (const item of items) {
    if (isPlace(item)) {
      places.push(item);
      continue;
    }
    // the last place, with what is said of them all (建德市的环境空气优良天数)
    const place = PLACE_NAME.exec(item)?.[0];
    if (!place || !isPlace(place) || places.length < 1) return undefined;
    const rest = item.slice(place.length).replace(/^(?:的|之)/, "");
    // 建德市主要污染物为臭氧: words past a verb are no name
    return { places: [...places, place], ...(rest && items.indexOf(item) === items.length - 1 ? { rest } : {}) };
  }
  return places.length >= 2 ? { places } : undefined;
}
