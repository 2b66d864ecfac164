import type { Interval } from "../core/index.js";
import { describeAverage, describeChange, describeInterval, describePeriod, type Scale } from "./describe.js";
import type { Finding, Note, PartWeights } from "./findings.js";
import type { CheckKind } from "./findings.js";
import type { PeriodClaim, ReadClaim } from "./read-claim.js";
import type { CheckData } from "./report.js";
import { describeSubYear, readSubYearPeriod } from "./sub-year.js";
import { changeWords, levelWords, quoted } from "./wording.js";

/** A sentence's language. */
export type Language = "en" | "zh";

/** How an indicator is named in a sentence: its id in English; its Chinese label, where it has one, in Chinese. */
export type IndicatorNames = (indicator: string, language: Language) => string;

/** Ids everywhere: what a claims file without a model has. */
export const IDS_AS_NAMES: IndicatorNames = (indicator) => indicator;

/** An indicator's name; a share of a total, filed as `part/total`, reads "tertiary's share of gdp" (第三产业占地区生产总值比重). */
function nameOf(id: string, language: Language, names: IndicatorNames): string {
  const slash = id.indexOf("/");
  if (slash < 0) return names(id, language);
  const part = names(id.slice(0, slash), language);
  const total = names(id.slice(slash + 1), language);
  return language === "zh" ? `${part}占${total}比重` : `${part}'s share of ${total}`;
}

/** How the weights of a total's growth from its parts were read. */
function weightWords(weights: PartWeights, from: number, to: number, language: Language): string {
  const zh = language === "zh";
  if (weights === "shares_before") return zh ? `以${from}年各部分占比加权` : `weighted by their shares in ${from}`;
  if (weights === "levels_before") return zh ? `以${from}年各部分数值加权` : `weighted by their levels in ${from}`;
  return zh ? `以${to}年各部分数值折回${from}年加权` : `weighted by their ${to} levels brought back to ${from} by their growth`;
}

/** What a check says of the printed figure it is checked against: fits, does not fit. */
function against(claim: ReadClaim, fits: boolean, language: Language): string {
  return language === "zh" ? `与报告的${quoted(claim)}${fits ? "相符" : "不符"}` : `the printed ${quoted(claim)} ${fits ? "fits" : "does not fit"}`;
}

/** What a change computed from levels reads as: points for a share, a compound average, or a change. */
function describeComputed(kind: CheckKind, computed: Interval | null, decimals: number, language: Language, scale: Scale): string {
  if (kind === "pp_vs_levels") return describeInterval(computed, { kind: "pp" }, decimals, language);
  if (kind === "level_vs_absolute") return `${language === "zh" ? "变化" : "a change of "}${describeInterval(computed, scale, decimals, language)}`;
  if (kind === "level_vs_average") return describeAverage(computed, decimals, language);
  return describeChange(computed, decimals, language);
}

/** The simple mean as a reader would compute it from a printed cumulative change: 20.34% ÷ 5 = 4.068%. */
function simpleMean(cumulative: Finding & { sentence: "average_vs_cumulative" }): string {
  const years = cumulative.to - cumulative.from;
  const figure = cumulative.cumulative.figure;
  return `${figure.text.replace(/^[+-]/, "")} ÷ ${years} = ${figure.value.abs().div(years).times(100).toString()}%`;
}

/**
 * The one sentence of a check, in English or Chinese, from its finding, verdict, intervals and decimals. Every
 * sentence the verifier prints is written here.
 */
export function explain(check: CheckData, language: Language, names: IndicatorNames = IDS_AS_NAMES): string {
  const sentence = explainWholeYear(check, language, names);
  if (!check.period) return sentence;
  const part = describeSubYear(check.period, language);
  // 上半年：…, "The first half: …" — every year in the sentence means those months of it
  return language === "zh" ? `${part}：${sentence}` : `${part.charAt(0).toUpperCase()}${part.slice(1)}: ${sentence}`;
}

