import type { Interval } from "../core/index.js";

/** How an interval reads: as a percentage (ratios), in percentage points, or as a level with its unit. @inline */
export type Scale =
  | { readonly kind: "percent" }
  | { readonly kind: "pp" }
  | { readonly kind: "level"; readonly unit?: string };

const MINUS = "−";

function show(value: number, decimals: number, scale: Scale): string {
  const shown = scale.kind === "level" ? value : value * 100;
  // a double holds 17 significant digits: decimals past 20 (a figure printed with 120) show nothing more
  const text = Math.abs(shown).toFixed(Math.min(decimals, 20));
  const sign = shown < 0 && Number(text) !== 0 ? MINUS : "";
  return scale.kind === "percent" ? `${sign}${text}%` : scale.kind === "pp" ? `${sign}${text}pp` : `${sign}${text}`;
}

/** Decimals from `decimals` up, until the two ends of an interval print differently. */
function decimalsFor(lo: number, hi: number, decimals: number, scale: Scale): number {
  let d = decimals;
  while (d < 8 && lo !== hi && show(lo, d, scale) === show(hi, d, scale)) d++;
  return d;
}

/**
 * An interval in words a planner reads: `5.08%–5.20%`, `at most 0.2305 吨标准煤/万元`, `214.4–215.2 亿元`,
 * `−3.00% to 5.00%`. Decimals grow from `decimals` until the two ends differ, so a narrow interval is not
 * shown as one number.
 */
export function describeInterval(
  interval: Interval | null,
  scale: Scale,
  decimals = 2,
  language: "en" | "zh" = "en",
): string {
  const text = intervalWords(interval, scale, decimals, language);
  // 27.85—28.95个百分点: in Chinese the points are named once, after the numbers
  return language === "zh" && scale.kind === "pp" && interval ? `${text.replaceAll("pp", "")}个百分点` : text;
}

function intervalWords(interval: Interval | null, scale: Scale, decimals: number, language: "en" | "zh"): string {
  if (!interval) return language === "zh" ? "无法确定" : "undetermined";
  const unit = scale.kind === "level" && scale.unit && scale.unit !== "1" ? ` ${scale.unit}` : "";
  const lo = interval.lo?.toNumber();
  const hi = interval.hi?.toNumber();
  if (lo === undefined && hi === undefined) return language === "zh" ? "任意值" : "any value";
  if (lo === undefined || (lo === 0 && hi !== undefined && hi > 0)) {
    return `${language === "zh" ? "不超过" : "at most "}${show(hi!, decimals, scale)}${unit}`;
  }
  if (hi === undefined) return `${language === "zh" ? "不低于" : "at least "}${show(lo, decimals, scale)}${unit}`;
  const d = decimalsFor(lo, hi, decimals, scale);
  const a = show(lo, d, scale);
  const b = show(hi, d, scale);
  if (a === b) return `${a}${unit}`;
  const separator = lo < 0 ? (language === "zh" ? "至" : " to ") : "–";
  return `${a}${separator}${b}${unit}`;
}

/**
 * A change (a ratio: −0.2034 is a fall of 20.34%) in words: `a rise of 5.08%–5.20%`, `a fall of 4.445%–4.447%`,
 * `a fall of at least 25.14%` / `增长5.08%—5.20%`, `下降25.14%以上`. A change that may go either way reads as an
 * interval.
 */
export function describeChange(interval: Interval | null, decimals = 2, language: "en" | "zh" = "en"): string {
  const pct: Scale = { kind: "percent" };
  if (!interval) return describeInterval(null, pct, decimals, language);
  const lo = interval.lo?.toNumber();
  const hi = interval.hi?.toNumber();
  const magnitude = (a: number | undefined, b: number | undefined): string => {
    // a ≤ b are magnitudes (ratios); b undefined means unbounded.
    if (b === undefined)
      return language === "zh" ? `${show(a!, decimals, pct)}以上` : `at least ${show(a!, decimals, pct)}`;
    const d = decimalsFor(a!, b, decimals, pct);
    const x = show(a!, d, pct);
    const y = show(b, d, pct);
    return x === y ? x : `${x}${language === "zh" ? "—" : "–"}${y}`;
  };
  if (lo !== undefined && lo >= 0) return `${language === "zh" ? "增长" : "a rise of "}${magnitude(lo, hi)}`;
  if (hi !== undefined && hi <= 0) {
    const floor = lo === undefined || lo <= -1 ? undefined : -lo;
    return `${language === "zh" ? "下降" : "a fall of "}${magnitude(-hi, floor)}`;
  }
  if ((lo === undefined || lo <= -1) && hi !== undefined) {
    return language === "zh" ? `增长不超过${show(hi, decimals, pct)}` : `at most a rise of ${show(hi, decimals, pct)}`;
  }
  return describeInterval(interval, pct, decimals, language);
}

/**
 * A compound average annual rate in words: `a compound average of 5.13%–5.15% a year`, `a compound average fall
 * of 4.445%–4.447% a year` / `年均增长5.13%—5.15%`, `年均下降4.445%—4.447%`.
 */
export function describeAverage(interval: Interval | null, decimals = 2, language: "en" | "zh" = "en"): string {
  const words = describeChange(interval, decimals, language);
  if (language === "zh") return `年均${words}`;
  if (words.startsWith("a rise of ")) return `a compound average of ${words.slice("a rise of ".length)} a year`;
  if (words.startsWith("a fall of ")) return `a compound average fall of ${words.slice("a fall of ".length)} a year`;
  return `a compound average of ${words} a year`;
}

/** `2016–2021` / `2016—2021年`. */
export function describePeriod(from: number, to: number, language: "en" | "zh" = "en"): string {
  return language === "zh" ? `${from}—${to}年` : `${from}–${to}`;
}

/** The interval as JSON: `[lo, hi]` numbers, `null` for an unbounded end. */
export function intervalToJson(interval: Interval | null): [number | null, number | null] | null {
  if (!interval) return null;
  return [interval.lo?.toNumber() ?? null, interval.hi?.toNumber() ?? null];
}
