import { describeAverage, describeChange, describeInterval, describePeriod } from "./describe.js";
import type { CheckKind, PartWeights } from "./findings.js";
import type { PeriodClaim, ReadClaim } from "./read-claim.js";
import { simpleMean, type SentenceContext, type Sentences } from "./sentence-parts.js";
import { describeSubYear, readSubYearPeriod } from "./sub-year.js";
import { changeWords, levelWords, quoted } from "./wording.js";

/** 与报告的“…”相符 / 不符. */
const against = (claim: ReadClaim, fits: boolean) => `与报告的${quoted(claim)}${fits ? "相符" : "不符"}`;

/** How the weights of a total's growth from its parts were read. */
function weightWords(weights: PartWeights, from: number, to: number): string {
  if (weights === "shares_before") return `以${from}年各部分占比加权`;
  if (weights === "levels_before") return `以${from}年各部分数值加权`;
  return `以${to}年各部分数值折回${from}年加权`;
}

/** What a change computed from levels reads as: points for a share, a compound average, or a change. */
function computedChange(kind: CheckKind, c: SentenceContext): string {
  if (kind === "pp_vs_levels") return describeInterval(c.computed, { kind: "pp" }, c.d, "zh");
  if (kind === "level_vs_absolute") return `变化${describeInterval(c.computed, c.scale, c.d, "zh")}`;
  if (kind === "level_vs_average") return describeAverage(c.computed, c.d, "zh");
  return describeChange(c.computed, c.d, "zh");
}

const list = (claims: readonly ReadClaim[], c: SentenceContext) =>
  claims.map((x) => `${c.name(x.indicator)}${quoted(x)}`).join("、");
const when = (x: PeriodClaim) =>
  `${describePeriod(x.from, x.to, "zh")}${x.period ? describeSubYear(x.period, "zh") : ""}`;

