import type { Unit } from "../units/index.js";

/**
 * A value as a planner reads it in a table: a share or rate as a percentage (`48.08%`), a percentage-point
 * change with its sign (`+4.80pp`), a level rounded to a sensible number of digits for its size (`276`,
 * `292.6`, `0.2283`). Exact values belong in JSON and in decimal-mode listings, not here.
 */
export function formatValue(value: number | null, unit: Unit | undefined): string {
  if (value === null) return "—";
  if (unit?.flavour === "percent") return `${trim(value * 100, 2)}%`;
  if (unit?.flavour === "pp") return `${value >= 0 ? "+" : ""}${trim(value * 100, 2)}pp`;
  return formatLevel(value);
}

/** A level with digits for its size: 4 significant digits, no fewer than the integer part. */
export function formatLevel(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return "0";
  if (abs >= 1000) return trim(value, 0);
  if (abs >= 100) return trim(value, 1);
  if (abs >= 1) return trim(value, 2);
  return String(Number(value.toPrecision(4)));
}

function trim(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/**
 * A margin or difference in a unit, with its sign and fixed decimals, so that a tiny margin reads as such:
 * `-0.16pp` for a share, `+0.00pp` for one just met, `0.00pp` for one exactly on its threshold, `-130.1` for a level.
 */
export function formatSigned(value: number | null, unit: Unit | undefined): string {
  if (value === null) return "—";
  // exactly on the threshold: no sign (a strict target there is unmet, a `>=` one met)
  const sign = value > 0 ? "+" : value < 0 ? "-" : "";
  if (unit && (unit.flavour === "percent" || unit.flavour === "pp"))
    return `${sign}${Math.abs(value * 100).toFixed(2)}pp`;
  return `${sign}${formatLevel(Math.abs(value))}`;
}

/**
 * A computed answer (a solved lever value) with enough digits to act on: four significant digits, as a
 * percentage, points or a level (`-3.471%`, `+0.5550pp`, `1.771`).
 */
export function formatPrecise(value: number | null, unit: Unit | undefined): string {
  if (value === null) return "—";
  const four = (x: number) => String(Number(x.toPrecision(4)));
  if (unit?.flavour === "percent") return `${four(value * 100)}%`;
  if (unit?.flavour === "pp") return `${value >= 0 ? "+" : ""}${four(value * 100)}pp`;
  return Math.abs(value) >= 1000 ? formatLevel(value) : four(value);
}
