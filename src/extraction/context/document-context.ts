import { readSubYearPeriod, SUB_YEAR_WORDS as SUB_YEAR } from "../../verification/index.js";
import { squeeze, type DocumentText } from "../document/index.js";
import { DOCUMENT_KINDS, SECTION_ROLES, type DocumentKind } from "../vocabulary/documents.js";
import { REGION_LEVELS, type RegionLevel } from "../vocabulary/regions.js";
import { planNamed, planYears } from "./plans.js";
import { censusNamed } from "./censuses.js";

/** Where a fact about the whole document was read from; `assumed` when nothing printed says it. */
export type Source = "option" | "title" | "dateline" | "heading" | "opening" | "assumed";

/** What a whole document is: its kind, the level of its region, its year and the part of the year it reports on. */
export interface DocumentContext {
  readonly kind: DocumentKind;
  readonly kindSource: Source;
  readonly level?: RegionLevel;
  /** The name of the document's own place, as its title or issuer prints it without its suffix (东莞 of 东莞市). */
  readonly place?: string;
  /**
   * The year the document calls this year: a communiqué's data year, a work report's year of delivery, a quarterly
   * analysis's year. Undefined when nothing in the text names a year.
   */
  readonly year?: number;
  readonly yearSource: Source;
  /**
   * The year whose figures the document reports: a communiqué's year; the year before a work report delivered early
   * in its year, the year itself for one delivered at its end (——2021年12月15日: 预计2021年完成…).
   */
  readonly reviewYear?: number;
  /** The year a work report's targets are for when none is said: its own year, or the next for one delivered at a year's end. */
  readonly planYear?: number;
  /** How the year was assumed, when it was (the year the text names most often). */
  readonly yearNote?: string;
  /** The part of the year the whole document reports on (a quarterly analysis): H1, M1-M4. */
  readonly period?: string;
  readonly periodSource?: Source;
}

/** Options that override what the text says (or does not): `--year`, `--period`. */
export interface ContextOptions {
  readonly year?: number;
  readonly period?: string;
}

const YEAR = /((?:19|20)\d\d)\s*年(度)?/;

/**
 * Reads a document's context from its head and opening: the kind from the title's words (or the opening 各位代表 of
 * a work report); the year from the title, else a work report's dateline (delivered on …) or its review heading
 * (2025年工作回顾: the report is 2026's), else the body's opening (2023年，…); the part of the year from the title or
 * the opening clause of the first paragraph (4月份，…). What nothing says is assumed and said so; never the clock.
 */
export function readDocumentContext(doc: DocumentText, options: ContextOptions = {}): DocumentContext {
  const title = doc.head.title;
  const firstText = firstParagraph(doc);
  const kindWord = kindOf(title) ?? kindOf(firstText, "opening");
  const kind: DocumentKind = kindWord?.kind ?? "communique";
  const kindSource: Source = kindWord ? (kindWord.where === "opening" ? "opening" : "title") : "assumed";
  // the title's region first; an issuer such as 国家统计局洛阳调查队 is the nation's office in the city
  const issuers = doc.head.issuers.join("").replace(/国家统计局.{1,8}?调查(?:总)?队/g, "");
  const level =
    levelOf(title) ??
    levelOf(issuers) ??
    levelOf(`${firstText}${firstSentenceParagraph(doc)}`.slice(0, 120), true) ??
    levelOfWholes(doc.normalized);
  const place = level && level !== "nation" ? (placeOf(title) ?? placeOf(issuers)) : undefined;
  const opening = firstSentenceParagraph(doc);
  const year =
    options.year !== undefined ? { year: options.year, source: "option" as const } : yearOf(doc, kind, title, opening);
  const period =
    options.period !== undefined
      ? { code: readSubYearPeriod(options.period)?.code, source: "option" as const }
      : periodOf(title, opening, kind);
  const late = kind === "gwr" && year.year !== undefined && (doc.head.dates.find((d) => d.delivered)?.month ?? 1) >= 10;
  const reviewYear =
    year.year === undefined
      ? undefined
      : (kind === "gwr" && !late) || (kind === "plan" && !("ofItsYear" in year))
        ? year.year - 1
        : year.year;
  // a plan reviews the year before its first and sets the targets of its last
  const planYear = year.year === undefined ? undefined : late || kind !== "gwr" ? year.year + 1 : year.year;
  return {
    kind,
    kindSource,
    ...(reviewYear !== undefined ? { reviewYear, planYear } : {}),
    ...(level ? { level } : {}),
    ...(place ? { place } : {}),
    ...(year.year !== undefined ? { year: year.year } : {}),
    yearSource: year.source,
    ...(year.note ? { yearNote: year.note } : {}),
    ...(period?.code ? { period: period.code, periodSource: period.source } : {}),
  };
}

