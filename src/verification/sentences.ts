import { lexFormula } from "../formula/index.js";
import { describeChange, describeInterval, type Scale } from "./describe.js";
import type { CheckKind, Finding, Note } from "./findings.js";
import type { CheckData } from "./report.js";
import type { IndicatorNames, Language, SentenceContext, Sentences } from "./sentence-parts.js";
import { ENGLISH } from "./sentences-en.js";
import { CHINESE } from "./sentences-zh.js";
import { describeSubYear } from "./sub-year.js";
import { quoted } from "./wording.js";

export type { IndicatorNames, Language } from "./sentence-parts.js";

/** Ids everywhere: what a claims file without a model has. */
export const IDS_AS_NAMES: IndicatorNames = (indicator) => indicator;

/** The sentences of each language, each written in its own file. */
const SENTENCES: Record<Language, Sentences> = { en: ENGLISH, zh: CHINESE };

/** An indicator's name; a share of a total, filed as `part/total`, reads "tertiary's share of gdp" (第三产业占地区生产总值比重). */
function nameOf(id: string, language: Language, names: IndicatorNames): string {
  const slash = id.indexOf("/");
  if (slash < 0) return filedName(id, language, names);
  const part = filedName(id.slice(0, slash), language, names);
  const total = filedName(id.slice(slash + 1), language, names);
  return language === "zh" ? `${part}占${total}比重` : `${part}'s share of ${total}`;
}

/** A filed name's mention number: `#12` of `城镇·income#12`. */
const MENTION = /#\d+$/;

/**
 * A filed name as a sentence names it, never with its mention number: by `names` where it has a label (the label
 * of the claims filed under it); else a region's or a part's (`全国·民间投资#80`) as the region or part followed by
 * the name of what it is filed under (全国民间投资); else without its `#N` (人均可支配收入#212 reads 人均可支配收入).
 */
export function filedName(id: string, language: Language, names: IndicatorNames): string {
  const named = names(id, language);
  if (named !== id) return named;
  const dot = id.indexOf("·");
  if (dot > 0) {
    const rest = filedName(id.slice(dot + 1), language, names);
    return `${id.slice(0, dot)}${language === "zh" ? "" : " "}${rest}`;
  }
  return MENTION.test(id) ? names(id.replace(MENTION, ""), language) : named;
}

/**
 * A formula's text with every name in it written by `name` (`energy_intensity = energy / gdp` reads 单位GDP能耗 =
 * 能源消费总量 / 地区生产总值); names `name` leaves as they are (functions, and ids without a label) stay.
 */
export function namesInFormula(text: string, name: (id: string) => string): string {
  // the names as a formula reads them, filed names (城镇·income#12) whole
  let out = "";
  let at = 0;
  for (const token of lexFormula(text, "filed").tokens) {
    if (token.kind !== "name") continue;
    out += text.slice(at, token.span.start) + name(token.text);
    at = token.span.end;
  }
  return out + text.slice(at);
}

/**
 * The one sentence of a check, in English or Chinese, from its finding, verdict, intervals and decimals: the
 * language's file (`sentences-en.ts`, `sentences-zh.ts`) writes it; a check for part of a year opens with that part.
 */
export function explain(check: CheckData, language: Language, names: IndicatorNames = IDS_AS_NAMES): string {
  const context: SentenceContext = {
    check,
    name: (id) => nameOf(id, language, names),
    formula: (text) => namesInFormula(text, (id) => nameOf(id, language, names)),
    fits: check.verdict === "consistent",
    computed: check.computed,
    d: check.decimals,
    scale: check.scale,
  };
  const write = SENTENCES[language][check.finding.sentence] as (f: Finding, c: SentenceContext) => string;
  const sentence = write(check.finding, context);
  if (!check.period) return sentence;
  const part = describeSubYear(check.period, language);
  // 上半年：…, "The first half: …" — every year in the sentence means those months of it
  return language === "zh" ? `${part}：${sentence}` : `${part.charAt(0).toUpperCase()}${part.slice(1)}: ${sentence}`;
}

