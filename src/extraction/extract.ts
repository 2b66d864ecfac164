import { BASE_YEAR, notAFigure, readFigure, type FigureReading } from "./figure.js";
import { proposeRelations } from "./propose.js";
import { indicatorId, subjectOf } from "./subject.js";
import { lineIndex, normalizeText, numberTokens, sentences, type NumberToken, type Span } from "./text.js";
import type { ExtractedClaim, ExtractedTarget, Extraction } from "./types.js";
import { clausePeriod, documentPeriod } from "./period.js";
import { CHINESE_DIGITS, CONVENTIONAL_PARTS } from "./vocabulary.js";

/** Options of {@link extractClaims}. */
export interface ExtractOptions {
  /** The report's year ("this year"); read from the first lines (青山县2023年…公报, ——2021年12月15日) when not given. */
  readonly year?: number;
}

/** The year a report speaks of: the first four-digit year in its first five lines. */
function reportYear(text: string): number | undefined {
  const head = text.split("\n").slice(0, 5).join("\n");
  const m = /(\d{4})年/.exec(head);
  return m ? Number(m[1]) : undefined;
}

/** Where a sentence stands: a review of past years, this year's figures, or targets (with their year). */
interface Context {
  targets: boolean;
  targetYear?: number;
  review?: { from: number; to: number };
}

/** A heading line (short, no full stop) changes the context: 过去五年工作回顾, 未来五年…目标任务, 2022年政府工作计划. */
function headingContext(line: string, year: number, current: Context): Context | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 30 || /[。，]/.test(t)) return undefined;
  if (/过去五年|回顾/.test(t)) return { targets: false, review: { from: year - 5, to: year } };
  const planYear = /(\d{4})年.*(?:计划|目标|任务)/.exec(t);
  if (planYear) return { targets: true, targetYear: Number(planYear[1]) };
  if (/未来五年|目标任务|十四五/.test(t)) return { targets: true, targetYear: year + 4 };
  return /^[一二三四五六七八九十]+、/.test(t) ? { ...current, targets: false } : undefined;
}

