import { Dec, type Interval } from "../core/index.js";

/** How an interval reads: as a percentage (ratios), in percentage points, or as a level with its unit. @inline */
export type Scale =
  | { readonly kind: "percent" }
  | { readonly kind: "pp" }
  | { readonly kind: "level"; readonly unit?: string };

const MINUS = "−";

/**
 * How an end of an interval is rounded to be shown: a lower end down and an upper end up, so that what is shown
 * holds the interval (`不低于3.8` for a least value of 3.8596, never `不低于3.9`).
 */
type Rounding = "down" | "up";

function show(value: Dec, decimals: number, scale: Scale, rounding: Rounding): string {
  const scaled = scale.kind === "level" ? value : value.times(100);
  // decimals past 20 (a figure printed with 120) show nothing a planner reads
  const d = Math.min(decimals, 20);
  const rounded = scaled.toDecimalPlaces(d, rounding === "down" ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL);
  const text = rounded.abs().toFixed(d);
  const sign = rounded.isNegative() && !rounded.isZero() ? MINUS : "";
  return scale.kind === "percent" ? `${sign}${text}%` : scale.kind === "pp" ? `${sign}${text}pp` : `${sign}${text}`;
}

/**
 * Decimals from `decimals` up, until the interval as shown (its ends rounded outward) is at most twice as wide as
 * it is, so that a narrow interval is not shown as a wide one (4.444%–4.448%, not 4.44%–4.45% for 4.4449%–4.4474%).
 */
function decimalsFor(lo: Dec, hi: Dec, decimals: number, scale: Scale): number {
  const factor = scale.kind === "level" ? 1 : 100;
  const width = hi.minus(lo).times(factor);
  let d = decimals;
  const shownWidth = (places: number) =>
    hi
      .times(factor)
      .toDecimalPlaces(places, Dec.ROUND_CEIL)
      .minus(lo.times(factor).toDecimalPlaces(places, Dec.ROUND_FLOOR));
  while (d < 8 && width.gt(0) && shownWidth(d).gt(width.times(2))) d++;
  return d;
}

/**
 * An interval in words a planner reads: `5.08%–5.20%`, `at most 0.2305 吨标准煤/万元`, `214.4–215.2 亿元`,
 * `−3.00% to 5.00%`. Each end is rounded outward (a lower end down, an upper one up), so that the words hold the
 * interval; decimals grow from `decimals` until the words are not much wider than the interval.
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
  const { lo, hi } = interval;
  if (lo === null && hi === null) return language === "zh" ? "任意值" : "any value";
  if (lo === null || (lo.isZero() && hi?.gt(0))) {
    return `${language === "zh" ? "不超过" : "at most "}${show(hi!, decimals, scale, "up")}${unit}`;
  }
  if (hi === null) return `${language === "zh" ? "不低于" : "at least "}${show(lo, decimals, scale, "down")}${unit}`;
  const d = decimalsFor(lo, hi, decimals, scale);
  const a = show(lo, d, scale, "down");
  const b = show(hi, d, scale, "up");
  if (a === b) return `${a}${unit}`;
  const separator = lo.isNegative() ? (language === "zh" ? "至" : " to ") : "–";
  return `${a}${separator}${b}${unit}`;
}

/**
 * A change (a ratio: −0.2034 is a fall of 20.34%) in words: `a rise of 5.08%–5.20%`, `a fall of 4.444%–4.448%`,
 * `a fall of at least 25.14%` / `增长5.08%—5.20%`, `下降25.14%以上`. A change that may go either way reads as an
 * interval. Magnitudes are rounded outward too: the smaller down, the larger up.
 */
export function describeChange(interval: Interval | null, decimals = 2, language: "en" | "zh" = "en"): string {
  const pct: Scale = { kind: "percent" };
  if (!interval) return describeInterval(null, pct, decimals, language);
  const { lo, hi } = interval;
  const minusOne = new Dec(-1);
  const magnitude = (a: Dec, b: Dec | null): string => {
    // a ≤ b are magnitudes (ratios); b null means unbounded.
    if (b === null)
      return language === "zh" ? `${show(a, decimals, pct, "down")}以上` : `at least ${show(a, decimals, pct, "down")}`;
    const d = decimalsFor(a, b, decimals, pct);
    const x = show(a, d, pct, "down");
    const y = show(b, d, pct, "up");
    return x === y ? x : `${x}${language === "zh" ? "—" : "–"}${y}`;
  };
  if (lo?.gte(0)) return `${language === "zh" ? "增长" : "a rise of "}${magnitude(lo, hi)}`;
  if (hi?.lte(0)) {
    const floor = lo === null || lo.lte(minusOne) ? null : lo.negated();
    return `${language === "zh" ? "下降" : "a fall of "}${magnitude(hi.negated(), floor)}`;
  }
  if ((lo === null || lo.lte(minusOne)) && hi !== null) {
    const most = show(hi, decimals, pct, "up");
    return language === "zh" ? `增长不超过${most}` : `at most a rise of ${most}`;
  }
  return describeInterval(interval, pct, decimals, language);
}

/**
 * A compound average annual rate in words: `a compound average of 5.13%–5.16% a year`, `a compound average fall
 * of 4.444%–4.448% a year` / `年均增长5.13%—5.16%`, `年均下降4.444%—4.448%`.
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
