import type { Interval } from "../core/index.js";
import type { Check, VerificationReport, Verdict } from "../verification/index.js";
import { Chart } from "./chart.js";
import { chartError } from "./problems.js";
import { WORDS, frame, type ChartOptions } from "./spec.js";
import { labelLimitFor } from "./text-extent.js";

const VERDICT_COLOURS: Record<Verdict, string> = {
  consistent: "#2e7d32",
  inconsistent: "#c62828",
  arithmetic_mean: "#ef6c00",
  not_checkable: "#9e9e9e",
};
const VERDICT_WORDS: Record<"zh" | "en", Record<Verdict, string>> = {
  zh: { consistent: "相符", inconsistent: "不符", arithmetic_mean: "算术平均", not_checkable: "无从核对" },
  en: {
    consistent: "consistent",
    inconsistent: "inconsistent",
    arithmetic_mean: "arithmetic mean",
    not_checkable: "not checkable",
  },
};

/** A check's scale as the chart's axis shows it: percentages and points ×100, levels in their unit. */
function axisOf(check: Check): { factor: number; unit: string } {
  if (check.scale.kind === "percent") return { factor: 100, unit: "%" };
  if (check.scale.kind === "pp") return { factor: 100, unit: "pp" };
  return { factor: 1, unit: check.scale.unit ?? "" };
}

/**
 * An interval's two ends as numbers on the chart's scale. An open end (超过: no upper bound) is drawn to the far end
 * of the other interval of the row, so that the bar shows where it starts and runs on.
 */
function ends(
  interval: Interval,
  factor: number,
  far: { lo: number; hi: number },
): { lo: number; hi: number; open: boolean } {
  const lo = interval.lo === null ? far.lo : interval.lo.toNumber() * factor;
  const hi = interval.hi === null ? far.hi : interval.hi.toNumber() * factor;
  return { lo, hi, open: interval.lo === null || interval.hi === null };
}

/**
 * Each check of a verification as one row: the printed figure's interval (what its rounding and qualifiers allow)
 * against the interval the other figures imply, on the row's own scale, coloured by verdict — a glance shows which
 * do not overlap. By default only checks with both intervals; `checks: "all"` adds those whose implied value is not
 * printed (the implied interval alone), `checks: "failures"` keeps the failures.
 * @throws PlansheetError for a report without checks.
 */
export function verificationChart(
  report: VerificationReport,
  options: ChartOptions & { readonly checks?: "all" | "failures" } = {},
): Chart {
  const lang = options.lang ?? "zh";
  const words = WORDS[lang];
  const chosen =
    options.checks === "failures"
      ? report.failures
      : options.checks === "all"
        ? report.checks.filter((c) => c.computed !== null)
        : report.checks.filter((c) => c.computed !== null && c.reported !== null);
  if (chosen.length === 0)
    throw chartError(
      options.checks === "failures"
        ? "no check failed: there is nothing to chart"
        : "the verification has no checks with both a printed and an implied interval to chart",
      'chart every check with checks: "all"',
    );
  const verdictWords = VERDICT_WORDS[lang];
  const rows = chosen.flatMap((check, k) => {
    const { factor, unit } = axisOf(check);
    const known = [check.computed, check.reported]
      .flatMap((i) => (i ? [i.lo, i.hi] : []))
      .filter((v) => v !== null)
      .map((v) => v!.toNumber() * factor);
    const span = Math.max(...known) - Math.min(...known) || Math.abs(known[0] ?? 1) * 0.01 || 1;
    const far = { lo: Math.min(...known) - span, hi: Math.max(...known) + span };
    const row = `${k + 1}. ${check.id.split(":").slice(1, 3).join(" ")}${unit ? `（${unit}）` : ""}`;
    const base = {
      order: k,
      row,
      check: check.id,
      verdict: verdictWords[check.verdict],
      unit,
      sentence: lang === "zh" ? check.explanationZh : check.explanation,
    };
    return [
      ...(check.reported ? [{ ...base, which: words.printed, ...ends(check.reported, factor, far) }] : []),
      ...(check.computed ? [{ ...base, which: words.implied, ...ends(check.computed, factor, far) }] : []),
    ].map((r) => ({ ...r, mid: (r.lo + r.hi) / 2 }));
  });
  const counts = report.counts;
  const title = {
    text:
      lang === "zh"
        ? `核对：${counts.inconsistent + counts.arithmetic_mean} 处不符，${counts.consistent} 处相符`
        : `Verification: ${counts.inconsistent + counts.arithmetic_mean} failing, ${counts.consistent} consistent`,
    subtitle:
      lang === "zh"
        ? "每行：报告值的区间（上）与其他数字推算的区间（下），各行刻度独立"
        : "each row: the printed figure's interval (top) and the one the other figures imply (bottom), each on its own scale",
  };
  return new Chart("verification", {
    ...frame(title, options, { width: 420, height: 34 }),
    data: { values: rows },
    facet: {
      row: {
        field: "row",
        type: "nominal",
        title: null,
        sort: { field: "order" },
        header: { labelAngle: 0, labelAlign: "left", labelLimit: labelLimitFor(rows.map((r) => r.row)) },
      },
    },
    spec: {
      width: options.width ?? 420,
      height: 34,
      encoding: {
        y: {
          field: "which",
          type: "nominal",
          title: null,
          sort: [words.printed, words.implied],
          axis: { labelLimit: labelLimitFor([words.printed, words.implied]) },
        },
        color: {
          field: "verdict",
          type: "nominal",
          title: null,
          legend: { orient: "top", direction: "horizontal", labelLimit: labelLimitFor(Object.values(verdictWords)) },
          scale: { domain: Object.values(verdictWords), range: Object.values(VERDICT_COLOURS) },
        },
        opacity: {
          field: "which",
          type: "ordinal",
          legend: null,
          sort: [words.printed, words.implied],
          scale: { range: [1, 0.55] },
        },
        tooltip: [
          { field: "check" },
          { field: "which" },
          { field: "lo", format: ",.4~f" },
          { field: "hi", format: ",.4~f" },
          { field: "unit" },
          { field: "sentence" },
        ],
      },
      layer: [
        {
          mark: { type: "bar", height: 10 },
          encoding: {
            x: { field: "lo", type: "quantitative", title: null, scale: { zero: false, nice: false, padding: 12 } },
            x2: { field: "hi" },
          },
        },
        // a tick at the middle, so that an interval too narrow for a bar still shows where it lies
        { mark: { type: "tick", thickness: 2, size: 14 }, encoding: { x: { field: "mid", type: "quantitative" } } },
      ],
    },
    resolve: { scale: { x: "independent" } },
  });
}