function explainWholeYear(check: CheckData, language: Language, names: IndicatorNames): string {
  const f = check.finding;
  const zh = language === "zh";
  const name = (id: string) => nameOf(id, language, names);
  const fits = check.verdict === "consistent";
  const d = check.decimals;
  const computed = check.computed;
  switch (f.sentence) {
    case "average_vs_cumulative": {
      const years = f.to - f.from;
      const opening = zh
        ? `${name(f.indicator)}：${describePeriod(f.from, f.to, "zh")}累计${changeWords(f.cumulative)}，按复合增长折合${describeAverage(computed, d, "zh")}`
        : `${name(f.indicator)}: ${quoted(f.cumulative)} over the ${years} years ${describePeriod(f.from, f.to)} is ${describeAverage(computed, d)}`;
      if (fits) return zh ? `${opening}，与报告的${quoted(f.average)}相符。` : `${opening}; the printed ${quoted(f.average)} fits.`;
      const simple = simpleMean(f);
      if (check.verdict === "arithmetic_mean") {
        return zh
          ? `${opening}，而非报告的${quoted(f.average)}；后者等于累计变化除以年数（${simple}），是算术平均，不是年均增速。`
          : `${opening}, not the printed ${quoted(f.average)}: that figure is the cumulative change divided by the years (${simple}), ` +
              `a simple arithmetic mean rather than the average annual rate (年均增速).`;
      }
      return zh
        ? `${opening}，与报告的${quoted(f.average)}不符，也不是简单平均（${simple}）。`
        : `${opening}; the printed ${quoted(f.average)} does not fit, and is not the simple mean (${simple}) either.`;
    }
    case "levels_vs_change": {
      const words = describeComputed(f.relation, computed, d, language, check.scale);
      return zh
        ? `${name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，${words}，与报告的${quoted(f.change)}${fits ? "相符" : "不符"}。`
        : `${name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${words}; the printed ${quoted(f.change)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "levels_vs_change_across_bases": {
      const nominal = describeChange(f.nominal, d, language);
      const prices = describeChange(computed, d, language);
      const [levelBasis, changeBasis] = f.start.basis === "comparable" ? ["可比价", "现价"] : ["现价", "可比价格"];
      const [levelPrices, changePrices] = f.start.basis === "comparable" ? ["comparable", "current"] : ["current", "comparable"];
      const against = !f.prices
        ? zh
          ? "报告未列出价格指数，无从核对"
          : "no price index is printed to check that against"
        : zh
          ? `与报告的价格变化${quoted(f.prices)}${fits ? "相符" : "不符"}`
          : `the printed price change ${quoted(f.prices)} ${fits ? "fits" : "does not fit"}`;
      return zh
        ? `${name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，按${levelBasis}${nominal}；报告的${quoted(f.change)}按${changeBasis}计算，` +
            `两者相符须${describePeriod(f.from, f.to, "zh")}价格${prices}；${against}。`
        : `${name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${nominal} at ${levelPrices} prices; the printed ${quoted(f.change)} is at ${changePrices} prices, ` +
            `so the two agree with ${prices} in prices over ${describePeriod(f.from, f.to)}; ${against}.`;
    }
    case "same_figure": {
      const a = f.first;
      const when = a.year !== undefined ? (zh ? `${a.year}年` : `in ${a.year}`) : zh ? describePeriod(a.from, a.to, "zh") : `over ${describePeriod(a.from, a.to)}`;
      const first = a.kind === "level" || a.kind === "share" ? `“${levelWords(a)}”` : quoted(a);
      const second = f.second.kind === "level" || f.second.kind === "share" ? `“${levelWords(f.second)}”` : quoted(f.second);
      return zh
        ? `${name(f.indicator)}：${when}的同一数字印了两次，${first}与${second}${fits ? "在舍入范围内一致" : "不可能同时成立"}。`
        : `${name(f.indicator)} ${when} is printed twice, as ${first} and as ${second}; the two ${fits ? "agree within their rounding" : "cannot both be right"}.`;
    }
    case "implied_level": {
      const shown = describeInterval(computed, check.scale, d, language);
      if (f.whole === false) {
        return zh
          ? `${name(f.indicator)}：${f.known.year}年${levelWords(f.known)}，${describePeriod(f.from, f.to, "zh")}${quoted(f.change)}，推算${f.year}年为${shown}，其中没有整数；计数不可能如此，数字有误。`
          : `${name(f.indicator)}: ${levelWords(f.known)} in ${f.known.year} and ${quoted(f.change)} over ${describePeriod(f.from, f.to)} imply ${shown} in ${f.year}, ` +
              `which holds no whole number: a count cannot have been that, so one of the figures is wrong.`;
      }
      return zh
        ? `${name(f.indicator)}：${f.known.year}年${levelWords(f.known)}，${describePeriod(f.from, f.to, "zh")}${quoted(f.change)}，推算${f.year}年为${shown}；报告未列出该值，无从核对。`
        : `${name(f.indicator)}: ${levelWords(f.known)} in ${f.known.year} and ${quoted(f.change)} over ${describePeriod(f.from, f.to)} imply ${shown} in ${f.year}; that level is not printed, so there is nothing to check it against.`;
    }
    case "change_vs_absolute": {
      const shown = describeInterval(computed, check.scale, d, language);
      const at = f.level.year;
      return zh
        ? `${name(f.indicator)}：${at}年${levelWords(f.level)}，${describePeriod(f.from, f.to, "zh")}${quoted(f.change)}，折合变化${shown}，${against(f.amount, fits, "zh")}。`
        : `${name(f.indicator)}: ${levelWords(f.level)} in ${at} and ${quoted(f.change)} over ${describePeriod(f.from, f.to)} make a change of ${shown}; ${against(f.amount, fits, "en")}.`;
    }
    case "implied_change": {
      const words = f.share ? describeInterval(computed, { kind: "pp" }, d, language) : describeChange(computed, d, language);
      return zh
        ? `${name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，变化${words}；报告未列出变化，无从核对。`
        : `${name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${words}; no change is printed to check it against.`;
    }
    case "periods_compose": {
      const words = f.whole.kind === "average_growth" ? describeAverage(computed, d, language) : describeChange(computed, d, language);
      const period = (c: PeriodClaim) => describePeriod(c.from, c.to, language);
      return zh
        ? `${name(f.indicator)}：${period(f.first)}${quoted(f.first)}、${period(f.second)}${quoted(f.second)}，合计${period(f.whole)}${words}，与报告的${quoted(f.whole)}${fits ? "相符" : "不符"}。`
        : `${name(f.indicator)}: ${quoted(f.first)} over ${period(f.first)} and ${quoted(f.second)} over ${period(f.second)} make ${words} over ${period(f.whole)}; ` +
            `the printed ${quoted(f.whole)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "share_change_from_growth": {
      const shown = describeInterval(computed, { kind: "pp" }, d, language);
      const [part, total] = f.change.indicator.split("/") as [string, string];
      return zh
        ? `${name(f.change.indicator)}${f.share.year}年为${levelWords(f.share)}，${name(part)}${quoted(f.partGrowth)}、${name(total)}${quoted(f.totalGrowth)}，占比应变化${shown}，${against(f.change, fits, "zh")}。`
        : `${name(f.change.indicator)} of ${levelWords(f.share)} in ${f.share.year}, with ${name(part)} ${quoted(f.partGrowth)} and ${name(total)} ${quoted(f.totalGrowth)}, ` +
            `moved by ${shown} over ${describePeriod(f.change.from, f.change.to)}; ${against(f.change, fits, "en")}.`;
    }
    case "share_vs_levels": {
      const shown = describeInterval(computed, check.scale, d, language);
      return zh
        ? `${f.share.year}年${name(f.part.indicator)}${levelWords(f.part)}、${name(f.total.indicator)}${levelWords(f.total)}，占比应为${shown}，${against(f.share, fits, "zh")}。`
        : `${name(f.part.indicator)} of ${levelWords(f.part)} in ${name(f.total.indicator)} of ${levelWords(f.total)} in ${f.share.year} is a share of ${shown}; ${against(f.share, fits, "en")}.`;
    }
    case "structure_sum": {
      const shown = describeInterval(computed, check.scale, d, language);
      return zh
        ? `${name(f.structure.indicator)}${f.structure.year}年结构${f.structure.figure.text}：各部分合计${shown}，${fits ? "在舍入范围内等于100%" : "舍入也解释不了与100%的差距"}。`
        : `${name(f.structure.indicator)}'s structure ${f.structure.figure.text} in ${f.structure.year}: the shares add up to ${shown}, ` +
            `${fits ? "which is 100% within their rounding" : "which no rounding brings to 100%"}.`;
    }
    case "contribution_share": {
      const shown = describeInterval(computed, check.scale, d, language);
      const part = name(f.share.indicator);
      return zh
        ? `${part}${quoted(f.contribution)}，${name(f.share.of!)}${quoted(f.growth)}，贡献率应为${shown}，与报告的${quoted(f.share)}${fits ? "相符" : "不符"}。`
        : `${part} ${quoted(f.contribution)} of ${name(f.share.of!)}'s ${quoted(f.growth)} is a contribution share of ${shown}; the printed ${quoted(f.share)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "contributions_sum": {
      const shown = describeInterval(computed, { kind: "pp" }, d, language);
      const list = f.contributions.map((c) => `${name(c.indicator)}${zh ? "" : " "}${quoted(c)}`).join(zh ? "、" : ", ");
      if (!f.growth) {
        return zh
          ? `${describePeriod(f.from, f.to, "zh")}${list}，合计${shown}，即${name(f.total)}增长${describeInterval(computed, { kind: "percent" }, d, "zh")}；报告未列出该增速。`
          : `${list} over ${describePeriod(f.from, f.to)} add up to ${shown}, a growth of ${describeInterval(computed, { kind: "percent" }, d)} in ${name(f.total)}; that growth is not printed.`;
      }
      return zh
        ? `${describePeriod(f.from, f.to, "zh")}${list}，合计${shown}，与报告的${name(f.total)}${quoted(f.growth)}${fits ? "相符" : "不符"}。`
        : `${list} over ${describePeriod(f.from, f.to)} add up to ${shown}; the printed ${quoted(f.growth)} of ${name(f.total)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "contribution_shares_sum": {
      const shown = describeInterval(computed, check.scale, d, language);
      return zh
        ? `${name(f.total)}${describePeriod(f.from, f.to, "zh")}各部分贡献率合计${shown}，${fits ? "在舍入范围内等于100%" : "舍入也解释不了与100%的差距"}。`
        : `The contribution shares to ${name(f.total)} over ${describePeriod(f.from, f.to)} add up to ${shown}, ${fits ? "which is 100% within their rounding" : "which no rounding brings to 100%"}.`;
    }
    case "rate_difference": {
      const shown = describeInterval(computed, { kind: "pp" }, d, language);
      const when = (c: PeriodClaim) => `${describePeriod(c.from, c.to, language)}${c.period ? `${zh ? "" : ", "}${describeSubYear(c.period, language)}` : ""}`;
      const rate = (c: PeriodClaim) => `${name(c.indicator)}${zh ? "" : " "}${quoted(c)}${zh ? `（${when(c)}）` : ` (${when(c)})`}`;
      return zh
        ? `${rate(f.rate)}与${rate(f.other)}相差${shown}，与报告的${quoted(f.difference)}${fits ? "相符" : "不符"}。`
        : `${rate(f.rate)} and ${rate(f.other)} differ by ${shown}; the printed ${quoted(f.difference)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "rate_derived": {
      const shown = describeInterval(computed, { kind: "percent" }, d, language);
      const m = f.missing;
      const period = m.period === undefined ? undefined : readSubYearPeriod(m.period);
      const part = (lang: Language) => (period ? `${lang === "zh" ? "" : ", "}${describeSubYear(period, lang)}` : "");
      return zh
        ? `${name(f.known.indicator)}${quoted(f.known)}，${quoted(f.difference)}，推算${name(m.indicator)}${describePeriod(m.from, m.to, "zh")}${part("zh")}增速为${shown}；报告未列出，无从核对。`
        : `${name(f.known.indicator)} ${quoted(f.known)} and ${quoted(f.difference)} imply a rate of ${shown} for ${name(m.indicator)} over ${describePeriod(m.from, m.to)}${part("en")}; it is not printed, so there is nothing to check it against.`;
    }
    case "growth_from_parts": {
      const shown = describeChange(computed, d, language);
      const list = f.growths.map((c) => `${name(c.indicator)}${zh ? "" : " "}${quoted(c)}`).join(zh ? "、" : ", ");
      const weighted = weightWords(f.weights, f.from, f.to, language);
      if (!f.growth) {
        return zh
          ? `${describePeriod(f.from, f.to, "zh")}${list}，${weighted}，${name(f.total)}应${shown}；报告未列出该增速。`
          : `${list} over ${describePeriod(f.from, f.to)}, ${weighted}, make ${shown} in ${name(f.total)}; that growth is not printed.`;
      }
      return zh
        ? `${describePeriod(f.from, f.to, "zh")}${list}，${weighted}，${name(f.total)}应${shown}，${against(f.growth, fits, "zh")}。`
        : `${list} over ${describePeriod(f.from, f.to)}, ${weighted}, make ${shown} in ${name(f.total)}; ${against(f.growth, fits, "en")}.`;
    }
    case "growth_outside_parts": {
      const list = f.growths.map((c) => `${name(c.indicator)}${zh ? "" : " "}${quoted(c)}`).join(zh ? "、" : ", ");
      const span = describeInterval(computed, { kind: "percent" }, d, language);
      return zh
        ? `${describePeriod(f.from, f.to, "zh")}${list}：各部分增速在${span}之间；总量是各部分之和，无论权数如何，其增速都在最慢与最快的部分之间，报告的${name(f.total)}${quoted(f.growth)}不可能成立。`
        : `${list} over ${describePeriod(f.from, f.to)} span ${span}; a total is the sum of its parts, so whatever their weights it grows between the slowest and the fastest of them, and ${name(f.total)}'s printed ${quoted(f.growth)} cannot be right.`;
    }
    case "contribution_sign": {
      const part = name(f.contribution.indicator);
      return zh
        ? `${part}${quoted(f.growth)}，对${name(f.contribution.of!)}的${quoted(f.contribution)}方向相反；部分所占比重为正，拉动与其增速同号，两者不可能同时成立。`
        : `${part} ${quoted(f.growth)} and its ${quoted(f.contribution)} to ${name(f.contribution.of!)} point opposite ways; its share being positive, a part's contribution has the sign of its growth, so the two cannot both be right.`;
    }
    case "growth_from_parts_unweighted": {
      const list = f.growths.map((c) => `${name(c.indicator)}${zh ? "" : " "}${quoted(c)}`).join(zh ? "、" : ", ");
      const why =
        f.why === "comparable_after"
          ? zh
            ? `按可比价格计算时权数是各部分上年的数值，报告只列出${f.to}年现价数值，无法得出`
            : `at comparable prices the weights are the parts' values of the year before, which the ${f.to} levels at current prices do not give`
          : zh
            ? "按可比价格计算跨越多年时各年权数不同，无法用一组权数合成"
            : "over several years at comparable prices the weights change from year to year, so no one set of weights composes them";
      return zh
        ? `${describePeriod(f.from, f.to, "zh")}${list}：${why}；${name(f.total)}的增速无从由各部分核对。`
        : `${list} over ${describePeriod(f.from, f.to)}: ${why}; ${name(f.total)}'s growth cannot be checked from its parts.`;
    }
    case "contribution_from_growth": {
      const shown = describeInterval(computed, { kind: "pp" }, d, language);
      const share = describeInterval(f.share, { kind: "percent" }, Math.max(d, 1), language);
      const c = f.contribution;
      return zh
        ? `${name(c.indicator)}${c.from}年占${name(c.of!)}${share}，${quoted(f.growth)}，拉动应为${shown}，${against(c, fits, "zh")}。`
        : `${name(c.indicator)}, ${share} of ${name(c.of!)} in ${c.from}, with ${quoted(f.growth)} contributes ${shown}; ${against(c, fits, "en")}.`;
    }
    case "identity_levels": {
      const shown = describeInterval(computed, check.scale, d, language);
      if (check.verdict === "not_checkable") {
        return zh
          ? `${f.year}年${f.identity}：右边至多在${shown}之间，其确切范围未能算定，报告的${name(f.lhs.indicator)}（${levelWords(f.lhs)}）是否相符无从判断。`
          : `${f.identity} in ${f.year}: the right side lies within ${shown}, but its exact range could not be pinned down, so whether the printed ${name(f.lhs.indicator)} of ${levelWords(f.lhs)} fits is left open.`;
      }
      return zh
        ? `${f.year}年${f.identity}：右边算得${shown}，与报告的${name(f.lhs.indicator)}（${levelWords(f.lhs)}）${fits ? "相符" : "不符"}。`
        : `${f.identity} in ${f.year}: the right side gives ${shown}; the printed ${name(f.lhs.indicator)} of ${levelWords(f.lhs)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "identity_level_derived": {
      const shown = describeInterval(computed, check.scale, d, language);
      return zh
        ? `${f.year}年按${f.identity}，${f.used.map((c) => `${name(c.indicator)}为${levelWords(c)}`).join("，")}，推算${name(f.unknown)}为${shown}；报告未列出，无从核对。`
        : `${f.identity} in ${f.year}, with ${f.used.map((c) => `${name(c.indicator)} ${levelWords(c)}`).join(" and ")}, implies ${name(f.unknown)} = ${shown}; it is not printed, so there is nothing to check it against.`;
    }
    case "identity_changes": {
      const words = describeChange(computed, d, language);
      return zh
        ? `按${f.identity}，${describePeriod(f.from, f.to, "zh")}${f.others.map((c) => `${name(c.indicator)}${quoted(c)}`).join("、")}，` +
            `${name(f.lhs)}应${words}，与报告的${quoted(f.lhsClaim)}${fits ? "相符" : "不符"}。`
        : `${f.identity} over ${describePeriod(f.from, f.to)}: ${f.others.map((c) => `${name(c.indicator)} ${quoted(c)}`).join(" and ")} ` +
            `mean that ${name(f.lhs)} had ${words}; the printed ${quoted(f.lhsClaim)} ${fits ? "fits" : "does not fit"}.`;
    }
    case "identity_change_derived": {
      const words = describeChange(computed, d, language);
      return zh
        ? `按${f.identity}，${describePeriod(f.from, f.to, "zh")}${f.used.map((c) => `${name(c.indicator)}${quoted(c)}`).join("、")}，推算${name(f.unknown)}${words}；报告未列出。`
        : `${f.identity} over ${describePeriod(f.from, f.to)}, with ${f.used.map((c) => `${name(c.indicator)} ${quoted(c)}`).join(" and ")}, means that ${name(f.unknown)} had ${words}; that change is not printed.`;
    }
  }
}

const FACTOR: Scale = { kind: "level" };

/** A note in words (English, as `notes` in the JSON). */
export function noteText(note: Note, names: IndicatorNames = IDS_AS_NAMES): string {
  switch (note.code) {
    case "truncated":
      return `${note.figure} matches the compound average only if it was truncated rather than rounded.`;
    case "price_basis":
      return (
        `The other figures mean that ${names(note.indicator, "en")} had ${describeChange(note.implied, 2)}, not the printed ${quoted(note.claim)}. ` +
        `They agree only if the two rest on different price bases (one at comparable prices, 可比价, one at current prices), ` +
        `with prices changing by a factor of ${describeInterval(note.priceFactor, FACTOR, 3)} over the period.`
      );
    case "basis_reading":
      return (
        `If the printed ${quoted(note.claim)} is at comparable prices (可比价) while the levels are at current prices, the figures agree ` +
        `with ${describeChange(note.priceChange, 2)} in prices over the period; say which with basis: (current or comparable).`
      );
    case "estimated":
      return `uses estimated figures (预计): ${note.claims.join(", ")}`;
    case "guessed":
      return `to review, not a finding: it rests on readings the text does not print — ${note.guesses.map((g) => `${g.claim} (${g.note})`).join("; ")}`;
  }
}
