import type { Language } from "../core/index.js";
import type { Projection } from "../evaluation/index.js";
import { labelIn, type IndicatorInfo } from "../structure/index.js";
import { isWholeCount } from "../units/index.js";
import { formatSigned, formatValue } from "./format-number.js";
import { docText, table, type Column, type Doc } from "./text-table.js";
import { targetName, words } from "./words.js";

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
 * The time series of a projection: one row per indicator (its label in `lang`, its id, its unit), one column per
 * year, projected years marked `*`, backcast values `~`, assumptions `†`, cells without a value `—` (the notes say
 * why). Indicators with one value in every year are left to `formatConstants`.
 */
export function formatProjectionTable(
  projection: Projection,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(projectionDoc(projection, lang), width);
}

/** {@link formatProjectionTable} as a document. */
export function projectionDoc(projection: Projection, lang: Language = "zh"): Doc {
  const { structure } = projection;
  const base = structure.timeline.baseYear;
  const assumptions = new Set(projection.assumptions);
  const w = words(lang);
  const columns: Column[] = [
    { header: w.indicator },
    { header: w.id },
    { header: w.unit },
    ...structure.timeline.years.map((y) => ({
      header: y > base ? `${y}${PROJECTED_MARK}` : String(y),
      align: "right" as const,
    })),
  ];
  const rows = structure.indicators
    .filter((info) => !isConstant(projection, info))
    .map((info) => [
      labelIn(info.label, info.id, lang) + (assumptions.has(info.id) ? ASSUMPTION_MARK : ""),
      info.id,
      info.unit?.name ?? "",
      ...structure.timeline.years.map((y) => {
        const text = formatValue(projection.get(info.id, y), info.unit);
        return projection.source(info.id, y) === "backcast" && text !== "—" ? `${BACKCAST_MARK}${text}` : text;
      }),
    ]);
  return [
    table(columns, rows),
    lang === "zh"
      ? `${PROJECTED_MARK} ${w.projectedYear}（${base}年${w.after}）   ${BACKCAST_MARK} ${w.backcast}   ${ASSUMPTION_MARK} ${w.assumption}   — ${w.noValueNote}`
      : `${PROJECTED_MARK} ${w.projectedYear} (${w.after} ${base})   ${BACKCAST_MARK} ${w.backcast}   ${ASSUMPTION_MARK} ${w.assumption}   — ${w.noValueNote}`,
  ];
}

/**
 * Counts (家, 个, 人 …) that a formula or projection made fractional — 2.5 hotels opened, from an assumed pace of
 * one every two years: each such indicator once, with its last such year and the whole number it means there
 * (the count reached, the fraction being under way). Inputs are left out: a pace of 0.5 a year is an average, not
 * a count. Empty when there are none.
 */
export function formatFractionalCounts(projection: Projection, lang: Language = "zh"): string {
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
    const name = labelIn(info.label, info.id, lang);
    const shown = `${formatValue(value, info.unit)}${lang === "zh" ? "" : " "}${info.unit.name}`;
    if (lang === "zh") {
      const earlier = years.length > 1 ? `（此前另有${years.length - 1}年）` : "";
      lines.push(
        `  ${name}：${last}年${shown}${earlier}即${Math.trunc(value)}${info.unit.name}整数，小数部分来自平均进度`,
      );
    } else {
      const earlier =
        years.length > 1 ? ` (and in ${years.length - 1} earlier year${years.length > 2 ? "s" : ""})` : "";
      lines.push(
        `  ${name}: ${shown} in ${last}${earlier} is ${Math.trunc(value)} whole ${info.unit.name}; the fraction comes from an average pace`,
      );
    }
  }
  return lines.join("\n");
}

/** Indicators with one value in every year (inputs and derived constants): label, id, value, unit. */
export function formatConstants(
  projection: Projection,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(constantsDoc(projection, lang), width);
}

/** {@link formatConstants} as a document. */
export function constantsDoc(projection: Projection, lang: Language = "zh"): Doc {
  const assumptions = new Set(projection.assumptions);
  const w = words(lang);
  const rows = projection.structure.indicators
    .filter((info) => isConstant(projection, info))
    .map((info) => [
      labelIn(info.label, info.id, lang) + (assumptions.has(info.id) ? ASSUMPTION_MARK : ""),
      info.id,
      formatValue(projection.get(info.id, projection.years[0]!), info.unit),
      info.unit?.name ?? "",
    ]);
  return [
    table(
      [{ header: w.inputOrConstant }, { header: w.id }, { header: w.value, align: "right" }, { header: w.unit }],
      rows,
    ),
  ];
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
export function formatAssumptions(
  projection: Projection,
  lang: Language = "zh",
  width = Number.POSITIVE_INFINITY,
): string {
  return docText(assumptionsDoc(projection, lang), width);
}

/** {@link formatAssumptions} as a document. */
export function assumptionsDoc(projection: Projection, lang: Language = "zh"): Doc {
  const { structure } = projection;
  const w = words(lang);
  const rows = projection.assumptions.map((id) => {
    const info = structure.indicatorById.get(id)!;
    const notes = [
      info.note,
      ...[...info.history.entries()].filter(([, h]) => h.assumption).map(([y, h]) => `${y}: ${h.note ?? "assumed"}`),
    ];
    return [labelIn(info.label, id, lang), id, notes.filter(Boolean).join("; ")];
  });
  if (rows.length === 0) return [w.noAssumptions];
  return [table([{ header: w.assumption }, { header: w.id }, { header: w.why }], rows)];
}

/** Marks a target that float found on its threshold and decimal evaluation decided. */
export const DECIDED_MARK = "‡";

/** The legend of {@link DECIDED_MARK}, printed under a table of targets that has one. */
export function decidedNote(lang: Language): string {
  return `${DECIDED_MARK} ${words(lang).decided}`;
}

/**
 * The targets of a projection: met or not, value, threshold and margin (negative when unmet); a target on its
 * threshold within float rounding is marked as decided in decimal mode.
 */
export function formatTargets(projection: Projection, lang: Language = "zh", width = Number.POSITIVE_INFINITY): string {
  return docText(targetsDoc(projection, lang), width);
}

/** {@link formatTargets} as a document. */
export function targetsDoc(projection: Projection, lang: Language = "zh"): Doc {
  const w = words(lang);
  if (projection.targets.length === 0) return [w.noTargets];
  const rows = projection.targets.map((t) => [
    targetName(projection.structure, t.id, lang),
    t.id,
    t.kind ?? "",
    t.check,
    (t.met === null ? "?" : t.met ? w.met : w.notMet) + (t.decidedBy ? DECIDED_MARK : ""),
    formatValue(t.value, t.unit),
    formatValue(t.threshold, t.unit),
    t.met === null ? (t.reason ?? "") : formatSigned(t.margin, t.unit),
    t.firstYear ? String(t.firstYear) : "",
  ]);
  return [
    table(
      [
        { header: w.target },
        { header: w.id },
        { header: w.kind },
        { header: w.check },
        { header: w.result },
        { header: w.value, align: "right" },
        { header: w.threshold, align: "right" },
        { header: w.margin, align: "right" },
        { header: w.firstMet, align: "right" },
      ],
      rows,
    ),
    ...(projection.targets.some((t) => t.decidedBy) ? [decidedNote(lang)] : []),
  ];
}
