import { didYouMean, makeIssue, type Issue, type QuantityLiteral, type Timeline } from "../core/index.js";
import { normalizeLabel } from "./build-indicators.js";
import { checkLiteralForUnit } from "./literal-checks.js";
import type { ValidDistribution, ValidModel, ValidOverride } from "./schema.js";
import { readCorrelations, readDistribution, type CorrelationInfo } from "./uncertainty.js";
import { position } from "./schema-issues.js";
import type { SourceInfo } from "./source.js";
import type { IndicatorInfo, LeverInfo, ScenarioInfo, UncertaintyInfo } from "./structure.js";

/** The inputs a formula reads, as a hint for an override that names a computed indicator. */
function inputsOf(info: IndicatorInfo, bySlot: readonly IndicatorInfo[]): string[] {
  const found = new Set<string>();
  for (const formula of [info.formula, info.projection, info.backcast]) {
    for (const cell of formula?.checked?.reads.cells ?? []) {
      const dep = bySlot[cell.slot];
      if (dep?.isInput && dep.id !== info.id) found.add(dep.id);
    }
  }
  return [...found];
}

const byIdCache = new WeakMap<readonly IndicatorInfo[], Map<string, IndicatorInfo>>();

/** The indicators by id, made once per list (every override, lever and distribution asks). */
function indicatorsById(indicators: readonly IndicatorInfo[]): Map<string, IndicatorInfo> {
  let byId = byIdCache.get(indicators);
  if (!byId) {
    byId = new Map(indicators.map((i) => [i.id, i]));
    byIdCache.set(indicators, byId);
  }
  return byId;
}

/**
 * Checks that `id` names an input of the model (an indicator with a `value`), which is what scenarios,
 * levers and distributions may set. Pushes an issue naming the place and what to change otherwise.
 */
export function checkInputReference(
  id: string,
  role: string,
  path: readonly (string | number)[],
  indicators: readonly IndicatorInfo[],
  source: SourceInfo,
  issues: Issue[],
): IndicatorInfo | undefined {
  const info = indicatorsById(indicators).get(id);
  // The position is looked up only for an issue: finding it walks the file's tree.
  const at = () => ({ path, ...position(source, path) });
  if (!info) {
    const hint = didYouMean(id, indicatorsById(indicators).keys());
    issues.push(
      makeIssue("unknown_reference", {
        message: `${role} names '${id}', which is not an indicator of this model`,
        ...(hint ? { hint } : {}),
        ...at(),
      }),
    );
    return undefined;
  }
  if (!info.isInput) {
    const inputs = inputsOf(info, indicators);
    issues.push(
      makeIssue("not_an_input", {
        message: `${role} names '${id}', which is computed (it has no input value)`,
        hint:
          inputs.length > 0
            ? `set one of the inputs it depends on: ${inputs.join(", ")}`
            : "give it a `value` to make it an input",
        indicator: id,
        ...at(),
      }),
    );
    return undefined;
  }
  return info;
}

/** The most generations of `extends` a scenario may have, itself included. */
const MAX_EXTENDS = 32;

/**
 * Validates the scenarios: each `extends` names a scenario, there is no circle of parents, and each `set`
 * names an input, with values that fit its unit. Returns each scenario with its chain of parents, root first.
 */
export function readScenarios(
  model: ValidModel,
  indicators: readonly IndicatorInfo[],
  timeline: Timeline,
  source: SourceInfo,
  issues: Issue[],
): Map<string, ScenarioInfo> {
  const defs = model.scenarios ?? {};
  const result = new Map<string, ScenarioInfo>();
  for (const [id, def] of Object.entries(defs)) {
    const path = ["scenarios", id];
    const set = new Map<string, ValidOverride>();
    for (const [target, override] of Object.entries(def.set ?? {})) {
      if (
        checkOverride(
          target,
          override,
          `scenario '${id}'`,
          [...path, "set", target],
          { indicators, timeline, source },
          issues,
        )
      )
        set.set(target, override);
    }
    const chain: string[] = [];
    let cursor: string | undefined = id;
    const seen = new Set<string>();
    while (cursor !== undefined) {
      // a chain of parents is a planner's, a few deep: a thousand would make every scenario apply a thousand
      if (chain.length === MAX_EXTENDS) {
        issues.push(
          makeIssue("scenario_too_deep", {
            message: `scenario '${id}' extends a chain of more than ${MAX_EXTENDS} scenarios`,
            hint: "set the inputs in fewer generations",
            path,
            ...position(source, path),
          }),
        );
        break;
      }
      if (seen.has(cursor)) {
        issues.push(
          makeIssue("scenario_cycle", {
            message: `scenarios extend each other in a circle: ${[...seen, cursor].join(" → ")}`,
            hint: "remove one `extends`",
            path,
            ...position(source, path),
          }),
        );
        break;
      }
      seen.add(cursor);
      chain.push(cursor);
      const parent: string | undefined = Object.hasOwn(defs, cursor) ? defs[cursor]?.extends : undefined;
      // Own keys only: `extends: toString` names no scenario, whatever Object.prototype holds.
      if (parent !== undefined && !Object.hasOwn(defs, parent)) {
        const hint = didYouMean(parent, Object.keys(defs));
        const extPath = ["scenarios", cursor, "extends"];
        if (cursor === id) {
          issues.push(
            makeIssue("unknown_scenario", {
              message: `scenario '${cursor}' extends '${parent}', which is not a scenario of this model`,
              ...(hint ? { hint } : {}),
              path: extPath,
              ...position(source, extPath),
            }),
          );
        }
        break;
      }
      cursor = parent;
    }
    chain.reverse();
    result.set(id, {
      id,
      label: normalizeLabel(def.label),
      ...(def.note !== undefined ? { note: def.note } : {}),
      ...(def.extends !== undefined ? { extends: def.extends } : {}),
      set,
      chain,
    });
  }
  return result;
}

