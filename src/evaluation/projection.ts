import {
  INSPECT,
  JUPYTER_DISPLAY,
  csvOf,
  htmlElement,
  presentation,
  tableBundle,
  type DocumentLike,
  type Issue,
  type MimeBundle,
  type NumberMode,
} from "../core/index.js";
import {
  ruleName,
  type CellRuleCode,
  type IndicatorInfo,
  type ModelStructure,
  type TargetInfo,
} from "../structure/index.js";
import type { Unit } from "../units/index.js";
import type { CellProblem } from "./evaluate.js";
import type { TargetResult } from "./target-condition.js";

/** A target's result with its definition, as a projection reports it. */
export interface TargetOutcome extends TargetResult<number> {
  readonly label: TargetInfo["label"];
  readonly kind?: TargetInfo["kind"];
  readonly quote?: string;
  readonly check: string;
  /** The target's unit (of value, threshold and margin), when it has one. */
  readonly unit?: Unit;
  /** The inputs marked as assumptions that the target rests on. */
  readonly assumptions: readonly string[];
  /**
   * `decimal` when float mode found the target on its threshold within float rounding and decimal evaluation
   * decided it (see `onThreshold`); `value`, `threshold`, `margin` and `exact` are then decimal's.
   */
  readonly decidedBy?: "decimal";
  /** In decimal mode (or when decided in decimal), the exact value, threshold and margin. */
  readonly exact?: { readonly value: string | null; readonly threshold: string | null; readonly margin: string | null };
}

/** The `run --json` shape (a contract with scripts: fields are added, never renamed). */
export interface RunJson {
  readonly scenario: string;
  readonly mode: NumberMode;
  readonly years: number[];
  readonly values: Record<string, Record<string, number | string | null>>;
  readonly units: Record<string, string | null>;
  /** Each indicator's labels, where the model gives them: `{ zh: 地区生产总值, en: GDP }`. */
  readonly labels: Record<string, { zh?: string; en?: string }>;
  readonly targets: {
    id: string;
    /** The target's labels, where the model gives them. */
    label?: { zh?: string; en?: string };
    met: boolean | null;
    value: number | string | null;
    threshold: number | string | null;
    margin: number | string | null;
    unit?: string;
    reason?: string;
    firstYear?: number | null;
    decidedBy?: "decimal";
    assumptions: string[];
  }[];
  readonly issues: Issue[];
  readonly assumptions: string[];
}

/** Every cell of a projection: its value (meaningful where it has not failed), failed flag and problem. */
export interface ProjectedCells {
  readonly values: Float64Array;
  readonly failed: Uint8Array;
  readonly problems: ReadonlyMap<number, CellProblem>;
}

/** What a projection holds, as built by the model's `run`. */
export interface ProjectionData {
  readonly structure: ModelStructure;
  readonly scenario: string;
  readonly mode: NumberMode;
  /**
   * The cells, asked for when read: a run may leave them in a buffer the model reuses, and give the projection
   * its own copy only once the buffer has been used again (see `Model.run`).
   */
  readonly cells: () => ProjectedCells;
  /** Exact decimal text per cell, in decimal mode. */
  readonly exact?: readonly (string | undefined)[];
  readonly targets: readonly TargetOutcome[];
  readonly issues: readonly Issue[];
}

/**
 * The indicators of a model projected year by year under one scenario: every cell's value or the reason it has
 * none, how each cell got its value (reported, formula, projected, input), and the targets.
 */
export class Projection {
  readonly scenario: string;
  readonly mode: NumberMode;
  /** Target results, in the order of the model file. */
  readonly targets: readonly TargetOutcome[];
  /** Build warnings and notes, then one issue per failed indicator and cause. */
  readonly issues: readonly Issue[];
  readonly #data: ProjectionData;

  constructor(data: ProjectionData) {
    this.#data = data;
    this.scenario = data.scenario;
    this.mode = data.mode;
    this.targets = data.targets;
    this.issues = data.issues;
  }

  /** The timeline's years. */
  get years(): number[] {
    return this.#data.structure.timeline.years;
  }

  /** The ids of the indicators, in the model's order. */
  get ids(): string[] {
    return this.#data.structure.indicators.map((i) => i.id);
  }

  /** The ids of the inputs marked `assumption: true`: what the source does not give. */
  get assumptions(): string[] {
    return this.#data.structure.indicators.filter(isAssumption).map((i) => i.id);
  }