/**
 * Reads every figure of a Chinese report's text as a claim: levels (完成/实现/达到X亿元), changes (比上年/同比/比2016年
 * 增长X%), averages (年均增长X%), point changes, shares (占…比重), absolute changes (增加X亿元), multiples and ratios
 * (增长X倍, 是…的X倍), contributions (拉动…X个百分点, 贡献率X%), structures (A：B：C), index numbers and 持平, with their
 * qualifiers. Several figures in one clause are several claims about one subject; a clause without a subject goes on
 * about the last one. Every Arabic-digit number is either inside a claim's or a target's quote or listed under
 * `unclassified` with the reason. Browser-safe: text in, data out.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const normalized = normalizeText(text);
  const lineOf = lineIndex(text);
  const year = options.year ?? reportYear(normalized) ?? new Date().getFullYear();
  // 青山县2023年上半年经济运行情况: every figure is for the first half unless a clause names another part of the year
  const wholeReportPeriod = documentPeriod(normalized);
  const claims: ExtractedClaim[] = [];
  const targets: ExtractedTarget[] = [];
  const covered: Span[] = [];
  let context: Context = { targets: false };
  const labels = new Map<string, string>();
  const unitOf = new Map<string, string>();
  const idCount = new Map<string, number>();
  const lineStarts = [0, ...[...normalized.matchAll(/\n/g)].map((m) => m.index + 1)];
  const headingAt = new Map(lineStarts.map((s) => [s, normalized.slice(s, normalized.indexOf("\n", s) < 0 ? undefined : normalized.indexOf("\n", s))]));

  for (const sentence of sentences(normalized)) {
    const heading = headingAt.get(sentence.start);
    if (heading !== undefined) context = headingContext(heading, year, context) ?? context;
    const whole = normalized.slice(sentence.start, sentence.end);
    const estimated = /^[^，]*预计/.test(whole.trim());
    // 按可比价格计算 (按不变价格计算) / 按现价计算 said in the sentence: the price basis of its changes
    const sentenceBasis = /可比价|不变价/.test(whole) ? "comparable" : /按现价|当年价/.test(whole) ? "current" : undefined;
    const targetHere = context.targets || /到(\d{4})年|到“?十四五”?末|预期目标|力争|确保/.test(whole);
    const targetYear = Number(/到(\d{4})年/.exec(whole)?.[1] ?? NaN) || (/十四五”?末/.test(whole) ? 2025 : undefined) || context.targetYear || year + 1;
    const sentenceYear = /(?:^|预计|，)\s*(\d{4})年(?![—\-－~至到\d])(?!的)/.exec(whole.trim());
    const levelYear = targetHere ? targetYear : sentenceYear ? Number(sentenceYear[1]) : year;
    let subject = "";
    let subjectStart = sentence.start;
    let sentenceBase: number | "previous" | undefined;
    const subjects: string[] = [];
    let lastOther = "";
    let period = wholeReportPeriod;

    for (const clause of sentence.clauses) {
      const clauseText = normalized.slice(clause.start, clause.end);
      // 上半年，…; 1—6月，…; 6月份，…: the part of the year holds for the rest of the sentence
      period = clausePeriod(clauseText) ?? period;
      // Only a clause with a figure names a subject: 收入绝对值居…最高水平 says something of income, not a new indicator.
      const hasFigure = /\d|持平|翻[一两二三]番|[一两二三四五六七八九十]倍/.test(clauseText);
      const own = hasFigure ? subjectOf(clauseText) : "";
      const carried = own === "";
      if (!carried) {
        subject = own;
        subjectStart = clause.start;
        subjects.push(own);
      }
      // 与2018年相比, 比2016年: a base said once holds for the rest of the sentence
      const said = BASE_YEAR.exec(clauseText);
      if (said) sentenceBase = Number(said[1]);
      const tokens = numberTokens(clauseText).map((t) => ({ ...t, start: t.start + clause.start, end: t.end + clause.start }));
      // Figures in words: 持平 (a change that rounds to zero), 翻一番 (doubled), 增长两倍 / 一倍多 (in 倍)
      const worded = subject && tokens.every((t) => notAFigure(normalized, t)) ? wordedFigure(clauseText) : undefined;
      if (worded) pushClaim({ ...worded, end: clause.end, ...(said ? { base: Number(said[1]) } : {}) }, { start: clause.end, end: clause.end, digits: "" }, clause);
      let cursor = clause.start;
      const structures = new Map([...clauseText.matchAll(/\d+(?:\.\d+)?(?:[：:]\d+(?:\.\d+)?)+/g)].map((m) => [clause.start + m.index, m] as const));
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.start < cursor) continue;
        const structure = structures.get(token.start);
        if (structure) {
          // 三次产业结构由上年的A：B：C调整为D：E：F; 三次产业投资结构为A：B：C (the parts of investment)
          const values = structure[0];
          const before = clauseText.slice(0, structure.index);
          const named = /^(.*?)结构/.exec(before)?.[1] ?? "";
          const conventional = Object.keys(CONVENTIONAL_PARTS).find((name) => named.includes(name));
          const ownerPhrase = conventional ? named.replace(conventional, "") : named;
          const owner = ownerPhrase ? indicatorId(ownerPhrase) : conventional ? "gdp" : indicatorId(subject || "structure");
          const parts = conventional
            ? CONVENTIONAL_PARTS[conventional]!.map((p) => (owner === "gdp" ? p : `${p}_${owner}`))
            : values.split(/[：:]/).map((_, k) => `${owner}_part${k + 1}`);
          const structYear = /由上年的?$/.test(before) ? levelYear - 1 : levelYear;
          const reading: FigureReading = { kind: "structure", value: values.replace(/:/g, "："), qualifiers: [], end: structure.index + clause.start + values.length };
          pushClaim(reading, token, clause, { year: structYear, owner, parts, subject: named || subject });
          cursor = reading.end;
          continue;
        }
        if (notAFigure(normalized, token)) continue;
        const lead = normalized.slice(cursor, token.start);
        const reading = readFigure(normalized, token, normalized.slice(clause.start, token.start), clause.end);
        if (!reading) continue;
        // A later figure of the clause with a subject of its own (…9座、农村污水处理设施160座)
        const subLead = cursor > clause.start ? subjectOf(lead.replace(/^[、（(和与及]+/, "")) : "";
        if (subLead) subject = subLead;
        // 27个街区控规和8个镇街规划: a clause that opens with a count names what it counts after the unit
        if (!subject && !(reading.count && countedThing(normalized, reading, clause.end))) continue;
        if (reading.base !== undefined) sentenceBase = reading.base;
        // 分别提高4.8和5.5个百分点: each figure to one of the subjects named before, in order
        if (/分别/.test(normalized.slice(clause.start, token.start))) {
          const joined = tokens.slice(i).filter((t) => t.end <= reading.end || /^\s*[和、与及]/.test(normalized.slice(t.end, t.end + 2)));
          const group = joined.length > 1 ? joined : tokens.slice(i);
          const owners = subjects.slice(-group.length - (carried ? 0 : 1), carried ? undefined : -1);
          group.forEach((t, k) => {
            const r = readFigure(normalized, t, normalized.slice(clause.start, token.start), clause.end);
            if (r && owners[k]) pushClaim(r, t, clause, { subject: owners[k] });
          });
          cursor = clause.end;
          break;
        }
        if (reading.kind === "contribution" && reading.other) lastOther = reading.other;
        // A count followed by what it counts (10个领域、13个镇街): that is its subject.
        const thing = reading.count && reading.kind === "level" ? countedThing(normalized, reading, clause.end) : undefined;
        // A carried level after a verb of its own (…重点项目39项，已完成15项) is another figure of the subject.
        const verbPhrase = reading.kind === "level" && carried && !subLead && !thing ? ownPhrase(lead) : "";
        if (verbPhrase) {
          pushClaim(reading, token, clause, { subject: `${subject}${verbPhrase}`, carried: true });
          cursor = reading.end;
          continue;
        }
        pushClaim(reading, token, clause, thing ? { subject: thing } : carried && !subLead ? { carried: true } : {});
        cursor = reading.end;
      }
    }

    /** Makes a claim (or a target) of a reading, with its period, quote and notes. */
    function pushClaim(reading: FigureReading, token: NumberToken, clause: Span, extra: { subject?: string; carried?: boolean; year?: number; owner?: string; parts?: string[] } = {}): void {
      const label = extra.subject ?? subject;
      let indicator = extra.owner ?? indicatorId(label);
      // The same subject printed in another unit (市政道路增加40条、82.8公里) is another indicator.
      if (reading.unit && (reading.kind === "level" || reading.kind === "absolute_change")) {
        const seen = unitOf.get(indicator);
        if (seen === undefined) unitOf.set(indicator, reading.unit);
        else if (seen !== reading.unit) indicator = `${indicator}_${reading.unit.replace(/[^\p{L}\p{N}]/gu, "")}`;
      }
      const notes: string[] = [];
      const base = reading.base ?? sentenceBase;
      // （2022年地区生产总值为358.1亿元）, （上年末为48.9万人）, （2022年增长4.5%）: the year said in the clause itself
      const lead = normalized.slice(clause.start, token.start);
      const saidYear = /(?:^|[（(，])\s*(\d{4})年(?![—\-－~至到\d])/.exec(lead) ?? /(?<![比较与是])(\d{4})年(?:末|底)?(?:为|增长|下降)/.exec(lead);
      const previousYear = /(?:^|[（(])\s*上年(?:末|同期)?(?:为|是)/.test(lead);
      const atYear = extra.year ?? (targetHere ? levelYear : saidYear ? Number(saidYear[1]) : previousYear ? levelYear - 1 : levelYear);
      let from: number | undefined;
      let to: number | undefined;
      const isChange = !["level", "share", "structure"].includes(reading.kind);
      if (isChange) {
        to = atYear;
        const explicit = /(\d{4})\s*[—\-－~至到]\s*(\d{4})年/.exec(normalized.slice(clause.start, token.start));
        // 近五年, 过去五年, 五年来: the n years to the report's year
        const lately = /(?:近|过去)([一两二三四五六七八九十]|\d+)年|([一两二三四五六七八九十])年来/.exec(normalized.slice(Math.max(sentence.start, clause.start - 300), clause.end));
        if (explicit) {
          from = Number(explicit[1]);
          to = Number(explicit[2]);
        } else if (typeof base === "number") from = base;
        else if (reading.years !== undefined) from = atYear - reading.years;
        else if (lately && base === undefined) {
          const n = lately[1] ?? lately[2]!;
          from = atYear - (CHINESE_DIGITS[n] ?? Number(n));
        }
        else if (base === "previous" || (saidYear && base === undefined)) from = atYear - 1;
        else if (["contribution", "contribution_share", "rate_difference", "index"].includes(reading.kind)) from = atYear - 1;
        else if (context.review && atYear === context.review.to) {
          from = context.review.from;
          notes.push(`no base is printed: taken as the start of the years in review (${from})`);
        }
        else {
          from = atYear - (reading.kind === "average_growth" ? 5 : 1);
          notes.push(reading.kind === "average_growth" ? `the period is not printed: taken as the five years to ${atYear}` : `no base is printed: read as 比上年 (${atYear - 1})`);
        }
      }
      let year: number | undefined = isChange ? undefined : atYear;
      if (reading.position === "start") year = typeof base === "number" ? base : (context.review?.from ?? atYear - 1);
      if (reading.position === "start" && typeof base !== "number" && !context.review) notes.push(`the start year of 由…至 is not printed: taken as ${year}`);
      const qualifiers = [...(estimated && !targetHere ? ["预计"] : []), ...reading.qualifiers];
      const basis = !isChange ? undefined : sentenceBasis;
      const of = reading.other !== undefined && reading.other !== "" ? indicatorId(reading.other) : reading.kind === "contribution" || reading.kind === "contribution_share" ? indicatorId(lastOther || "gdp") : undefined;
      const quoteStart = extra.carried ? subjectStart : clause.start;
      const quoteEnd = Math.max(clause.end, reading.end);
      const quote = text.slice(quoteStart, quoteEnd).trim();
      const span = { start: quoteStart + (text.slice(quoteStart, quoteEnd).length - text.slice(quoteStart, quoteEnd).trimStart().length), end: quoteEnd };
      covered.push(span);
      if (!labels.has(indicator)) labels.set(indicator, label);
      const n = (idCount.get(indicator) ?? 0) + 1;
      idCount.set(indicator, n);
      const claim: ExtractedClaim = {
        id: `${indicator}_${n}`,
        indicator,
        label,
        kind: reading.kind,
        value: reading.value,
        ...(reading.unit ? { unit: reading.unit } : {}),
        ...(year !== undefined ? { year } : {}),
        ...(from !== undefined ? { from, to } : {}),
        ...(period !== undefined ? { period } : {}),
        ...(qualifiers.length ? { qualifiers } : {}),
        ...(of !== undefined && reading.kind !== "rate_difference" ? { of } : {}),
        ...(extra.parts ? { parts: extra.parts } : {}),
        ...(reading.kind === "rate_difference"
          ? { than: reading.otherPeriod ? { period: reading.otherPeriod } : reading.earlierRate ? { from: from! - 1, to: from! } : { indicator: indicatorId(reading.other ?? "") } }
          : {}),
        // a GDP deflator links GDP's current-price levels and its real growth
        ...(indicator === "gdp_deflator" ? { deflates: "gdp", basis: "current" as const } : basis ? { basis } : {}),
        quote,
        span,
        line: lineOf(span.start),
        confidence: notes.length ? "guess" : "high",
        ...(notes.length ? { note: notes.join("; ") } : {}),
      };
      if (targetHere) targets.push({ ...claim, condition: conditionOf(claim) });
      else claims.push(claim);
    }
  }

  const isCovered = coverage(covered);
  const unclassified = numberTokens(normalized)
    .filter((t) => !isCovered(t))
    .map((t) => {
      const clauseStart = Math.max(normalized.lastIndexOf("，", t.start), normalized.lastIndexOf("。", t.start), normalized.lastIndexOf("\n", t.start), normalized.lastIndexOf("；", t.start)) + 1;
      const ends = ["，", "。", "\n", "；"].map((c) => normalized.indexOf(c, t.end)).filter((i) => i >= 0);
      const clauseEnd = ends.length ? Math.min(...ends) : normalized.length;
      return { number: t.digits, quote: text.slice(clauseStart, clauseEnd).trim(), span: { start: t.start, end: t.end }, line: lineOf(t.start), reason: notAFigure(normalized, t) ?? "no_relation" };
    });
  const proposed = proposeRelations(claims);
  return { year, claims, targets, unclassified, identities: proposed.identities, parts: proposed.parts };
}

