import { escapeRegExp, type Language } from "../core/index.js";
import { describeInterval, type Check, type VerificationReport, type Verdict } from "../verification/index.js";
import { docText, table, type Doc } from "./text-table.js";
import { fillWords, words, type WordKey } from "./words.js";

/** How each verdict is shown: a mark a reader can scan, and the verdict's name (its words in `words.ts`). */
const VERDICT_WORD: Readonly<Record<Verdict, WordKey>> = {
  consistent: "verdictConsistent",
  inconsistent: "verdictInconsistent",
  arithmetic_mean: "verdictArithmeticMean",
  not_checkable: "verdictNotCheckable",
};

/** A verdict as a table shows it in `lang`: `✓ 相符`, `✗ INCONSISTENT`. */
export function verdictMark(verdict: Verdict, lang: Language = "zh"): string {
  return words(lang)[VERDICT_WORD[verdict]];
}

function interval(check: Check, which: "computed" | "reported", lang: Language): string {
  const value = check[which];
  return value ? describeInterval(value, check.scale, check.decimals, lang) : "—";
}

/** The most figures no check could use that the text names one by one; more are counted. */
const LISTED_UNCHECKED = 12;

/** Where a claim was printed: its quote and line in the report's text. @inline */
export type QuoteOf = (claimId: string) => { readonly quote: string; readonly line: number } | undefined;

/**
 * A verification report as a table (one row per check: verdict, what it relates, the printed interval and the
 * interval the other figures imply), then each check's explanation in `lang` (Chinese unless asked), numbered like
 * the rows, with its notes. Findings (failures on readings that needed no guess) come first, then what to review
 * (failures that rest on a guessed year, period, base or subject), then the rest; with `quotes` (a report read from
 * its text), each of the first two also shows the sentences it rests on, with their lines.
 */
export function formatVerification(
  report: VerificationReport,
  title?: string,
  quotes?: QuoteOf,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
  brief = false,
): string {
  return docText(verificationDoc(report, title, quotes, lang, brief), width);
}

/** {@link formatVerification} as a document; `brief` counts the checks that could not be made in one line. */
export function verificationDoc(
  report: VerificationReport,
  title?: string,
  quotes?: QuoteOf,
  lang: Language = "zh",
  brief = false,
): Doc {
  const w = words(lang);
  const zh = lang === "zh";
  const failing = (c: Check) => c.verdict === "inconsistent" || c.verdict === "arithmetic_mean";
  const rank = (c: Check) =>
    failing(c) ? (c.review ? 2 : 0) + (c.verdict === "arithmetic_mean" ? 1 : 0) : c.verdict === "consistent" ? 4 : 5;
  const all = [...report.checks].sort((a, b) => rank(a) - rank(b));
  // (a report's text gives many checks that could not be made: counted in one line unless every one is asked for)
  const checks = brief ? all.filter((c) => c.verdict !== "not_checkable") : all;
  const hidden = all.length - checks.length;
  const counts = report.counts;
  const review = report.toReview.length;
  const lines: (string | ReturnType<typeof table>)[] = [];
  // how many findings always, how many to review when there are any
  const findings = report.failures.length;
  lines.push(
    zh
      ? `${title ? `${title}：` : ""}共${all.length}项核对 — 发现${findings}处问题${review ? `，${review}处待复核` : ""}；` +
          `${counts.consistent}项相符，${counts.inconsistent}项不符，${counts.arithmetic_mean}项为算术平均，${counts.not_checkable}项无从核对`
      : `${title ? `${title}: ` : ""}${counted(all.length, "check")} — ${counted(findings, "finding")}${review ? `, ${review} to review` : ""}; ` +
          `${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.arithmetic_mean} arithmetic mean, ${counts.not_checkable} not checkable`,
    "",
  );
  lines.push(
    table(
      [
        { header: "#", align: "right", key: true },
        { header: w.result },
        { header: w.checkRelation, key: true },
        { header: w.printed, align: "right" },
        { header: w.implied, align: "right" },
      ],
      checks.map((c, i) => [
        String(i + 1),
        failing(c) && c.review
          ? `${w.toReview}（${verdictMark(c.verdict, lang).slice(2)}）`
          : verdictMark(c.verdict, lang),
        zh ? c.titleZh : c.title,
        interval(c, "reported", lang),
        interval(c, "computed", lang),
      ]),
    ),
  );
  lines.push("");
  // (a figure read from a text by the words it is printed in, its id being the reader's own)
  const shownAs = (id: string) => {
    const where = quotes?.(id);
    return where ? `${fillWords(w.line, { n: where.line })}${zh ? "" : " "}“${where.quote}”` : id;
  };
  checks.forEach((c, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${zh ? c.explanationZh : c.explanation}`);
    lines.push(`    ${c.id}`);
    for (const note of zh ? c.notesZh : c.notes)
      lines.push(`    ${w.note}${zh ? "：" : ": "}${quotes ? byPrintedWords(note, c.claims, shownAs) : note}`);
    // A check read from a report's text shows, when it fails, the sentences it rests on.
    if (quotes && failing(c)) {
      const shown = new Set<string>();
      for (const id of c.claims) {
        const where = quotes(id);
        if (!where || shown.has(where.quote)) continue;
        shown.add(where.quote);
        lines.push(`    ${fillWords(w.line, { n: where.line })}: “${where.quote}”`);
      }
    }
  });
  if (hidden > 0) lines.push("", fillWords(w.notCheckableCounted, { n: hidden }));
  // the figures no check could use, by id when a few (a claims file's own), counted when many (a report's text)
  const unchecked = report.unchecked;
  if (unchecked.length > 0 && unchecked.length <= LISTED_UNCHECKED)
    lines.push("", fillWords(w.uncheckedListed, { ids: [...new Set(unchecked.map(shownAs))].join(zh ? "、" : ", ") }));
  else if (unchecked.length > LISTED_UNCHECKED) lines.push("", fillWords(w.uncheckedCounted, { n: unchecked.length }));
  return lines;
}

/**
 * A note with the ids of the claims it names (gdp_1, 工业行业大类_2) written as the words they were read from, for a
 * report read from its text, whose ids are the reader's own.
 */
function byPrintedWords(note: string, ids: readonly string[], shownAs: (id: string) => string): string {
  const named = [...new Set(ids)].sort((a, b) => b.length - a.length);
  if (named.length === 0) return note;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_·#])(?:${named.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  return note.replace(pattern, (id) => shownAs(id));
}

/** `n` things in English: 1 check, 2 checks. */
function counted(n: number, thing: string): string {
  return `${n} ${thing}${n === 1 ? "" : "s"}`;
}