  #cell(id: string, year: number): number {
    const info = this.#data.structure.indicatorById.get(id);
    if (!info) throw new RangeError(`'${id}' is not an indicator of this model`);
    const cell = this.#data.structure.layout.cellInYear(info.slot, year);
    if (cell < 0) throw new RangeError(`${year} lies outside the timeline ${this.#data.structure.timeline}`);
    return cell;
  }

  /**
   * The value of `id` in `year`, in the indicator's unit (a share as a ratio: 48.08% is 0.4808), or `null` when
   * the cell has no value (see {@link Projection.reason}).
   * @throws RangeError for an unknown id or a year outside the timeline.
   */
  get(id: string, year: number): number | null {
    const cell = this.#cell(id, year);
    const { failed, values } = this.#data.cells();
    return failed[cell] ? null : values[cell]!;
  }

  /** The exact decimal text of a value (decimal mode), or its shortest float text (float mode); `null` when missing. */
  exact(id: string, year: number): string | null {
    const cell = this.#cell(id, year);
    const { failed, values } = this.#data.cells();
    if (failed[cell]) return null;
    return this.#data.exact?.[cell] ?? String(values[cell]);
  }

  /** The values of `id` in every year of the timeline, `null` where missing. */
  series(id: string): (number | null)[] {
    return this.years.map((y) => this.get(id, y));
  }

  /** Why a cell has no value, or `undefined` when it has one. */
  reason(id: string, year: number): string | undefined {
    const cell = this.#cell(id, year);
    return this.#data.cells().problems.get(cell)?.message;
  }

  /** How the cell got its value: `history`, `formula`, `projection`, `input`, or `gap`/`failed`/`cycle`. */
  source(id: string, year: number): string {
    return ruleName(this.#data.structure.rules[this.#cell(id, year)] as CellRuleCode);
  }

  /** The `run --json` output. */
  toJSON(): RunJson {
    const { structure } = this.#data;
    const values: Record<string, Record<string, number | string | null>> = {};
    const units: Record<string, string | null> = {};
    const labels: Record<string, { zh?: string; en?: string }> = {};
    const labelled = (l: { zh?: string; en?: string }) => l.zh !== undefined || l.en !== undefined;
    for (const info of structure.indicators) {
      const row: Record<string, number | string | null> = {};
      for (const year of structure.timeline.years) {
        row[String(year)] = this.mode === "decimal" ? this.exact(info.id, year) : this.get(info.id, year);
      }
      values[info.id] = row;
      units[info.id] = info.unit?.name ?? null;
      if (labelled(info.label)) labels[info.id] = { ...info.label };
    }
    const pick = (t: TargetOutcome, key: "value" | "threshold" | "margin") =>
      this.mode === "decimal" && t.exact ? t.exact[key] : t[key];
    return {
      scenario: this.scenario,
      mode: this.mode,
      years: structure.timeline.years,
      values,
      units,
      labels,
      targets: this.targets.map((t) => ({
        id: t.id,
        ...labelOf(structure, t.id),
        met: t.met,
        value: pick(t, "value"),
        threshold: pick(t, "threshold"),
        margin: pick(t, "margin"),
        ...(t.unit ? { unit: t.unit.name } : {}),
        ...(t.reason ? { reason: t.reason } : {}),
        ...(t.firstYear !== undefined ? { firstYear: t.firstYear } : {}),
        ...(t.decidedBy ? { decidedBy: t.decidedBy } : {}),
        assumptions: [...t.assumptions],
      })),
      issues: [...this.issues],
      assumptions: this.assumptions,
    };
  }

  /** The projection table and the targets, as `plansheet run` prints them. */
  toString(): string {
    return presentation("projection", this).text();
  }

  /** The same as HTML: escaped tables with the same columns. */
  toHTML(): string {
    return presentation("projection", this).html();
  }

  /** An element for a page or Observable's `display()` (`globalThis.document` unless one is given). */
  toElement(document?: DocumentLike): unknown {
    return htmlElement(`<div>${this.toHTML()}</div>`, document);
  }

  /** Every cell as CSV, UTF-8 with a byte order mark: scenario, indicator, label, unit, year, value, rule. */
  toCSV(): string {
    return csvOf("projection", presentation("projection", this));
  }

  /** What `console.log`, the REPL and tslab print: the text, not the internals. */
  [INSPECT](): string {
    return this.toString();
  }

  /** What Deno's Jupyter kernel shows: the text, the HTML tables and the JSON. */
  [JUPYTER_DISPLAY](): MimeBundle {
    return tableBundle(presentation("projection", this), this.toJSON());
  }

  /** The model this projection was computed from. */
  get structure(): ModelStructure {
    return this.#data.structure;
  }
}

function isAssumption(info: IndicatorInfo): boolean {
  return info.assumption || [...info.history.values()].some((h) => h.assumption === true);
}

/** A target's labels for the JSON, where the model gives any. */
function labelOf(structure: ModelStructure, id: string): { label?: { zh?: string; en?: string } } {
  const label = structure.targets.find((t) => t.id === id)?.label;
  return label && (label.zh !== undefined || label.en !== undefined) ? { label: { ...label } } : {};
}