/**
 * A figure printed in words: 持平 (a change that rounds to zero), 翻一番 / 翻两番 (a multiple of 1 or 3: doubled,
 * quadrupled), 增长两倍 (a multiple in Chinese numerals), 一倍多 (more than one 倍).
 */
function wordedFigure(clause: string): Omit<FigureReading, "end"> | undefined {
  if (/持平/.test(clause)) return { kind: "cumulative_change", value: "持平", qualifiers: [], base: "previous" };
  const doubled = /翻([一两二三])番/.exec(clause);
  if (doubled) return { kind: "multiple", value: String(2 ** CHINESE_DIGITS[doubled[1]!]! - 1), qualifiers: [] };
  const times = /(?:增长|增加|提高)([一两二三四五六七八九十])倍(多)?/.exec(clause);
  if (times) return { kind: "multiple", value: String(CHINESE_DIGITS[times[1]!]), qualifiers: times[2] ? ["多"] : [] };
  return undefined;
}

/** What a count counts when the words after its unit name it: 45个低收入村 counts 低收入村. */
function countedThing(normalized: string, reading: FigureReading, clauseEnd: number): string | undefined {
  const counted = /^([\p{Script=Han}“”A-Za-z]{2,16}?)(?=[、，。；）)\d]|及|和|与|$)/u.exec(normalized.slice(reading.end, clauseEnd));
  if (!counted || /^(?:以上|以内|以下|左右|的|全部|均|已|为|达|实现|完成|建成|开工)/.test(counted[1]!)) return undefined;
  return counted[1]!.replace(/[“”]/g, "");
}

