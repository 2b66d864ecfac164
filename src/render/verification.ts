import { describeInterval, type Check, type VerificationReport, type Verdict } from "../verification/index.js";
import { docText, table, type Doc } from "./text-table.js";

/** How each verdict is shown: a mark a reader can scan, and the verdict's name. */
export const VERDICT_MARK: Readonly<Record<Verdict, string>> = {
  consistent: "✓ consistent",
  inconsistent: "✗ INCONSISTENT",
  arithmetic_mean: "✗ ARITHMETIC MEAN",
  not_checkable: "· not checkable",
};

/** A failure that rests on a guessed reading: shown as what to review, never as a finding. */
const REVIEW_MARK = "? to review";

function interval(check: Check, which: "computed" | "reported"): string {
  const value = check[which];
  return value ? describeInterval(value, check.scale, check.decimals) : "—";
}

/** Where a claim was printed: its quote and line in the report's text. */
export type QuoteOf = (claimId: string) => { readonly quote: string; readonly line: number } | undefined;

/**
 * A verification report as a table (one row per check: verdict, what it relates, the printed interval and the
 * interval the other figures imply), then each check's explanation in English and Chinese, numbered like the
 * rows, with its notes. Findings (failures on readings that needed no guess) come first, then what to review (failures
 * that rest on a guessed year, period, base or subject), then the rest; with `quotes` (a report read from its text),
 * each of the first two also shows the sentences it rests on, with their lines.
 */
export function formatVerification(report: VerificationReport, title?: string, quotes?: QuoteOf): string {
  return docText(verificationDoc(report, title, quotes));
}

/** {@link formatVerification} as a document. */
export function verificationDoc(report: VerificationReport, title?: string, quotes?: QuoteOf): Doc {
  const failing = (c: Check) => c.verdict === "inconsistent" || c.verdict === "arithmetic_mean";
  const rank = (c: Check) =>
    failing(c) ? (c.review ? 2 : 0) + (c.verdict === "arithmetic_mean" ? 1 : 0) : c.verdict === "consistent" ? 4 : 5;
  const checks = [...report.checks].sort((a, b) => rank(a) - rank(b));
  const counts = report.counts;
  const review = report.toReview.length;
  const lines: (string | ReturnType<typeof table>)[] = [];
  lines.push(
    `${title ? `${title}: ` : ""}${checks.length} checks — ${review ? `${report.failures.length} findings, ${review} to review; ` : ""}` +
      `${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.arithmetic_mean} arithmetic mean, ${counts.not_checkable} not checkable`,
    "",
  );
  lines.push(
    table(
      [
        { header: "#", align: "right" },
        { header: "verdict" },
        { header: "check" },
        { header: "printed", align: "right" },
        { header: "implied by the other figures", align: "right" },
      ],
      checks.map((c, i) => [
        String(i + 1),
        failing(c) && c.review ? `${REVIEW_MARK} (${c.verdict.replace("_", " ")})` : VERDICT_MARK[c.verdict],
        c.id,
        interval(c, "reported"),
        interval(c, "computed"),
      ]),
    ),
  );
  lines.push("");
  checks.forEach((c, i) => {
    lines.push(`${String(i + 1).padStart(2)}. ${c.explanation}`);
    lines.push(`    ${c.explanationZh}`);
    for (const note of c.notes) lines.push(`    note: ${note}`);
    // A check read from a report's text shows, when it fails, the sentences it rests on.
    if (quotes && failing(c)) {
      const shown = new Set<string>();
      for (const id of c.claims) {
        const where = quotes(id);
        if (!where || shown.has(where.quote)) continue;
        shown.add(where.quote);
        lines.push(`    line ${where.line}: “${where.quote}”`);
      }
    }
  });
  if (report.unchecked.length > 0) {
    lines.push("", `Figures no check could use (nothing else printed relates to them): ${report.unchecked.join(", ")}`);
  }
  return lines;
}