/** Every sentence the verifier writes, in Chinese. */
export const CHINESE: Sentences = {
  average_vs_cumulative: (f, c) => {
    const opening = `${c.name(f.indicator)}：${describePeriod(f.from, f.to, "zh")}累计${changeWords(f.cumulative)}，按复合增长折合${describeAverage(c.computed, c.d, "zh")}`;
    if (c.fits) return `${opening}，与报告的${quoted(f.average)}相符。`;
    if (c.check.verdict === "arithmetic_mean")
      return `${opening}，而非报告的${quoted(f.average)}；后者等于累计变化除以年数（${simpleMean(f)}），是算术平均，不是年均增速。`;
    return `${opening}，与报告的${quoted(f.average)}不符，也不是简单平均（${simpleMean(f)}）。`;
  },
  levels_vs_change: (f, c) =>
    `${c.name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，${computedChange(f.relation, c)}，${against(f.change, c.fits)}。`,
  levels_vs_change_across_bases: (f, c) => {
    const [levelBasis, changeBasis] = f.start.basis === "comparable" ? ["可比价", "现价"] : ["现价", "可比价格"];
    const check = !f.prices
      ? "报告未列出价格指数，无从核对"
      : `与报告的价格变化${quoted(f.prices)}${c.fits ? "相符" : "不符"}`;
    return (
      `${c.name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，按${levelBasis}${describeChange(f.nominal, c.d, "zh")}；报告的${quoted(f.change)}按${changeBasis}计算，` +
      `两者相符须${describePeriod(f.from, f.to, "zh")}价格${describeChange(c.computed, c.d, "zh")}；${check}。`
    );
  },
  same_figure: (f, c) => {
    const a = f.first;
    const at = a.year !== undefined ? `${a.year}年` : describePeriod(a.from, a.to, "zh");
    const printed = (x: ReadClaim) => (x.kind === "level" || x.kind === "share" ? `“${levelWords(x)}”` : quoted(x));
    if (f.range)
      return `${c.name(f.indicator)}：${at}的范围${printed(a)}至${printed(f.second)}${c.fits ? "，两端相容" : "，两端之间没有数值，不可能成立"}。`;
    return `${c.name(f.indicator)}：${at}的同一数字印了两次，${printed(a)}与${printed(f.second)}${c.fits ? "在舍入范围内一致" : "不可能同时成立"}。`;
  },
  implied_level: (f, c) => {
    const opening = `${c.name(f.indicator)}：${f.known.year}年${levelWords(f.known)}，${describePeriod(f.from, f.to, "zh")}${quoted(f.change)}，推算${f.year}年为${describeInterval(c.computed, c.scale, c.d, "zh")}`;
    if (f.whole === false) return `${opening}，其中没有整数；计数不可能如此，数字有误。`;
    return `${opening}；报告未列出该值，无从核对。`;
  },
  change_vs_absolute: (f, c) =>
    `${c.name(f.indicator)}：${f.level.year}年${levelWords(f.level)}，${describePeriod(f.from, f.to, "zh")}${quoted(f.change)}，折合变化${describeInterval(c.computed, c.scale, c.d, "zh")}，${against(f.amount, c.fits)}。`,
  implied_change: (f, c) => {
    const words = f.share
      ? describeInterval(c.computed, { kind: "pp" }, c.d, "zh")
      : describeChange(c.computed, c.d, "zh");
    return `${c.name(f.indicator)}：由${f.from}年${levelWords(f.start)}到${f.to}年${levelWords(f.end)}，变化${words}；报告未列出变化，无从核对。`;
  },
  periods_compose: (f, c) => {
    const words =
      f.whole.kind === "average_growth"
        ? describeAverage(c.computed, c.d, "zh")
        : describeChange(c.computed, c.d, "zh");
    const period = (x: PeriodClaim) => describePeriod(x.from, x.to, "zh");
    return `${c.name(f.indicator)}：${period(f.first)}${quoted(f.first)}、${period(f.second)}${quoted(f.second)}，合计${period(f.whole)}${words}，与报告的${quoted(f.whole)}${c.fits ? "相符" : "不符"}。`;
  },
  share_change_from_growth: (f, c) => {
    const [part, total] = f.change.indicator.split("/") as [string, string];
    return `${c.name(f.change.indicator)}${f.share.year}年为${levelWords(f.share)}，${c.name(part)}${quoted(f.partGrowth)}、${c.name(total)}${quoted(f.totalGrowth)}，占比应变化${describeInterval(c.computed, { kind: "pp" }, c.d, "zh")}，${against(f.change, c.fits)}。`;
  },
  share_vs_levels: (f, c) =>
    `${f.share.year}年${c.name(f.part.indicator)}${levelWords(f.part)}、${c.name(f.total.indicator)}${levelWords(f.total)}，占比应为${describeInterval(c.computed, c.scale, c.d, "zh")}，${against(f.share, c.fits)}。`,
  structure_sum: (f, c) =>
    `${c.name(f.structure.indicator)}${f.structure.year}年结构${f.structure.figure.text}：各部分合计${describeInterval(c.computed, c.scale, c.d, "zh")}，${c.fits ? "在舍入范围内等于100%" : "舍入也解释不了与100%的差距"}。`,
  contribution_share: (f, c) =>
    `${c.name(f.share.indicator)}${quoted(f.contribution)}，${c.name(f.share.of!)}${quoted(f.growth)}，贡献率应为${describeInterval(c.computed, c.scale, c.d, "zh")}，与报告的${quoted(f.share)}${c.fits ? "相符" : "不符"}。`,
  contributions_sum: (f, c) => {
    const shown = describeInterval(c.computed, { kind: "pp" }, c.d, "zh");
    if (!f.growth)
      return `${describePeriod(f.from, f.to, "zh")}${list(f.contributions, c)}，合计${shown}，即${c.name(f.total)}增长${describeInterval(c.computed, { kind: "percent" }, c.d, "zh")}；报告未列出该增速。`;
    return `${describePeriod(f.from, f.to, "zh")}${list(f.contributions, c)}，合计${shown}，与报告的${c.name(f.total)}${quoted(f.growth)}${c.fits ? "相符" : "不符"}。`;
  },
  contribution_shares_sum: (f, c) =>
    `${c.name(f.total)}${describePeriod(f.from, f.to, "zh")}各部分贡献率合计${describeInterval(c.computed, c.scale, c.d, "zh")}，${c.fits ? "在舍入范围内等于100%" : "舍入也解释不了与100%的差距"}。`,
  rate_difference: (f, c) => {
    const rate = (x: PeriodClaim) => `${c.name(x.indicator)}${quoted(x)}（${when(x)}）`;
    return `${rate(f.rate)}与${rate(f.other)}相差${describeInterval(c.computed, { kind: "pp" }, c.d, "zh")}，与报告的${quoted(f.difference)}${c.fits ? "相符" : "不符"}。`;
  },
  rate_derived: (f, c) => {
    const m = f.missing;
    const period = m.period === undefined ? undefined : readSubYearPeriod(m.period);
    return `${c.name(f.known.indicator)}${quoted(f.known)}，${quoted(f.difference)}，推算${c.name(m.indicator)}${describePeriod(m.from, m.to, "zh")}${period ? describeSubYear(period, "zh") : ""}增速为${describeInterval(c.computed, { kind: "percent" }, c.d, "zh")}；报告未列出，无从核对。`;
  },
  growth_from_parts: (f, c) => {
    const opening = `${describePeriod(f.from, f.to, "zh")}${list(f.growths, c)}，${weightWords(f.weights, f.from, f.to)}，${c.name(f.total)}应${describeChange(c.computed, c.d, "zh")}`;
    return f.growth ? `${opening}，${against(f.growth, c.fits)}。` : `${opening}；报告未列出该增速。`;
  },
  growth_outside_parts: (f, c) =>
    `${describePeriod(f.from, f.to, "zh")}${list(f.growths, c)}：各部分增速在${describeInterval(c.computed, { kind: "percent" }, c.d, "zh")}之间；总量是各部分之和，无论权数如何，其增速都在最慢与最快的部分之间，报告的${c.name(f.total)}${quoted(f.growth)}不可能成立。`,
  mean_outside_groups: (f, c) =>
    `${f.year}年${f.groups.map((x) => `${c.name(x.indicator)}“${levelWords(x)}”`).join("、")}：各组在${describeInterval(c.computed, c.scale, c.d, "zh")}之间；总体平均数无论各组人数多少都在各组之间，报告的${c.name(f.mean)}“${levelWords(f.whole)}”不可能成立。`,
  contribution_sign: (f, c) =>
    `${c.name(f.contribution.indicator)}${quoted(f.growth)}，对${c.name(f.contribution.of!)}的${quoted(f.contribution)}方向相反；部分所占比重为正，拉动与其增速同号，两者不可能同时成立。`,
  growth_from_parts_unweighted: (f, c) => {
    const why =
      f.why === "comparable_after"
        ? `按可比价格计算时权数是各部分上年的数值，报告只列出${f.to}年现价数值，无法得出`
        : "按可比价格计算跨越多年时各年权数不同，无法用一组权数合成";
    return `${describePeriod(f.from, f.to, "zh")}${list(f.growths, c)}：${why}；${c.name(f.total)}的增速无从由各部分核对。`;
  },
  contribution_from_growth: (f, c) => {
    const x = f.contribution;
    return `${c.name(x.indicator)}${x.from}年占${c.name(x.of!)}${describeInterval(f.share, { kind: "percent" }, Math.max(c.d, 1), "zh")}，${quoted(f.growth)}，拉动应为${describeInterval(c.computed, { kind: "pp" }, c.d, "zh")}，${against(x, c.fits)}。`;
  },
  identity_levels: (f, c) => {
    const shown = describeInterval(c.computed, c.scale, c.d, "zh");
    if (c.check.verdict === "not_checkable")
      return `${f.year}年${c.formula(f.identity)}：右边至多在${shown}之间，其确切范围未能算定，报告的${c.name(f.lhs.indicator)}（${levelWords(f.lhs)}）是否相符无从判断。`;
    return `${f.year}年${c.formula(f.identity)}：右边算得${shown}，与报告的${c.name(f.lhs.indicator)}（${levelWords(f.lhs)}）${c.fits ? "相符" : "不符"}。`;
  },
  identity_level_derived: (f, c) =>
    `${f.year}年按${c.formula(f.identity)}，${f.used.map((x) => `${c.name(x.indicator)}为${levelWords(x)}`).join("，")}，推算${c.name(f.unknown)}为${describeInterval(c.computed, c.scale, c.d, "zh")}；报告未列出，无从核对。`,
  identity_changes: (f, c) =>
    `按${c.formula(f.identity)}，${describePeriod(f.from, f.to, "zh")}${f.others.map((x) => `${c.name(x.indicator)}${quoted(x)}`).join("、")}，` +
    `${c.name(f.lhs)}应${describeChange(c.computed, c.d, "zh")}，与报告的${quoted(f.lhsClaim)}${c.fits ? "相符" : "不符"}。`,
  identity_change_derived: (f, c) =>
    `按${c.formula(f.identity)}，${describePeriod(f.from, f.to, "zh")}${f.used.map((x) => `${c.name(x.indicator)}${quoted(x)}`).join("、")}，推算${c.name(f.unknown)}${describeChange(c.computed, c.d, "zh")}；报告未列出。`,
};
