import type { Projection } from "../evaluation/index.js";
import type { IndicatorInfo } from "../structure/index.js";
import { isWholeCount } from "../units/index.js";
import { formatSigned, formatValue } from "./format-number.js";
import { bilingual } from "./labels.js";
import { docText, table, type Column, type Doc } from "./text-table.js";

/** Marks an indicator whose inputs the source does not give. */
export const ASSUMPTION_MARK = "†";
/** Marks a projected year (after the base year). */
export const PROJECTED_MARK = "*";
/** Marks a value backcast from a later year (before the base year, not reported). */
export const BACKCAST_MARK = "~";

/** True when an indicator has one value in every year and none of it is reported: an input or a derived constant. */
export function isConstant(projection: Projection, info: IndicatorInfo): boolean {
  if (info.history.size > 0) return false;
  const values = projection.series(info.id);
  return values.every((v) => v !== null && v === values[0]);
}

/**
 * The time series of a projection: one row per indicator (id and unit), one column per year, projected years
 * marked `*`, backcast values `~`, assumptions `†`, cells without a value `—` (the notes say why). Indicators
 * with one value in every year are left to {@link formatConstants}.
 */
export function formatProjectionTable(projection: Projection): string {
  return docText(projectionDoc(projection));
}

/** {@link formatProjectionTable} as a document. */
export function projectionDoc(projection: Projection): Doc {
  const { structure } = projection;
  const base = structure.timeline.baseYear;
  const assumptions = new Set(projection.assumptions);
  const columns: Column[] = [
    { header: "indicator" },
    { header: "unit" },
    ...structure.timeline.years.map((y) => ({
      header: y > base ? `${y}${PROJECTED_MARK}` : String(y),
      align: "right" as const,
    })),
  ];
  const rows = structure.indicators
    .filter((info) => !isConstant(projection, info))
    .map((info) => [
      info.id + (assumptions.has(info.id) ? ASSUMPTION_MARK : ""),
      info.unit?.name ?? "",
      ...structure.timeline.years.map((y) => {
        const text = formatValue(projection.get(info.id, y), info.unit);
        return projection.source(info.id, y) === "backcast" && text !== "—" ? `${BACKCAST_MARK}${text}` : text;
      }),
    ]);
  return [
    table(columns, rows),
    `${PROJECTED_MARK} projected year (after ${base})   ${BACKCAST_MARK} backcast from a later year   ${ASSUMPTION_MARK} assumption   — no value (see the notes)`,
  ];
}

/**
 * Counts (家, 个, 人 …) that a formula or projection made fractional — 2.5 hotels opened, from an assumed pace of
 * one every two years: each such indicator once, with its last such year and the whole number it means there
 * (the count reached, the fraction being under way). Inputs are left out: a pace of 0.5 a year is an average, not
 * a count. Empty when there are none.
 */
export function formatFractionalCounts(projection: Projection): string {
  const { structure } = projection;
  const lines: string[] = [];
  for (const info of structure.indicators) {
    if (!info.unit || !isWholeCount(info.unit)) continue;
    const years = projection.years.filter((y) => {
      const v = projection.get(info.id, y);
      return (
        v !== null &&
        projection.source(info.id, y) !== "input" &&
        Math.abs(v - Math.round(v)) > 1e-9 * Math.max(1, Math.abs(v))
      );
    });
    const last = years[years.length - 1];
    if (last === undefined) continue;
    const value = projection.get(info.id, last)!;
    const earlier = years.length > 1 ? ` (and in ${years.length - 1} earlier year${years.length > 2 ? "s" : ""})` : "";
    lines.push(
      `  ${info.id}: ${formatValue(value, info.unit)} ${info.unit.name} in ${last}${earlier} is ${Math.trunc(value)} whole ${info.unit.name}; the fraction comes from an average pace`,
    );
  }
  return lines.join("\n");
}

/** Indicators with one value in every year (inputs and derived constants): id, labels, value, unit. */
export function formatConstants(projection: Projection): string {
  return docText(constantsDoc(projection));
}

