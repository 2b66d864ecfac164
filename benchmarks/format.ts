/** How the benchmark reports write numbers and tables. */
/** A count with thousands separators. */
export const n = (chains: number): string => chains.toLocaleString("en-US");

/** Milliseconds to three significant places or so. */
export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 1) return value.toFixed(2);
  if (value >= 0.01) return value.toFixed(3);
  return value.toPrecision(2);
}

/** A ratio as `1.23×`. */
export function ratio(value: number): string {
  return value >= 100 ? `${value.toFixed(0)}×` : value >= 10 ? `${value.toFixed(1)}×` : `${value.toFixed(2)}×`;
}

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The middle half of a figure's rounds (first to third quartile), as `[1.20–1.31]`; the unit is the figure's. */
export function iqr(spread: { readonly q1: number; readonly q3: number }, format: (v: number) => string = ms): string {
  return `[${format(spread.q1)}–${format(spread.q3)}]`;
}

/** The fastest and slowest of a few runs, as `[1.20–1.31]`. */
export function minMax(
  spread: { readonly min: number; readonly max: number },
  format: (v: number) => string = ms,
): string {
  return `[${format(spread.min)}–${format(spread.max)}]`;
}
