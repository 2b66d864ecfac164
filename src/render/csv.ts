import { UTF8_BOM, csvText, type CsvCell } from "../core/index.js";
import type { Model, Projection } from "../evaluation/index.js";
import type { SimulationResult } from "../montecarlo/index.js";
import type { ScenarioComparison } from "../scenarios/index.js";
import type { SweepResult } from "../targets/index.js";

/**
 * Results as CSV for spreadsheets, in tidy long form (one value per row), UTF-8 with a byte order mark so that
 * Excel opens Chinese labels correctly. Values are plain numbers in the indicator's unit: a share or rate as a
 * ratio (48.08% is 0.4808, the unit column says %), as in the JSON.
 */

const PROJECTION_COLUMNS = ["scenario", "indicator", "label", "unit", "year", "value", "rule"];

function projectionRows(projection: Projection): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const info of projection.structure.indicators) {
    const label = info.label.zh ?? info.label.en ?? "";
    for (const year of projection.years)
      rows.push([
        projection.scenario,
        info.id,
        label,
        info.unit?.name ?? "",
        year,
        projection.get(info.id, year),
        projection.source(info.id, year),
      ]);
  }
  return rows;
}

/** A projection: scenario, indicator, label, unit, year, value (empty where the cell has none), and how the cell got it (history, formula, projection, input …). */
export function projectionCsv(projection: Projection): string {
  return UTF8_BOM + csvText(PROJECTION_COLUMNS, projectionRows(projection));
}

/** Scenarios side by side: each scenario's projection, in the columns of {@link projectionCsv}. */
export function comparisonCsv(comparison: ScenarioComparison): string {
  return (
    UTF8_BOM +
    csvText(
      PROJECTION_COLUMNS,
      comparison.scenarios.flatMap((s) => projectionRows(comparison.projections.get(s)!)),
    )
  );
}

/**
 * A simulation's quantiles: scenario, indicator, label, unit, year, quantile (p5, p25, p50, p75, p95, mean), value;
 * then each target's probability in the same columns: the target's id and label for the indicator's, unit `%`, no
 * year, and `probability`, `probability_low` and `probability_high` (its 95% interval) for the quantile.
 */
export function simulationCsv(result: SimulationResult, model: Model): string {
  const rows: CsvCell[][] = [];
  for (const [id, years] of Object.entries(result.quantiles)) {
    const info = model.structure.indicatorById.get(id);
    for (const [year, q] of Object.entries(years)) {
      for (const quantile of ["p5", "p25", "p50", "p75", "p95", "mean"] as const) {
        const value = q[quantile];
        rows.push([
          result.scenario,
          id,
          info?.label.zh ?? info?.label.en ?? "",
          info?.unit?.name ?? "",
          Number(year),
          quantile,
          Number.isNaN(value) ? null : value,
        ]);
      }
    }
  }
  for (const target of result.targets) {
    const info = model.structure.targets.find((t) => t.id === target.id);
    const at = [result.scenario, target.id, info?.label.zh ?? info?.label.en ?? "", "%", null];
    rows.push(
      [...at, "probability", target.probability],
      [...at, "probability_low", target.ci[0]],
      [...at, "probability_high", target.ci[1]],
    );
  }
  return UTF8_BOM + csvText(["scenario", "indicator", "label", "unit", "year", "quantile", "value"], rows);
}

/**
 * A sweep: at each lever value (and second lever's, for a grid), each target met or not with its margin, and each
 * cell shown with its value — `kind` says which (target or cell).
 */
export function sweepCsv(result: SweepResult, model: Model): string {
  const rows: CsvCell[][] = [];
  const unitOf = (id: string) => model.structure.indicatorById.get(id.replace(/\[.*$/, ""))?.unit?.name ?? "";
  for (const p of result.points) {
    const at = [result.scenario, result.lever, p.value, result.lever2 ?? null, p.value2 ?? null];
    for (const [id, met] of Object.entries(p.targets)) rows.push([...at, "target", id, "", met, p.margins[id] ?? null]);
    for (const [cell, value] of Object.entries(p.values)) rows.push([...at, "cell", cell, unitOf(cell), null, value]);
  }
  return (
    UTF8_BOM +
    csvText(["scenario", "lever", "lever_value", "lever2", "lever2_value", "kind", "id", "unit", "met", "value"], rows)
  );
}