/** What a clause says before its figure once years, 为/达/约 and qualifiers are left out: 已完成 in 已完成15项. */
function ownPhrase(lead: string): string {
  const phrase = lead
    .replace(/[（(）)“”、]/g, "")
    .replace(/(?:上年末?|\d{4}年(?:末|底)?|比上年|同比)/g, "")
    .replace(/(?:为|达到|达|约|是|共|计|超过|突破|近|不低于|不少于)+$/, "")
    .trim();
  return /^\p{Script=Han}{2,}$/u.test(phrase) ? phrase : "";
}

/**
 * A test of whether a span lies inside one of the given spans: the spans sorted by start, with the furthest end
 * reached so far, searched by binary search (a long report's numbers are checked in n log n, not n²).
 */
function coverage(spans: readonly Span[]): (inner: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  return (inner) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= inner.start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! >= inner.end;
  };
}

/** A target as a condition in the formula language, from its kind and qualifiers. */
function conditionOf(claim: ExtractedClaim): string {
  const q = claim.qualifiers ?? [];
  const op = q.some((w) => ["以内", "以下", "不超过"].includes(w)) ? "<=" : q.some((w) => ["不足", "低于", "不到"].includes(w)) ? "<" : q.some((w) => ["超过", "突破", "超", "逾"].includes(w)) ? ">" : ">=";
  const value = claim.value.replace(/pp$/, "pp");
  const unit = claim.unit && !["%"].includes(claim.unit) ? ` ${claim.unit}` : "";
  switch (claim.kind) {
    case "cumulative_change":
      return `change(${claim.indicator}, ${claim.from}, ${claim.to}) ${op} ${value}`;
    case "average_growth":
      return `cagr(${claim.indicator}, ${claim.from}, ${claim.to}) ${op} ${value}`;
    case "pp_change":
      return `ppchange(${claim.indicator}, ${claim.from}, ${claim.to}) ${op} ${value}`;
    default:
      return `${claim.indicator}[${claim.year ?? claim.to}] ${op} ${value}${unit}`;
  }
}
