import { describeAverage, describeChange, describeInterval, describePeriod } from "./describe.js";
import type { CheckKind, PartWeights } from "./findings.js";
import type { PeriodClaim, ReadClaim } from "./read-claim.js";
import { simpleMean, type SentenceContext, type Sentences } from "./sentence-parts.js";
import { describeSubYear, readSubYearPeriod } from "./sub-year.js";
import { levelWords, quoted } from "./wording.js";

/** What a check says of the printed figure it is checked against. */
const against = (claim: ReadClaim, fits: boolean) => `the printed ${quoted(claim)} ${fits ? "fits" : "does not fit"}`;

/** How the weights of a total's growth from its parts were read. */
function weightWords(weights: PartWeights, from: number, to: number): string {
  if (weights === "shares_before") return `weighted by their shares in ${from}`;
  if (weights === "levels_before") return `weighted by their levels in ${from}`;
  return `weighted by their ${to} levels brought back to ${from} by their growth`;
}

/** What a change computed from levels reads as: points for a share, a compound average, or a change. */
function computedChange(kind: CheckKind, c: SentenceContext): string {
  if (kind === "pp_vs_levels") return describeInterval(c.computed, { kind: "pp" }, c.d);
  if (kind === "level_vs_absolute") return `a change of ${describeInterval(c.computed, c.scale, c.d)}`;
  if (kind === "level_vs_average") return describeAverage(c.computed, c.d);
  return describeChange(c.computed, c.d);
}

const list = (claims: readonly ReadClaim[], c: SentenceContext) =>
  claims.map((x) => `${c.name(x.indicator)} ${quoted(x)}`).join(", ");
const when = (x: PeriodClaim) =>
  `${describePeriod(x.from, x.to)}${x.period ? `, ${describeSubYear(x.period, "en")}` : ""}`;