/** The first paragraph's text: the opening words (各位代表：) count, however short. */
function firstParagraph(doc: DocumentText): string {
  for (const b of doc.blocks) if (b.kind === "paragraph" && b.reading.text.trim() !== "") return b.reading.text;
  return "";
}

/** The first paragraph long enough to open with a year or a part of the year (2023年，面对…; 4月份，…). */
function firstSentenceParagraph(doc: DocumentText): string {
  for (const b of doc.blocks) if (b.kind === "paragraph" && b.reading.text.length > 10) return b.reading.text;
  return "";
}

/** The kind whose title words the text holds, the longest word winning (统计公报 over 公报). */
function kindOf(text: string, where: "title" | "opening" = "title"): { kind: DocumentKind; where: string } | undefined {
  let best: { kind: DocumentKind; length: number } | undefined;
  for (const [kind, words] of Object.entries(DOCUMENT_KINDS) as [
    DocumentKind,
    (typeof DOCUMENT_KINDS)[DocumentKind],
  ][]) {
    const list: readonly string[] = where === "title" ? words.title : words.opening;
    for (const w of list) {
      const found = where === "title" ? text.includes(w) : text.startsWith(w);
      if (found && (!best || w.length > best.length)) best = { kind, length: w.length };
    }
  }
  return best && { kind: best.kind, where };
}

/** A place's name and its suffix at the start of a title or issuer (南京市, 黔东南苗族侗族自治州). */
const PLACE_NAMED = /([\p{Script=Han}]{2,8}?)(自治区|自治州|省|市|州|盟|县|旗|区)/u;

/**
 * What a title opens with before its place: 关于, the year and the part of it (2024年, 2024年1—6月, 2022年上半年),
 * no part of the place's name.
 */
const YEAR_AND_PERIOD = new RegExp(`^(?:关于)?(?:\\d{4}年(?:度)?(?:${SUB_YEAR})?)?`);

/** The level of the region a title or issuer names (南京市 a city, 国家统计局 the nation); `speech` reads 我代表省人民政府. */
function levelOf(text: string, speech = false): RegionLevel | undefined {
  const t = squeeze(text);
  if (speech) {
    const m = /我代表(国务院|.{0,6}?(省|自治区|市|州|县|区))人民政府/.exec(t);
    if (!m) return undefined;
    return m[1] === "国务院"
      ? "nation"
      : m[2] === "自治区" || m[2] === "省"
        ? "province"
        : m[2] === "市"
          ? "city"
          : m[2] === "州"
            ? "prefecture"
            : m[2] === "县"
              ? "county"
              : "district";
  }
  if (
    /中华人民共和国|国家统计局|国务院|^\d{4}年(?:度)?(?:我国|全国)|部$|总局/.test(t) ||
    /^(?:\d{4}年(?:度)?)?(?:我国|全国)/.test(t)
  )
    return "nation";
  const named = PLACE_NAMED.exec(t.replace(YEAR_AND_PERIOD, ""));
  if (!named) return undefined;
  for (const [level, { suffixes }] of Object.entries(REGION_LEVELS) as [
    RegionLevel,
    { suffixes: readonly string[] },
  ][]) {
    if (level !== "nation" && suffixes.includes(named[2] === "自治州" ? "州" : named[2]!)) return level;
  }
  return undefined;
}

/**
 * The level each 全X names as a text's own whole, from `REGION_LEVELS` (全市 a city's, 全县 a county's, 全区 a
 * district's, 全州 a prefecture's, 全省 a province's): the first level in this order whose words hold it.
 */
const OWN_WHOLES: ReadonlyMap<string, RegionLevel> = new Map(
  (["city", "county", "district", "prefecture", "province"] as const)
    .flatMap((level) => REGION_LEVELS[level].own.filter((w) => /^全./.test(w)).map((w) => [w, level] as const))
    .reverse(),
);

/** 全市 standing for a whole: at the start of a clause or after a time (全年全市…), not inside 健全市场 or 全区域. */
const WHOLE_WORD = new RegExp(
  `(?:^|[\\s，。；：、年末底])(${[...OWN_WHOLES.keys()].join("|")})(?![场域级面内部])`,
  "m",
);

/**
 * The level of a text whose title and issuer name no region: the one whose word for its own whole it prints first
 * (全年全市地区生产总值…，占全省… is a city's). 全国 is left out: a city's text compares with the nation.
 */