/** What an override is checked against: the model's indicators and timeline, and where the model came from. */
export interface OverrideContext {
  readonly indicators: readonly IndicatorInfo[];
  readonly timeline: Timeline;
  readonly source: SourceInfo;
}

/**
 * Checks one override of an input (a scenario's `set:` entry, or a what-if's): it names an input, its years lie in
 * the timeline, and its values fit the input's unit. Pushes an issue for each problem, naming `who` and the place
 * at `path`; returns the input when it names one.
 */
export function checkOverride(
  target: string,
  override: ValidOverride,
  who: string,
  path: (string | number)[],
  context: OverrideContext,
  issues: Issue[],
): IndicatorInfo | undefined {
  const { indicators, timeline, source } = context;
  const info = checkInputReference(target, who, path, indicators, source, issues);
  if (!info) return undefined;
  for (const year of overrideYears(override)) {
    if (!timeline.contains(year)) {
      issues.push(
        makeIssue("year_outside_timeline", {
          message: `${who} sets ${target} in ${year}, outside the timeline ${timeline}`,
          indicator: target,
          year,
          path,
          ...position(source, path),
        }),
      );
    }
  }
  for (const [literal, where] of overrideLiterals(override, path)) {
    const slip = checkLiteralForUnit(
      literal,
      info.unit,
      { indicator: target, path: where, what: `${who} sets ${target} to a value that` },
      source,
    );
    if (slip) issues.push(slip);
  }
  return info;
}

function overrideYears(override: ValidOverride): number[] {
  if ("kind" in override) return [];
  if ("growth" in override)
    return (override as { from?: number }).from !== undefined ? [(override as { from: number }).from] : [];
  return Object.keys(override).map(Number);
}

function overrideLiterals(
  override: ValidOverride,
  path: (string | number)[],
): [QuantityLiteral, (string | number)[]][] {
  if ("kind" in override) return [[override as QuantityLiteral, path]];
  if ("growth" in override) {
    // The growth rate is a ratio whatever the input's unit; only the starting value is in that unit.
    const start = (override as { start?: QuantityLiteral }).start;
    return start ? [[start, [...path, "start"]]] : [];
  }
  return Object.entries(override as Record<string, QuantityLiteral>).map(([y, l]) => [l, [...path, y]]);
}

/** Validates the levers: each names an input, and its bounds are in order. */
export function readLevers(
  model: ValidModel,
  indicators: readonly IndicatorInfo[],
  source: SourceInfo,
  issues: Issue[],
): LeverInfo[] {
  const levers: LeverInfo[] = [];
  for (const [id, def] of Object.entries(model.levers ?? {})) {
    const path = ["levers", id];
    const info = checkInputReference(id, "lever", path, indicators, source, issues);
    if (!info) continue;
    if (def.min.value > def.max.value) {
      issues.push(
        makeIssue("invalid_bounds", {
          message: `lever ${id} has min ${def.min.text} above max ${def.max.text}`,
          hint: "swap them",
          indicator: id,
          path,
          ...position(source, path),
        }),
      );
      continue;
    }
    levers.push({
      id,
      slot: info.slot,
      min: def.min,
      max: def.max,
      label: normalizeLabel(def.label),
      ...(def.note !== undefined ? { note: def.note } : {}),
    });
  }
  return levers;
}

/**
 * Reads the `uncertainty` section: every distribution sits on an input of the model and has possible parameters;
 * correlations form a valid correlation matrix over inputs drawn once per trial.
 */
export function readUncertainty(
  model: ValidModel,
  indicators: readonly IndicatorInfo[],
  source: SourceInfo,
  issues: Issue[],
): { uncertainty: UncertaintyInfo[]; correlations?: CorrelationInfo } {
  const out: UncertaintyInfo[] = [];
  for (const [id, def] of Object.entries(model.uncertainty ?? {})) {
    if (id === "correlations") continue;
    const info = checkInputReference(id, "a distribution", ["uncertainty", id], indicators, source, issues);
    if (!info) continue;
    const read = readDistribution(id, def as ValidDistribution, info.unit, source, issues);
    if (read)
      out.push({
        id,
        slot: info.slot,
        spec: read.spec,
        draw: read.draw,
        ...((def as ValidDistribution).note ? { note: (def as ValidDistribution).note! } : {}),
      });
  }
  const drawn = new Map(out.map((u) => [u.id, u.draw]));
  const correlations = readCorrelations(model.uncertainty?.correlations, drawn, source, issues);
  return { uncertainty: out, ...(correlations ? { correlations } : {}) };
}