/** Every sentence the verifier writes, in English. */
export const ENGLISH: Sentences = {
  average_vs_cumulative: (f, c) => {
    const opening = `${c.name(f.indicator)}: ${quoted(f.cumulative)} over the ${f.to - f.from} years ${describePeriod(f.from, f.to)} is ${describeAverage(c.computed, c.d)}`;
    if (c.fits) return `${opening}; the printed ${quoted(f.average)} fits.`;
    if (c.check.verdict === "arithmetic_mean") {
      return (
        `${opening}, not the printed ${quoted(f.average)}: that figure is the cumulative change divided by the years (${simpleMean(f)}), ` +
        `a simple arithmetic mean rather than the average annual rate (年均增速).`
      );
    }
    return `${opening}; the printed ${quoted(f.average)} does not fit, and is not the simple mean (${simpleMean(f)}) either.`;
  },
  levels_vs_change: (f, c) =>
    `${c.name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${computedChange(f.relation, c)}; ${against(f.change, c.fits)}.`,
  levels_vs_change_across_bases: (f, c) => {
    const [levelPrices, changePrices] =
      f.start.basis === "comparable" ? ["comparable", "current"] : ["current", "comparable"];
    const check = !f.prices
      ? "no price index is printed to check that against"
      : `the printed price change ${quoted(f.prices)} ${c.fits ? "fits" : "does not fit"}`;
    return (
      `${c.name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${describeChange(f.nominal, c.d)} at ${levelPrices} prices; the printed ${quoted(f.change)} is at ${changePrices} prices, ` +
      `so the two agree with ${describeChange(c.computed, c.d)} in prices over ${describePeriod(f.from, f.to)}; ${check}.`
    );
  },
  same_figure: (f, c) => {
    const a = f.first;
    const at = a.year !== undefined ? `in ${a.year}` : `over ${describePeriod(a.from, a.to)}`;
    const printed = (x: ReadClaim) => (x.kind === "level" || x.kind === "share" ? `“${levelWords(x)}”` : quoted(x));
    if (f.range)
      return `${c.name(f.indicator)} ${at} is printed as a range from ${printed(a)} to ${printed(f.second)}; ${c.fits ? "its ends leave room between them" : "no value lies between its ends"}.`;
    return `${c.name(f.indicator)} ${at} is printed twice, as ${printed(a)} and as ${printed(f.second)}; the two ${c.fits ? "agree within their rounding" : "cannot both be right"}.`;
  },
  implied_level: (f, c) => {
    const opening = `${c.name(f.indicator)}: ${levelWords(f.known)} in ${f.known.year} and ${quoted(f.change)} over ${describePeriod(f.from, f.to)} imply ${describeInterval(c.computed, c.scale, c.d)} in ${f.year}`;
    if (f.whole === false)
      return `${opening}, which holds no whole number: a count cannot have been that, so one of the figures is wrong.`;
    return `${opening}; that level is not printed, so there is nothing to check it against.`;
  },
  change_vs_absolute: (f, c) =>
    `${c.name(f.indicator)}: ${levelWords(f.level)} in ${f.level.year} and ${quoted(f.change)} over ${describePeriod(f.from, f.to)} make a change of ${describeInterval(c.computed, c.scale, c.d)}; ${against(f.amount, c.fits)}.`,
  implied_change: (f, c) => {
    const words = f.share ? describeInterval(c.computed, { kind: "pp" }, c.d) : describeChange(c.computed, c.d);
    return `${c.name(f.indicator)}: from ${levelWords(f.start)} in ${f.from} to ${levelWords(f.end)} in ${f.to} is ${words}; no change is printed to check it against.`;
  },
  periods_compose: (f, c) => {
    const words =
      f.whole.kind === "average_growth" ? describeAverage(c.computed, c.d) : describeChange(c.computed, c.d);
    const period = (x: PeriodClaim) => describePeriod(x.from, x.to);
    return (
      `${c.name(f.indicator)}: ${quoted(f.first)} over ${period(f.first)} and ${quoted(f.second)} over ${period(f.second)} make ${words} over ${period(f.whole)}; ` +
      `the printed ${quoted(f.whole)} ${c.fits ? "fits" : "does not fit"}.`
    );
  },
  share_change_from_growth: (f, c) => {
    const [part, total] = f.change.indicator.split("/") as [string, string];
    return (
      `${c.name(f.change.indicator)} of ${levelWords(f.share)} in ${f.share.year}, with ${c.name(part)} ${quoted(f.partGrowth)} and ${c.name(total)} ${quoted(f.totalGrowth)}, ` +
      `moved by ${describeInterval(c.computed, { kind: "pp" }, c.d)} over ${describePeriod(f.change.from, f.change.to)}; ${against(f.change, c.fits)}.`
    );
  },
  share_vs_levels: (f, c) =>
    `${c.name(f.part.indicator)} of ${levelWords(f.part)} in ${c.name(f.total.indicator)} of ${levelWords(f.total)} in ${f.share.year} is a share of ${describeInterval(c.computed, c.scale, c.d)}; ${against(f.share, c.fits)}.`,
  structure_sum: (f, c) =>
    `${c.name(f.structure.indicator)}'s structure ${f.structure.figure.text} in ${f.structure.year}: the shares add up to ${describeInterval(c.computed, c.scale, c.d)}, ` +
    `${c.fits ? "which is 100% within their rounding" : "which no rounding brings to 100%"}.`,
  contribution_share: (f, c) =>
    `${c.name(f.share.indicator)} ${quoted(f.contribution)} of ${c.name(f.share.of!)}'s ${quoted(f.growth)} is a contribution share of ${describeInterval(c.computed, c.scale, c.d)}; the printed ${quoted(f.share)} ${c.fits ? "fits" : "does not fit"}.`,
  contributions_sum: (f, c) => {
    const shown = describeInterval(c.computed, { kind: "pp" }, c.d);
    if (!f.growth)
      return `${list(f.contributions, c)} over ${describePeriod(f.from, f.to)} add up to ${shown}, a growth of ${describeInterval(c.computed, { kind: "percent" }, c.d)} in ${c.name(f.total)}; that growth is not printed.`;
    return `${list(f.contributions, c)} over ${describePeriod(f.from, f.to)} add up to ${shown}; the printed ${quoted(f.growth)} of ${c.name(f.total)} ${c.fits ? "fits" : "does not fit"}.`;
  },
  contribution_shares_sum: (f, c) =>
    `The contribution shares to ${c.name(f.total)} over ${describePeriod(f.from, f.to)} add up to ${describeInterval(c.computed, c.scale, c.d)}, ${c.fits ? "which is 100% within their rounding" : "which no rounding brings to 100%"}.`,
  rate_difference: (f, c) => {
    const rate = (x: PeriodClaim) => `${c.name(x.indicator)} ${quoted(x)} (${when(x)})`;
    return `${rate(f.rate)} and ${rate(f.other)} differ by ${describeInterval(c.computed, { kind: "pp" }, c.d)}; the printed ${quoted(f.difference)} ${c.fits ? "fits" : "does not fit"}.`;
  },
  rate_derived: (f, c) => {
    const m = f.missing;
    const period = m.period === undefined ? undefined : readSubYearPeriod(m.period);
    return `${c.name(f.known.indicator)} ${quoted(f.known)} and ${quoted(f.difference)} imply a rate of ${describeInterval(c.computed, { kind: "percent" }, c.d)} for ${c.name(m.indicator)} over ${describePeriod(m.from, m.to)}${period ? `, ${describeSubYear(period, "en")}` : ""}; it is not printed, so there is nothing to check it against.`;
  },
  growth_from_parts: (f, c) => {
    const opening = `${list(f.growths, c)} over ${describePeriod(f.from, f.to)}, ${weightWords(f.weights, f.from, f.to)}, make ${describeChange(c.computed, c.d)} in ${c.name(f.total)}`;
    return f.growth ? `${opening}; ${against(f.growth, c.fits)}.` : `${opening}; that growth is not printed.`;
  },
  growth_outside_parts: (f, c) =>
    `${list(f.growths, c)} over ${describePeriod(f.from, f.to)} span ${describeInterval(c.computed, { kind: "percent" }, c.d)}; a total is the sum of its parts, so whatever their weights it grows between the slowest and the fastest of them, and ${c.name(f.total)}'s printed ${quoted(f.growth)} cannot be right.`,
  mean_outside_groups: (f, c) =>
    `${f.groups.map((x) => `${c.name(x.indicator)} “${levelWords(x)}”`).join(", ")} in ${f.year} span ${describeInterval(c.computed, c.scale, c.d)}; an average over groups lies between theirs, whatever their sizes, so ${c.name(f.mean)}'s printed “${levelWords(f.whole)}” cannot be right.`,
  contribution_sign: (f, c) =>
    `${c.name(f.contribution.indicator)} ${quoted(f.growth)} and its ${quoted(f.contribution)} to ${c.name(f.contribution.of!)} point opposite ways; its share being positive, a part's contribution has the sign of its growth, so the two cannot both be right.`,
  growth_from_parts_unweighted: (f, c) => {
    const why =
      f.why === "comparable_after"
        ? `at comparable prices the weights are the parts' values of the year before, which the ${f.to} levels at current prices do not give`
        : "over several years at comparable prices the weights change from year to year, so no one set of weights composes them";
    return `${list(f.growths, c)} over ${describePeriod(f.from, f.to)}: ${why}; ${c.name(f.total)}'s growth cannot be checked from its parts.`;
  },
  contribution_from_growth: (f, c) => {
    const x = f.contribution;
    return `${c.name(x.indicator)}, ${describeInterval(f.share, { kind: "percent" }, Math.max(c.d, 1))} of ${c.name(x.of!)} in ${x.from}, with ${quoted(f.growth)} contributes ${describeInterval(c.computed, { kind: "pp" }, c.d)}; ${against(x, c.fits)}.`;
  },
  identity_levels: (f, c) => {
    const shown = describeInterval(c.computed, c.scale, c.d);
    if (c.check.verdict === "not_checkable") {
      return `${c.formula(f.identity)} in ${f.year}: the right side lies within ${shown}, but its exact range could not be pinned down, so whether the printed ${c.name(f.lhs.indicator)} of ${levelWords(f.lhs)} fits is left open.`;
    }
    return `${c.formula(f.identity)} in ${f.year}: the right side gives ${shown}; the printed ${c.name(f.lhs.indicator)} of ${levelWords(f.lhs)} ${c.fits ? "fits" : "does not fit"}.`;
  },
  identity_level_derived: (f, c) =>
    `${c.formula(f.identity)} in ${f.year}, with ${f.used.map((x) => `${c.name(x.indicator)} ${levelWords(x)}`).join(" and ")}, implies ${c.name(f.unknown)} = ${describeInterval(c.computed, c.scale, c.d)}; it is not printed, so there is nothing to check it against.`,
  identity_changes: (f, c) =>
    `${c.formula(f.identity)} over ${describePeriod(f.from, f.to)}: ${f.others.map((x) => `${c.name(x.indicator)} ${quoted(x)}`).join(" and ")} ` +
    `mean that ${c.name(f.lhs)} had ${describeChange(c.computed, c.d)}; the printed ${quoted(f.lhsClaim)} ${c.fits ? "fits" : "does not fit"}.`,
  identity_change_derived: (f, c) =>
    `${c.formula(f.identity)} over ${describePeriod(f.from, f.to)}, with ${f.used.map((x) => `${c.name(x.indicator)} ${quoted(x)}`).join(" and ")}, means that ${c.name(f.unknown)} had ${describeChange(c.computed, c.d)}; that change is not printed.`,
};
