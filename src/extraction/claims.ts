import { lineAndColumn, lineStarts } from "../core/index.js";
import { originalSpan } from "./document/index.js";
import type { Identity } from "./reading/identity.js";
import type { Reading } from "./reading/reading.js";
import { NEWLY_FIRST } from "./reading/clause-subject.js";
import { openBracket } from "./reading/phrases.js";
import { EXCHANGE_RATE_WORDS, INVERSE_CHANGE_VERBS } from "./vocabulary/changes.js";
import { CEILING_TARGET_WORDS, TARGET_BOUNDS } from "./vocabulary/qualifiers.js";
import { familyBasis } from "../verification/index.js";
import type { ExtractedClaim, ExtractedTarget } from "./types.js";

/** A function from an offset to its line (1-based), by binary search over the line starts: fast on long texts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => lineAndColumn(starts, offset).line;
}

/** Whether a figure is printed inside brackets opened in its clause. */
function aside(r: Reading): boolean {
  const at = r.valueSpans[0]?.start;
  return at !== undefined && openBracket(r.reading.text, r.quote.start, at) >= 0;
}

/** The key that tells identities apart: region, part and indicator. */
export const identityKey = (i: Identity) =>
  [i.region, i.breakdown, i.indicator].filter((x) => x !== undefined && x !== "").join("·");

/**
 * Readings as claims and targets: each numbered by its identity (gdp_1, gdp_2, 全国·gdp_1), its quote the clause as
 * printed, its spans and line in the text, its assumptions written as its note.
 */
export function claimsOf(
  readingsIn: readonly Reading[],
  text: string,
  lineOf: (offset: number) => number,
): { claims: ExtractedClaim[]; targets: ExtractedTarget[] } {
  const readings = addedThenReached(readingsIn);
  const ambiguous = ambiguousInMention(readings);
  const claims: ExtractedClaim[] = [];
  const targets: ExtractedTarget[] = [];
  const counts = new Map<string, number>();
  const units = new Map<string, string>();
  // the indicator a sentence's last amount was filed under, by identity: its changes that follow are of it
  const lastAmount = new Map<string, string>();
  for (const r of readings) {
    let indicator = r.identity.indicator;
    const key0 = `${identityKey(r.identity)}|${r.time.period ?? ""}`;
    // the same subject printed in another unit (市政道路增加40条、82.8公里; 8263亿元…折1162亿美元) is another indicator
    if (r.unit && (r.kind === "level" || r.kind === "absolute_change")) {
      const seen = units.get(key0);
      if (seen === undefined) units.set(key0, r.unit);
      else if (seen !== r.unit && !sameUnitFamily(seen, r.unit))
        indicator = `${indicator}_${r.unit.replace(/[^\p{L}\p{N}]/gu, "")}`;
      // (an amount in brackets is an aside: 116661元（按年平均汇率折算为16381美元），增长3.9% grows in 元)
      if (!aside(r)) lastAmount.set(`${r.sentence}|${key0}`, indicator);
    } else if (r.kind === "cumulative_change" || r.kind === "multiple") {
      // 折1162亿美元，下降28.8%: the change after an amount in another unit is that amount's
      indicator = lastAmount.get(`${r.sentence}|${key0}`) ?? indicator;
    }
    const key = identityKey({ ...r.identity, indicator });
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const span = originalSpan(r.reading, r.quote.start, r.quote.end);
    const quote = text.slice(span.start, span.end).trim();
    const valueSpans = r.valueSpans.map((v) => originalSpan(r.reading, v.start, v.end));
    const qualifiers = [...(r.estimate && !r.target ? ["预计"] : []), ...r.qualifiers];
    const assumed = ambiguous.has(r)
      ? [
          ...r.time.assumed,
          {
            field: "subject" as const,
            note: "two figures of one kind and time follow one mention of the subject; which is which the text does not say",
          },
        ]
      : r.time.assumed;
    const claim: ExtractedClaim = {
      id: `${key.replace(/·/g, "_")}_${n}`,
      indicator,
      ...(r.identity.region ? { region: r.identity.region } : {}),
      ...(r.identity.breakdown ? { breakdown: r.identity.breakdown } : {}),
      // another region's figure says whose it is (全省地区生产总值)
      label: `${r.identity.region ?? ""}${r.identity.label || indicator}`,
      kind: r.kind,
      value: r.value,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.time.year !== undefined ? { year: r.time.year } : {}),
      ...(r.time.from !== undefined ? { from: r.time.from, to: r.time.to } : {}),
      ...(r.time.period ? { period: r.time.period } : {}),
      ...(qualifiers.length ? { qualifiers } : {}),
      ...(r.of
        ? {
            of: r.of.indicator,
            ...(r.of.label && r.of.label !== r.of.indicator ? { ofLabel: `${r.of.region ?? ""}${r.of.label}` } : {}),
            ...(r.of.region ? { ofRegion: r.of.region } : {}),
            ...(r.of.breakdown ? { ofBreakdown: r.of.breakdown } : {}),
          }
        : r.kind === "contribution" || r.kind === "contribution_share"
          ? { of: "gdp" }
          : {}),
      ...(r.parts ? { parts: r.parts } : {}),
      ...(r.kind === "rate_difference" ? { than: thanOf(r) } : {}),
      ...(indicator === "gdp_deflator" ? { deflates: "gdp", basis: "current" as const } : basisOf(r)),
      ...(r.kind === "cumulative_change" &&
      INVERSE_CHANGE_VERBS.some((v) => (r.lead ?? "").endsWith(v)) &&
      EXCHANGE_RATE_WORDS.some((w) => (r.identity.label || indicator).includes(w))
        ? { inverse: true as const }
        : {}),
      ...(r.kind === "absolute_change" && r.unit === "‰" ? { perMillePoints: true as const } : {}),
      quote,
      span: {
        start:
          span.start + (text.slice(span.start, span.end).length - text.slice(span.start, span.end).trimStart().length),
        end: span.end,
      },
      valueSpans,
      line: lineOf(valueSpans[0]?.start ?? span.start),
      mention: r.identity.mention ?? 0,
      confidence: assumed.length ? "guess" : "high",
      ...(assumed.length
        ? {
            assumed: assumed.map((a) => ({ field: a.field, note: a.note })),
            note: assumed.map((a) => a.note).join("; "),
          }
        : {}),
    };
    if (r.target) targets.push({ ...claim, condition: conditionOf(claim), ...(r.nature ? { nature: r.nature } : {}) });
    else claims.push(claim);
  }
  return { claims, targets };
}

