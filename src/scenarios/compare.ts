import { didYouMean, type NumberMode, withDisplay, type Displayable, usageError } from "../core/index.js";
import { requireModel, type Model, type Projection, type TargetOutcome } from "../evaluation/index.js";

/** Options of {@link compareScenarios}. @inline */
export interface CompareOptions {
  /** Indicators to compare; default all. */
  readonly indicators?: readonly string[];
  /** Number mode; `decimal` decides targets that sit exactly on their threshold (default `float`). */
  readonly mode?: NumberMode;
}

/**
 * Two or more scenarios side by side: each one's projection and targets, and every value's difference from the
 * first scenario (the reference), in the indicator's unit (a share's difference is in percentage points, as a
 * ratio: 0.006 is 0.6pp).
 */
export interface ScenarioComparison {
  readonly scenarios: readonly string[];
  readonly reference: string;
  readonly years: readonly number[];
  readonly indicators: readonly string[];
  readonly projections: ReadonlyMap<string, Projection>;
  /** id → scenario → year → value. */
  readonly values: Record<string, Record<string, Record<string, number | null>>>;
  /** id → scenario → year → value − the reference's value (null where either is missing). */
  readonly differences: Record<string, Record<string, Record<string, number | null>>>;
  /** target id → scenario → outcome. */
  readonly targets: Record<string, Record<string, TargetOutcome>>;
}

/** The JSON form of a comparison (`plansheet compare --json`). */
export type ComparisonJson = Omit<ScenarioComparison, "projections" | "targets"> & {
  targets: Record<
    string,
    Record<
      string,
      {
        met: boolean | null;
        value: number | null;
        threshold: number | null;
        margin: number | null;
        firstYear?: number | null;
        decidedBy?: "decimal";
      }
    >
  >;
};

/**
 * Runs each scenario (every scenario of the model when none are named) and lines them up against the first.
 * @throws PlansheetError for an unknown scenario, fewer than two scenarios, or an unknown indicator.
 */
export function compareScenarios(
  model: Model,
  scenarios?: readonly string[],
  options: CompareOptions = {},
): ScenarioComparison & Displayable {
  requireModel(model, "compareScenarios");
  if (scenarios === undefined) return compareScenarios(model, model.scenarios, options);
  if (!Array.isArray(scenarios) || scenarios.some((s) => typeof s !== "string")) {
    const message = `compareScenarios needs the scenarios' names as a list of strings, such as ["baseline", "faster"]`;
    throw usageError(message);
  }
  return withDisplay(compareScenariosResult(model, scenarios, options), "comparison", model, comparisonToJson);
}

/** What {@link compareScenarios} computes, before it is given its display. */
function compareScenariosResult(
  model: Model,
  scenarios: readonly string[],
  options: CompareOptions,
): ScenarioComparison {
  const usage = (message: string, hint?: string) => usageError(message, hint);
  if (scenarios.length < 2) {
    throw usage(
      `a comparison needs two or more scenarios, got ${scenarios.length === 0 ? "none" : scenarios.join(", ")}`,
      "name them with --scenario, or define them in the model",
    );
  }
  const projections = new Map(scenarios.map((s) => [s, model.run({ scenario: s, mode: options.mode ?? "float" })]));
  const reference = scenarios[0]!;
  const indicators = options.indicators ?? model.structure.indicators.map((i) => i.id);
  for (const id of indicators) {
    if (!model.structure.indicatorById.has(id))
      throw usage(`'${id}' is not an indicator of this model`, didYouMean(id, model.structure.indicatorById.keys()));
  }
  const years = model.years;
  const values: ScenarioComparison["values"] = {};
  const differences: ScenarioComparison["differences"] = {};
  for (const id of indicators) {
    values[id] = {};
    differences[id] = {};
    for (const s of scenarios) {
      const p = projections.get(s)!;
      const ref = projections.get(reference)!;
      values[id][s] = Object.fromEntries(years.map((y) => [String(y), p.get(id, y)]));
      differences[id][s] = Object.fromEntries(
        years.map((y) => {
          const a = p.get(id, y);
          const b = ref.get(id, y);
          return [String(y), a === null || b === null ? null : a - b];
        }),
      );
    }
  }
  const targets: ScenarioComparison["targets"] = {};
  for (const t of model.structure.targets) {
    targets[t.id] = Object.fromEntries(
      scenarios.map((s) => [s, projections.get(s)!.targets.find((o) => o.id === t.id)!]),
    );
  }
  return { scenarios, reference, years, indicators, projections, values, differences, targets };
}

/** The comparison as plain JSON. */
export function comparisonToJson(comparison: ScenarioComparison): ComparisonJson {
  const targets: ComparisonJson["targets"] = {};
  for (const [id, byScenario] of Object.entries(comparison.targets)) {
    targets[id] = Object.fromEntries(
      Object.entries(byScenario).map(([s, t]) => [
        s,
        {
          met: t.met,
          value: t.value,
          threshold: t.threshold,
          margin: t.margin,
          ...(t.firstYear !== undefined ? { firstYear: t.firstYear } : {}),
          ...(t.decidedBy ? { decidedBy: t.decidedBy } : {}),
        },
      ]),
    );
  }
  const { projections: _projections, targets: _targets, ...rest } = comparison;
  return { ...rest, targets };
}