function levelOfWholes(text: string): RegionLevel | undefined {
  const first = WHOLE_WORD.exec(text)?.[1];
  return first === undefined ? undefined : OWN_WHOLES.get(first);
}

/** The name of the place a title or issuer names, without its suffix: 东莞 of 2024年东莞市国民经济和社会发展统计公报. */
function placeOf(text: string): string | undefined {
  const t = squeeze(text).replace(YEAR_AND_PERIOD, "");
  return PLACE_NAMED.exec(t)?.[1];
}

function yearOf(
  doc: DocumentText,
  kind: DocumentKind,
  title: string,
  firstText: string,
): { year?: number; source: Source; note?: string; ofItsYear?: boolean } {
  // 第十四个五年规划纲要: a plan is issued in its first year, reviewing the year before — unless its title names a
  // year within the plan's (…规划纲要2023年度实施情况); a year past them (…和2035年远景目标纲要) is the vision's
  const plan = kind === "plan" ? planNamed(title) : undefined;
  // (a title that prints the plan's years, （2021—2025年）, names no one year of it)
  const inTitle = /(?:19|20)\d\d\s*年?\s*[—\-~～至到]\s*(?:19|20)\d\d年/.test(title) ? null : YEAR.exec(title);
  if (plan !== undefined && (!inTitle || Number(inTitle[1]) > planYears(plan).to))
    return { year: planYears(plan).from + 1, source: "title" };
  // (a plan's report of one of its years reports on that year)
  if (inTitle) return { year: Number(inTitle[1]), source: "title", ...(plan !== undefined ? { ofItsYear: true } : {}) };
  // 第五次全国经济普查公报: of the census's year
  const census = censusNamed(title);
  if (census !== undefined) return { year: census, source: "title" };
  if (kind === "gwr") {
    const delivered = doc.head.dates.find((d) => d.delivered);
    if (delivered) return { year: delivered.year, source: "dateline" };
    // 一、2025年和“十四五”时期工作回顾: the year reviewed is the one before the report's; 三、2011年的工作, 2026年工作安排:
    // the report's own year; “十一五”时期…的回顾 with no year: the year after the plan reviewed
    let afterPlan: number | undefined;
    for (const b of doc.blocks) {
      if (b.kind !== "heading") continue;
      const heading = b.reading.text;
      const year = /((?:19|20)\d\d)年/.exec(heading)?.[1];
      const review = SECTION_ROLES.review.some((w) => heading.includes(w));
      if (year !== undefined && review) return { year: Number(year) + 1, source: "heading" };
      if (year !== undefined && (SECTION_ROLES.targets.some((w) => heading.includes(w)) || /工作/.test(heading)))
        return { year: Number(year), source: "heading" };
      const plan = review ? planNamed(heading) : undefined;
      if (plan !== undefined) afterPlan ??= planYears(plan).to + 1;
    }
    if (afterPlan !== undefined) return { year: afterPlan, source: "heading" };
  }
  // 2023年，面对…; 2024年是…; 2023年全年…: the year a report opens with
  const opening = /^((?:19|20)\d\d)年(?:度)?(?:，|是|全年|以来|，在|面对)/.exec(firstText);
  if (opening && kind !== "gwr") return { year: Number(opening[1]), source: "opening" };
  // nothing says it: the year the text names most often, assumed and said so
  const counts = new Map<number, number>();
  // (a year compared with, 比2023年, is a base, not the time of the figures)
  for (const m of doc.normalized.matchAll(/(?<![比较与同和是])((?:19|20)\d\d)\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const [most] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (!most) return { source: "assumed" };
  return {
    year: most[0],
    source: "assumed",
    note: `the text does not print its year in a title, dateline or opening; taken as ${most[0]}, the year it names most often (${most[1]}×)`,
  };
}

function periodOf(title: string, firstText: string, kind: DocumentKind): { code?: string; source: Source } | undefined {
  // 1月14日 is a date, not the month a report speaks of
  const inTitle = new RegExp(`(?:${SUB_YEAR})(?!\\d{1,2}日)`).exec(title);
  if (inTitle) return { code: readSubYearPeriod(inTitle[0])?.code, source: "title" };
  if (kind === "communique" || kind === "gwr" || kind === "census") return undefined;
  const opening = new RegExp(`^(?:今年|本年)?(${SUB_YEAR})[，,]`).exec(firstText);
  return opening ? { code: readSubYearPeriod(opening[1]!)?.code, source: "opening" } : undefined;
}