/** Levels that follow a verb of adding and then one of reaching, in one mention (新增16条、达到54条): the first is the change. */
function addedThenReached(readings: readonly Reading[]): Reading[] {
  const out = [...readings];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (
      a.kind !== "level" ||
      b.kind !== "level" ||
      a.identity.mention === undefined ||
      a.identity.mention !== b.identity.mention
    )
      continue;
    if (a.unit !== b.unit && !(a.unit && b.unit && sameUnitFamily(a.unit, b.unit))) continue;
    // (新增经济总量超200亿元县2个、达到29个: 新增 opening the clause of a class counted)
    const opening = a.reading.text.slice(a.quote.start, a.valueSpans[0]?.start ?? a.quote.start);
    const added =
      /(?:新增|增加|净增)$/.test(a.lead ?? "") || NEWLY_FIRST.test(a.identity.label) || NEWLY_FIRST.test(opening);
    if (!added || !/(?:达到|达|累计|总数|共|突破|超过|为)$/.test((b.lead ?? "").replace(/^[、，]/, ""))) continue;
    const year = a.time.year!;
    // 五年来…新增1700公里、突破7000公里: added over the plan's years
    const from = a.span && a.span.to === year ? a.span.from : year - 1;
    out[i] = {
      ...a,
      kind: "absolute_change",
      time: { from, to: year, ...(a.time.period ? { period: a.time.period } : {}), assumed: a.time.assumed },
    };
  }
  return out;
}