/** {@link formatConstants} as a document. */
export function constantsDoc(projection: Projection): Doc {
  const assumptions = new Set(projection.assumptions);
  const rows = projection.structure.indicators
    .filter((info) => isConstant(projection, info))
    .map((info) => [
      info.id + (assumptions.has(info.id) ? ASSUMPTION_MARK : ""),
      bilingual(info.label),
      formatValue(projection.get(info.id, projection.years[0]!), info.unit),
      info.unit?.name ?? "",
    ]);
  return [
    table(
      [{ header: "input or constant" }, { header: "label" }, { header: "value", align: "right" }, { header: "unit" }],
      rows,
    ),
  ];
}

/** Every indicator's Chinese and English label and unit: the key to the projection table's ids. */
export function formatLegend(projection: Projection): string {
  const rows = projection.structure.indicators
    .filter((info) => !isConstant(projection, info))
    .map((info) => [info.id, info.label.zh ?? "", info.label.en ?? "", info.unit?.name ?? ""]);
  return docText([table([{ header: "indicator" }, { header: "指标" }, { header: "label" }, { header: "unit" }], rows)]);
}

/**
 * Decimal-mode results, exactly: one line per cell with a value, `id  year  value  [how]`. A table would have
 * to round them; this listing does not. Shares and changes are plain ratios (48.08% is 0.4808).
 */
export function formatProjectionExact(projection: Projection): string {
  const { structure } = projection;
  const lines: string[] = [];
  for (const info of structure.indicators) {
    const unit =
      info.unit && info.unit.flavour === "none" && info.unit.name !== "1"
        ? ` ${info.unit.name}`
        : info.unit
          ? " (ratio)"
          : "";
    for (const year of structure.timeline.years) {
      const exact = projection.exact(info.id, year);
      if (exact !== null) lines.push(`${info.id}  ${year}  ${exact}${unit}  [${projection.source(info.id, year)}]`);
    }
  }
  return lines.join("\n");
}

/** The assumptions of a model: each input the source does not give, with the note saying why its value. */
export function formatAssumptions(projection: Projection): string {
  return docText(assumptionsDoc(projection));
}

/** {@link formatAssumptions} as a document. */
export function assumptionsDoc(projection: Projection): Doc {
  const { structure } = projection;
  const rows = projection.assumptions.map((id) => {
    const info = structure.indicatorById.get(id)!;
    const notes = [
      info.note,
      ...[...info.history.entries()].filter(([, h]) => h.assumption).map(([y, h]) => `${y}: ${h.note ?? "assumed"}`),
    ];
    return [id, info.label.zh ?? info.label.en ?? "", notes.filter(Boolean).join("; ")];
  });
  if (rows.length === 0) return ["No assumptions: every input comes from the source."];
  return [table([{ header: "assumption" }, { header: "label" }, { header: "why this value" }], rows)];
}

/** Marks a target that float found on its threshold and decimal evaluation decided. */
export const DECIDED_MARK = "‡";

/** The legend of {@link DECIDED_MARK}, printed under a table of targets that has one. */
export const DECIDED_NOTE = `${DECIDED_MARK} on its threshold to within float rounding: decided in decimal mode (exact)`;

/**
 * The targets of a projection: met or not, value, threshold and margin (negative when unmet); a target on its
 * threshold within float rounding is marked as decided in decimal mode.
 */
export function formatTargets(projection: Projection): string {
  return docText(targetsDoc(projection));
}

/** {@link formatTargets} as a document. */
export function targetsDoc(projection: Projection): Doc {
  if (projection.targets.length === 0) return ["No targets."];
  const rows = projection.targets.map((t) => [
    t.id,
    t.kind ?? "",
    t.check,
    (t.met === null ? "?" : t.met ? "✓ met" : "✗ NOT met") + (t.decidedBy ? DECIDED_MARK : ""),
    formatValue(t.value, t.unit),
    formatValue(t.threshold, t.unit),
    t.met === null ? (t.reason ?? "") : formatSigned(t.margin, t.unit),
    t.firstYear ? String(t.firstYear) : "",
  ]);
  return [
    table(
      [
        { header: "target" },
        { header: "kind" },
        { header: "check" },
        { header: "result" },
        { header: "value", align: "right" },
        { header: "threshold", align: "right" },
        { header: "margin", align: "right" },
        { header: "first met", align: "right" },
      ],
      rows,
    ),
    ...(projection.targets.some((t) => t.decidedBy) ? [DECIDED_NOTE] : []),
  ];
}