/** What each kind of check relates, in a few words of each language: the heading of its row in a table. */
const CHECK_KIND_WORDS: Readonly<Record<CheckKind, Readonly<Record<Language, string>>>> = {
  average_vs_cumulative: { zh: "年均增速与累计增长", en: "average against cumulative growth" },
  level_vs_change: { zh: "总量与增速", en: "levels against growth" },
  level_vs_average: { zh: "总量与年均增速", en: "levels against average growth" },
  pp_vs_levels: { zh: "比重与百分点变化", en: "shares against points" },
  level_vs_absolute: { zh: "总量与增量", en: "levels against the change in units" },
  change_vs_absolute: { zh: "增速与增量", en: "growth against the change in units" },
  identity_levels: { zh: "恒等关系（数值）", en: "identity (levels)" },
  identity_changes: { zh: "恒等关系（变化）", en: "identity (changes)" },
  same_figure: { zh: "同一数据两处", en: "one figure printed twice" },
  periods_compose: { zh: "分段增长合成", en: "periods composed" },
  structure_sum: { zh: "结构合计", en: "a structure adds up" },
  contribution_share: { zh: "贡献率", en: "contribution share" },
  contributions_sum: { zh: "贡献率合计", en: "contributions add up" },
  rate_difference: { zh: "增速之差", en: "difference of rates" },
  growth_from_parts: { zh: "分项增速与总增速", en: "growth from its parts" },
  contribution_from_growth: { zh: "拉动与增速", en: "contribution from growth" },
  share_vs_levels: { zh: "比重与数值", en: "share against levels" },
  share_change_from_growth: { zh: "比重变化与增速", en: "share change from growth" },
  mean_within_groups: { zh: "平均数与各组", en: "a mean within its groups" },
};

/** The heading of a same-figure check whose two figures are a range's floor and ceiling. */
const RANGE_WORDS: Readonly<Record<Language, string>> = { zh: "范围两端", en: "a range's two ends" };

/**
 * A check's heading in a table, in words: what it relates, of which indicator, when (`地区生产总值：总量与增速，
 * 2016—2021年`). Its id (`level_vs_change:gdp:2016-2021`) stays the handle for scripts.
 */
export function checkTitle(check: CheckData, language: Language, names: IndicatorNames = IDS_AS_NAMES): string {
  const [, indicator, when] = check.id.split(/[:@]/);
  // an identity's checks are filed under its formula (`identity_changes:energy_intensity=energy/gdp:2016-2021`)
  const name = !indicator
    ? ""
    : indicator.includes("=")
      ? namesInFormula(indicator, (id) => nameOf(id, language, names)).replace(/([=+\-*/])/g, " $1 ")
      : nameOf(indicator, language, names);
  const years = when && /^\d{4}(?:-\d{4})*$/.test(when) ? when.split("-") : [];
  const period = years.length === 0 ? "" : language === "zh" ? `${years.join("—")}年` : years.join("–");
  const part = check.period ? describeSubYear(check.period, language) : "";
  const range = check.finding?.sentence === "same_figure" && check.finding.range === true;
  const kind = range ? RANGE_WORDS[language] : CHECK_KIND_WORDS[check.kind][language];
  return language === "zh"
    ? `${name}：${kind}${period || part ? `，${period}${part}` : ""}`
    : `${name}: ${kind}${period || part ? `, ${[period, part].filter(Boolean).join(" ")}` : ""}`;
}

const FACTOR: Scale = { kind: "level" };

/** A note in words, in English (`notes` in the JSON) or Chinese (`notesZh`). */
export function noteText(note: Note, names: IndicatorNames = IDS_AS_NAMES, language: Language = "en"): string {
  const named: IndicatorNames = (id, lang) => nameOf(id, lang, names);
  return language === "zh" ? noteZh(note, named) : noteEn(note, named);
}

function noteEn(note: Note, names: IndicatorNames): string {
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
      return `uses estimated or preliminary figures (预计, 初步核算): ${note.claims.join(", ")}`;
    case "guessed":
      return `to review, not a finding: it rests on readings the text does not print — ${note.guesses.map((g) => `${g.claim} (${g.note})`).join("; ")}`;
  }
}

/** What a guessed reading takes, in Chinese: 年份系推断. */
const GUESSED_ZH: Readonly<Record<string, string>> = {
  year: "年份",
  base: "比较基期",
  subject: "主语",
  period: "期间",
};

function guessedZh(assumes: readonly string[]): string {
  const taken = assumes.map((a) => GUESSED_ZH[a] ?? a);
  return `${taken.length > 0 ? taken.join("、") : "读法"}系推断`;
}

function noteZh(note: Note, names: IndicatorNames): string {
  switch (note.code) {
    case "truncated":
      return `${note.figure}只有在截尾（而非四舍五入）时才与复合平均相符。`;
    case "price_basis":
      return (
        `其他数据意味着${names(note.indicator, "zh")}${describeChange(note.implied, 2, "zh")}，而非报告的${quoted(note.claim)}。` +
        `只有两者价格口径不同（一为可比价，一为现价）、期间价格变为${describeInterval(note.priceFactor, FACTOR, 3, "zh")}倍时才相符。`
      );
    case "basis_reading":
      return (
        `如果报告的${quoted(note.claim)}按可比价计算而总量按现价计算，期间价格${describeChange(note.priceChange, 2, "zh")}时数据相符；` +
        "请用 basis:（current 或 comparable）注明口径。"
      );
    case "estimated":
      return `使用了预计数或初步核算数：${note.claims.join("、")}`;
    case "guessed":
      return `待复核，不作为问题：所依据的读法原文未写明——${note.guesses.map((g) => `${g.claim}（${guessedZh(g.assumes)}）`).join("；")}`;
  }
}