/** Readings of one mention of a subject with the same kind and time and different values: which is which is a guess. */
function ambiguousInMention(readings: readonly Reading[]): Set<Reading> {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    if (r.identity.mention === undefined) continue;
    // (rate differences against different things, 比一季度 and 高于全市, are told apart by what they are against)
    const against = r.kind === "rate_difference" ? JSON.stringify(thanOf(r)) : "";
    const key = `${r.identity.mention}|${identityKey(r.identity)}|${r.kind}|${r.time.year ?? `${r.time.from}-${r.time.to}`}|${r.time.period ?? ""}|${against}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out = new Set<Reading>();
  for (const group of groups.values()) {
    if (new Set(group.map((r) => r.value)).size < 2) continue;
    // 市政道路增加40条、82.8公里: amounts in units of different kinds are different indicators
    const families = new Set(
      group.map((r) => (r.unit ?? "").replace(/^(?:万亿|千万|百万|十万|亿|万|千|百)/, "")).filter((u) => u !== ""),
    );
    if (families.size > 1 && group.every((r) => r.unit)) continue;
    for (const r of group) out.add(r);
  }
  return out;
}

/**
 * The prices a change is at: as the text says (按可比价格计算, 扣除价格因素), else as its family of indicator is
 * published (value added at comparable prices, retail sales and income at current ones); levels say nothing.
 */
function basisOf(r: Reading): { basis?: "current" | "comparable" } {
  if (r.basis) return { basis: r.basis };
  if (
    ["level", "share", "structure", "pp_change", "contribution", "contribution_share", "rate_difference"].includes(
      r.kind,
    )
  )
    return {};
  const family = familyBasis(r.identity.indicator, r.identity.label);
  return family ? { basis: family } : {};
}

/** 亿元 and 万元 are one family: a unit with another magnitude is the same indicator. */
function sameUnitFamily(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/^(?:万亿|千万|百万|十万|亿|万|千|百)/, "");
  // 1亿多 (人): a magnitude alone is in the unit of what it counts
  return strip(a) === strip(b) || strip(a) === "" || strip(b) === "";
}

/** The other rate of a rate difference: another indicator or region's (高于全国), another part of the year's, or the same indicator's the year before. */
function thanOf(r: Reading): NonNullable<ExtractedClaim["than"]> {
  if (r.than) return { indicator: r.than.indicator, ...(r.than.region ? { region: r.than.region } : {}) };
  return {
    ...(r.time.than?.from !== undefined ? { from: r.time.than.from, to: r.time.than.to } : {}),
    ...(r.time.than?.period ? { period: r.time.than.period } : {}),
  };
}

/**
 * A target as a condition in the formula language, from its kind and qualifiers. A qualifier bounds the magnitude
 * as printed (下降3%以上 is a fall of at least 3%: a change of at most −3%); with none, the target is at least its value
 * (控制在 … and a price's rise, 居民消费价格涨幅2%左右, at most).
 */
export function conditionOf(claim: ExtractedClaim): string {
  const bounds = (claim.qualifiers ?? []).map((q) => TARGET_BOUNDS[q]).filter((b) => b !== undefined && b !== "~");
  const ceiling = /控制在/.test(claim.quote) || CEILING_TARGET_WORDS.some((w) => (claim.label ?? "").includes(w));
  const onMagnitude = bounds[0] ?? (ceiling ? "<=" : ">=");
  const flip: Record<string, string> = { ">=": "<=", "<=": ">=", ">": "<", "<": ">" };
  const op = claim.value.startsWith("-") ? flip[onMagnitude]! : onMagnitude;
  const value = claim.value;
  const unit = claim.unit ? ` ${claim.unit}` : "";
  const id = claim.region ? `${claim.region}_${claim.indicator}` : claim.indicator;
  switch (claim.kind) {
    case "cumulative_change":
      return `change(${id}, ${claim.from}, ${claim.to}) ${op} ${value === "持平" ? "0%" : value}`;
    case "average_growth":
      return `cagr(${id}, ${claim.from}, ${claim.to}) ${op} ${value}`;
    case "pp_change":
      return `ppchange(${id}, ${claim.from}, ${claim.to}) ${op} ${value}`;
    case "absolute_change":
      return `${id}[${claim.to}] - ${id}[${claim.from}] ${op} ${value}${unit}`;
    default:
      return `${id}[${claim.year ?? claim.to}] ${op} ${value}${unit}`;
  }
}
