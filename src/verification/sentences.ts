import { describeChange, describeInterval, type Scale } from "./describe.js";
import type { Finding, Note } from "./findings.js";
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
  if (slash < 0) return names(id, language);
  const part = names(id.slice(0, slash), language);
  const total = names(id.slice(slash + 1), language);
  return language === "zh" ? `${part}占${total}比重` : `${part}'s share of ${total}`;
}

/**
 * The one sentence of a check, in English or Chinese, from its finding, verdict, intervals and decimals: the
 * language's file (`sentences-en.ts`, `sentences-zh.ts`) writes it; a check for part of a year opens with that part.
 */
export function explain(check: CheckData, language: Language, names: IndicatorNames = IDS_AS_NAMES): string {
  const context: SentenceContext = {
    check,
    name: (id) => nameOf(id, language, names),
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
